import { randomUUID } from "node:crypto";
import type { ExecutionResult, GraphQLError, GraphQLFormattedError } from "graphql";
import { WebSocket } from "ws";

/**
 * Serialising each result once, however many sockets it goes to.
 *
 * A shared live subscription hands the same result object to every subscriber, but graphql-ws
 * turns it into text once per socket: with 1,000 dashboards on a 6 kB event that is 1,000 times
 * the same JSON. graphql-ws lets a hook replace the payload before the message is written and lets
 * a replacer take part in writing it, but it always writes the whole message itself, so the payload
 * goes through as a placeholder that the socket's `send` swaps for the text made once.
 *
 * Writing a message and sending it happen in one synchronous step inside graphql-ws, so the payload
 * being written is kept in a single slot between the two; writing the next message clears it.
 */

/** A result as JSON text, made once per result object. */
export class SerialisedResult {
  #bytes: Buffer | undefined;
  constructor(readonly json: string) {}
  /** The text as UTF-8, encoded once. */
  get bytes(): Buffer {
    this.#bytes ??= Buffer.from(this.json);
    return this.#bytes;
  }
}

const made = new WeakMap<object, SerialisedResult>();

/**
 * The result as graphql-ws would send it (errors by their `toJSON`), serialised the first time
 * this very object is seen and reused after that. Use it as graphql-ws's `onNext`.
 */
export function serialiseOnce(result: ExecutionResult): SerialisedResult {
  let done = made.get(result);
  if (!done) {
    const { errors, ...rest } = result;
    const payload = errors ? { ...rest, errors: errors.map(formatted) } : rest;
    done = new SerialisedResult(JSON.stringify(payload));
    made.set(result, done);
  }
  return done;
}

function formatted(error: GraphQLError): GraphQLFormattedError {
  return error.toJSON();
}

/** Unguessable, so that no client can put it in a message of its own (a ping's payload, an id). */
const PLACEHOLDER = `\u0000seedgraph:payload:${randomUUID()}\u0000`;
/** The placeholder as it appears in the message text. */
const PLACEHOLDER_TEXT = JSON.stringify(PLACEHOLDER);
let pending: SerialisedResult | null = null;

/** graphql-ws's `jsonMessageReplacer`: a serialised payload goes in as a placeholder. */
export function payloadReplacer(key: string, value: unknown): unknown {
  // Every message starts with the root: a payload written for a message that was then not sent
  // (its socket was closing) must not be taken for this one's.
  if (key === "") pending = null;
  else if (key === "payload" && value instanceof SerialisedResult) {
    pending = value;
    return PLACEHOLDER;
  }
  return value;
}

/**
 * The message with the placeholder replaced by the payload written just before, as UTF-8 bytes:
 * the payload's bytes are encoded once and copied into each message, not encoded again per socket.
 */
export function withPayload(text: string): string | Buffer {
  if (pending === null) return text;
  const payload = pending;
  pending = null;
  // The payload is the message's last member.
  const at = text.lastIndexOf(PLACEHOLDER_TEXT);
  if (at === -1) return text;
  const head = Buffer.from(text.slice(0, at));
  const tail = Buffer.from(text.slice(at + PLACEHOLDER_TEXT.length));
  return Buffer.concat([head, payload.bytes, tail], head.length + payload.bytes.length + tail.length);
}

type Send = (data: unknown, options?: unknown, callback?: unknown) => void;

/** Sends `data` through `send` with the payload written just before put in, as a text frame. */
function sendExpanded(
  socket: WebSocket,
  send: Send,
  data: unknown,
  options?: unknown,
  callback?: unknown,
): void {
  const message = typeof data === "string" ? withPayload(data) : data;
  if (message === data) send.call(socket, data, options, callback);
  // Bytes are sent as a binary frame unless told otherwise; graphql-ws speaks text.
  else if (typeof options === "function") send.call(socket, message, { binary: false }, options);
  else send.call(socket, message, { ...(options as object), binary: false }, callback);
}

/** Makes `socket.send` put serialised payloads into the messages graphql-ws writes. */
export function expandPayloadsOn(socket: WebSocket): void {
  const send = socket.send as Send;
  socket.send = ((data: unknown, options?: unknown, callback?: unknown) =>
    sendExpanded(socket, send, data, options, callback)) as WebSocket["send"];
}

/**
 * A socket whose `send` does what {@link expandPayloadsOn} adds, from its prototype: give it to
 * `WebSocketServer` as its `WebSocket` class, so no socket carries a closure of its own for it.
 */
export class PayloadWebSocket extends WebSocket {
  override send(data: unknown, options?: unknown, callback?: unknown): void {
    sendExpanded(this, super.send as Send, data, options, callback);
  }
}
