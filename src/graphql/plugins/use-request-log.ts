import { performance } from "node:perf_hooks";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "../../logger.ts";
import type { Metrics } from "../../metrics.ts";

/** What a request log line says about one HTTP request to the GraphQL endpoint. */
export interface RequestLogEntry {
  method: string;
  /** The path asked for (`/graphql`, `/health`), without the query string. */
  path: string;
  /** The operation's name as the client gave it, `null` for an anonymous one. */
  operation: string | null;
  status: number;
  /** Milliseconds from the request to the response's head (for SSE: until the stream opens). */
  ms: number;
}

/**
 * One `info` line per HTTP request: method, operation name, status and duration, also recorded in
 * `metrics` (the request duration histogram). Never the
 * variables, the query text or headers: they can hold what users searched for and their tokens.
 * (Yoga's own logging has no request log; envelop's `useLogger` logs the execution arguments,
 * variables included.)
 */
export function useRequestLog(logger: Logger, metrics?: Metrics): Plugin {
  const started = new WeakMap<Request, { at: number; path: string }>();
  const operations = new WeakMap<Request, string | null>();
  return {
    onRequest({ request, url }) {
      started.set(request, { at: performance.now(), path: url.pathname });
    },
    onParams({ request, params }) {
      operations.set(request, typeof params.operationName === "string" ? params.operationName : null);
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      if (start === undefined) return;
      const entry: RequestLogEntry = {
        method: request.method,
        path: start.path,
        operation: operations.get(request) ?? null,
        status: response.status,
        ms: Math.round((performance.now() - start.at) * 10) / 10,
      };
      logger.info("request", entry);
      // The metrics' route itself is not a request worth a series.
      if (entry.path !== "/metrics") metrics?.request(entry.operation, entry.status, entry.ms / 1000);
    },
  };
}
