/**
 * Per-request context, the same for HTTP, SSE and graphql-ws. It deliberately holds no database
 * client: the schema is built around the app's own client (see builder.ts).
 */
export interface Context {
  /** When the request started (ms since epoch), for logs. */
  startedAt: number;
}

/** Builds the context of one request or subscription. */
export function createContext(): Context {
  return { startedAt: Date.now() };
}
