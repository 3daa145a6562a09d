import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import {
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  validate,
} from "graphql";
import {
  type CORSOptions,
  createYoga,
  type GraphQLParams,
  handleStreamOrSingleExecutionResult,
  type Plugin,
} from "graphql-yoga";
import { WebSocketServer } from "ws";
import type { Database } from "./db/client.ts";
import { ErrorCode } from "./errors.ts";
import { createContext } from "./graphql/context.ts";
import { GRAPHIQL_OPTIONS, graphiqlRenderer } from "./graphql/graphiql.ts";
import { checkVariables } from "./graphql/limits/input-guard.ts";
import { limitPlugins } from "./graphql/limits/plugins.ts";
import { maskError } from "./graphql/mask-error.ts";
import { useGzipPage } from "./graphql/plugins/use-gzip-page.ts";
import { type Readiness, useHealth } from "./graphql/plugins/use-health.ts";
import { useRequestLog } from "./graphql/plugins/use-request-log.ts";
import { ResponseCache, useResponseCache } from "./graphql/response-cache.ts";
import { buildSchema } from "./graphql/schema.ts";
import type { FailureFeed } from "./ingest/failure-feed.ts";
import type { EventLog } from "./live/event-log.ts";
import { interruptible } from "./live/interruptible.ts";
import { OperationContext } from "./live/operation-context.ts";
import { PayloadWebSocket, payloadReplacer, serialiseOnce } from "./live/serialise-once.ts";
import {
  DEFAULT_SUBSCRIBER_BUFFER,
  liveShareKey,
  SHARED_AROUND_ENVELOP,
  SharedSubscriptions,
  useSharedLiveSubscriptions,
} from "./live/shared-subscriptions.ts";
import { openSseStreams, useSseSubscriptions } from "./live/sse.ts";
import { serveGraphQLWs } from "./live/ws-transport.ts";
import type { Logger } from "./logger.ts";
import { createMetrics, type Metrics } from "./metrics.ts";
import { listenOn } from "./port-hold.ts";
import { requestedDocumentId, type TrustedDocuments } from "./trusted-documents.ts";

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
 * What graphql-ws hands to `execute`/`subscribe` as the root value: Yoga's envelop. One object
 * for every operation (envelop's functions are the same each time): a root with a `cancel`
 * closure per operation cost an idle subscriber 0.4 KiB; the context now cancels.
 */
interface WsRoot {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => Promise<AsyncIterable<ExecutionResult> | ExecutionResult>;
  [SHARED_AROUND_ENVELOP]: true;
}

function isAsyncIterator(value: unknown): value is AsyncIterator<ExecutionResult> {
  return typeof (value as AsyncIterator<unknown> | null)?.next === "function";
}

/** The result of an operation that is not shared, told to its context when it is over. */
async function ownExecution(
  run: () => unknown,
  context: OperationContext,
): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  try {
    const result = await run();
    // Its signal ends the stream's wait for the next event when the client completes it, so
    // nothing lingers until that event.
    if (isAsyncIterator(result)) return interruptible(result, context);
    context.end();
    return result as ExecutionResult;
  } catch (error) {
    context.end();
    throw error;
  }
}

// graphql's suggestion sentence: ` Did you mean "article" or "articles"?`, ` Did you mean the enum value "NEWEST"?`.
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** Removes the suggestion sentences from errors' messages, in place (the errors are this request's). */
function dropSuggestions(errors: readonly Error[] | undefined): void {
  for (const error of errors ?? []) {
    if (error.message.includes("Did you mean")) error.message = error.message.replace(SUGGESTION, "");
  }
}

/**
 * Refuses introspection (`__schema`, `__type`) with a validation error, on every transport, and
 * leaves out the "Did you mean …" suggestions that would give field, argument, type and enum
 * names away. graphql's `hideSuggestions` covers validation and most of execution; the executor
 * Yoga runs still words some variable errors with suggestions, so every result's errors are also
 * cleaned before they go out. `__typename` stays allowed: clients need it for unions.
 */
