import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { SeenBy } from "./ingest/first-seen.ts";

/** What the gauges read when `/metrics` is asked for; each may be absent (nothing reported). */
export interface MetricSources {
  /** Paths waiting or being ingested by this instance's queue (0 when it does not watch). */
  ingestQueueDepth?: () => number;
  /** The last article event this instance has seen. */
  lastEventSeq?: () => number;
  /** Open subscriptions of this instance by transport. */
  subscriptions?: () => { ws: number; sse: number };
  /** The PostgreSQL pool: connections open, idle and requests waiting for one. */
  pool?: () => { total: number; idle: number; waiting: number } | null;
}

/** Operation names kept as distinct label values; later new names count as `other`. */
const MAX_OPERATION_LABELS = 200;
/** What an operation label may look like (a GraphQL name, not too long). */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The service's Prometheus metrics (prom-client) in a registry of its own: process metrics
 * (`seedgraph_process_*`, `seedgraph_nodejs_*`: CPU, memory, event-loop lag, GC), requests by
 * operation and status, ingest, events, subscriptions and the database pool.
 */
export function createMetrics(sources: MetricSources = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "seedgraph_" });
  const requestDuration = new Histogram({
    name: "seedgraph_http_request_duration_seconds",
    help: "HTTP requests to the service, by operation name (anonymous: none; over 200 distinct names: other) and status, to the answer's head.",
    labelNames: ["operation", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const seenOperations = new Set<string>();
  /** A bounded label for a client-chosen name: clients cannot grow the registry without end. */
  const operationLabel = (name: string | null): string => {
    if (name === null) return "none";
    if (!OPERATION_NAME.test(name)) return "other";
    if (seenOperations.has(name)) return name;
    if (seenOperations.size >= MAX_OPERATION_LABELS) return "other";
    seenOperations.add(name);
    return name;
  };
  const ingested = new Counter({
    name: "seedgraph_articles_ingested_total",
    help: "Article events committed by this instance: added, updated or removed.",
    labelNames: ["kind"],
    registers: [registry],
  });
  const failures = new Counter({
    name: "seedgraph_ingest_failures_total",
    help: "Files this instance could not ingest (each recorded with its reason), by code.",
    labelNames: ["code"],
    registers: [registry],
  });
  const ingestSeconds = new Histogram({
    name: "seedgraph_ingest_duration_seconds",
    help: "From a path being taken from the ingest queue to its commit (read, extraction, save).",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const ingestLag = new Histogram({
    name: "seedgraph_ingest_lag_seconds",
    help:
      "From this instance first seeing a change of a path to the commit of that path's article event or " +
      "the recording of its failure, by what saw it: watch (a watcher notice: a file written in place " +
      "from its first write, so the settle wait is included; a path seen again while it waited counts " +
      "from the first time) or reconcile (a listing of the seeds folder, from when it began; after the " +
      "ingest backlog overflowed, from the first path turned away).",
    labelNames: ["source"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [registry],
  });
  for (const source of ["watch", "reconcile"] satisfies SeenBy[]) ingestLag.zero({ source });
  const fanout = new Histogram({
    name: "seedgraph_event_fanout_seconds",
    help:
      "From an article event entering this instance's event log (its own commit, or read from the " +
      "database after a Redis notice or the poll) until every subscription stream open at that moment " +
      "has handed it on (a shared live subscription into each subscriber's buffer, one of its own to its " +
      "connection; left out by a filter counts as handed on) or closed. One per event; none while no " +
      "subscription is open, nor for an event still on its way when 5,000 newer ones have arrived.",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: "seedgraph_ingest_queue_depth",
    help: "Paths waiting or being ingested by this instance.",
    registers: [registry],
    collect() {
      this.set(sources.ingestQueueDepth?.() ?? 0);
    },
  });
  new Gauge({
    name: "seedgraph_event_seq",
    help: "Sequence number of the last article event this instance has seen.",
    registers: [registry],
    collect() {
      this.set(sources.lastEventSeq?.() ?? 0);
    },
  });
  new Gauge({
    name: "seedgraph_subscriptions_active",
    help: "Open subscriptions of this instance, by transport (ws: graphql-ws operations; sse: event streams).",
    labelNames: ["transport"],
    registers: [registry],
    collect() {
      const open = sources.subscriptions?.() ?? { ws: 0, sse: 0 };
      this.set({ transport: "ws" }, open.ws);
      this.set({ transport: "sse" }, open.sse);
    },
  });
  new Gauge({
    name: "seedgraph_db_pool_connections",
    help: "PostgreSQL pool: connections by state (total, idle) and requests waiting for one; absent on the embedded database.",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const pool = sources.pool?.();
      if (!pool) return;
      this.set({ state: "total" }, pool.total);
      this.set({ state: "idle" }, pool.idle);
      this.set({ state: "waiting" }, pool.waiting);
    },
  });
  return {
    registry,
    sources,
    /** Records one HTTP request. */
    request(operation: string | null, status: number, seconds: number) {
      requestDuration.observe({ operation: operationLabel(operation), status: String(status) }, seconds);
    },
    committed(kind: "ADDED" | "UPDATED" | "REMOVED") {
      ingested.inc({ kind: kind.toLowerCase() });
    },
    failed(code: string) {
      failures.inc({ code });
    },
    ingestTook(seconds: number) {
      ingestSeconds.observe(seconds);
    },
    /** A change seen by `source` was committed (or its failure recorded) `seconds` after it was seen. */
    ingestLag(source: SeenBy, seconds: number) {
      ingestLag.observe({ source }, Math.max(0, seconds));
    },
    /** An article event was handed on to every open subscription `seconds` after it arrived. */
    fannedOut(seconds: number) {
      fanout.observe(seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
