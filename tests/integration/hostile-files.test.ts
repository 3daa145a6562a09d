/**
 * Hostile and unlucky files dropped into a running server with a subscriber, as a user or bad
 * luck would: poison texts near the size limit, links out of the folder and into loops, a FIFO,
 * a name that is not UTF-8 and a flood larger than the ingest queue, then one normal article.
 * Every file must become an article or a recorded failure with its code, the normal article must
 * still arrive, the API must keep answering throughout, memory must stay bounded, and a restart
 * must change nothing.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { freePort } from "../helpers/pg-server.ts";
import { REPO_ROOT, SEEDS } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";
import { waitFor } from "../helpers/wait-for.ts";

/** The queue bound the server runs with here, far below the flood, so the flood overflows it. */
const QUEUE_BOUND = 40;
const FLOOD = 400;
/** Resident memory the server may reach at its peak while handling all of this. */
const MEMORY_BOUND_MB = 1024;
/** Longest wait for one probe query, the bar for "the API stays responsive". */
const PROBE_BOUND_MS = 1000;

const SEED_TEXT = fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).sort()[0] as string), "utf8");
const SENTENCE =
  "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 (AMM-58) tại Kuala Lumpur bàn về RCEP, ACFTA 3.0 và Biển Đông với Bộ trưởng Bùi Thanh Sơn ";

/** One sentence repeated without a full stop to about `bytes` bytes. */
function repeatedSentence(bytes: number): string {
  return SENTENCE.repeat(Math.ceil(bytes / Buffer.byteLength(SENTENCE)));
}

/** About `bytes` bytes of words that are all different (each a letter run of its own). */
function distinctWords(bytes: number): string {
  const words: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const word = `w${i.toString(36)}x${((i * 2654435761) >>> 0).toString(36)}`;
    words.push(word);
    size += word.length + 1;
  }
  return words.join(" ");
}

/** `seedgraph serve` as a child process, so its memory and responsiveness are its own. */
class Server {
  child: ChildProcess | null = null;
  log = "";
  peakRssMb = 0;
  private sampler: NodeJS.Timeout | null = null;

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin/seedgraph.js"), "serve"], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...this.env },
    });
    this.child = child;
    let stdout = "";
    child.stdout?.on("data", (d) => (stdout += d));
    child.stderr?.on("data", (d) => (this.log += d));
    this.sampler = setInterval(() => this.sample(), 200);
    await waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
        return /GraphiQL at \S+/.test(stdout);
      },
      { timeout: 60_000, interval: 50, message: `the server to serve\n${this.log}` },
    );
  }

  /** The peak resident set the kernel saw (VmHWM), in MB. */
  private sample(): void {
    const pid = this.child?.pid;
    if (!pid) return;
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      this.peakRssMb = Math.max(this.peakRssMb, kb / 1024);
    } catch {
      // The process is gone.
    }
  }

  /** SIGTERM, as an operator stops it; resolves with its exit code. */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (this.sampler) clearInterval(this.sampler);
    this.sample();
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    return exited;
  }
}

interface Listed {
  articles: Map<string, string>;
  failures: Map<string, { code: string; message: string }>;
}

