/**
 * A file that cannot become an article for a reason the ingest records as data: a limit it goes
 * over (too many facts, too much text to index) or another expected refusal. Thrown anywhere
 * between reading and saving, it becomes an `IngestFailure` with `code` and `message`, and the
 * file is not tried again until its bytes (or the extractor) change.
 *
 * `message` is shown to API clients as it is: a short reason in the product's words, without
 * absolute paths or database text.
 */
export class IngestLimitError extends Error {
  override name = "IngestLimitError";
  /** Stable failure code, listed in the README (`TOO_MANY_FACTS`, `TEXT_TOO_LONG_FOR_SEARCH` …). */
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** True for an {@link IngestLimitError}, also one that crossed a thread as a plain object. */
export function isIngestLimitError(error: unknown): error is IngestLimitError {
  if (error instanceof IngestLimitError) return true;
  if (error === null || typeof error !== "object") return false;
  const { name, code, message } = error as Record<string, unknown>;
  return name === "IngestLimitError" && typeof code === "string" && typeof message === "string";
}
