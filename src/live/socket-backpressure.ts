import { type ExecutionResult, GraphQLError } from "graphql";
import { ErrorCode } from "../errors.ts";

/** Default bytes a WebSocket subscriber may leave unread before its subscriptions end (4 MiB). */
export const DEFAULT_SOCKET_BUFFER_BYTES = 4 * 1024 * 1024;

/** What the guard reads of a socket: the bytes queued for it and not yet handed to the network. */
export interface BufferedSocket {
  readonly bufferedAmount: number;
}

/** The error a subscription ends with when its client reads too slowly. */
export function slowConsumerError(detail: string): GraphQLError {
  return new GraphQLError(
    `${detail}; the subscription ended: subscribe again with after: <the last cursor received>`,
    { extensions: { code: ErrorCode.SLOW_CONSUMER } },
  );
}

/**
 * Passes `source` on while the client keeps up. graphql-ws writes every result to the socket at
 * once, so a client that stops reading makes the socket's send queue grow without bound; once
 * more than `limitBytes` wait there, the next pull yields a `SLOW_CONSUMER` error instead and
 * ends the source, so the server's memory per subscriber stays bounded and the client knows to
 * resume from its last cursor (nothing is lost: events stay in the database).
 */
export async function* boundedBySocket<T extends ExecutionResult>(
  source: AsyncIterable<T>,
  socket: BufferedSocket,
  limitBytes: number = DEFAULT_SOCKET_BUFFER_BYTES,
): AsyncGenerator<T | ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      if (socket.bufferedAmount > limitBytes) {
        yield {
          errors: [
            slowConsumerError(
              `${socket.bufferedAmount} bytes are waiting for this client (limit ${limitBytes})`,
            ),
          ],
        };
        return;
      }
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}
