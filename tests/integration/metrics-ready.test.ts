import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { SEEDS } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";
import { waitFor } from "../helpers/wait-for.ts";

/** The value of one series in a Prometheus text exposition (undefined when absent). */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("/metrics and /ready", () => {
  const served = useTestService({ files: [] });
  const base = () => served.url.replace(/\/graphql$/, "");
  const metrics = async () => {
    const res = await fetch(`${base()}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    return res.text();
  };

  it("counts ingested articles, open subscriptions and requests by operation", async () => {
    const before = await metrics();
    expect(sample(before, 'seedgraph_subscriptions_active{transport="sse"}')).toBe(0);
    expect(sample(before, "seedgraph_ingest_queue_depth")).toBe(0);
    expect(before).toContain("seedgraph_process_cpu_user_seconds_total");
    const added = sample(before, 'seedgraph_articles_ingested_total{kind="added"}') ?? 0;
    // An SSE subscription stays open while the file is ingested.
    const stream = new AbortController();
    const sse = await fetch(served.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: "subscription Feed { articleEvents { kind path } }" }),
      signal: stream.signal,
    });
    expect(sse.status).toBe(200);
    const seed = fs.readdirSync(SEEDS)[0] as string;
    fs.copyFileSync(path.join(SEEDS, seed), path.join(served.seedsDir, seed));
    const after = await waitFor(
      async () => {
        const text = await metrics();
        return sample(text, 'seedgraph_articles_ingested_total{kind="added"}') === added + 1 ? text : null;
      },
      { timeout: 20_000, message: "the article counted" },
    );
    expect(sample(after, 'seedgraph_subscriptions_active{transport="sse"}')).toBe(1);
    expect(sample(after, "seedgraph_event_seq")).toBeGreaterThanOrEqual(1);
    expect(sample(after, "seedgraph_ingest_duration_seconds_count")).toBeGreaterThanOrEqual(1);
    if (served.db.kind === "postgres")
      expect(sample(after, 'seedgraph_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    stream.abort();
    await waitFor(
      async () => sample(await metrics(), 'seedgraph_subscriptions_active{transport="sse"}') === 0,
      {
        timeout: 10_000,
        message: "the stream counted closed",
      },
    );
    // A named query shows under its name; client-chosen names beyond a valid GraphQL name do not.
    for (const name of ["CountArticles", "not a name!"])
      await fetch(served.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "query CountArticles { stats { articleCount } }",
          operationName: name,
        }),
      }).then((r) => r.text());
    const text = await metrics();
    expect(text).toMatch(
      /seedgraph_http_request_duration_seconds_count\{operation="CountArticles",status="200"\} 1/,
    );
    expect(text).not.toContain("not a name!");
  });

  it("is ready while the database answers, not while it refuses connections, and ready again after", async () => {
    const ready = async () => {
      const res = await fetch(`${base()}/ready`);
      return {
        status: res.status,
        body: (await res.json()) as { ready: boolean; checks: Record<string, string> },
      };
    };
    expect(await ready()).toEqual({
      status: 200,
      body: { ready: true, checks: { database: "ok", watcher: "ok" } },
    });
    const name = new URL(served.db.url as string).pathname.slice(1);
    const admin = new pg.Client({ connectionString: served.db.url?.replace(`/${name}`, "/postgres") });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
      const down = await waitFor(
        async () => {
          const r = await ready();
          return r.status === 503 ? r : null;
        },
        { timeout: 10_000, message: "not ready" },
      );
      expect(down.body.ready).toBe(false);
      expect(down.body.checks.database).not.toBe("ok");
      // The process itself still answers.
      expect((await fetch(`${base()}/health`)).status).toBe(200);
    } finally {
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    await waitFor(async () => (await ready()).status === 200, { timeout: 15_000, message: "ready again" });
  });
});
