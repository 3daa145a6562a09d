import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

// The search indexes' key functions, rewritten in PL/pgSQL (migration
// 20261207010000_key_functions_plpgsql) so that their plans are kept: they must compute what the
// SQL forms of 20261206050000_search_phrases computed, written out here as plain expressions.
const TEXTS = [
  "Hội nghị – AMM-58, tại Kuala Lumpur.\nHoa Kỳ’s x y",
  "hàng hóa, kỹ thuật",
  "The ASEAN-U.S. Summit\twas held\r\nin Jakarta; the US and EU agreed",
  `${"a".repeat(61)} b c`,
  "",
  "Mỹ",
  "U.S.",
  "DOC",
];

describe.each(["postgres", "embedded"] as const)("search key functions (%s)", (kind) => {
  let testDb: TestDb;
  let db: Database;
  beforeAll(async () => {
    testDb = await createTestDb({ embedded: kind === "embedded" });
    db = await testDb.open();
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it("are PL/pgSQL, whose plans a session keeps", async () => {
    const rows = await db.sql.query<{ proname: string; lanname: string }>(
      `SELECT p.proname::text, l.lanname::text FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
        WHERE p.proname IN ('seedgraph_phrase_keys', 'seedgraph_name_key', 'seedgraph_name_keys') ORDER BY 1`,
    );
    expect(rows).toEqual([
      { proname: "seedgraph_name_key", lanname: "plpgsql" },
      { proname: "seedgraph_name_keys", lanname: "plpgsql" },
      { proname: "seedgraph_phrase_keys", lanname: "plpgsql" },
    ]);
  });

  it("compute what their SQL forms did", async () => {
    for (const text of TEXTS) {
      const [row] = await db.sql.query<{ same_phrases: boolean; same_name: boolean; same_names: boolean }>(
        `WITH w AS (SELECT array_remove(string_to_array(regexp_replace(
                      translate(lower(seedgraph_fold($1)), E'\\t\\r''’', '    '), '[^[:alnum:] ]+', ' | ', 'g'), ' '), '') AS a),
              k AS (SELECT btrim(regexp_replace(seedgraph_fold($1), '[^[:alnum:]]+', ' ', 'g')) AS k)
         SELECT seedgraph_phrase_keys($1) IS NOT DISTINCT FROM
                  (SELECT ARRAY(SELECT u.x || ' ' || u.y FROM unnest(w.a, w.a[2:]) AS u(x, y)
                                 WHERE u.x <> '|' AND u.y <> '|' AND length(u.x) <= 60 AND length(u.y) <= 60) FROM w)
                  AS same_phrases,
                seedgraph_name_key($1) IS NOT DISTINCT FROM
                  (SELECT CASE WHEN k ~ '^[A-Z ]+$' AND length(replace(k, ' ', '')) <= 3 THEN k ELSE lower(k) END FROM k)
                  AS same_name,
                seedgraph_name_keys(ARRAY[$1, NULL, 'AMM-58']) IS NOT DISTINCT FROM
                  ARRAY[seedgraph_name_key($1), 'amm 58'] AS same_names`,
        [text],
      );
      expect({ text, ...row }).toEqual({ text, same_phrases: true, same_name: true, same_names: true });
    }
  });
});
