import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "../../logger.ts";
import type { Metrics } from "../../metrics.ts";
import { requestedDocumentId, type TrustedDocuments } from "../../trusted-documents.ts";
import type { ResponseCache } from "../response-cache.ts";
import { useGzipPage } from "./use-gzip-page.ts";
import { type Readiness, useHealth } from "./use-health.ts";
import { limitPlugins } from "./use-limits.ts";
import { useNoIntrospection } from "./use-no-introspection.ts";
import { useRequestLog } from "./use-request-log.ts";
import { useResponseCache } from "./use-response-cache.ts";
import { useSharedLiveSubscriptions } from "./use-shared-live-subscriptions.ts";
import { useSseSubscriptions } from "./use-sse-subscriptions.ts";

export interface PluginDeps {
  logger: Logger;
  metrics: Metrics;
  readiness: () => Promise<Readiness>;
  responseCache: ResponseCache;
  /** SSE's shared live executions (graphql-ws shares around envelop instead: src/live/graphql-ws.ts). */
  sharedSse: Parameters<typeof useSharedLiveSubscriptions>[0];
  /** Aborted when the app stops. */
  shutdown: AbortSignal;
  introspection?: boolean;
  trustedDocuments?: TrustedDocuments;
  trustedDocumentsOnly?: boolean;
}

/** Every Yoga plugin the app runs, in the order envelop runs them. */
export function appPlugins(deps: PluginDeps): Plugin[] {
  const trusted = deps.trustedDocuments || deps.trustedDocumentsOnly;
  return [
    // Each request's operation name, status and duration: the log line and the request metric.
    useRequestLog(deps.logger, deps.metrics),
    // GraphiQL's page gzipped for browsers that accept it.
    useGzipPage(),
    // Documents named by id (codegen's persisted documents); arbitrary ones refused when trusted-only.
    ...(trusted
      ? [
          usePersistedOperations({
            getPersistedOperation: (id) => deps.trustedDocuments?.get(id) ?? null,
            extractPersistedOperationId: requestedDocumentId,
            allowArbitraryOperations: !deps.trustedDocumentsOnly,
          }),
        ]
      : []),
    // GET /metrics and GET /ready.
    useHealth(deps.metrics, deps.readiness),
    // Subscriptions over SSE with event ids for Last-Event-ID resumes.
    useSseSubscriptions(),
    // Document size, depth, aliases, cost, variables and response size.
    ...limitPlugins(),
    // No introspection and no "Did you mean" suggestions, when asked.
    ...(deps.introspection === false ? [useNoIntrospection()] : []),
    // Whole answers to repeated queries, until the next article event.
    useResponseCache(deps.responseCache),
    // Last: identical live SSE subscriptions share one execution. Its own groups: an execution
    // shared inside envelop runs without the result hooks that a graphql-ws one runs once inside,
    // so the two kinds must not serve each other's subscribers.
    useSharedLiveSubscriptions(deps.sharedSse, deps.shutdown),
  ];
}
