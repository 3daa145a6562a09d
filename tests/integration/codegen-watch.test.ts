import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/test-app.ts";
import { waitFor } from "../helpers/wait-for.ts";

// What `npm run` puts on PATH for the script's `graphql-codegen`.
const BIN = path.join(REPO_ROOT, "node_modules", ".bin", "graphql-codegen");

// The same presets and options as the project's codegen.ts, on a copy of schema.graphql and of
// one example operation in a temp folder: the repository's generated files are never touched.
const CONFIG = `const CLIENT_CONFIG = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { PartialDate: "string", DateTime: "string" },
};

export default {
  schema: "src/schema.graphql",
  generates: {
    "generated/tests/": {
      documents: ["src/operations/**/*.graphql"],
      preset: "client",
      config: CLIENT_CONFIG,
      presetConfig: { fragmentMasking: false },
    },
    "generated/examples/": {
      documents: ["src/operations/**/*.graphql"],
      preset: "client",
      config: CLIENT_CONFIG,
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
    },
  },
  ignoreNoDocuments: false,
  importExtension: ".ts",
  emitLegacyCommonJSImports: false,
};
`;

const PROBE = `query CodegenWatchProbe {
  stats {
    articlesPerMonth {
      month
      articleCount
    }
  }
}
`;

function read(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Ends the watcher and everything it started (it runs in its own process group). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // already gone
    }
  };
  kill("SIGTERM");
  const timer = setTimeout(() => kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

describe("npm run codegen:watch", () => {
  it("regenerates the typed documents when an operation file is added", async () => {
    const script = (
      JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
        scripts: Record<string, string>;
      }
    ).scripts["codegen:watch"];
    const [command, ...args] = script?.split(/\s+/) ?? [];
    expect(command).toBe("graphql-codegen");
    expect(args).toEqual(["--config", "codegen.ts", "--watch"]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-codegen-watch-"));
    const operations = path.join(dir, "src", "operations");
    fs.mkdirSync(operations, { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, "schema.graphql"), path.join(dir, "src", "schema.graphql"));
    fs.copyFileSync(
      path.join(REPO_ROOT, "examples", "stats.graphql"),
      path.join(operations, "stats.graphql"),
    );
    fs.writeFileSync(path.join(dir, "codegen.ts"), CONFIG);
    // The presets are resolved from the working folder; the watched folder (src/) leaves it out.
    fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");

    const outputs = [
      path.join(dir, "generated", "tests", "graphql.ts"),
      path.join(dir, "generated", "examples", "graphql.ts"),
    ];
    const persisted = path.join(dir, "generated", "examples", "persisted-documents.json");
    let log = "";
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: dir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.on("error", (error) => {
      log += `${error.message}\n`;
    });
    try {
      // Without @parcel/watcher the CLI says so and generates once, without watching.
      const started = await waitFor(
        () => {
          if (log.includes("Failed to import @parcel/watcher")) return "no watcher";
          if (child.exitCode !== null || child.signalCode !== null) return "exited";
          const generated = outputs.every((file) => read(file).includes("GraphStatsDocument"));
          return generated && log.includes("Watching for changes") ? "watching" : false;
        },
        { timeout: 60_000, interval: 100, message: "the first generation and the watch" },
      ).catch((error: Error) => error.message);
      expect(started, log).toBe("watching");
      expect(outputs.some((file) => read(file).includes("CodegenWatchProbe"))).toBe(false);

      // The watch starts just after it says so: an event in between would be missed, so the
      // file is written again (a new change) until the output has it.
      const probe = path.join(operations, "codegen-watch-probe.graphql");
      let written = 0;
      await waitFor(
        () => {
          const done =
            outputs.every((file) => read(file).includes("CodegenWatchProbeDocument")) &&
            read(persisted).includes("query CodegenWatchProbe");
          if (done) return true;
          if (Date.now() - written > 5_000) {
            fs.writeFileSync(probe, PROBE);
            written = Date.now();
          }
          return false;
        },
        { timeout: 60_000, interval: 100, message: "the new operation's typed document" },
      ).catch((error: Error) => {
        throw new Error(`${error.message}\n${log}`);
      });

      for (const file of outputs) {
        expect(read(file)).toMatch(
          /export const CodegenWatchProbeDocument = .* as unknown as DocumentNode<CodegenWatchProbeQuery, CodegenWatchProbeQueryVariables>;/,
        );
      }
      const documents = JSON.parse(read(persisted)) as Record<string, string>;
      expect(Object.values(documents).some((text) => text.startsWith("query CodegenWatchProbe"))).toBe(true);
      expect(child.exitCode).toBeNull();
    } finally {
      await stop(child);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
