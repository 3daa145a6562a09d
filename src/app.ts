import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { type CORSOptions, createYoga } from "graphql-yoga";
import type { Database } from "./db/client.ts";
import { ErrorCode } from "./errors.ts";
import { createContext } from "./graphql/context.ts";
import { GRAPHIQL_OPTIONS, graphiqlRenderer } from "./graphql/graphiql.ts";
import { maskError } from "./graphql/mask-error.ts";
import { appPlugins } from "./graphql/plugins/index.ts";
import type { Readiness } from "./graphql/plugins/use-health.ts";
import { openSseStreams } from "./graphql/plugins/use-sse-subscriptions.ts";
import { ResponseCache } from "./graphql/response-cache.ts";
import { buildSchema } from "./graphql/schema.ts";
import type { FailureFeed } from "./ingest/failure-feed.ts";
import type { EventLog } from "./live/event-log.ts";
import { serveGraphQLOverWs } from "./live/graphql-ws.ts";
import type { OperationContext } from "./live/operation-context.ts";
import { DEFAULT_SUBSCRIBER_BUFFER, SharedSubscriptions } from "./live/shared-subscriptions.ts";
import type { Logger } from "./logger.ts";
import { createMetrics, type Metrics } from "./metrics.ts";
import { listenOn } from "./port-hold.ts";
import type { TrustedDocuments } from "./trusted-documents.ts";

/** GraphQL endpoint path (HTTP, SSE and WebSocket). */
export const GRAPHQL_PATH = "/graphql";

/**
 * Largest request body, in bytes (1 MiB): an operation is at most 20,000 characters and its
 * variables hold at most 100 ids or a few short strings.
 */
export const MAX_REQUEST_BYTES = 1024 * 1024;

function bodyTooLarge() {
  return {
    message: `the request body is over ${MAX_REQUEST_BYTES} bytes`,
    extensions: { code: ErrorCode.DOCUMENT_TOO_LARGE, limit: MAX_REQUEST_BYTES },
  };
}

export interface AppDeps {
  db: Database;
  events: EventLog;
  logger: Logger;
  /** Announces ingest failures to `ingestFailed` subscribers (default: a feed nobody publishes to). */
  failures?: FailureFeed;
  /** Where `/metrics` reads from (default: metrics of this app alone). */
  metrics?: Metrics;
  /** Checks `/ready` reports besides the database's (the service adds the watcher's). */
  readiness?: () => Record<string, string | null>;
  options?: AppOptions;
}

/** Settings of the HTTP layer (from the environment, see `loadConfig`). */
export interface AppOptions {
  /** Memory for cached responses to repeated queries, in MiB (default 64; 0 = no cache). */
  responseCacheMb?: number;
  /** Serve GraphiQL to browsers (default true). */
  graphiql?: boolean;
  /** Answer introspection queries, and suggest field names in errors (default true). */
  introspection?: boolean;
  /**
   * Origins browsers may call the API from (default none: no CORS headers, and WebSockets only
   * from the server's own origin). `*` allows any origin, never with credentials.
   */
  corsOrigins?: string[];
  /** Documents clients may name by id (`documentId`, or Apollo's persisted-query hash). */
  trustedDocuments?: TrustedDocuments;
  /** Refuse documents that are not trusted (default false: any document, and trusted ids too). */
  trustedDocumentsOnly?: boolean;
}

export interface RunningApp {
  port: number;
  /** The endpoint on the address really bound (`http://127.0.0.1:4000/graphql`, `http://[::]:4000/graphql`). */
  url: string;
}

export interface App {
  /** Starts listening (port 0 picks a free one). */
  start(port: number, host?: string): Promise<RunningApp>;
  /** Completes open subscriptions, closes sockets and the HTTP server; the database is the caller's. */
  stop(): Promise<void>;
  /** Yoga's fetch, for in-process requests in tests. */
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** Whole-response cache of HTTP queries (hit and size figures for tests and benchmarks). */
  responseCache: ResponseCache;
}

/**
 * Yoga's CORS settings for `CORS_ORIGINS`: none at all by default (browsers on other origins
 * cannot read answers), the listed origins with credentials, or any origin without them for `*`.
 */
export function corsOptions(origins: readonly string[] | undefined): CORSOptions {
  if (!origins || origins.length === 0) return false;
  if (origins.includes("*")) return { origin: "*", credentials: false };
  return { origin: [...origins], credentials: true };
}

