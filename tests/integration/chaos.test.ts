import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { print } from "graphql";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import {
  ArticleEventsDocument,
  type ArticleEventsSubscription,
  ArticlePathsAndStoriesDocument,
  IngestFailuresDocument,
} from "../generated/graphql.ts";
import { freePort, PG_SERVER_AVAILABLE, type PgServer, startPgServer } from "../helpers/pg-server.ts";
import { gql, REPO_ROOT, SEEDS } from "../helpers/test-app.ts";
import { waitFor } from "../helpers/wait-for.ts";

const MAX_FILE_BYTES = 40_000; // above every seed (the largest is about 16 kB)
const SEED_TEXTS = fs
  .readdirSync(SEEDS)
  .sort()
  .map((name) => fs.readFileSync(path.join(SEEDS, name), "utf8"));

/** The n-th good file: a seed with a line of its own, so every one is a distinct article. */
function goodArticle(n: number): string {
  const text = SEED_TEXTS[n % SEED_TEXTS.length] as string;
  return `${text.trimEnd()}\n\nGhi chú biên tập số ${n}: bản sao để kiểm tra.\n`;
}

/** Bad files of every kind, each recorded as one failure. */
const BAD_FILES: Array<(n: number) => Uint8Array | string> = [
  () => "",
  () => "  \n\t \n",
  () => "ok",
  (n) =>
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from([n]),
    ]),
  (n) =>
    Buffer.concat([
      Buffer.from(`Hội nghị ASEAN ${n} `),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
      Buffer.from(" tiếp"),
    ]),
  (n) => `Hội nghị Bộ trưởng Kinh tế ASEAN ${n}\u0000 lần thứ 57 diễn ra tại Kuala Lumpur.`,
  (n) => `${"Hội nghị Bộ trưởng Ngoại giao ASEAN. ".repeat(Math.ceil((MAX_FILE_BYTES + 1) / 40))}${n}`,
];

/** The service as a child process, as `seedgraph serve` runs in production. */
class ServiceProcess {
  private child: ChildProcess | null = null;
  log = "";

  constructor(private readonly env: Record<string, string>) {}

  /** Starts it and resolves once it serves (its URL is printed). */
  async start(): Promise<void> {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin/seedgraph.js"), "serve"], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...this.env },
    });
    this.child = child;
    let stdout = "";
    child.stdout?.on("data", (d) => (stdout += d));
    child.stderr?.on("data", (d) => (this.log += d));
    await waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
        return /GraphiQL at \S+/.test(stdout);
      },
      { timeout: 45_000, interval: 50, message: `the service to serve\n${this.log}` },
    );
  }

  /** SIGKILL: no shutdown at all; resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await gone;
  }
}

interface SeenEvent {
  seq: number;
  kind: string;
  path: string;
}

/** Decodes an event cursor (base64 of `event:<seq>`). */
const seqOf = (cursor: string) =>
  Number(
    Buffer.from(cursor, "base64")
      .toString("utf8")
      .replace(/^event:/, ""),
  );

/**
 * One graphql-ws subscriber on `articleEvents(after:)` that, whenever its connection ends (the
 * server was killed or restarted), reconnects and resumes after the last cursor it received.
 */
class ResumingSubscriber {
  readonly events: SeenEvent[] = [];
  connections = 0;
  private cursor = "0"; // before the first event: everything from the start
  private stopped = false;
  /** Ends the current connection's wait (on `stop`). */
  private stopping: () => void = () => {};
  private readonly done: Promise<void>;

  constructor(private readonly wsUrl: string) {
    this.done = this.loop();
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      await this.once();
      // A reconnecting client's pause between tries while the server is down.
      if (!this.stopped) await sleep(200);
    }
  }

  private async once(): Promise<void> {
    const client = createClient({
      url: this.wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => {}, // a refused connection while the server is down: try again
    });
    await new Promise<void>((resolve) => {
      this.stopping = resolve;
      client.subscribe<ArticleEventsSubscription>(
        { query: print(ArticleEventsDocument), variables: { after: this.cursor } },
        {
          next: (value) => {
            // `article` is re-read on delivery and may fail while the database is down; the
            // event itself (kind, cursor, path) is what is checked.
            const event = value.data?.articleEvents;
            if (!event) return;
            this.events.push({ seq: seqOf(event.cursor), kind: event.kind, path: event.path });
            this.cursor = event.cursor;
          },
          error: () => resolve(),
          complete: () => resolve(),
        },
      );
      client.on("connected", () => this.connections++);
    });
    await client.dispose();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping();
    await this.done;
  }
}

