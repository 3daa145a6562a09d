import type { AddressInfo } from "node:net";
import type { ExecutionResult } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { boundedBySocket } from "../../../src/live/socket-backpressure.ts";

const CHUNK = "x".repeat(64 * 1024);

/** A real server/client WebSocket pair on localhost. */
async function socketPair() {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const accepted = new Promise<WebSocket>((resolve) => server.once("connection", resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  await new Promise((resolve) => client.once("open", resolve));
  return { server, client, serverSide: await accepted };
}

describe("boundedBySocket", () => {
  const closers: Array<() => void> = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  it("ends an endless source with SLOW_CONSUMER once a client stops reading, and closes the source", async () => {
    const { server, client, serverSide } = await socketPair();
    closers.push(
      () => client.terminate(),
      () => server.close(),
    );
    let produced = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<ExecutionResult> {
      try {
        for (;;) {
          produced++;
          yield { data: { chunk: CHUNK } };
          await new Promise((resolve) => setImmediate(resolve));
        }
      } finally {
        closed = true;
      }
    }
    client.pause(); // the client stops reading: the kernel buffers fill, then the send queue grows
    const limit = 1024 * 1024;
    let last: ExecutionResult | undefined;
    for await (const result of boundedBySocket(endless(), serverSide, limit)) {
      last = result;
      if (!result.errors) serverSide.send(JSON.stringify(result));
    }
    expect(last?.errors?.[0]?.extensions?.code).toBe("SLOW_CONSUMER");
    expect(last?.errors?.[0]?.message).toMatch(/after: <the last cursor received>/);
    expect(closed).toBe(true);
    // Bounded: what is queued for the client is the limit plus at most one result beyond it.
    expect(serverSide.bufferedAmount).toBeLessThanOrEqual(limit + CHUNK.length + 64);
    expect(produced).toBeGreaterThan(1);

    // Nothing was dropped on the way: once reading again, the client gets every result sent.
    const sent = produced - 1; // the last one pulled was replaced by the error
    let received = 0;
    const all = new Promise<void>((resolve) =>
      client.on("message", () => {
        if (++received === sent) resolve();
      }),
    );
    client.resume();
    await all;
    expect(received).toBe(sent);
  });

  it("passes everything through to a client that keeps up", async () => {
    const { server, client, serverSide } = await socketPair();
    closers.push(
      () => client.terminate(),
      () => server.close(),
    );
    async function* ten(): AsyncGenerator<ExecutionResult> {
      for (let i = 0; i < 10; i++) yield { data: { i } };
    }
    const seen: unknown[] = [];
    for await (const result of boundedBySocket(ten(), serverSide, 1024)) seen.push(result.data);
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => ({ i })));
  });
});
