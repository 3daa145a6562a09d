import { EventEmitter, getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import type { WebSocket } from "ws";
import { closedSignal, OperationContext } from "../../../src/live/operation-context.ts";

/** Stands in for a ws socket: all the context uses of one is its `close` event. */
const fakeSocket = () => new EventEmitter() as unknown as WebSocket;
const listeners = (signal: AbortSignal) => getEventListeners(signal, "abort").length;

describe("OperationContext", () => {
  it("aborts its signal when the client completes the operation, the socket closes or the server stops", () => {
    const cancelled = new OperationContext(fakeSocket(), new AbortController().signal);
    const { signal: first } = cancelled;
    cancelled.cancel();
    expect(first.aborted).toBe(true);

    const socket = fakeSocket();
    const onClosedSocket = new OperationContext(socket, new AbortController().signal);
    const { signal: second } = onClosedSocket;
    socket.emit("close");
    expect(second.aborted).toBe(true);

    const shutdown = new AbortController();
    const atShutdown = new OperationContext(fakeSocket(), shutdown.signal);
    const { signal: third } = atShutdown;
    shutdown.abort();
    expect(third.aborted).toBe(true);
  });

  it("gives an aborted signal to an operation cancelled, or on a socket closed, before it was read", () => {
    const cancelled = new OperationContext(fakeSocket(), new AbortController().signal);
    cancelled.cancel();
    expect(cancelled.signal.aborted).toBe(true);

    const shutdown = new AbortController();
    shutdown.abort();
    expect(new OperationContext(fakeSocket(), shutdown.signal).signal.aborted).toBe(true);
  });

  it("makes no signal and no listener until the signal is read", () => {
    const socket = fakeSocket();
    const shutdown = new AbortController();
    for (let i = 0; i < 100; i++) new OperationContext(socket, shutdown.signal).end();
    expect(listeners(shutdown.signal)).toBe(0);
    expect((socket as unknown as EventEmitter).listenerCount("close")).toBe(0);
  });

  it("leaves no listener on the server's or the socket's signal across 1,000 operations", () => {
    const socket = fakeSocket();
    const shutdown = new AbortController();
    for (let i = 0; i < 1000; i++) {
      const context = new OperationContext(socket, shutdown.signal);
      expect(context.signal.aborted).toBe(false);
      expect(listeners(shutdown.signal)).toBe(1);
      // Half end by themselves (a query answered, a stream that finished), half are completed by
      // their client.
      if (i % 2 === 0) context.end();
      else context.cancel();
    }
    expect(listeners(shutdown.signal)).toBe(0);
    expect(listeners(closedSignal(socket))).toBe(0);
    // The socket itself has one listener, however many operations it carried.
    expect((socket as unknown as EventEmitter).listenerCount("close")).toBe(1);
  });

  it("is not aborted by a server stopping after the operation ended", () => {
    const shutdown = new AbortController();
    const context = new OperationContext(fakeSocket(), shutdown.signal);
    const { signal } = context;
    context.end();
    shutdown.abort();
    expect(signal.aborted).toBe(false);
  });
});
