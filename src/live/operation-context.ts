/**
 * The context of one graphql-ws operation, whose `signal` is made on first read.
 *
 * Own code, not `AbortSignal.any`: the three AbortSignals it took per operation cost an idle graphql-ws subscriber 3.2 KiB of its 14.5 (bench/live.ts heap per socket).
 *
 * Those were the operation's, the socket's and their `AbortSignal.any`, each with maps and a set
 * of dependants; Node 20's `AbortSignal.any` also leaves a registration on the server's shutdown
 * signal for every signal it ever made. A shared live subscription never reads its subscriber's
 * signal (its execution has a context of its own), so it now makes none; an operation that does
 * read it listens to its sources only while it runs.
 */
import type { WebSocket } from "ws";
import type { Context } from "../graphql/context.ts";

const socketClosed = new WeakMap<WebSocket, AbortSignal>();

/** Aborts when `socket` closes: one listener per socket, however many operations it carries. */
export function closedSignal(socket: WebSocket): AbortSignal {
  let signal = socketClosed.get(socket);
  if (!signal) {
    const controller = new AbortController();
    socket.once("close", () => controller.abort());
    signal = controller.signal;
    socketClosed.set(socket, signal);
  }
  return signal;
}

/**
 * A graphql-ws operation's context. Its `signal` (a getter on the prototype: a copy made with
 * spread has none) aborts when the client completes the operation ({@link cancel}), its socket
 * closes or the server stops. Until the signal is read there is no signal and no listener; once
 * read, it listens to the socket's and the server's signals until it aborts or the operation
 * ends ({@link end}), so those long-lived signals do not gather listeners.
 */
export class OperationContext implements Context {
  readonly startedAt = Date.now();
  /** graphql-ws has no Last-Event-ID: a resumed subscription says `after`. */
  readonly lastEventId = null;
  #controller: AbortController | null = null;
  #cancelled = false;
  #ended = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly shutdown: AbortSignal,
  ) {}

  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      const closed = closedSignal(this.socket);
      if (this.#cancelled || closed.aborted || this.shutdown.aborted) this.#controller.abort();
      else if (!this.#ended) {
        closed.addEventListener("abort", this, { once: true });
        this.shutdown.addEventListener("abort", this, { once: true });
      }
    }
    return this.#controller.signal;
  }

  /** The client completed the operation (or the server is ending it): aborts its signal. */
  cancel(): void {
    this.#cancelled = true;
    this.#unlisten();
    this.#controller?.abort();
  }

  /** The operation is over: its signal stops listening to the socket and the server. */
  end(): void {
    this.#ended = true;
    this.#unlisten();
  }

  /** A source aborted (the socket closed, the server is stopping). */
  handleEvent(): void {
    this.cancel();
  }

  #unlisten(): void {
    if (!this.#controller) return;
    this.shutdown.removeEventListener("abort", this);
    // Only a socket that already has its signal: ending must not make one.
    socketClosed.get(this.socket)?.removeEventListener("abort", this);
  }
}