/** The URL of the GraphQL endpoint on the address the server really bound. */
function endpointUrl(address: AddressInfo): string {
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${GRAPHQL_PATH}`;
}

/** How long `/ready` waits for the database to answer before calling it unreachable. */
const READY_DB_TIMEOUT_MS = 2000;

/**
 * `/ready`: the database answers a statement within {@link READY_DB_TIMEOUT_MS}, and every check
 * the service adds (`null`: passing) passes. A serving app has applied its migrations and its
 * first reconcile (the service builds it only then).
 */
async function readiness(deps: AppDeps): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const database = await Promise.race([
    deps.db.sql.query("SELECT 1").then(
      () => null,
      (error: unknown) =>
        `unreachable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    ),
    new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`no answer within ${READY_DB_TIMEOUT_MS} ms`), READY_DB_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  const failing: Record<string, string | null> = { database, ...deps.readiness?.() };
  const checks = Object.fromEntries(Object.entries(failing).map(([k, v]) => [k, v ?? "ok"]));
  return { ready: Object.values(failing).every((v) => v === null), checks };
}

/** Builds the HTTP + GraphQL app (queries, SSE and graphql-ws on one path); nothing listens until `start`. */
export function buildApp(deps: AppDeps): App {
  const shutdown = new AbortController();
  const metrics = deps.metrics ?? createMetrics();
  const options = deps.options ?? {};
  const responseCache = new ResponseCache(deps.events, {
    maxBytes: Math.round((options.responseCacheMb ?? 64) * 1024 * 1024),
  });
  const yoga = createYoga({
    schema: buildSchema({
      prisma: deps.db.prisma,
      sql: deps.db.sql,
      events: deps.events,
      failures: deps.failures,
    }),
    graphqlEndpoint: GRAPHQL_PATH,
    // HTTP and SSE requests, graphql-ws operations (src/live/graphql-ws.ts) and the shared
    // executions of live subscriptions all get their context here.
    context: (initial: { request?: Request; operation?: OperationContext; signal?: AbortSignal }) => {
      if (initial.operation) return createContext({ signal: initial.operation.signal });
      if (!initial.request) return createContext({ signal: initial.signal ?? shutdown.signal });
      return createContext({
        request: initial.request,
        signal: AbortSignal.any([initial.request.signal, shutdown.signal]),
      });
    },
    graphiql: options.graphiql === false ? false : GRAPHIQL_OPTIONS,
    renderGraphiQL: graphiqlRenderer((message) => deps.logger.warn(message)),
    landingPage: false,
    cors: corsOptions(options.corsOrigins),
    plugins: appPlugins({
      logger: deps.logger,
      metrics,
      readiness: () => readiness(deps),
      responseCache,
      sharedSse: new SharedSubscriptions(),
      shutdown: shutdown.signal,
      introspection: options.introspection,
      trustedDocuments: options.trustedDocuments,
      trustedDocumentsOnly: options.trustedDocumentsOnly,
    }),
    maskedErrors: { maskError, isDev: false },
    logging: {
      debug: (...args) => deps.logger.debug(args.map(String).join(" ")),
      info: (...args) => deps.logger.debug(args.map(String).join(" ")),
      warn: (...args) => deps.logger.warn(args.map(String).join(" ")),
      error: (...args) => deps.logger.error(args.map(String).join(" ")),
    },
  });
  const server = http.createServer((request, response) => {
    // Refused before anything reads it: a request states its length, and none needs much.
    if (Number(request.headers["content-length"] ?? 0) > MAX_REQUEST_BYTES) {
      response.writeHead(413, { "content-type": "application/json", connection: "close" });
      response.end(JSON.stringify({ errors: [bodyTooLarge()] }));
      return;
    }
    void yoga(request, response);
  });
  const sockets = new Set<Socket>();
  // One listener for every socket (a closure each cost about 80 bytes per idle subscriber).
  function forget(this: Socket) {
    sockets.delete(this);
  }
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", forget);
  });
  const ws = serveGraphQLOverWs(server, GRAPHQL_PATH, yoga, {
    maxPayload: MAX_REQUEST_BYTES,
    corsOrigins: options.corsOrigins,
    trustedDocuments: options.trustedDocuments,
    trustedDocumentsOnly: options.trustedDocumentsOnly,
    shared: new SharedSubscriptions(DEFAULT_SUBSCRIBER_BUFFER, shutdown.signal),
    shutdown: shutdown.signal,
    logger: deps.logger,
  });
  metrics.sources.subscriptions = () => ({ ws: ws.openOperations(), sse: openSseStreams() });

  return {
    fetch: async (url, init) => yoga.fetch(url, init ?? {}),
    responseCache,
    async start(port, host) {
      const address = await listenOn(server, port, host);
      return { port: address.port, url: endpointUrl(address) };
    },
    async stop() {
      // Ending every stream lets graphql-ws send `complete` and SSE responses finish cleanly.
      shutdown.abort();
      await ws.drained(2000);
      await ws.close();
      if (!server.listening) return;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
