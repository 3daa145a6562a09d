/**
 * Per-request context, the same for HTTP, SSE and graphql-ws (both go through Yoga's envelop).
 * It deliberately holds no database client: the schema is built around the app's own client.
 */
export interface Context {
  /** When the request started (ms since epoch), for logs. */
  startedAt: number;
  /** SSE reconnect: the `Last-Event-ID` header, used as `after` when the operation gives none. */
  lastEventId: string | null;
  /** Aborted when the client goes away or the server stops. */
  signal: AbortSignal;
}

/** Builds the context of one request or subscription. */
export function createContext(input: { request?: Request; signal?: AbortSignal }): Context {
  return {
    startedAt: Date.now(),
    lastEventId: input.request?.headers.get("last-event-id") ?? null,
    signal: input.signal ?? input.request?.signal ?? new AbortController().signal,
  };
}