describe.skipIf(!PG_SERVER_AVAILABLE)("chaos: bad files, a database restart, a killed server", () => {
  let pg: PgServer;
  let seedsDir: string;
  let service: ServiceProcess;
  let subscriber: ResumingSubscriber | null = null;
  let url: string;
  const good: string[] = [];
  const bad: string[] = [];

  beforeAll(async () => {
    pg = await startPgServer();
    await pg.psql("CREATE DATABASE seedgraph");
    seedsDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-chaos-"));
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    service = new ServiceProcess({
      DATABASE_URL: pg.url("seedgraph"),
      DATABASE_WAIT_SECONDS: "30",
      SEEDS_DIR: seedsDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      MAX_FILE_BYTES: String(MAX_FILE_BYTES),
      LOG_LEVEL: "warn",
    });
  });

  afterAll(async () => {
    await subscriber?.stop();
    await service?.kill();
    await pg?.destroy();
    if (seedsDir) fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  /** Drops `count` files, every `badEvery`-th one bad, as an editor saves them (temp name, rename). */
  function drop(count: number, badEvery = 4): void {
    for (let i = 0; i < count; i++) {
      const n = good.length + bad.length;
      const isBad = n % badEvery === badEvery - 1;
      const name = `${String(n).padStart(3, "0")}_${isBad ? "bad" : "good"}.txt`;
      const content = isBad
        ? (BAD_FILES[bad.length % BAD_FILES.length] as (n: number) => Uint8Array | string)(n)
        : goodArticle(n);
      const tmp = path.join(seedsDir, `.${name}.tmp`);
      fs.writeFileSync(tmp, content);
      fs.renameSync(tmp, path.join(seedsDir, name));
      (isBad ? bad : good).push(name);
    }
  }

  /** Articles and failures as the API lists them (throws while the API cannot answer). */
  async function listed() {
    const articles = (await gql(url, ArticlePathsAndStoriesDocument, { first: 100 })).articles;
    const failures = (await gql(url, IngestFailuresDocument, { first: 100 })).ingestFailures;
    return {
      total: articles.totalCount + failures.totalCount,
      articlePaths: articles.edges.map((e) => e.node.path),
      failurePaths: failures.edges.map((e) => e.node.path),
    };
  }

  /** Waits until the API accounts for every file dropped so far; on timeout, shows the server's log. */
  async function settled(message: string): Promise<void> {
    try {
      await waitFor(async () => (await listed()).total === good.length + bad.length, {
        timeout: 30_000,
        interval: 100,
        message,
      });
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${service.log}`);
    }
  }

  it("ingests every file exactly once and announces every article exactly once", async () => {
    await service.start();
    subscriber = new ResumingSubscriber(url.replace(/^http/, "ws"));
    await waitFor(() => subscriber?.connections === 1, { message: "the subscriber to connect" });

    // 1. Files arrive; PostgreSQL goes away in the middle of them and comes back.
    drop(12);
    await pg.stop("immediate"); // a crash: commits whose answer never arrived are retried
    drop(8);
    await sleep(3000); // how long the database stays down
    drop(4);
    await pg.start();
    drop(8);
    await settled("every file accounted for after the database restart");

    // 2. The server is killed in the middle of a burst (some of it ingested, not all) and started again.
    const before = good.length + bad.length;
    drop(24);
    await waitFor(async () => (await listed()).total > before, {
      timeout: 15_000,
      message: "the burst to start",
    });
    await service.kill();
    drop(8);
    await service.start();
    await settled("every file accounted for after the restart");

    const { articlePaths, failurePaths } = await listed();
    expect(new Set(articlePaths).size).toBe(articlePaths.length);
    expect(new Set(failurePaths).size).toBe(failurePaths.length);
    expect([...articlePaths].sort()).toEqual([...good].sort());
    expect([...failurePaths].sort()).toEqual([...bad].sort());

    // No event was committed twice for a file, whatever was retried.
    const dupes = await pg.psql(
      "SELECT count(*) FROM (SELECT path FROM article_event GROUP BY path HAVING count(*) > 1) d",
      "seedgraph",
    );
    expect(dupes).toBe("0");

    // The subscriber, reconnected after the kill, saw each ADDED event once, in order, no gaps.
    const sub = subscriber;
    await waitFor(() => sub.events.length >= good.length, {
      timeout: 15_000,
      message: `${good.length} events (saw ${sub.events.length})`,
    });
    // Connected once at the start and once after the kill: the database restart closed nothing.
    expect(sub.connections).toBe(2);
    expect(sub.events.map((e) => e.seq)).toEqual(good.map((_, i) => i + 1));
    expect(sub.events.every((e) => e.kind === "ADDED")).toBe(true);
    expect(sub.events.map((e) => e.path).sort()).toEqual([...good].sort());
  }, 120_000); // about 40 s on a quiet machine; two server starts dominate
});
