import { type DestinationStream, pino, destination as pinoDestination, stdTimeFunctions } from "pino";
import pretty from "pino-pretty";

/** A leveled logger; passed in as a dependency so tests can silence or capture it. */
export interface Logger {
  error(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  info(msg: string, extra?: unknown): void;
  debug(msg: string, extra?: unknown): void;
}

const LEVELS = ["silent", "error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof LEVELS)[number];
/** `json`: one JSON object per line (for collectors); `pretty`: coloured lines for a terminal. */
export type LogFormat = "json" | "pretty";

export interface LoggerOptions {
  /** Default: `pretty` when standard error is a terminal, else `json`. */
  format?: LogFormat;
  /** Where finished lines go, as they are (default: standard error, pretty or JSON). */
  destination?: DestinationStream;
  /** Where lines go after formatting (pretty or JSON) instead of standard error. */
  output?: NodeJS.WritableStream;
}

/**
 * pino's fields for `extra`: an error as `err` (message, type, stack, cause: pino's serializer),
 * an object's own fields, anything else as `detail`.
 */
function fieldsOf(extra: unknown): Record<string, unknown> | undefined {
  if (extra === undefined) return undefined;
  if (extra instanceof Error) return { err: extra };
  if (typeof extra === "object" && extra !== null && !Array.isArray(extra))
    return extra as Record<string, unknown>;
  return { detail: extra };
}

/**
 * Logs to standard error at or above `level` through pino: JSON lines with `time` (ISO 8601),
 * `level` (its name), `msg` and the entry's fields, or the same entries made readable on a terminal.
 */
export function createLogger(level: LogLevel = "info", options: LoggerOptions = {}): Logger {
  const format = options.format ?? (process.stderr.isTTY ? "pretty" : "json");
  const destination =
    options.destination ??
    (format === "pretty"
      ? pretty({
          destination: options.output ?? 2,
          sync: true,
          colorize: process.stderr.isTTY,
          translateTime: "SYS:HH:MM:ss.l",
        })
      : ((options.output as DestinationStream | undefined) ?? pinoDestination({ fd: 2, sync: true })));
  const log = pino(
    {
      level,
      base: { name: "seedgraph" },
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const at = (lvl: Exclude<LogLevel, "silent">) => (msg: string, extra?: unknown) => {
    const fields = fieldsOf(extra);
    if (fields) log[lvl](fields, msg);
    else log[lvl](msg);
  };
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

/** A logger that drops everything. */
export const silentLogger: Logger = { error() {}, warn() {}, info() {}, debug() {} };
