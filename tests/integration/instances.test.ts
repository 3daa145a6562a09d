import fs from "node:fs";
import path from "node:path";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../src/main.ts";
import { ArticleEventsDocument } from "../generated/graphql.ts";
import { type Subscription, subscribeWs, wsClient } from "../helpers/subscriptions.ts";
import { makeSeedsDir, SEEDS, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";
import { waitFor } from "../helpers/wait-for.ts";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const body = fs.readFileSync(path.join(SEEDS, "000_b85c5de12b388afb.txt"), "utf8");

function drop(dir: string, name: string): void {
  fs.writeFileSync(path.join(dir, `.${name}.tmp`), `${body}\n${name}\n`);
  fs.renameSync(path.join(dir, `.${name}.tmp`), path.join(dir, name));
}

// Two instances share PostgreSQL, Redis and the seeds folder, as behind a load balancer.
describe("two instances", () => {
  let testDb: TestDb;
  let seedsDir: string;
  let a: Service;
  let b: Service;
  let clientB: Client;
  let sub: Subscription<unknown>;
  beforeAll(async () => {
    testDb = await createTestDb();
    if (testDb.kind === "embedded") return; // one process owns an embedded database
    seedsDir = makeSeedsDir([]);
    a = await startTestApp(testDb, seedsDir, { redisUrl: REDIS_URL });
    b = await startTestApp(testDb, seedsDir, { redisUrl: REDIS_URL }, { waitForReconcile: false });
    clientB = wsClient(b.url);
  });
  afterAll(async () => {
    sub?.dispose();
    await clientB?.dispose();
    await b?.stop();
    await a?.stop();
    await testDb?.drop();
    if (seedsDir) fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("lets only one instance watch, and delivers its events to the other's subscribers", async () => {
    if (testDb.kind === "embedded") return;
    expect(a.leadership.leading).toBe(true);
    expect(b.leadership.leading).toBe(false);
    const events = subscribeWs(clientB, ArticleEventsDocument, {});
    sub = events as Subscription<unknown>;
    drop(seedsDir, "from-a.txt");
    const event = (await events.results.next(15_000)).articleEvents;
    expect(event).toMatchObject({ kind: "ADDED", path: "from-a.txt" });
  });

  it("hands the watch over when the watching instance stops", async () => {
    if (testDb.kind === "embedded") return;
    await a.stop();
    await waitFor(() => b.leadership.leading, { timeout: 10_000, message: "instance B to take over" });
    drop(seedsDir, "after-handover.txt");
    const events = sub as Subscription<{ articleEvents: { kind: string; path: string } }>;
    const event = (await events.results.next(15_000)).articleEvents;
    expect(event).toMatchObject({ kind: "ADDED", path: "after-handover.txt" });
  });
});
