import type { ExecutionResult, GraphQLError } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";

/**
 * Subscriptions over SSE, written here instead of by Yoga's own SSE writer. The protocol is the
 * same (a `:` comment first and every 12 s to keep proxies from closing the stream, an
 * `event: next` frame per result, `event: complete` at the end); two things differ:
 *
 * - A frame whose result carries an article event cursor starts with `id: <cursor>`, so a
 *   browser EventSource that reconnects sends it back as `Last-Event-ID` and resumes there.
 * - Each frame is made once per result object: every subscriber of a shared live execution
 *   (useSharedLiveSubscriptions) gets the same result, so its JSON and UTF-8 bytes are made once
 *   however many streams it goes to. Yoga's writer serialises and encodes it again for each one.
 *
 * Only streams of results (subscriptions) are taken over; a single result asked for as SSE is
 * left to Yoga.
 */
export function useSseSubscriptions(): Plugin {
  return {
    onResultProcess({ request, result, setResultProcessor }) {
      if (!isAsyncIterable(result) || !acceptsEventStream(request)) return;
      setResultProcessor(
        (stream, fetchAPI) => eventStreamResponse(stream as AsyncIterable<ExecutionResult>, fetchAPI),
        EVENT_STREAM,
      );
    },
  };
}

const EVENT_STREAM = "text/event-stream";
const KEEP_ALIVE_MS = 12_000;
const encoder = new TextEncoder();
const KEEP_ALIVE = encoder.encode(":\n\n");
const COMPLETE = encoder.encode("event: complete\ndata:\n\n");
/** What a cursor looks like (base64); anything else is not put on an `id:` line. */
const CURSOR = /^[A-Za-z0-9+/=]+$/;

/**
 * Whether Yoga would answer a stream of results with SSE: some accepted media type (UTF-8 only)
 * matches `text/event-stream`, wildcards included. Its other stream format, multipart, is not
 * offered for subscriptions.
 */
export function acceptsEventStream(request: Request): boolean {
  for (const entry of (request.headers.get("accept") || "*/*").replace(/\s/g, "").toLowerCase().split(",")) {
    const [type = "", ...params] = entry.split(";");
    const charset = params.find((p) => p.includes("charset="));
    if (charset !== undefined && charset !== "charset=utf-8") continue;
    const [main, sub] = type.split("/");
    if ((main === "*" || main === "text") && (sub === "*" || sub === "event-stream")) return true;
  }
  return false;
}

type FetchAPI = { ReadableStream: typeof ReadableStream; Response: typeof Response };

let openStreams = 0;

/** SSE subscription streams open in this process (for `/metrics`). */
export function openSseStreams(): number {
  return openStreams;
}

function eventStreamResponse(results: AsyncIterable<ExecutionResult>, fetchAPI: FetchAPI): Response {
  const iterator = results[Symbol.asyncIterator]();
  let keepAlive: NodeJS.Timeout | undefined;
  let open = true;
  const ended = () => {
    clearInterval(keepAlive);
    if (open) openStreams--;
    open = false;
  };
  openStreams++;
  const body = new fetchAPI.ReadableStream<Uint8Array>({
    start(controller) {
      // Some browsers hold a fetch until the first bytes arrive.
      controller.enqueue(KEEP_ALIVE);
      keepAlive = setInterval(() => {
        if (controller.desiredSize === null) clearInterval(keepAlive);
        // Only into an empty queue: a reader that stopped reading gets no pile of comments.
        else if (controller.desiredSize > 0) controller.enqueue(KEEP_ALIVE);
      }, KEEP_ALIVE_MS);
    },
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (value != null) controller.enqueue(frame(value));
        if (done) {
          ended();
          controller.enqueue(COMPLETE);
          controller.close();
        }
      } catch (error) {
        ended();
        controller.error(error);
      }
    },
    async cancel(reason) {
      ended();
      await iterator.return?.(reason);
    },
  });
  return new fetchAPI.Response(body, {
    status: 200,
    headers: {
      "Content-Type": EVENT_STREAM,
      Connection: "keep-alive",
      "Cache-Control": "no-cache",
      "Content-Encoding": "none",
    },
  });
}

const frames = new WeakMap<object, Uint8Array>();

/** The SSE frame of one result, made the first time this very object is seen. */
export function frame(result: ExecutionResult): Uint8Array {
  let bytes = frames.get(result);
  if (!bytes) {
    const cursor = cursorOf(result);
    const id = cursor ? `id: ${cursor}\n` : "";
    bytes = encoder.encode(`${id}event: next\ndata: ${resultJson(result)}\n\n`);
    frames.set(result, bytes);
  }
  return bytes;
}

/** The cursor of the event a result carries at its root (`articleEvents { cursor }`), if any. */
function cursorOf(result: ExecutionResult): string | undefined {
  for (const value of Object.values(result.data ?? {})) {
    const cursor = (value as { cursor?: unknown } | null)?.cursor;
    if (typeof cursor === "string" && CURSOR.test(cursor)) return cursor;
  }
  return undefined;
}

/**
 * The result as JSON, without what is only for the server: the `http` extension (status and
 * headers a plugin may set) on the result and on each error, and an error's `unexpected` flag.
 */
export function resultJson(result: ExecutionResult): string {
  const extensions = result.extensions as Record<string, unknown> | undefined;
  if (!result.errors?.length && !extensions?.http) return JSON.stringify(result);
  const { http: _http, ...rest } = extensions ?? {};
  return JSON.stringify({
    ...result,
    errors: result.errors?.map(publicError),
    extensions: Object.keys(rest).length > 0 ? rest : undefined,
  });
}

function publicError(error: GraphQLError) {
  const json = typeof error.toJSON === "function" ? error.toJSON() : error;
  const {
    http: _http,
    unexpected: _unexpected,
    ...extensions
  } = (json.extensions ?? {}) as Record<string, unknown>;
  return { ...json, extensions: Object.keys(extensions).length > 0 ? extensions : undefined };
}