function useNoIntrospection(): Plugin {
  const clean = ({ result }: { result: ExecutionResult }) => dropSuggestions(result.errors);
  return {
    onValidate({ addValidationRule, setValidationFn }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
      setValidationFn((schema, document, rules) =>
        validate(schema, document, rules, { hideSuggestions: true }),
      );
      return ({ result }) => dropSuggestions(result);
    },
    onExecute({ executeFn, setExecuteFn }) {
      // graphql 16.10+ reads `hideSuggestions` from the execution args (envelop's type predates it).
      setExecuteFn((args) => executeFn(Object.assign({}, args, { hideSuggestions: true })));
      return { onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, clean) };
    },
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn((args) => subscribeFn(Object.assign({}, args, { hideSuggestions: true })));
      return { onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, clean) };
    },
  };
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

/**
 * Whether a WebSocket handshake may proceed: browsers send their page's Origin and apply no CORS
 * to WebSockets, so an origin other than the server's own must be one `CORS_ORIGINS` lists.
 * Clients that are not browsers send no Origin.
 */
function originAllowed(request: http.IncomingMessage, origins: readonly string[] | undefined): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (origins?.includes("*") || origins?.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** The URL of the GraphQL endpoint on the address the server really bound. */
function endpointUrl(address: AddressInfo): string {
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${GRAPHQL_PATH}`;
}

/** Builds the HTTP + GraphQL app (queries, SSE and graphql-ws on one path); nothing listens until `start`. */
/**
 * The text of the document a graphql-ws subscribe names (`documentId`, or Apollo's hash among
 * the trusted documents), or the text it sends when that is allowed; an error otherwise.
 */
function trustedText(
  params: GraphQLParams,
  text: string,
  options: AppOptions,
  trustedTexts: ReadonlySet<string>,
): string | GraphQLError {
  const id = requestedDocumentId(params);
  if (id !== null) {
    const found = options.trustedDocuments?.get(id);
    return (
      found ??
      new GraphQLError("PersistedQueryNotFound", { extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } })
    );
  }
  if (!options.trustedDocumentsOnly || trustedTexts.has(text)) return text;
  return new GraphQLError("PersistedQueryOnly", { extensions: { code: "PERSISTED_QUERY_ONLY" } });
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

export function buildApp(deps: AppDeps): App {
  const shutdown = new AbortController();
  const metrics = deps.metrics ?? createMetrics();
  metrics.sources.subscriptions = () => ({ ws: openOperations, sse: openSseStreams() });
  const options = deps.options ?? {};
  // The trusted documents' texts, looked up at each graphql-ws subscribe in trusted-only mode.
  const trustedTexts = new Set(options.trustedDocuments?.values());
  const shared = new SharedSubscriptions(DEFAULT_SUBSCRIBER_BUFFER, shutdown.signal);
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
    context: ({ request }) =>
      createContext({ request, signal: AbortSignal.any([request.signal, shutdown.signal]) }),
    graphiql: options.graphiql === false ? false : GRAPHIQL_OPTIONS,
    renderGraphiQL: graphiqlRenderer((message) => deps.logger.warn(message)),
    landingPage: false,
    cors: corsOptions(options.corsOrigins),
    plugins: [
      useRequestLog(deps.logger, metrics),
      useGzipPage(),
      ...(options.trustedDocuments || options.trustedDocumentsOnly
        ? [
            usePersistedOperations({
              getPersistedOperation: (id) => options.trustedDocuments?.get(id) ?? null,
              extractPersistedOperationId: requestedDocumentId,
              allowArbitraryOperations: !options.trustedDocumentsOnly,
            }),
          ]
        : []),
      useHealth(metrics, () => readiness(deps)),
      useSseSubscriptions(),
      ...limitPlugins(),
      ...(options.introspection === false ? [useNoIntrospection()] : []),
      useResponseCache(responseCache),
      // Its own groups: an execution shared inside envelop runs without the result hooks that a
      // graphql-ws one runs once inside, so the two kinds must not serve each other's subscribers.
      useSharedLiveSubscriptions(new SharedSubscriptions(), shutdown.signal),
    ],
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

  // graphql-ws on the same path, through Yoga's envelop so both transports share one context,
  // one schema and one set of limits.
  // noServer: the HTTP server's own errors (a port in use) stay with `start`, not the socket layer.
  // A message is one operation: the same bound as a request body (ws would read 100 MiB).
  // Its sockets put payloads serialised once into their messages (serialise-once.ts).
  const wsServer = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_REQUEST_BYTES,
    WebSocket: PayloadWebSocket,
  });
  server.on("upgrade", (request, socket, head) => {
    if (new URL(request.url ?? "/", "http://localhost").pathname !== GRAPHQL_PATH) {
      socket.destroy();
      return;
    }
    if (!originAllowed(request, options.corsOrigins)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit("connection", ws));
  });
  // Open graphql-ws operations, so `stop` can wait for their `complete` messages to go out.
  let openOperations = 0;
  let onAllComplete: (() => void) | null = null;
  const operationDone = () => {
    openOperations--;
    if (openOperations === 0) onAllComplete?.();
  };
  let root: WsRoot | null = null;
  const rootOf = (execute: WsRoot["execute"], subscribe: WsRoot["subscribe"]): WsRoot => {
    if (root?.execute !== execute || root.subscribe !== subscribe)
      root = { execute, subscribe, [SHARED_AROUND_ENVELOP]: true };
    return root;
  };
  const wsCleanup = serveGraphQLWs(
    {
      execute: (args) => {
        const { execute: run } = args.rootValue as WsRoot;
        return ownExecution(() => run(args), args.contextValue as OperationContext) as never;
      },
      subscribe: async (args) => {
        const { subscribe: run } = args.rootValue as WsRoot;
        const key = liveShareKey(args);
        if (key === null)
          return ownExecution(() => run(args), args.contextValue as OperationContext) as never;
        // Identical live-only subscriptions share one execution, around the whole enveloped
        // subscribe (SHARED_AROUND_ENVELOP), with a context of its own: it ends when its last
        // subscriber leaves or the server stops (`shared` is given `shutdown`), not with the first
        // subscriber's socket. The subscriber's own context is never read, so it makes no signal.
        return (await shared.subscribe(key, async (signal) =>
          run({ ...args, contextValue: createContext({ signal }) }),
        )) as never;
      },
      onOperation: () => {
        openOperations++;
      },
      onComplete: () => operationDone(),
      // Each result is serialised once, however many sockets it goes to (serialise-once.ts).
      onNext: (_ctx, _id, _payload, _args, result) => serialiseOnce(result) as never,
      jsonMessageReplacer: payloadReplacer,
      onSubscribe: async (ctx, _id, payload) => {
        // Checked before graphql-ws's own handling of the variables (and the shared subscriptions'
        // key) can recurse through them.
        const badInput = checkVariables(payload.variables);
        if (badInput) return [badInput];
        // No `req`: the handshake request is not kept (see ws-transport.ts), and no plugin reads
        // it on this transport.
        const { schema, execute, subscribe, parse, validate } = yoga.getEnveloped({
          socket: ctx.extra.socket,
          params: payload,
        });
        // Trusted documents over graphql-ws too: an id names one, and in trusted-only mode a
        // document sent as text must be one of them.
        const query = trustedText(payload as unknown as GraphQLParams, payload.query, options, trustedTexts);
        if (typeof query !== "string") return [query];
        const document = parse(query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: new OperationContext(ctx.extra.socket, shutdown.signal),
          rootValue: rootOf(execute, subscribe as WsRoot["subscribe"]),
        };
      },
    },
    wsServer,
    { logError: (message, error) => deps.logger.error(message, error) },
  );

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
      if (openOperations > 0) {
        await Promise.race([
          new Promise<void>((resolve) => {
            onAllComplete = resolve;
          }),
          new Promise((resolve) => setTimeout(resolve, 2000).unref()),
        ]);
      }
      await wsCleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      if (!server.listening) return;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
