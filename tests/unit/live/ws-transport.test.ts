import type { AddressInfo } from "node:net";
import { buildSchema, GraphQLError } from "graphql";
import { CloseCode, createClient, GRAPHQL_TRANSPORT_WS_PROTOCOL } from "graphql-ws";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { serveGraphQLWs, type WsTransportOptions } from "../../../src/live/ws-transport.ts";
import { waitFor } from "../../helpers/wait-for.ts";

const schema = buildSchema("type Query { hello: String }");
const roots = { query: { hello: () => "world" } };

let running: { dispose(): Promise<void> } | undefined;
afterEach(async () => {
  await running?.dispose();
  running = undefined;
});

/** graphql-ws served on a real port through `serveGraphQLWs`. */
async function serve(options: WsTransportOptions = {}, hooks: Parameters<typeof serveGraphQLWs>[0] = {}) {
  const wsServer = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((resolve) => wsServer.once("listening", resolve));
  const errors: unknown[] = [];
  running = serveGraphQLWs({ schema, roots, ...hooks }, wsServer, {
    logError: (_message, error) => errors.push(error),
    ...options,
  });
  const url = `ws://127.0.0.1:${(wsServer.address() as AddressInfo).port}`;
  return { url, errors, wsServer };
}

/** A raw socket speaking graphql-transport-ws, acknowledged; resolves with its close code when it closes. */
async function rawClient(url: string, options: WebSocket.ClientOptions = {}) {
  const socket = new WebSocket(url, GRAPHQL_TRANSPORT_WS_PROTOCOL, options);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once("close", (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise((resolve) => socket.once("open", resolve));
  socket.send(JSON.stringify({ type: "connection_init" }));
  await new Promise((resolve) => socket.once("message", resolve));
  return { socket, closed };
}

describe("serveGraphQLWs", () => {
  it("answers operations as graphql-ws's useServer does", async () => {
    const { url } = await serve();
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
    const result = await new Promise((resolve, reject) => {
      let data: unknown;
      client.subscribe(
        { query: "{ hello }" },
        { next: (r) => (data = r.data), error: reject, complete: () => resolve(data) },
      );
    });
    await client.dispose();
    expect(result).toEqual({ hello: "world" });
  });

  it("drops a client that stops answering pings and keeps one that answers", async () => {
    // Generous beside a pong's round trip on a loaded machine: an answering client is never late.
    const { url } = await serve({ keepAlive: 250 });
    const silent = await rawClient(url, { autoPong: false });
    const answering = await rawClient(url);
    let pings = 0;
    answering.socket.on("ping", () => pings++);
    expect((await silent.closed).code).toBe(1006); // terminated, no close frame
    await waitFor(() => pings >= 3, { message: "three pings" });
    expect(answering.socket.readyState).toBe(WebSocket.OPEN);
    answering.socket.close();
  });

  it("refuses a client that does not speak graphql-transport-ws", async () => {
    const { url } = await serve();
    const socket = new WebSocket(url); // no subprotocol asked for
    const code = await new Promise<number>((resolve) => socket.once("close", (c) => resolve(c)));
    expect(code).toBe(CloseCode.SubprotocolNotAcceptable);
  });

  it("closes a socket with 4500 when a hook fails, and logs the error", async () => {
    const { url, errors } = await serve(
      {},
      {
        onSubscribe: () => {
          throw new Error("hook failed");
        },
      },
    );
    const { socket, closed } = await rawClient(url);
    socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "{ hello }" } }));
    expect(await closed).toEqual({ code: CloseCode.InternalServerError, reason: "hook failed" });
    expect(errors).toEqual([new Error("hook failed")]);
  });

  it("sends validation errors as an error message, the socket staying open", async () => {
    const { url } = await serve({}, { onSubscribe: () => [new GraphQLError("no such field")] });
    const { socket } = await rawClient(url);
    socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "{ nope }" } }));
    const message = await new Promise((resolve) =>
      socket.once("message", (data) => resolve(JSON.parse(String(data)))),
    );
    expect(message).toEqual({ id: "1", type: "error", payload: [{ message: "no such field" }] });
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });

  it("closes every socket with 1001 when disposed", async () => {
    const { url } = await serve();
    const { closed } = await rawClient(url);
    await running?.dispose();
    running = undefined;
    expect((await closed).code).toBe(1001);
  });
});
