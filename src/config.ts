import { z } from "zod";
import { StartupError } from "./errors.ts";
import { DEFAULT_MAX_FILE_BYTES } from "./ingest/reader.ts";

const PostgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
  } catch {
    return false;
  }
}, "must be a postgres:// or postgresql:// URL with a host, e.g. postgresql://postgres@127.0.0.1:5432/seedgraph");

/** An on/off setting: true/false, 1/0, yes/no, on/off. */
const Switch = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .refine((v) => ["true", "false", "1", "0", "yes", "no", "on", "off"].includes(v), "must be true or false")
  .transform((v) => ["true", "1", "yes", "on"].includes(v));

const Env = z.object({
  DATABASE_URL: PostgresUrl.optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  SEEDS_DIR: z.string().min(1).default("seeds"),
  SEEDS_DIR_ADOPT: Switch.default(false),
  DATA_DIR: z.string().min(1).default(".data"),
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\/./.test(v), "must be a redis:// or rediss:// URL")
    .optional(),
  LOG_LEVEL: z.enum(["silent", "error", "warn", "info", "debug"]).default("info"),
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  TRUSTED_DOCUMENTS: z.string().min(1).optional(),
  TRUSTED_DOCUMENTS_ONLY: Switch.default(false),
  MAX_FILE_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_FILE_BYTES),
  INGEST_QUEUE_SIZE: z.coerce.number().int().positive().default(10_000),
  DATABASE_WAIT_SECONDS: z.coerce.number().min(0).max(86_400).default(60),
  EVENT_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(1000),
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(65536).default(64),
  GRAPHIQL: Switch.default(true),
  INTROSPECTION: Switch.default(true),
  CORS_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((o) => o.trim())
        .filter((o) => o !== ""),
    )
    .refine(
      (list) => list.every((o) => o === "*" || /^https?:\/\/[^/\s]+$/.test(o)),
      "must be * or comma-separated origins such as https://example.org (scheme and host, no path)",
    )
    .default([]),
});

/** Everything the service reads from the environment, parsed once. */
export interface Config {
  /** PostgreSQL connection string; unset means the embedded database under `dataDir`. */
  databaseUrl: string | undefined;
  /** HTTP port (default 4000; 0 picks a free one). */
  port: number;
  /** Interface to listen on (default `127.0.0.1`; `0.0.0.0` for every interface, e.g. in a container). */
  host: string;
  /** Folder of article files (default `seeds`). */
  seedsDir: string;
  /** Watch `seedsDir` even if the database mirrors another folder, and record it (default false). */
  seedsDirAdopt?: boolean;
  /** Where the embedded database keeps its files (default `.data`). */
  dataDir: string;
  logLevel: "silent" | "error" | "warn" | "info" | "debug";
  /** `json` lines or `pretty` ones; unset: pretty on a terminal, JSON otherwise. */
  logFormat?: "json" | "pretty";
  /** A `persisted-documents.json` whose documents clients may name by id instead of sending them. */
  trustedDocuments?: string;
  /** Refuse any document that is not among the trusted ones (default false). */
  trustedDocumentsOnly?: boolean;
  /** Redis for events across instances; unset means one process. */
  redisUrl: string | undefined;
  /** Largest article file read, in bytes; bigger ones are recorded as `TOO_LARGE` (default 2 MiB). */
  maxFileBytes?: number;
  /**
   * Paths the ingest queue holds before it only notes that it overflowed and lists the folder
   * again once drained (default 10,000).
   */
  ingestQueueSize?: number;
  /**
   * How long start-up waits for an unreachable PostgreSQL server, retrying with backoff, before
   * giving up (default 60 s; 0 fails at once).
   */
  databaseWaitSeconds?: number;
  /**
   * How often the event log reads the event table for commits no notice announced (default
   * 1,000 ms): the delay of cross-instance events without Redis, and the safety net with it.
   */
  eventPollMs?: number;
  /** Memory for whole responses to repeated queries, in MiB (default 64; 0 turns the cache off). */
  responseCacheMb?: number;
  /** Serve GraphiQL on GET /graphql from a browser (default true). */
  graphiql?: boolean;
  /** Answer introspection queries (default true); off hides the schema in production. */
  introspection?: boolean;
  /** Origins browsers may call the API from (default none: no CORS headers); `*` allows any, without credentials. */
  corsOrigins?: string[];
}

/** Parses the environment; a bad value becomes a {@link StartupError} naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = Env.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new StartupError(`invalid ${name}: ${issue?.message ?? "bad value"}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    host: e.HOST,
    seedsDir: e.SEEDS_DIR,
    seedsDirAdopt: e.SEEDS_DIR_ADOPT,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    trustedDocuments: e.TRUSTED_DOCUMENTS,
    trustedDocumentsOnly: e.TRUSTED_DOCUMENTS_ONLY,
    redisUrl: e.REDIS_URL,
    maxFileBytes: e.MAX_FILE_BYTES,
    ingestQueueSize: e.INGEST_QUEUE_SIZE,
    databaseWaitSeconds: e.DATABASE_WAIT_SECONDS,
    eventPollMs: e.EVENT_POLL_MS,
    responseCacheMb: e.RESPONSE_CACHE_MB,
    graphiql: e.GRAPHIQL,
    introspection: e.INTROSPECTION,
    corsOrigins: e.CORS_ORIGINS,
  };
}
