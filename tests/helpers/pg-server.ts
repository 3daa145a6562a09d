import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** Where the machine's PostgreSQL 15 binaries live (overridable with `PG_BIN`). */
const PG_BIN = process.env.PG_BIN || "/usr/lib/postgresql/15/bin";

/**
 * Whether a throwaway server can be created here: the binaries exist (or CI requires PostgreSQL,
 * where their absence must fail rather than skip).
 */
export const PG_SERVER_AVAILABLE =
  fs.existsSync(path.join(PG_BIN, "initdb")) || process.env.SEEDGRAPH_REQUIRE_POSTGRES === "1";

/** A PostgreSQL server of its own in a temp folder, on a free port, that a test stops at will. */
export interface PgServer {
  readonly port: number;
  /** `postgresql://postgres@127.0.0.1:<port>/<database>` (default database `postgres`). */
  url(database?: string): string;
  /** Starts the server and waits until it accepts connections. */
  start(): Promise<void>;
  /** Stops it: `fast` ends sessions cleanly, `immediate` is a crash (recovery on the next start). */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  /** Runs SQL as the superuser (the server must be running). */
  psql(sql: string, database?: string): Promise<string>;
  /** Stops the server if it runs and removes its folder. */
  destroy(): Promise<void>;
}

/**
 * Creates (initdb) and starts a throwaway server. PostgreSQL refuses to run as root, so under
 * root its programs run as the `postgres` system user, which then owns the folder.
 */
export async function startPgServer(): Promise<PgServer> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-pg-"));
  const dataDir = path.join(root, "data");
  const socketDir = path.join(root, "sock");
  const logFile = path.join(root, "server.log");
  fs.mkdirSync(socketDir);
  const owner = systemUser();
  if (owner) execFileSync("chown", ["-R", `${owner.uid}:${owner.gid}`, root]);
  const port = await freePort();
  const env = { PATH: process.env.PATH ?? "", LC_ALL: "C.UTF-8", LANG: "C.UTF-8", TZ: "UTC" };
  const run = (program: string, args: string[]) =>
    runProgram(path.join(PG_BIN, program), args, { env, cwd: root, ...owner });

  await run("initdb", [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
    "--no-sync",
  ]);
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -k ${socketDir} -c fsync=off -c full_page_writes=off`;
  let running = false;
  // A test process that dies without its afterAll must not leave a server behind.
  const onExit = () => {
    if (running)
      spawnSync(path.join(PG_BIN, "pg_ctl"), ["stop", "-D", dataDir, "-m", "immediate"], {
        env,
        cwd: root,
        stdio: "ignore",
        ...owner,
      });
  };
  process.on("exit", onExit);

  const server: PgServer = {
    port,
    url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await run("pg_ctl", ["start", "-w", "-t", "60", "-D", dataDir, "-l", logFile, "-o", serverOptions]);
      running = true;
    },
    async stop(mode = "fast") {
      await run("pg_ctl", ["stop", "-w", "-t", "60", "-D", dataDir, "-m", mode]);
      running = false;
    },
    psql: (sql, database = "postgres") =>
      run("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", database, "-Atqc", sql]),
    async destroy() {
      if (running) await server.stop("immediate").catch(() => {});
      process.off("exit", onExit);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  try {
    await server.start();
  } catch (error) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "";
    await server.destroy();
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return server;
}

/** The `postgres` user's ids when running as root (PostgreSQL refuses root); null otherwise. */
function systemUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/** A port nobody listens on right now (the kernel's pick for port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Runs a program to its end; rejects with its output when it fails. */
function runProgram(
  file: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; uid?: number; gid?: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve(output.trim());
      else reject(new Error(`${path.basename(file)} ${args.join(" ")} exited with ${code}\n${output}`));
    });
  });
}
