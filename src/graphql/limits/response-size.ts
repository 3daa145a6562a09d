import { type ExecutionResult, GraphQLError } from "graphql";
import { handleStreamOrSingleExecutionResult, type Plugin } from "graphql-yoga";
import { ErrorCode } from "../../errors.ts";

const utf8Bytes = (text: string) => Buffer.byteLength(text, "utf8");
// A UTF-16 unit is at most three UTF-8 bytes: a bound that reads no string's bytes.
const utf8Bound = (text: string) => text.length * 3;

/**
 * Size of `value` as JSON with `bytes` counted for every string and key, a few bytes for every
 * number, literal and punctuation. Iterative (a deep result cannot overflow the stack) and stops
 * counting once `limit` is passed.
 */
function walkSize(value: unknown, limit: number, bytes: (text: string) => number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const item = stack.pop();
    if (typeof item === "string") size += bytes(item) + 2;
    else if (item === null || typeof item !== "object") size += 8;
    else if (Array.isArray(item)) {
      size += 2 + item.length;
      for (const element of item) stack.push(element);
    } else {
      size += 2;
      for (const key of Object.keys(item)) {
        size += bytes(key) + 4;
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
  }
  return size;
}

/**
 * Approximate size of `value` as JSON, in bytes: the UTF-8 bytes of every string and key, a few
 * bytes for every number, literal and punctuation. Stops counting once `limit` is passed, so an
 * answer of gigabytes costs no more to measure than one just over the limit.
 */
export function jsonSize(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  return walkSize(value, limit, utf8Bytes);
}

/**
 * Whether `jsonSize(value) <= limit`: first by an upper bound that reads no string's bytes (a
 * quarter of the cost), and only past it by the exact count.
 */
export function fitsIn(value: unknown, limit: number): boolean {
  return walkSize(value, limit, utf8Bound) <= limit || jsonSize(value, limit) <= limit;
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
