import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { Client } from "graphql-ws";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../../src/config.ts";
import { ARTICLE_CHANGED } from "../../src/events.ts";
import type { Logger } from "../../src/logger.ts";
import { type Service, startService } from "../../src/main.ts";
import { ArticleEventsDocument, type ArticleEventsSubscription } from "../generated/graphql.ts";
import { type Subscription, subscribeWs, wsClient } from "../helpers/subscriptions.ts";
import { makeSeedsDir, SEEDS } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";
import { AsyncQueue, waitFor } from "../helpers/wait-for.ts";

const body = fs.readFileSync(path.join(SEEDS, "002_686e873e6aaa9cef.txt"), "utf8");

/** An article file appearing at once (written aside, then renamed in). */
function drop(dir: string, name: string): void {
  fs.writeFileSync(path.join(dir, `.${name}.tmp`), `${body}\n${name}\n`);
  fs.renameSync(path.join(dir, `.${name}.tmp`), path.join(dir, name));
}

interface LogLine {
  level: keyof Logger;
  msg: string;
  extra: unknown;
}

/** A logger that keeps every line, debug included, for assertions on what an operator would see. */
function captureLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: keyof Logger) => (msg: string, extra?: unknown) => lines.push({ level, msg, extra });
  return { lines, error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

const redisLines = (log: { lines: LogLine[] }, level: keyof Logger) =>
  log.lines.filter((l) => l.level === level && /redis/i.test(l.msg));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A throwaway redis-server of the test's own, so it can be killed and started again at will. */
class RedisServer {
  private child: ChildProcess | null = null;
  private exited: Promise<unknown> = Promise.resolve();
  constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  async start(): Promise<void> {
    const child = spawn(
      "redis-server",
      [
        "--port",
        String(this.port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        this.dir,
      ],
      { stdio: "ignore" },
    );
    this.child = child;
    this.exited = new Promise((resolve) => child.once("exit", resolve));
    await waitFor(() => this.call("PING").then((r) => r === "PONG"), {
      timeout: 10_000,
      message: `redis-server on port ${this.port}`,
    });
  }

  /** Kills the server as a crash would (no goodbye to its clients) and waits until it is gone. */
  async kill(): Promise<void> {
    this.child?.kill("SIGKILL");
    await this.exited;
    this.child = null;
  }

  /** One command on a fresh connection that does not retry. */
  async call(command: string, ...args: string[]): Promise<unknown> {
    const client = new Redis({
      port: this.port,
      host: "127.0.0.1",
      lazyConnect: true,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
    });
    client.on("error", () => {});
    try {
      await client.connect();
      return await client.call(command, ...args);
    } finally {
      client.disconnect();
    }
  }

  /** How many connections are subscribed to `channel`. */
  async subscribers(channel: string): Promise<number> {
    const reply = (await this.call("PUBSUB", "NUMSUB", channel)) as [string, number];
    return Number(reply[1]);
  }
}

type Events = Subscription<ArticleEventsSubscription>;

/**
 * Takes ADDED events until every one of `names` has arrived (files dropped together may be
 * committed in any order); returns the paths taken, sorted, so that a duplicate or a stray event
 * shows.
 */
async function addedPaths(sub: Events, names: string[], timeoutMs = 15_000): Promise<string[]> {
  const missing = new Set(names);
  const taken: string[] = [];
  const deadline = Date.now() + timeoutMs;
  while (missing.size > 0) {
    const { articleEvents: e } = await sub.results.next(Math.max(1, deadline - Date.now()));
    taken.push(`${e.kind} ${e.path}`);
    if (e.kind === "ADDED") missing.delete(e.path);
  }
  return taken.sort();
}

const added = (...names: string[]) => names.map((n) => `ADDED ${n}`).sort();

// Two instances share one PostgreSQL database, one seeds folder and one Redis of the test's own;
// Redis then crashes and comes back while files keep arriving.
describe("Redis down and back", () => {
  let testDb: TestDb;
  let seedsDir: string;
  let redisDir: string;
  let redis: RedisServer;
  let a: Service;
  let b: Service;
  const logA = captureLogger();
  const logB = captureLogger();
  const clients: Client[] = [];
  const subs: Events[] = [];
  let subA: Events;
  let subB: Events;

  const start = (log: Logger, redisUrl: string, eventPollMs?: number) => {
    const config: Config = {
      databaseUrl: testDb.url,
      port: 0,
      host: "127.0.0.1",
      seedsDir,
      dataDir: testDb.dataDir,
      logLevel: "debug",
      redisUrl,
      eventPollMs,
    };
    return startService(config, log);
  };
  const subscribe = (service: Service) => {
    const client = wsClient(service.url);
    clients.push(client);
    // From the first event on (a bare sequence number is a cursor), so none is missed while the
    // subscription is being set up.
    const sub = subscribeWs(client, ArticleEventsDocument, { after: "0" });
    subs.push(sub);
    return sub;
  };

  beforeAll(async () => {
    testDb = await createTestDb();
    if (testDb.kind === "embedded") return; // one process owns an embedded database
    seedsDir = makeSeedsDir([]);
    redisDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-redis-"));
    redis = new RedisServer(await freePort(), redisDir);
    await redis.start();
    const redisUrl = `redis://127.0.0.1:${redis.port}`;
    a = await start(logA, redisUrl);
    await a.reconciled;
    // B polls the event table only once a minute: what it receives within the tests' waits came
    // through Redis.
    b = await start(logB, redisUrl, 60_000);
    subA = subscribe(a);
    subB = subscribe(b);
  });

  afterAll(async () => {
    for (const sub of subs) sub.dispose();
    for (const client of clients) await client.dispose();
    await b?.stop();
    await a?.stop();
    await redis?.kill();
    await testDb?.drop();
    for (const dir of [seedsDir, redisDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("carries events between instances through Redis while it is up", async () => {
    if (testDb.kind === "embedded") return;
    expect(a.leadership.leading).toBe(true);
    expect(b.leadership.leading).toBe(false);
    // Both instances are subscribed on Redis itself.
    await waitFor(async () => (await redis.subscribers(ARTICLE_CHANGED)) === 2, {
      message: "both instances subscribed",
    });
    drop(seedsDir, "before.txt");
    expect(await addedPaths(subA, ["before.txt"])).toEqual(added("before.txt"));
    expect(await addedPaths(subB, ["before.txt"])).toEqual(added("before.txt"));
    expect(redisLines(logA, "warn")).toEqual([]);
    expect(redisLines(logB, "warn")).toEqual([]);
  });

  it("keeps local subscribers served and says so once when Redis goes down", async () => {
    if (testDb.kind === "embedded") return;
    await redis.kill();
    for (const log of [logA, logB])
      await waitFor(() => redisLines(log, "warn").length > 0, { message: "the outage warning" });

    const during = ["during-1.txt", "during-2.txt"];
    for (const name of during) drop(seedsDir, name);
    // The leader's own subscriber is notified without Redis; the other instance catches up
    // through its (slow) poll or the first notice once Redis is back.
    expect(await addedPaths(subA, during)).toEqual(added(...during));

    // Both kept trying meanwhile (attempts are logged at debug level only, not as warnings).
    for (const log of [logA, logB])
      await waitFor(() => redisLines(log, "debug").length >= 3, { message: "reconnection attempts" });
    for (const log of [logA, logB]) {
      const warnings = redisLines(log, "warn");
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.msg).toMatch(/Redis connection lost .*database poll/);
      expect(log.lines.filter((l) => l.level === "error")).toEqual([]);
      // Each a single line with the reason in it: no error object, so no stack trace.
      for (const line of log.lines.filter((l) => /redis/i.test(l.msg)))
        expect([line.msg.includes("\n"), line.extra]).toEqual([false, undefined]);
    }
  });

  it("resumes cross-instance events once Redis is back, and says so once", async () => {
    if (testDb.kind === "embedded") return;
    await redis.start();
    for (const log of [logA, logB])
      await waitFor(() => redisLines(log, "info").some((l) => /back/.test(l.msg)), {
        timeout: 10_000,
        message: "the recovery line",
      });
    // Each instance subscribed again on the new server.
    await waitFor(async () => (await redis.subscribers(ARTICLE_CHANGED)) === 2, {
      message: "both instances subscribed again",
    });

    // Watch the channel from outside: the leader publishes its commits there again.
    const listener = new Redis({ port: redis.port, host: "127.0.0.1", retryStrategy: () => null });
    listener.on("error", () => {});
    const notices = new AsyncQueue<{ seq: number }>();
    listener.on("message", (_channel: string, message: string) => notices.push(JSON.parse(message)));
    try {
      await listener.subscribe(ARTICLE_CHANGED);
      drop(seedsDir, "after.txt");
      // B hears of after.txt through Redis and reads what it missed meanwhile, in order.
      expect(await addedPaths(subB, ["during-1.txt", "during-2.txt", "after.txt"])).toEqual(
        added("during-1.txt", "during-2.txt", "after.txt"),
      );
      expect(await addedPaths(subA, ["after.txt"])).toEqual(added("after.txt"));
      expect((await notices.next(10_000)).seq).toBeGreaterThan(0);
    } finally {
      listener.disconnect();
    }

    for (const log of [logA, logB]) {
      expect(redisLines(log, "warn")).toHaveLength(1);
      expect(redisLines(log, "info").filter((l) => /back/.test(l.msg))).toHaveLength(1);
    }
    // Every event reached each subscriber exactly once: nothing is left over in either queue.
    expect([subA.results.size, subB.results.size]).toEqual([0, 0]);
  });

  it("starts while Redis is unreachable, and joins in once it is up", async () => {
    if (testDb.kind === "embedded") return;
    await redis.kill();
    const logC = captureLogger();
    const c = await start(logC, `redis://127.0.0.1:${redis.port}`);
    try {
      await waitFor(() => redisLines(logC, "warn").length > 0, { message: "the unreachable warning" });
      expect(redisLines(logC, "warn").map((l) => l.msg)).toEqual([
        expect.stringMatching(/^Redis unreachable .*database poll/),
      ]);
      // It serves, and its subscribers get events through the database poll.
      const subC = subscribe(c);
      drop(seedsDir, "no-redis-yet.txt");
      const seen = await addedPaths(subC, ["no-redis-yet.txt"]);
      expect(seen).toContain("ADDED no-redis-yet.txt");

      await redis.start();
      await waitFor(() => redisLines(logC, "info").some((l) => /back/.test(l.msg)), {
        timeout: 10_000,
        message: "the recovery line",
      });
      await waitFor(async () => (await redis.subscribers(ARTICLE_CHANGED)) === 3, {
        message: "all three instances subscribed",
      });
      expect(redisLines(logC, "warn")).toHaveLength(1);
    } finally {
      await c.stop();
    }
  });
});
