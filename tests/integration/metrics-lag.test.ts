import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { eventCursor } from "../../src/graphql/types/article-events.ts";
import { DEFAULT_STABILITY_MS } from "../../src/ingest/watcher.ts";
import { ArticleEventsDocument } from "../generated/graphql.ts";
import { subscribeSse, subscribeWs, wsClient } from "../helpers/subscriptions.ts";
import { SEEDS } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";
import { waitFor } from "../helpers/wait-for.ts";

/** The value of one series in a Prometheus text exposition (undefined when absent). */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const seed = (name: string) => fs.readFileSync(path.join(SEEDS, name), "utf8");
const WATCH_COUNT = 'seedgraph_ingest_lag_seconds_count{source="watch"}';
const WATCH_SUM = 'seedgraph_ingest_lag_seconds_sum{source="watch"}';
const FANOUT_COUNT = "seedgraph_event_fanout_seconds_count";

describe("ingest lag and event fan-out in /metrics", () => {
  // One file for the start-up reconcile to find.
  const served = useTestService({ files: ["000_b85c5de12b388afb.txt"] });
  const metrics = async () => {
    const res = await fetch(`${served.url.replace(/\/graphql$/, "")}/metrics`);
    expect(res.status).toBe(200);
    return res.text();
  };

  it("times a change from when it was first seen to its commit, the settle wait included", async () => {
    const before = await metrics();
    expect(sample(before, 'seedgraph_ingest_lag_seconds_count{source="reconcile"}')).toBe(1);
    const count = sample(before, WATCH_COUNT) ?? 0;
    const sum = sample(before, WATCH_SUM) ?? 0;
    const seq = served.service.events.lastSeq;
    // Written in place: the watcher reports it once it has been quiet for the settle time, and
    // the lag counts from the first write it noticed.
    fs.writeFileSync(path.join(served.seedsDir, "in-place.txt"), seed("004_fbd71147380da296.txt"));
    const after = await waitFor(
      async () => {
        const text = await metrics();
        return sample(text, WATCH_COUNT) === count + 1 ? text : null;
      },
      { timeout: 20_000, message: "the change's lag observed" },
    );
    expect((sample(after, WATCH_SUM) as number) - sum).toBeGreaterThanOrEqual(DEFAULT_STABILITY_MS / 1000);
    // The event reached the log but went to nobody (no subscription was open): no fan-out.
    await waitFor(() => served.service.events.lastSeq === seq + 1, { message: "the event in the log" });
    expect(sample(await metrics(), FANOUT_COUNT)).toBe(0);
  });

  it("times each event until every open subscription has handed it on: once per event", async () => {
    const client = wsClient(served.url);
    const streams = () => served.service.events.waitingStreams;
    try {
      await waitFor(() => streams() === 0, { message: "no stream open" });
      // A live-only subscription per transport (each a shared execution) and one resuming from a
      // cursor (an execution of its own).
      const subs = [
        subscribeWs(client, ArticleEventsDocument, {}),
        subscribeSse(served.url, ArticleEventsDocument, {}),
        subscribeWs(client, ArticleEventsDocument, { after: eventCursor(served.service.events.lastSeq) }),
      ];
      try {
        await waitFor(() => streams() === 3, { timeout: 10_000, message: "three streams waiting" });
        const before = sample(await metrics(), FANOUT_COUNT) ?? 0;
        const tmp = path.join(served.seedsDir, ".fanned-out.txt.tmp");
        fs.writeFileSync(tmp, seed("002_686e873e6aaa9cef.txt"));
        fs.renameSync(tmp, path.join(served.seedsDir, "fanned-out.txt"));
        for (const sub of subs)
          expect((await sub.results.next(20_000)).articleEvents).toMatchObject({
            kind: "ADDED",
            path: "fanned-out.txt",
          });
        // Each stream waits again once it has handed the event on: all three have.
        await waitFor(() => streams() === 3, { timeout: 10_000, message: "the streams waiting again" });
        const after = await metrics();
        expect(sample(after, FANOUT_COUNT)).toBe(before + 1);
        expect(sample(after, "seedgraph_event_fanout_seconds_sum")).toBeGreaterThan(0);
      } finally {
        for (const sub of subs) sub.dispose();
      }
    } finally {
      await client.dispose();
    }
  });
});
