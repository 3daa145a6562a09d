import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../src/main.ts";
import { ArticlesPageDocument } from "../generated/graphql.ts";
import { gql, makeSeedsDir, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

// The path `npm start` takes on a machine without DATABASE_URL: PGlite in a data folder.
describe("embedded database end to end", () => {
  let testDb: TestDb;
  let seedsDir: string;
  let service: Service;
  beforeAll(async () => {
    testDb = await createTestDb({ embedded: true });
    seedsDir = makeSeedsDir();
    service = await startTestApp(testDb, seedsDir);
  });
  afterAll(async () => {
    await service?.stop();
    await testDb?.drop();
    fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("migrates, ingests the seeds and answers queries", async () => {
    expect(service.db.kind).toBe("embedded");
    expect((await service.reconciled).added).toBe(5);
    const data = await gql(service.url, ArticlesPageDocument, { first: 10 });
    expect(data.articles.totalCount).toBe(5);
    expect(data.articles.edges.map((e) => e.node.source?.name ?? null)).toContain("Tiền Phong");
  });

  it("keeps its data across a restart and ingests nothing the second time", async () => {
    await service.stop();
    service = await startTestApp(testDb, seedsDir);
    expect(await service.reconciled).toMatchObject({ added: 0, unchanged: 5 });
  });
});
