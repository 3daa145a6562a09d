/**
 * graphql-ws over a `ws` server, as graphql-ws's own `useServer` (graphql-ws/use/ws, "a basic
 * starter, feel free to copy the code over and adjust it") does it, on graphql-ws's `makeServer`:
 * same protocol, close codes, keep-alive period and disposal.
 *
 * Own code, not `useServer`: its per-socket closures, ping timer and pending listener frame cost an idle subscriber 1.4 KiB (7.2 → 5.8 KiB per socket; bare ws: 2.9–3.5).
 *
 * (Those are closures for send/close/onMessage, two once-wrappers, a ping interval each, and an
 * async listener frame that holds the subscribe message's bytes while the subscription lives.)
 * Here a socket carries one small object; its listeners and the ping timer are shared by all.
 */
import {
  CloseCode,
  type ConnectionInitMessage,
  DEPRECATED_GRAPHQL_WS_PROTOCOL,
  type WebSocket as GraphQLWsSocket,
  handleProtocols,
  makeServer,
  type ServerOptions,
} from "graphql-ws";
import type { RawData, WebSocket, WebSocketServer } from "ws";

/** What graphql-ws hooks find in `ctx.extra`. The handshake request is not kept (about 1.2 KiB a socket). */
export interface WsExtra {
  readonly socket: WebSocket;
}

export interface WsTransportOptions {
  /** Pings every socket this often and drops one that did not answer the previous ping, ms (default 12,000; 0 = never). */
  keepAlive?: number;
  /** Where internal errors go (default `console.error`). */
  logError?: (message: string, error: unknown) => void;
}

/** A close reason within the 123 bytes a close frame allows. */
function limitCloseReason(reason: string, whenTooLong: string): string {
  return reason.length < 124 ? reason : whenTooLong;
}

/** One socket as graphql-ws's server sees it; also its `ctx.extra`. */
class Connection implements GraphQLWsSocket, WsExtra {
  /** graphql-ws's message handler, once it accepted the subprotocol. */
  receive: ((data: string) => Promise<void>) | null = null;
  /** graphql-ws's close handler. */
  closed: ((code: number, reason: string) => Promise<void>) | null = null;
  /** A ping went out and no pong came back yet. */
  awaitingPong = false;

  constructor(
    readonly socket: WebSocket,
    readonly transport: Transport,
  ) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  /** Resolves once the message is written, so a slow client holds its own stream back. */
  send(data: string): Promise<void> {
    const socket = this.socket;
    if (socket.readyState !== socket.OPEN) return Promise.resolve();
    return new Promise((resolve, reject) =>
      socket.send(data, (error) => (error ? reject(error) : resolve())),
    );
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  onMessage(receive: (data: string) => Promise<void>): void {
    this.receive = receive;
  }

  /** Closes the socket on an internal error, as `useServer` does. */
  fail(error: unknown, what: string): void {
    this.transport.logError(`Internal error ${what}. Please check your implementation.`, error);
    this.socket.close(CloseCode.InternalServerError, this.transport.closeReason(error));
  }
}

interface Transport {
  logError: (message: string, error: unknown) => void;
  closeReason: (error: unknown) => string;
  isProd: boolean;
}

const connections = new WeakMap<WebSocket, Connection>();

// Listeners shared by every socket (`this` is the socket).
function onSocketMessage(this: WebSocket, data: RawData): void {
  const connection = connections.get(this);
  connection?.receive?.(String(data)).catch((error) => connection.fail(error, "during message handling"));
}

function onSocketError(this: WebSocket, error: Error): void {
  connections.get(this)?.fail(error, "emitted on a WebSocket socket");
}

function onSocketPong(this: WebSocket): void {
  const connection = connections.get(this);
  if (connection) connection.awaitingPong = false;
}

function onSocketClose(this: WebSocket, code: number, reason: Buffer): void {
  const connection = connections.get(this);
  connections.delete(this);
  if (!connection) return;
  if (
    !connection.transport.isProd &&
    code === CloseCode.SubprotocolNotAcceptable &&
    this.protocol === DEPRECATED_GRAPHQL_WS_PROTOCOL
  )
    console.warn(
      `Client provided the unsupported and deprecated subprotocol "${this.protocol}" used by subscriptions-transport-ws.`,
    );
  connection.closed?.(code, String(reason)).catch((error) => connection.transport.logError("closing", error));
}

/**
 * Serves graphql-ws on `wsServer` (what `useServer(options, wsServer, keepAlive)` does); `dispose`
 * closes every socket with 1001 and the server.
 */
export function serveGraphQLWs<P extends ConnectionInitMessage["payload"] = ConnectionInitMessage["payload"]>(
  /** graphql-ws's options, and `isProd` (default: NODE_ENV is production) as `useServer` reads it. */
  options: ServerOptions<P, WsExtra> & { isProd?: boolean },
  wsServer: WebSocketServer,
  {
    keepAlive = 12_000,
    logError = (message, error) => console.error(message, error),
  }: WsTransportOptions = {},
): { dispose(): Promise<void> } {
  const isProd = typeof options.isProd === "boolean" ? options.isProd : process.env.NODE_ENV === "production";
  const transport: Transport = {
    logError,
    isProd,
    closeReason: (error) =>
      isProd
        ? "Internal server error"
        : limitCloseReason(error instanceof Error ? error.message : String(error), "Internal server error"),
  };
  const server = makeServer<P, WsExtra>(options);
  wsServer.options.handleProtocols = handleProtocols;
  wsServer.once("error", (error) => {
    logError("Internal error emitted on the WebSocket server. Please check your implementation.", error);
    for (const client of wsServer.clients)
      client.close(CloseCode.InternalServerError, transport.closeReason(error));
  });

  // One timer for all sockets: each is pinged once a period and dropped if it did not answer the
  // ping of the period before (useServer gives every socket a timer of its own).
  let heartbeat: NodeJS.Timeout | null = null;
  const beat = () => {
    for (const socket of wsServer.clients) {
      const connection = connections.get(socket);
      if (!connection || socket.readyState !== socket.OPEN) continue;
      if (connection.awaitingPong) {
        socket.terminate();
        continue;
      }
      connection.awaitingPong = true;
      socket.ping();
    }
  };

  wsServer.on("connection", (socket: WebSocket) => {
    socket.on("error", onSocketError);
    socket.on("message", onSocketMessage);
    socket.on("pong", onSocketPong);
    socket.on("close", onSocketClose);
    const connection = new Connection(socket, transport);
    connections.set(socket, connection);
    connection.closed = server.opened(connection, connection);
    if (!heartbeat && keepAlive > 0 && Number.isFinite(keepAlive))
      heartbeat = setInterval(beat, keepAlive).unref();
  });

  return {
    async dispose() {
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      for (const client of wsServer.clients) client.close(1001, "Going away");
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) =>
        wsServer.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
