import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { isCacheable, type ResponseCache } from "../response-cache.ts";

function cacheKey(params: {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}): string | null {
  if (typeof params.query !== "string") return null;
  const variables = params.variables ? JSON.stringify(params.variables) : "";
  return `${params.operationName ?? ""}\u0000${variables}\u0000${params.query}`;
}

/**
 * Serves repeated queries from a {@link ResponseCache}: a hit skips parsing, validation and
 * execution and sends the stored text. Only complete answers (no errors) to cacheable queries
 * are stored, and only when no change arrived while they were computed.
 */
export function useResponseCache(cache: ResponseCache): Plugin {
  if (!cache.enabled) return {};
  const pending = new WeakMap<Request, { key: string; version: number }>();
  const served = new WeakSet<Request>();
  return {
    onParams({ request, params, setResult }) {
      const key = cacheKey(params);
      if (key === null) return;
      const body = cache.get(key);
      if (body !== null) {
        setResult({ stringify: () => body } as ExecutionResult);
        served.add(request);
        return;
      }
      const version = cache.currentVersion();
      if (version !== null) pending.set(request, { key, version });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (request && !isCacheable(args.document, args.operationName)) pending.delete(request);
    },
    onExecutionResult({ request, result, setResult }) {
      const entry = pending.get(request);
      if (!entry) return;
      pending.delete(request);
      if (!result || Symbol.asyncIterator in result || result.errors?.length) return;
      const body = JSON.stringify(result);
      cache.set(entry.key, entry.version, body);
      setResult({ ...result, stringify: () => body });
    },
    onResponse({ request, response }) {
      // Tells clients (and anyone debugging) whether the answer came from the cache.
      if (served.has(request)) response.headers.set("x-response-cache", "hit");
    },
  };
}
