import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { StartupError } from "../../src/errors.ts";

describe("loadConfig", () => {
  it("has the documented defaults", () => {
    expect(loadConfig({})).toEqual({
      databaseUrl: undefined,
      port: 4000,
      host: "127.0.0.1",
      seedsDir: "seeds",
      seedsDirAdopt: false,
      dataDir: ".data",
      logLevel: "info",
      redisUrl: undefined,
      maxFileBytes: 2 * 1024 * 1024,
      ingestQueueSize: 10_000,
      databaseWaitSeconds: 60,
      eventPollMs: 1000,
      responseCacheMb: 64,
      graphiql: true,
      introspection: true,
      corsOrigins: [],
      trustedDocumentsOnly: false,
    });
  });

  it("reads TRUSTED_DOCUMENTS as a path and TRUSTED_DOCUMENTS_ONLY as a switch", () => {
    const config = loadConfig({ TRUSTED_DOCUMENTS: "docs.json", TRUSTED_DOCUMENTS_ONLY: "true" });
    expect(config.trustedDocuments).toBe("docs.json");
    expect(config.trustedDocumentsOnly).toBe(true);
  });

  it("reads CORS_ORIGINS as a comma-separated list of origins", () => {
    expect(loadConfig({ CORS_ORIGINS: "https://a.example, http://localhost:3000" }).corsOrigins).toEqual([
      "https://a.example",
      "http://localhost:3000",
    ]);
    expect(loadConfig({ CORS_ORIGINS: "*" }).corsOrigins).toEqual(["*"]);
  });

  it("reads the on/off switches in their usual spellings", () => {
    expect(loadConfig({ GRAPHIQL: "false", INTROSPECTION: "0" })).toMatchObject({
      graphiql: false,
      introspection: false,
    });
    expect(loadConfig({ GRAPHIQL: "Yes", INTROSPECTION: "on" })).toMatchObject({
      graphiql: true,
      introspection: true,
    });
  });

  it("reads DATABASE_WAIT_SECONDS (0 = fail at once, fractions allowed)", () => {
    expect(loadConfig({ DATABASE_WAIT_SECONDS: "0" }).databaseWaitSeconds).toBe(0);
    expect(loadConfig({ DATABASE_WAIT_SECONDS: "1.5" }).databaseWaitSeconds).toBe(1.5);
  });

  it.each([
    [{ DATABASE_URL: "not a url" }, /invalid DATABASE_URL/],
    [{ DATABASE_URL: "mysql://x@localhost/db" }, /invalid DATABASE_URL/],
    [{ PORT: "seventy" }, /invalid PORT/],
    [{ PORT: "70000" }, /invalid PORT/],
    [{ REDIS_URL: "localhost:6379" }, /invalid REDIS_URL/],
    [{ MAX_FILE_BYTES: "2MB" }, /invalid MAX_FILE_BYTES/],
    [{ DATABASE_WAIT_SECONDS: "-1" }, /invalid DATABASE_WAIT_SECONDS/],
    [{ EVENT_POLL_MS: "10" }, /invalid EVENT_POLL_MS/],
    [{ GRAPHIQL: "maybe" }, /invalid GRAPHIQL/],
    [{ RESPONSE_CACHE_MB: "-1" }, /invalid RESPONSE_CACHE_MB/],
    [{ DATABASE_WAIT_SECONDS: "a minute" }, /invalid DATABASE_WAIT_SECONDS/],
    [{ CORS_ORIGINS: "example.org" }, /invalid CORS_ORIGINS/],
    [{ CORS_ORIGINS: "https://example.org/app" }, /invalid CORS_ORIGINS/],
  ])("rejects %o with a one-line StartupError", (env, message) => {
    expect(() => loadConfig(env)).toThrow(StartupError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe("LOG_FORMAT", () => {
  it("is json or pretty, and unset by default (pretty on a terminal, JSON otherwise)", () => {
    expect(loadConfig({}).logFormat).toBeUndefined();
    expect(loadConfig({ LOG_FORMAT: "json" }).logFormat).toBe("json");
    expect(loadConfig({ LOG_FORMAT: "pretty" }).logFormat).toBe("pretty");
    expect(() => loadConfig({ LOG_FORMAT: "xml" })).toThrow(/LOG_FORMAT/);
  });
});
