import { type ExecutionResult, GraphQLError } from "graphql";
import { handleStreamOrSingleExecutionResult, type Plugin } from "graphql-yoga";
import { ErrorCode } from "../../errors.ts";

/**
 * Approximate size of `value` as JSON, in bytes: the UTF-8 bytes of every string and key, a few
 * bytes for every number, literal and punctuation. Iterative (a deep result cannot overflow the
 * stack) and stops counting once `limit` is passed, so an answer of gigabytes costs no more to
 * measure than one just over the limit.
 */
export function jsonSize(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const item = stack.pop();
    if (typeof item === "string") size += Buffer.byteLength(item, "utf8") + 2;
    else if (item === null || typeof item !== "object") size += 8;
    else if (Array.isArray(item)) {
      size += 2 + item.length;
      for (const element of item) stack.push(element);
    } else {
      size += 2;
      for (const key of Object.keys(item)) {
        size += Buffer.byteLength(key, "utf8") + 4;
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
  }
  return size;
}

/**
 * An upper bound of `jsonSize(value)` that reads no string's bytes (a UTF-16 unit is at most three
 * UTF-8 bytes), a quarter of its cost; past `limit` it stops, and the exact count decides.
 */
export function fitsIn(value: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") size += item.length * 3 + 2;
    else if (item === null || typeof item !== "object") size += 8;
    else if (Array.isArray(item)) {
      size += 2 + item.length;
      for (const element of item) stack.push(element);
    } else {
      size += 2;
      for (const key of Object.keys(item)) {
        size += key.length * 3 + 4;
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
    if (size > limit) return jsonSize(value, limit) <= limit;
  }
  return true;
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * Replaces any result whose data would serialise to more than `maxBytes` with one
 * RESPONSE_TOO_LARGE error, before it is serialised: queries and subscription events alike, on
 * every transport that goes through Yoga's envelop (HTTP, SSE, graphql-ws). The cost limit
 * refuses most such operations before they run; this is the net for the ones whose size only
 * the data reveals (a corpus of very long articles).
 */
export function useResponseSizeLimit(maxBytes: number): Plugin {
  const check = ({ result, setResult }: { result: ExecutionResult; setResult(r: ExecutionResult): void }) => {
    if (result.data === null || result.data === undefined) return;
    if (fitsIn(result.data, maxBytes)) return;
    setResult({
      data: null,
      errors: [
        new GraphQLError(
          `the answer is over ${formatMiB(maxBytes)}; ask for fewer items or leave out long text fields such as body`,
          { extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, limit: maxBytes } },
        ),
      ],
    });
  };
  return {
    onExecute: () => ({ onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, check) }),
    onSubscribe: () => ({
      onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, check),
    }),
  };
}
