import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { StartupError } from "../../src/errors.ts";

describe("loadConfig", () => {
  it("has the documented defaults", () => {
    expect(loadConfig({})).toEqual({
      databaseUrl: undefined,
      port: 4000,
      host: "0.0.0.0",
      seedsDir: "seeds",
      dataDir: ".data",
      logLevel: "info",
      redisUrl: undefined,
      maxFileBytes: 2 * 1024 * 1024,
    });
  });

  it.each([
    [{ DATABASE_URL: "not a url" }, /invalid DATABASE_URL/],
    [{ DATABASE_URL: "mysql://x@localhost/db" }, /invalid DATABASE_URL/],
    [{ PORT: "seventy" }, /invalid PORT/],
    [{ PORT: "70000" }, /invalid PORT/],
    [{ REDIS_URL: "localhost:6379" }, /invalid REDIS_URL/],
    [{ MAX_FILE_BYTES: "2MB" }, /invalid MAX_FILE_BYTES/],
  ])("rejects %o with a one-line StartupError", (env, message) => {
    expect(() => loadConfig(env)).toThrow(StartupError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
