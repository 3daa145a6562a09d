import "./production-env.ts";
import { loadConfig } from "./config.ts";
import { StartupError } from "./errors.ts";
import { createLogger } from "./logger.ts";

const USAGE = `usage: seedgraph <command>

  serve                 migrate, ingest seeds/, watch and serve GraphQL (default)
  ingest PATH...        ingest files or folders once into the database
  extract --json PATH...  print the extraction of each file (or each article file in a folder) as JSON (no database)
  migrate               apply pending database migrations
`;

async function main(argv: string[]): Promise<number> {
  const [command = "serve", ...rest] = argv;
  switch (command) {
    case "serve":
      return (await import("./commands/serve.ts")).runServe();
    case "ingest":
      return (await import("./commands/ingest.ts")).runIngest(rest);
    case "extract":
      return (await import("./commands/extract.ts")).runExtract(rest);
    case "migrate":
      return (await import("./commands/migrate.ts")).runMigrate();
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`seedgraph: unknown command ${command}\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Expected start-up problems get one clear line; anything else is a bug worth a stack.
    if (error instanceof StartupError) process.stderr.write(`seedgraph: ${error.message}\n`);
    else process.stderr.write(`seedgraph: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
    // Whatever failed has been closed by now; should a library still hold the event loop (as a
    // PGlite that failed to start once did), a command that could not run must not hang.
    setTimeout(() => process.exit(1), 5_000).unref();
  },
);

export { createLogger, loadConfig };
