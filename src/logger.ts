/** A minimal leveled logger; passed in as a dependency so tests can silence or capture it. */
export interface Logger {
  error(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  info(msg: string, extra?: unknown): void;
  debug(msg: string, extra?: unknown): void;
}

const LEVELS = ["silent", "error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof LEVELS)[number];

/** Logs to stderr at or above `level`. */
export function createLogger(level: LogLevel = "info"): Logger {
  const rank = LEVELS.indexOf(level);
  const at = (lvl: LogLevel) => (msg: string, extra?: unknown) => {
    if (LEVELS.indexOf(lvl) > rank) return;
    const tail =
      extra === undefined ? "" : ` ${extra instanceof Error ? extra.message : JSON.stringify(extra)}`;
    process.stderr.write(`[seedgraph] ${lvl}: ${msg}${tail}\n`);
  };
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

/** A logger that drops everything. */
export const silentLogger: Logger = createLogger("silent");