describe("hostile and unlucky files in a running server", () => {
  let db: TestDb;
  let seedsDir: string;
  let outside: string;
  let server: Server;
  let url: string;
  const probes: number[] = [];
  let stopProbing = () => {};
  let probeLoop: Promise<void> = Promise.resolve();
  const events: string[] = [];
  let disposeSubscriber: () => Promise<void> = async () => {};

  async function post(query: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Record<string, unknown>;
  }

  /** Every article path and every failure, paging through both lists. */
  async function listed(): Promise<Listed> {
    const articles = new Map<string, string>();
    const failures = new Map<string, { code: string; message: string }>();
    for (let after: string | null = null; ; ) {
      const data = (await post(
        "query($after: String) { articles(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { path contentHash } } } }",
        { after },
      )) as {
        articles: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { path: string; contentHash: string } }[];
        };
      };
      for (const e of data.articles.edges) articles.set(e.node.path, e.node.contentHash);
      if (!data.articles.pageInfo.hasNextPage) break;
      after = data.articles.pageInfo.endCursor;
    }
    for (let after: string | null = null; ; ) {
      const data = (await post(
        "query($after: String) { ingestFailures(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { path code message } } } }",
        { after },
      )) as {
        ingestFailures: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { path: string; code: string; message: string } }[];
        };
      };
      for (const e of data.ingestFailures.edges)
        failures.set(e.node.path, { code: e.node.code, message: e.node.message });
      if (!data.ingestFailures.pageInfo.hasNextPage) break;
      after = data.ingestFailures.pageInfo.endCursor;
    }
    return { articles, failures };
  }

  /**
   * A small query every 100 ms, each one timed, until stopped. It runs on a thread of its own:
   * this test writes files synchronously, which would otherwise hold up the probe itself.
   */
  function startProbing(): void {
    const worker = new Worker(
      `const { parentPort, workerData } = require("node:worker_threads");
       let stop = false;
       parentPort.on("message", () => { stop = true; });
       (async () => {
         while (!stop) {
           const started = performance.now();
           const tick = new Promise((resolve) => setTimeout(resolve, 100));
           try {
             const res = await fetch(workerData.url, {
               method: "POST",
               headers: { "content-type": "application/json" },
               body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }),
             });
             await res.text();
             parentPort.postMessage(res.ok ? performance.now() - started : Infinity);
           } catch {
             parentPort.postMessage(Infinity);
           }
           await tick;
         }
         parentPort.close();
       })();`,
      { eval: true, workerData: { url } },
    );
    worker.on("message", (ms: number) => probes.push(ms));
    probeLoop = new Promise((resolve) => worker.once("exit", () => resolve()));
    stopProbing = () => worker.postMessage("stop");
  }

  beforeAll(async () => {
    db = await createTestDb();
    seedsDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-hostile-"));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-outside-"));
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(outside, `secret-${i}.txt`), SEED_TEXT);
    fs.copyFileSync(
      path.join(SEEDS, fs.readdirSync(SEEDS).sort()[1] as string),
      path.join(seedsDir, "first.txt"),
    );
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    server = new Server({
      DATABASE_URL: db.url as string,
      SEEDS_DIR: seedsDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      INGEST_QUEUE_SIZE: String(QUEUE_BOUND),
    });
  }, 120_000);

  afterAll(async () => {
    stopProbing();
    await probeLoop;
    await disposeSubscriber();
    await server?.stop();
    await db?.drop();
    for (const dir of [seedsDir, outside]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("records or ingests every file, keeps serving and delivering, within bounded memory; a restart changes nothing", async () => {
    await server.start();
    const client = createClient({ url: url.replace(/^http/, "ws"), webSocketImpl: WebSocket, lazy: false });
    let connected = false;
    client.on("connected", () => (connected = true));
    const unsubscribe = client.subscribe<{ articleAdded: { path: string } }>(
      { query: "subscription { articleAdded { path } }" },
      { next: (v) => v.data && events.push(v.data.articleAdded.path), error: () => {}, complete: () => {} },
    );
    disposeSubscriber = async () => {
      unsubscribe();
      await client.dispose();
    };
    await waitFor(() => connected, { message: "the subscriber to connect" });
    // The probe measures what the files do to other users, not a cold start: one request first.
    await post("{ articles(first: 1) { totalCount } }");
    startProbing();

    const expected = new Map<string, string>(); // path → "article" or a failure code
    const put = (name: string, content: string | Buffer) => {
      const tmp = path.join(seedsDir, `.${name}.tmp`);
      fs.writeFileSync(tmp, content);
      fs.renameSync(tmp, path.join(seedsDir, name));
    };

    put("repeated-100k.txt", repeatedSentence(100_000));
    expected.set("repeated-100k.txt", "article");
    put("repeated-1900k.txt", repeatedSentence(1_900_000));
    expected.set("repeated-1900k.txt", "article");
    put("distinct-1900k.txt", distinctWords(1_900_000));
    expected.set("distinct-1900k.txt", "article");
    fs.symlinkSync(".", path.join(seedsDir, "here"));
    expected.set("here", "FOLDER_LINK");
    fs.symlinkSync(outside, path.join(seedsDir, "elsewhere"));
    expected.set("elsewhere", "SYMLINK_OUTSIDE");
    execFileSync("mkfifo", [path.join(seedsDir, "pipe.txt")]);
    expected.set("pipe.txt", "NOT_A_FILE");
    // A link to itself: a loop from the moment it exists (two links made one after the other
    // would be a dangling link first, and recorded as one until the next look at the folder).
    fs.symlinkSync("loop.txt", path.join(seedsDir, "loop.txt"));
    expected.set("loop.txt", "UNREADABLE");
    fs.symlinkSync("nowhere.txt", path.join(seedsDir, "dangling.txt"));
    expected.set("dangling.txt", "DANGLING_LINK");
    fs.writeFileSync(Buffer.from(path.join(seedsDir, "bad-\xff-name.txt"), "latin1"), SEED_TEXT);
    expected.set("bad-%FF-name.txt", "INVALID_FILE_NAME");
    for (let i = 0; i < FLOOD; i++) {
      const name = `flood-${String(i).padStart(4, "0")}.txt`;
      put(name, `${SEED_TEXT}\n\nBản sao số ${i} để kiểm tra.\n`);
      expected.set(name, "article");
    }
    put("normal.txt", `${SEED_TEXT}\n\nBài bình thường đến sau cùng.\n`);
    expected.set("normal.txt", "article");
    expected.set("first.txt", "article");

    // The normal article dropped last still arrives, on the subscription too.
    await waitFor(() => events.includes("normal.txt"), {
      timeout: 120_000,
      interval: 100,
      message: `normal.txt to be announced\n${server.log.slice(-3000)}`,
    });
    const settle = async () =>
      waitFor(
        async () => {
          const now = await listed();
          return now.articles.size + now.failures.size >= expected.size ? now : null;
        },
        { timeout: 120_000, interval: 500, message: "every file to be accounted for" },
      );
    const before = await settle();
    stopProbing();
    await probeLoop;

    const outcome = (p: string) =>
      before.articles.has(p) ? "article" : (before.failures.get(p)?.code ?? "missing");
    expect(Object.fromEntries([...expected.keys()].map((p) => [p, outcome(p)]))).toEqual(
      Object.fromEntries(expected),
    );
    // Nothing else was stored: no file reached through a link, no second path for one file.
    expect([...before.articles.keys(), ...before.failures.keys()].sort()).toEqual(
      [...expected.keys()].sort(),
    );
    // Nothing about the world outside the folder is told to clients.
    for (const { message } of before.failures.values()) {
      expect(message).not.toContain(outside);
      expect(message).not.toContain(seedsDir);
      expect(message).not.toMatch(/secret-/);
    }

    expect(server.peakRssMb).toBeLessThan(MEMORY_BOUND_MB);
    expect(probes.length).toBeGreaterThan(10);
    expect(Math.max(...probes)).toBeLessThan(PROBE_BOUND_MS);
    console.info(
      `hostile files: peak RSS ${server.peakRssMb.toFixed(0)} MB; ${probes.length} probes, slowest ${Math.max(...probes).toFixed(0)} ms`,
    );

    // A restart changes nothing: the same articles, the same failures, no new event.
    await disposeSubscriber();
    disposeSubscriber = async () => {};
    expect(await server.stop()).toBe(0);
    const eventsBefore = await countEvents(db);
    await server.start();
    await waitFor(async () => (await post("{ articles(first: 1) { totalCount } }")) !== null, {
      message: "the restarted server to answer",
    });
    const after = await settle();
    expect([...after.articles.entries()].sort()).toEqual([...before.articles.entries()].sort());
    expect([...after.failures.entries()].map(([p, f]) => [p, f.code]).sort()).toEqual(
      [...before.failures.entries()].map(([p, f]) => [p, f.code]).sort(),
    );
    expect(await countEvents(db)).toBe(eventsBefore);
  }, 300_000);
});

/** Committed article events in the database. */
async function countEvents(db: TestDb): Promise<number> {
  const database = await db.open();
  try {
    const rows = await database.sql.query<{ n: string }>("SELECT count(*)::text AS n FROM article_event");
    return Number(rows[0]?.n);
  } finally {
    await database.close();
  }
}
