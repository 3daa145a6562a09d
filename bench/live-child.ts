// A server under test in its own process (bench/live-server.ts or bench/live-peer.mjs), for
// bench/live.ts: spawned with `--expose-gc`, asked for its heap and the like over IPC, killed
// whatever happens.
import { type ChildProcess, spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { SERVICE_NODE_FLAGS } from "./node-flags.ts";

/** Milliseconds since the epoch, comparable across threads and processes. */
export const now = () => performance.timeOrigin + performance.now();

/** What `heap` answers: bytes after full collections, and the open TCP handles. */
export interface Heap {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rss: number;
  tcp: number;
}

export interface ServerChild {
  /** The endpoint its clients connect to (ws:// or http://). */
  url: string;
  /** Resolves once it reported ready (rejects if it exits first). */
  ready: Promise<void>;
  /** When the process was spawned, and when it reported ready (epoch ms). */
  spawnedAt: number;
  readyAt: number;
  /** Sends `{ type, ...fields }` and resolves with the answer (rejects after `ms`, default 60 s). */
  request<T = Record<string, unknown>>(type: string, fields?: object, ms?: number): Promise<T>;
  /** Called with the child's unasked messages other than `ready` (seedgraph's `committed`). */
  onMessage: (message: { type: string; path: string; at: number }) => void;
  /** Asks it to stop, then kills it if it has not exited within 10 s. */
  stop(): Promise<void>;
  /** Kills it at once (failure paths). */
  kill(): void;
}

/** Spawns `script` (`--import tsx` for TypeScript); `ready` resolves once it reports ready. */
export function spawnServer(script: string, env: Record<string, string>): ServerChild {
  // seedgraph (TypeScript) with the flags `npm start` gives it; the peer with Node's defaults.
  const typescript = script.endsWith(".ts");
  const args = ["--expose-gc", ...(typescript ? ["--import", "tsx", ...SERVICE_NODE_FLAGS] : []), script];
  const spawnedAt = now();
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, ...env },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let dead = false;
  const failAll = (why: string) => {
    dead = true;
    for (const p of pending.values()) p.reject(new Error(why));
    pending.clear();
  };
  child.once("exit", (code, signal) => failAll(`${script} exited (${signal ?? code})`));
  let ready: () => void = () => {};
  let notReady: (e: Error) => void = () => {};
  const handle: ServerChild = {
    ready: new Promise<void>((resolve, reject) => {
      ready = resolve;
      notReady = reject;
    }),
    url: "",
    spawnedAt,
    readyAt: 0,
    onMessage: () => {},
    request(type, fields = {}, ms = 60_000) {
      if (dead) return Promise.reject(new Error(`${script} is not running`));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${script} did not answer ${type} within ${ms} ms`));
        }, ms);
        pending.set(id, {
          resolve: (v) => {
            clearTimeout(timer);
            resolve(v);
          },
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
        child.send({ id, type, ...fields });
      });
    },
    async stop() {
      if (dead) return;
      await handle.request("stop", {}, 10_000).catch(() => {});
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
  child.once("exit", (code, signal) =>
    notReady(new Error(`${script} exited (${signal ?? code}) before it was ready`)),
  );
  child.on("message", (m: { id?: number; type?: string; url?: string; at?: number; path?: string }) => {
    if (m.id !== undefined) {
      const p = pending.get(m.id);
      pending.delete(m.id);
      p?.resolve(m as never);
    } else if (m.type === "ready") {
      handle.url = m.url as string;
      handle.readyAt = m.at as number;
      ready();
    } else handle.onMessage(m as { type: string; path: string; at: number });
  });
  return handle;
}

/**
 * The child's clock minus ours, from the closest of `rounds` IPC round trips (it answers `now`
 * with its time): how far cross-process times may be off, reported beside the figures.
 */
export async function clockOffset(child: ServerChild, rounds = 20): Promise<{ offset: number; rtt: number }> {
  let best = { offset: 0, rtt: Number.POSITIVE_INFINITY };
  for (let i = 0; i < rounds; i++) {
    const t0 = now();
    const { at } = await child.request<{ at: number }>("now");
    const t1 = now();
    if (t1 - t0 < best.rtt) best = { offset: at - (t0 + t1) / 2, rtt: t1 - t0 };
  }
  return best;
}
