import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { articleColumns, asPrismaArticle } from "../../src/graphql/article-rows.ts";
import { markRemoved, saveArticle } from "../../src/store/article-store.ts";
import { SEEDS } from "../helpers/test-app.ts";
import { useCatalogDb } from "../helpers/test-db.ts";

const codes = (key: string) => ({ select: { [key]: true }, orderBy: { [key]: "asc" } });

// The page of articles in one statement must answer exactly what Prisma answers for the same
// planned query: same fields, same types (dates as Date), same code lists in the same order.
describe("articles of a page in one statement", () => {
  const open = useCatalogDb();
  let ids: number[] = [];
  beforeAll(async () => {
    const { db } = open();
    for (const file of fs.readdirSync(SEEDS).sort())
      await saveArticle(db.sql, {
        path: file,
        contentHash: file,
        extraction: extractArticle(fs.readFileSync(path.join(SEEDS, file), "utf8")),
      });
    await markRemoved(db.sql, fs.readdirSync(SEEDS).sort()[4] as string);
    ids = (await db.prisma.article.findMany({ select: { id: true } })).map((a) => a.id);
  });

  const queries: Record<string, object> = {
    "codes with the path": {
      select: { id: true, path: true, agreements: codes("agreementCode"), countries: codes("countryCode") },
    },
    "every column it reads": {
      select: {
        id: true,
        path: true,
        contentHash: true,
        title: true,
        displayTitle: true,
        lead: true,
        body: true,
        lang: true,
        datePrecision: true,
        sourceId: true,
        url: true,
        author: true,
        wordCount: true,
        extractorVersion: true,
        ingestedAt: true,
        updatedAt: true,
        removedAt: true,
        storyId: true,
        countries: codes("countryCode"),
      },
    },
  };

  for (const [name, query] of Object.entries(queries))
    it(`answers as Prisma does: ${name}`, async () => {
      const { db } = open();
      const selected = articleColumns(query);
      expect(selected).not.toBeNull();
      const rows = await db.sql.query<Record<string, unknown>>(
        `SELECT ${selected?.columns} FROM article a WHERE a.id = ANY($1::int[])`,
        [ids],
      );
      const ours = rows.map((row) => asPrismaArticle<{ id: number }>(row, selected?.lists ?? []));
      const prisma = await db.prisma.article.findMany({ ...query, where: { id: { in: ids } } });
      const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);
      expect(byId(ours)).toEqual(byId(prisma as { id: number }[]));
      expect(ours.some((a) => (a as { agreements?: unknown[] }).agreements?.length !== 0)).toBe(true);
    });

  it("leaves every other query to Prisma", () => {
    for (const query of [
      { select: { id: true, publishedAt: true } }, // a DATE column
      { select: { id: true, source: { select: { name: true } } } }, // a relation
      { select: { id: true, agreements: { select: { agreementCode: true, version: true } } } },
      {
        select: { id: true, countries: { select: { countryCode: true }, orderBy: { countryCode: "desc" } } },
      },
      { include: { source: true } },
      { select: { id: true }, where: { lang: "vi" } },
    ])
      expect(articleColumns(query), JSON.stringify(query)).toBeNull();
  });
});
