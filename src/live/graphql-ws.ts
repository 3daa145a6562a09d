import type http from "node:http";
import { type ExecutionArgs, type ExecutionResult, GraphQLError } from "graphql";
import type { GraphQLParams, YogaServerInstance } from "graphql-yoga";
import { WebSocketServer } from "ws";
import { checkVariables } from "../graphql/limits/input-guard.ts";
import type { Logger } from "../logger.ts";
import { requestedDocumentId, type TrustedDocuments } from "../trusted-documents.ts";
import { interruptible } from "./interruptible.ts";
import { OperationContext } from "./operation-context.ts";
import { PayloadWebSocket, payloadReplacer, serialiseOnce } from "./serialise-once.ts";
import { liveShareKey, SHARED_AROUND_ENVELOP, type SharedSubscriptions } from "./shared-subscriptions.ts";
import { serveGraphQLWs } from "./ws-transport.ts";

/**
 * graphql-ws on the GraphQL path of the app's HTTP server, in the spirit of Yoga's graphql-ws
 * example: each subscribe message goes through Yoga's envelop (`getEnveloped`) for its schema,
 * parse, validate, context and execute, so both transports share one schema, one set of limits
 * and plugins, and one context factory.
 *
 * Context: an operation that is not shared gets its context from envelop's `contextFactory` (the
 * app's `context` option sees `{ socket, params, operation }`). An identical live-only
 * subscription shares one execution (shared-subscriptions.ts) whose context is made through
 * envelop once for the group; its subscribers keep only an {@link OperationContext}, which
 * nothing reads as a GraphQL context — an enveloped context each, with its signal made at once,
 * would cost every idle subscriber the memory bench/live.ts counts.
 */

/** A message is one operation: the same bound as a request body (ws would read 100 MiB). */
export interface GraphQLWsOptions {
  /** Largest message, bytes. */
  maxPayload: number;
  /** Origins other than the server's own that browsers may open sockets from (`*`: any). */
  corsOrigins?: readonly string[];
  /** Documents clients may name by id. */
  trustedDocuments?: TrustedDocuments;
  /** Refuse documents sent as text that are not trusted. */
  trustedDocumentsOnly?: boolean;
  /** Identical live-only subscriptions share one execution here. */
  shared: SharedSubscriptions;
  /** Aborted when the app stops: ends every operation. */
  shutdown: AbortSignal;
  logger: Logger;
}

export interface GraphQLWsServer {
  /** Open graphql-ws operations. */
  openOperations(): number;
  /** Resolves once every open operation has completed (its `complete` went out), or after `ms`. */
  drained(ms: number): Promise<void>;
  /** Closes every socket and the socket server. */
  close(): Promise<void>;
}

/** What a `ws` connection carries into the app's `context` option. */
export interface WsInitialContext {
  socket: unknown;
  params: unknown;
  operation: OperationContext;
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

/** The operation's own context: the subscriber's, or the one inside its enveloped context. */
function operationOf(contextValue: unknown): OperationContext {
  if (contextValue instanceof OperationContext) return contextValue;
  return (contextValue as WsInitialContext).operation;
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

/**
 * Whether a WebSocket handshake may proceed: browsers send their page's Origin and apply no CORS
 * to WebSockets, so an origin other than the server's own must be one `corsOrigins` lists.
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

/**
 * The text of the document a subscribe message names (`documentId`, or Apollo's hash among the
 * trusted documents), or the text it sends when that is allowed; an error otherwise.
 */
function trustedText(
  params: GraphQLParams,
  text: string,
  options: GraphQLWsOptions,
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

// biome-ignore lint/suspicious/noExplicitAny: the app's Yoga instance, whatever its context types
type AnyYoga = YogaServerInstance<any, any>;

/** Serves graphql-ws on `path` of `server` through `yoga`'s envelop. */
export function serveGraphQLOverWs(
  server: http.Server,
  path: string,
  yoga: AnyYoga,
  options: GraphQLWsOptions,
): GraphQLWsServer {
  // The trusted documents' texts, looked up at each subscribe in trusted-only mode.
  const trustedTexts = new Set(options.trustedDocuments?.values());
  // noServer: the HTTP server's own errors (a port in use) stay with `start`, not the socket layer.
  // Its sockets put payloads serialised once into their messages (serialise-once.ts).
  const wsServer = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload,
    WebSocket: PayloadWebSocket,
  });
  server.on("upgrade", (request, socket, head) => {
    if (new URL(request.url ?? "/", "http://localhost").pathname !== path) {
      socket.destroy();
      return;
    }
    if (!originAllowed(request, options.corsOrigins)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit("connection", ws));
  });

  // Open operations, so the app's stop can wait for their `complete` messages to go out.
  let open = 0;
  let onAllComplete: (() => void) | null = null;
  let root: WsRoot | null = null;
  const rootOf = (execute: WsRoot["execute"], subscribe: WsRoot["subscribe"]): WsRoot => {
    if (root?.execute !== execute || root.subscribe !== subscribe)
      root = { execute, subscribe, [SHARED_AROUND_ENVELOP]: true };
    return root;
  };

  const transport = serveGraphQLWs(
    {
      execute: (args) => {
        const { execute: run } = args.rootValue as WsRoot;
        return ownExecution(() => run(args), operationOf(args.contextValue)) as never;
      },
      subscribe: async (args) => {
        const { subscribe: run } = args.rootValue as WsRoot;
        if (!(args.contextValue instanceof OperationContext))
          return ownExecution(() => run(args), operationOf(args.contextValue)) as never;
        // Identical live-only subscriptions share one execution, around the whole enveloped
        // subscribe (SHARED_AROUND_ENVELOP), with a context of its own made through envelop: it
        // ends when its last subscriber leaves or the server stops (`shared` is given the
        // shutdown signal), not with the first subscriber's socket.
        const key = liveShareKey(args) as string;
        return (await options.shared.subscribe(key, async (signal) =>
          run({ ...args, contextValue: await yoga.getEnveloped({ signal }).contextFactory() }),
        )) as never;
      },
      onOperation: () => {
        open++;
      },
      onComplete: () => {
        open--;
        if (open === 0) onAllComplete?.();
      },
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
        const socket = ctx.extra.socket;
        const enveloped = yoga.getEnveloped({ socket, params: payload });
        const { schema, execute, subscribe, parse, validate } = enveloped;
        // Trusted documents over graphql-ws too: an id names one, and in trusted-only mode a
        // document sent as text must be one of them.
        const query = trustedText(payload as unknown as GraphQLParams, payload.query, options, trustedTexts);
        if (typeof query !== "string") return [query];
        const document = parse(query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const operation = new OperationContext(socket, options.shutdown);
        const args: ExecutionArgs = {
          schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: operation,
          rootValue: rootOf(execute, subscribe as WsRoot["subscribe"]),
        };
        // A shared subscriber keeps its bare operation context (see the header).
        if (liveShareKey(args) === null) args.contextValue = await enveloped.contextFactory({ operation });
        return args;
      },
    },
    wsServer,
    { logError: (message, error) => options.logger.error(message, error) },
  );

  return {
    openOperations: () => open,
    async drained(ms) {
      if (open === 0) return;
      await Promise.race([
        new Promise<void>((resolve) => {
          onAllComplete = resolve;
        }),
        new Promise((resolve) => setTimeout(resolve, ms).unref()),
      ]);
    },
    async close() {
      await transport.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
