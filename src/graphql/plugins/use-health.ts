import type { Plugin } from "graphql-yoga";
import type { Metrics } from "../../metrics.ts";

/** What `/ready` answers: each check's state, and whether all of them allow serving. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

/**
 * `GET /metrics` (Prometheus text format, from prom-client's registry) and `GET /ready` (200 when
 * every check passes, else 503, with the checks as JSON). `/health` stays Yoga's own: the process
 * answers.
 */
export function useHealth(metrics: Metrics, readiness: () => Promise<Readiness>): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET") return;
      if (url.pathname === "/metrics") {
        endResponse(
          new fetchAPI.Response(await metrics.registry.metrics(), {
            headers: { "content-type": metrics.registry.contentType },
          }),
        );
      } else if (url.pathname === "/ready") {
        const state = await readiness();
        endResponse(
          new fetchAPI.Response(JSON.stringify(state), {
            status: state.ready ? 200 : 503,
            headers: { "content-type": "application/json", "cache-control": "no-store" },
          }),
        );
      }
    },
  };
}
