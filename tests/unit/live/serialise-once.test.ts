import type { AddressInfo } from "node:net";
import { GraphQLError } from "graphql";
import { MessageType, stringifyMessage } from "graphql-ws";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import {
  expandPayloadsOn,
  payloadReplacer,
  SerialisedResult,
  serialiseOnce,
  withPayload,
} from "../../../src/live/serialise-once.ts";

/** A graphql-ws `next` message as graphql-ws writes it, given what `onNext` returned. */
function message(id: string, payload: unknown): string {
  return stringifyMessage({ id, type: MessageType.Next, payload } as never, payloadReplacer);
}

const asText = (data: string | Buffer) => (typeof data === "string" ? data : data.toString("utf8"));

describe("serialiseOnce", () => {
  it("serialises a result object once and hands back the same text after that", () => {
    const result = { data: { articleEvents: { kind: "ADDED", path: "a.txt" } } };
    const first = serialiseOnce(result);
    expect(serialiseOnce(result)).toBe(first);
    expect(serialiseOnce({ ...result })).not.toBe(first);
    expect(JSON.parse(first.json)).toEqual(result);
  });

  it("writes errors as graphql-ws does, through their toJSON", () => {
    const error = new GraphQLError("too slow", { extensions: { code: "SLOW_CONSUMER" } });
    const result = { data: null, errors: [error] };
    expect(JSON.parse(serialiseOnce(result).json)).toEqual({
      data: null,
      errors: [{ message: "too slow", extensions: { code: "SLOW_CONSUMER" } }],
    });
  });
});

describe("withPayload", () => {
  it("puts the serialised payload where graphql-ws wrote the placeholder", () => {
    const result = { data: { title: 'Hội nghị "AMM-58" \u2028 ở Kuala Lumpur' } };
    const text = message("sub-1", serialiseOnce(result));
    expect(text).not.toContain("Kuala Lumpur");
    const sent = asText(withPayload(text));
    expect(JSON.parse(sent)).toEqual({ id: "sub-1", type: "next", payload: result });
    // Exactly what graphql-ws would have sent without the hook.
    expect(sent).toBe(stringifyMessage({ id: "sub-1", type: MessageType.Next, payload: result }));
  });

  it("leaves every other message alone", () => {
    const ack = stringifyMessage({ type: MessageType.ConnectionAck }, payloadReplacer);
    expect(withPayload(ack)).toBe(ack);
    const plain = message("q", { data: { x: 1 } });
    expect(withPayload(plain)).toBe(plain);
  });

  it("never puts a payload whose message was not sent into the next message", () => {
    // graphql-ws writes a message, then skips sending it when the socket is closing.
    const unsent = message("to-a-closing-socket", serialiseOnce({ data: { secret: "for one client" } }));
    const placeholder = JSON.parse(unsent).payload as string;
    // The next message, even one whose own content looks like the placeholder, stays as written.
    const pong = stringifyMessage({ type: MessageType.Pong, payload: { x: placeholder } }, payloadReplacer);
    expect(withPayload(pong)).toBe(pong);
  });

  it("serves one result to many messages, each with its own id", () => {
    const payload = serialiseOnce({ data: { n: 1 } });
    const texts = ["a", "b", "c"].map((id) => asText(withPayload(message(id, payload))));
    expect(texts.map((t) => JSON.parse(t))).toEqual(
      ["a", "b", "c"].map((id) => ({ id, type: "next", payload: { data: { n: 1 } } })),
    );
  });
});

describe("expandPayloadsOn", () => {
  let server: WebSocketServer | undefined;
  afterEach(async () => {
    const listening = server;
    server = undefined;
    if (listening) await new Promise((resolve) => listening.close(resolve));
  });

  it("sends the expanded message as a text frame over a real socket", async () => {
    const listening = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    server = listening;
    await new Promise((resolve) => listening.once("listening", resolve));
    const { port } = listening.address() as AddressInfo;
    const payload = serialiseOnce({ data: { title: "Hội nghị Bộ trưởng Ngoại giao ASEAN" } });
    listening.on("connection", (socket) => {
      expandPayloadsOn(socket);
      socket.send(message("1", payload), (error) => expect(error).toBeFalsy());
    });
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    const [data, isBinary] = await new Promise<[WebSocket.RawData, boolean]>((resolve) =>
      client.once("message", (d, binary) => resolve([d, binary])),
    );
    client.close();
    expect(isBinary).toBe(false);
    expect(JSON.parse(data.toString())).toEqual({
      id: "1",
      type: "next",
      payload: { data: { title: "Hội nghị Bộ trưởng Ngoại giao ASEAN" } },
    });
  });

  it("encodes a serialised payload to bytes once", () => {
    const serialised = new SerialisedResult('{"data":{"x":"ấ"}}');
    expect(serialised.bytes).toBe(serialised.bytes);
    expect(serialised.bytes.toString("utf8")).toBe('{"data":{"x":"ấ"}}');
  });
});
