import { isIngestLimitError } from "./ingest-error.ts";

/** Where in the ingest of one file an error was thrown. */
export type IngestStage = "read" | "extract" | "save";

/** A recorded failure's code and the short reason shown to API clients. */
export interface FailureReason {
  code: string;
  message: string;
}

/** Longest reason kept from an error of our own code (an extractor bug, a limit). */
const MAX_REASON = 200;

/** SQLSTATE classes and codes with a reason of their own; the server's text is never shown. */
const SQLSTATE_REASONS: Record<string, string> = {
  "54000": "the article goes over a PostgreSQL size limit",
  "54001": "the article is too deeply nested for PostgreSQL",
  "22001": "a value is too long for its column",
  "22021": "the text holds a byte sequence PostgreSQL does not accept",
  "22P05": "the text holds a character PostgreSQL cannot store",
  "23505": "the article conflicts with one stored meanwhile",
  "53200": "the database ran out of memory",
  "57014": "the save took too long and was cancelled",
};

/** Serialisation failures, deadlocks and lock time-outs: bad luck of timing, not of the file. */
const RETRYABLE_SQLSTATES = new Set(["40001", "40P01", "55P03"]);

/**
 * True for an error that says "try again" about the moment, not the file (a deadlock, a
 * serialisation failure): recording it as the file's failure would keep the file out until it
 * changes, so it is retried like a lost connection instead.
 */
export function isRetryableConflict(error: unknown): boolean {
  const sqlState = sqlStateOf(error);
  return sqlState !== undefined && RETRYABLE_SQLSTATES.has(sqlState);
}

/**
 * Turns an error thrown while ingesting one file (not a lost connection: the caller has checked)
 * into a stable code and a short reason without paths or database text:
 * `IngestLimitError` → its own code; PostgreSQL's tsvector limit → `TEXT_TOO_LONG_FOR_SEARCH`;
 * a string or array over the JavaScript engine's limit → `TOO_LARGE_TO_STORE`; anything else
 * → `EXTRACT_ERROR`, `READ_FAILED` or `SAVE_FAILED` by stage.
 */
export function failureReason(error: unknown, stage: IngestStage): FailureReason {
  if (isIngestLimitError(error)) return { code: error.code, message: clip(error.message) };
  const sqlState = sqlStateOf(error);
  if (sqlState === "54000" && /tsvector/i.test(messageOf(error)))
    return {
      code: "TEXT_TOO_LONG_FOR_SEARCH",
      message: "the article has more distinct words than the search index of one article can hold",
    };
  if (error instanceof RangeError && /Invalid (string|array|typed array) length/i.test(error.message))
    return {
      code: "TOO_LARGE_TO_STORE",
      message: `the article's ${stage === "save" ? "facts are" : "text is"} too large to process (${error.message})`,
    };
  if (sqlState !== undefined) {
    const reason = SQLSTATE_REASONS[sqlState] ?? "the database refused the article";
    return { code: "SAVE_FAILED", message: `${reason} (SQLSTATE ${sqlState})` };
  }
  const prismaCode = prismaCodeOf(error);
  if (prismaCode !== undefined)
    return { code: "SAVE_FAILED", message: `the database refused the article (Prisma ${prismaCode})` };
  if (stage === "extract")
    return { code: "EXTRACT_ERROR", message: clip(`extraction failed: ${messageOf(error)}`) };
  if (stage === "read") return { code: "READ_FAILED", message: clip(`cannot read file: ${nameOf(error)}`) };
  return { code: "SAVE_FAILED", message: clip(`the article could not be saved: ${nameOf(error)}`) };
}

/** The five-character SQLSTATE of a PostgreSQL error, also wrapped by Prisma's driver adapter. */
function sqlStateOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e !== null && typeof e === "object" && depth < 5; depth++) {
    const record = e as Record<string, unknown>;
    if (typeof record.code === "string" && /^[0-9A-Z]{5}$/.test(record.code) && "severity" in record)
      return record.code;
    const adapter = (record.meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } })
      ?.driverAdapterError?.cause?.originalCode;
    if (typeof adapter === "string" && /^[0-9A-Z]{5}$/.test(adapter)) return adapter;
    e = record.cause;
  }
  return undefined;
}

/** Prisma's own error code (`P2002` …), which says enough; its message quotes the call. */
function prismaCodeOf(error: unknown): string | undefined {
  if (error === null || typeof error !== "object") return undefined;
  const { code, clientVersion } = error as Record<string, unknown>;
  return typeof clientVersion === "string" && typeof code === "string" ? code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An error's class and code, for errors whose message may name server paths (file system). */
function nameOf(error: unknown): string {
  if (!(error instanceof Error)) return "unexpected error";
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === "string" ? `${error.name} ${code}` : error.name;
}

/** One line, at most {@link MAX_REASON} characters, with anything that looks like an absolute path cut. */
function clip(text: string): string {
  const line = text
    .replace(/\s+/g, " ")
    .replace(/(^|[\s'"(=])\/[^\s'"()]+/g, "$1…")
    .trim();
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
}
