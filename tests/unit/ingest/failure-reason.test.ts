import { describe, expect, it } from "vitest";
import { failureReason, isRetryableConflict } from "../../../src/ingest/failure-reason.ts";
import { IngestLimitError } from "../../../src/ingest/ingest-error.ts";

/** An error shaped like the pg driver's DatabaseError. */
function pgError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, severity: "ERROR" });
}

describe("failureReason", () => {
  it("keeps the code and message of a limit", () => {
    const error = new IngestLimitError(
      "TOO_MANY_FACTS",
      "the article has 120,000 facts; at most 50,000 are kept",
    );
    expect(failureReason(error, "extract")).toEqual({
      code: "TOO_MANY_FACTS",
      message: "the article has 120,000 facts; at most 50,000 are kept",
    });
    // One that crossed a thread boundary as a plain object counts too.
    const copied = { name: "IngestLimitError", code: "TOO_MANY_FACTS", message: "too many" };
    expect(failureReason(copied, "extract").code).toBe("TOO_MANY_FACTS");
  });

  it("names PostgreSQL's tsvector limit and hides the server's text", () => {
    const reason = failureReason(
      pgError("54000", "string is too long for tsvector (2000000 bytes, max 1048575 bytes)"),
      "save",
    );
    expect(reason.code).toBe("TEXT_TOO_LONG_FOR_SEARCH");
    expect(reason.message).not.toMatch(/tsvector|1048575/);
  });

  it("gives other database errors SAVE_FAILED with their SQLSTATE only", () => {
    const reason = failureReason(pgError("XX000", 'could not open file "/var/lib/pg/x": boom'), "save");
    expect(reason).toEqual({
      code: "SAVE_FAILED",
      message: "the database refused the article (SQLSTATE XX000)",
    });
    const wrapped = new Error("outer", { cause: pgError("22021", "invalid byte sequence") });
    expect(failureReason(wrapped, "save").message).toMatch(/SQLSTATE 22021/);
  });

  it("turns the engine's string limit into TOO_LARGE_TO_STORE", () => {
    expect(failureReason(new RangeError("Invalid string length"), "save").code).toBe("TOO_LARGE_TO_STORE");
  });

  it("classifies anything else by stage, without absolute paths", () => {
    expect(failureReason(new TypeError("x is undefined"), "extract")).toEqual({
      code: "EXTRACT_ERROR",
      message: "extraction failed: x is undefined",
    });
    const fsError = Object.assign(new Error("EIO: i/o error, open '/srv/seeds/a.txt'"), { code: "EIO" });
    expect(failureReason(fsError, "read")).toEqual({
      code: "READ_FAILED",
      message: "cannot read file: Error EIO",
    });
    expect(failureReason(new Error("cannot open /etc/passwd now"), "extract").message).not.toMatch(/etc/);
    expect(failureReason("odd", "save").code).toBe("SAVE_FAILED");
    expect(failureReason(new Error("x".repeat(1000)), "extract").message.length).toBeLessThanOrEqual(200);
  });
});

describe("isRetryableConflict", () => {
  it("is true for deadlocks, serialisation failures and lock time-outs, which are not the file's fault", () => {
    expect(isRetryableConflict(pgError("40P01", "deadlock detected"))).toBe(true);
    expect(isRetryableConflict(pgError("40001", "could not serialize access"))).toBe(true);
    expect(isRetryableConflict(pgError("55P03", "could not obtain lock"))).toBe(true);
    // Wrapped by Prisma's driver adapter, as it is through the Prisma client.
    const wrapped = { meta: { driverAdapterError: { cause: { originalCode: "40P01" } } } };
    expect(isRetryableConflict(wrapped)).toBe(true);
  });

  it("is false for errors that a retry of the same bytes would meet again", () => {
    expect(isRetryableConflict(pgError("54000", "string is too long for tsvector"))).toBe(false);
    expect(isRetryableConflict(new RangeError("Invalid string length"))).toBe(false);
    expect(isRetryableConflict(new Error("boom"))).toBe(false);
  });
});
