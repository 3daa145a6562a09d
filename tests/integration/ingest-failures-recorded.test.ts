import fs from "node:fs";
import path from "node:path";
import type { Client } from "graphql-ws";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type IngestDeps, ingestFile } from "../../src/ingest/pipeline.ts";
import { silentLogger } from "../../src/logger.ts";
import type { Service } from "../../src/main.ts";
import {
  ArticlePathsAndStoriesDocument,
  IngestFailedDocument,
  type IngestFailedSubscription,
  IngestFailuresDocument,
} from "../generated/graphql.ts";
import { type Subscription, subscribeWs, wsClient } from "../helpers/subscriptions.ts";
import { gql, makeSeedsDir, SEEDS, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";
import { waitFor } from "../helpers/wait-for.ts";

const ARTICLE = fs.readFileSync(path.join(SEEDS, "000_b85c5de12b388afb.txt"), "utf8");

/**
 * Real PostgreSQL errors at save time, raised by a trigger for articles whose path starts with
 * `poison-`: the tsvector limit for `poison-tsv…`, an internal error whose text names a server
 * path for `poison-other…`. A sequence counts the tries (it is not rolled back with the save).
 */
const POISON_SQL = `
  CREATE SEQUENCE poison_tries;
  CREATE FUNCTION poison_save() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.path LIKE 'poison-tsv%' THEN
      PERFORM nextval('poison_tries');
      RAISE EXCEPTION 'string is too long for tsvector (2000000 bytes, max 1048575 bytes)' USING ERRCODE = '54000';
    ELSIF NEW.path LIKE 'poison-other%' THEN
      PERFORM nextval('poison_tries');
      RAISE EXCEPTION 'could not open file "/var/lib/postgresql/secret": boom' USING ERRCODE = 'XX000';
    END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER poison_save BEFORE INSERT OR UPDATE ON article FOR EACH ROW EXECUTE FUNCTION poison_save();
`;

function writeAtomic(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

describe("a file the database refuses to save", () => {
  let testDb: TestDb;
  let seedsDir: string;
  let service: Service;
  let admin: pg.Client;
  let client: Client;
  const tries = async () =>
    Number(
      (await admin.query("SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS n FROM poison_tries"))
        .rows[0]?.n,
    );
  const failures = async () =>
    new Map(
      (await gql(service.url, IngestFailuresDocument, { first: 100 })).ingestFailures.edges.map((e) => [
        e.node.path,
        e.node,
      ]),
    );
  const articles = async () =>
    new Set(
      (await gql(service.url, ArticlePathsAndStoriesDocument, { first: 100 })).articles.edges.map(
        (e) => e.node.path,
      ),
    );

  beforeAll(async () => {
    testDb = await createTestDb();
    if (testDb.kind === "embedded") return; // the poison is a PostgreSQL trigger on the test server
    admin = new pg.Client({ connectionString: testDb.url });
    await admin.connect();
    await admin.query(POISON_SQL);
    seedsDir = makeSeedsDir(["001_83f2f5ee3d553817.txt"]);
    fs.writeFileSync(path.join(seedsDir, "poison-tsv.txt"), `${ARTICLE}\nfirst version\n`);
  });
  afterAll(async () => {
    await client?.dispose();
    await service?.stop();
    await admin?.end();
    await testDb?.drop();
    if (seedsDir) fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("is recorded with a stable code at start-up, and the start goes on past it", async () => {
    if (testDb.kind === "embedded") return;
    service = await startTestApp(testDb, seedsDir);
    expect(await service.reconciled).toMatchObject({ added: 1, failed: 1 });
    const failure = (await failures()).get("poison-tsv.txt");
    expect(failure).toMatchObject({ code: "TEXT_TOO_LONG_FOR_SEARCH" });
    expect(failure?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(failure?.message).not.toMatch(/tsvector|1048575/);
    expect(await tries()).toBe(1);
  });

  it("announces a refused save while running, without database text or paths, and ingests the next file", async () => {
    if (testDb.kind === "embedded") return;
    client = wsClient(service.url);
    const sub: Subscription<IngestFailedSubscription> = subscribeWs(client, IngestFailedDocument, {});
    let attempt = 0;
    // The subscription is live once a failure reaches it: change the file until one does.
    const announced = await waitFor(
      async () => {
        writeAtomic(path.join(seedsDir, "poison-other.txt"), `${ARTICLE}\nattempt ${attempt++}\n`);
        return (await sub.results.next(500).catch(() => null))?.ingestFailed;
      },
      { timeout: 15_000, interval: 100, message: "the failure of poison-other.txt to be announced" },
    );
    sub.dispose();
    expect(announced).toMatchObject({ path: "poison-other.txt", code: "SAVE_FAILED" });
    expect(announced.message).toMatch(/SQLSTATE XX000/);
    expect(announced.message).not.toMatch(/secret|boom|\/var/);
    writeAtomic(
      path.join(seedsDir, "after.txt"),
      fs.readFileSync(path.join(SEEDS, "004_fbd71147380da296.txt"), "utf8"),
    );
    await waitFor(async () => (await articles()).has("after.txt"), {
      timeout: 15_000,
      message: "the next file to be ingested",
    });
  });

  it("does not try the same bytes again, and tries them again once the file changes", async () => {
    if (testDb.kind === "embedded") return;
    await service.idle();
    const deps: IngestDeps = {
      prisma: service.db.prisma,
      sql: service.db.sql,
      seedsDir,
      logger: silentLogger,
    };
    const before = await tries();
    const again = await ingestFile(deps, path.join(seedsDir, "poison-tsv.txt"));
    expect(again).toMatchObject({ status: "failed", code: "TEXT_TOO_LONG_FOR_SEARCH" });
    expect(await tries()).toBe(before);
    writeAtomic(path.join(seedsDir, "poison-tsv.txt"), `${ARTICLE}\nsecond version\n`);
    await waitFor(async () => (await tries()) > before, {
      timeout: 15_000,
      message: "the changed file to be tried again",
    });
  });

  it("changes nothing at a restart: no try, no new failure time", async () => {
    if (testDb.kind === "embedded") return;
    await waitFor(async () => (await failures()).get("poison-tsv.txt")?.message !== undefined);
    await service.idle();
    const before = { tries: await tries(), failures: await failures() };
    await client.dispose();
    await service.stop();
    service = await startTestApp(testDb, seedsDir);
    expect(await service.reconciled).toMatchObject({ added: 0, updated: 0, removed: 0, failed: 2 });
    expect(await tries()).toBe(before.tries);
    expect(await failures()).toEqual(before.failures);
  });
});
