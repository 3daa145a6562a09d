import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { StartupError } from "../../src/errors.ts";
import type { Service } from "../../src/main.ts";
import { makeSeedsDir, REPO_ROOT, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

const DOCUMENTS = path.join(REPO_ROOT, "examples/generated/persisted-documents.json");
const trusted = JSON.parse(fs.readFileSync(DOCUMENTS, "utf8")) as Record<string, string>;
const statsId = Object.keys(trusted).find((id) => trusted[id]?.startsWith("query GraphStats")) as string;

async function post(url: string, body: object) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
}

describe("trusted documents", () => {
  let testDb: TestDb;
  let seedsDir: string;
  let open: Service;
  let only: Service;
  beforeAll(async () => {
    testDb = await createTestDb();
    seedsDir = makeSeedsDir(["002_686e873e6aaa9cef.txt"]);
    open = await startTestApp(testDb, seedsDir, { trustedDocuments: DOCUMENTS });
    // A second instance on the same database: it follows the first, which watches the folder.
    only = await startTestApp(
      testDb,
      seedsDir,
      { trustedDocuments: DOCUMENTS, trustedDocumentsOnly: true },
      { waitForReconcile: false },
    );
  });
  afterAll(async () => {
    await only?.stop();
    await open?.stop();
    await testDb?.drop();
    fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("runs a trusted document named by its id, as the client preset and Apollo clients send it", async () => {
    const byId = await post(open.url, { documentId: statsId, variables: { top: 2 } });
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.stats).toBeDefined();
    const byHash = await post(open.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: statsId.slice("sha256:".length) } },
      variables: { top: 2 },
    });
    expect(byHash.data).toEqual(byId.data);
    const unknown = await post(open.url, { documentId: `sha256:${"0".repeat(64)}` });
    expect(unknown.errors?.[0]?.message).toBe("PersistedQueryNotFound");
    // Without TRUSTED_DOCUMENTS_ONLY any document still runs (GraphiQL, scripts).
    expect((await post(open.url, { query: "{ stats { articlesPerMonth { month } } }" })).data).toBeDefined();
  });

  it("refuses documents that are not trusted when only those may run, over HTTP and graphql-ws", async () => {
    expect((await post(only.url, { documentId: statsId })).data?.stats).toBeDefined();
    const arbitrary = await post(only.url, { query: "{ stats { articlesPerMonth { month } } }" });
    expect(arbitrary.data).toBeUndefined();
    expect(arbitrary.errors?.[0]?.message).toBe("PersistedQueryOnly");
    // The trusted text itself is accepted over graphql-ws; any other text is refused.
    const client = createClient({
      url: only.url.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const run = (query: string) =>
      new Promise<unknown>((resolve) => {
        let data: unknown;
        client.subscribe(
          { query },
          { next: (r) => (data = r), error: (e) => resolve({ error: e }), complete: () => resolve(data) },
        );
      });
    try {
      expect(await run(trusted[statsId] as string)).toMatchObject({ data: { stats: expect.any(Object) } });
      const refused = (await run("subscription { articleEvents { path } }")) as {
        error: Array<{ message: string }>;
      };
      expect(refused.error[0]?.message).toBe("PersistedQueryOnly");
    } finally {
      await client.dispose();
    }
  });

  it("stops the start with one line for a file that is not a set of trusted documents", async () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-trusted-")), "documents.json");
    fs.writeFileSync(bad, JSON.stringify({ "not-a-hash": "{ stats { articlesPerMonth { month } } }" }));
    const error = await startTestApp(
      testDb,
      seedsDir,
      { trustedDocuments: bad },
      { waitForReconcile: false },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/TRUSTED_DOCUMENTS .*not-a-hash/);
  });
});
