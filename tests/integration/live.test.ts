import fs from "node:fs";
import path from "node:path";
import type { Client } from "graphql-ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eventCursor } from "../../src/graphql/types/article-events.ts";
import {
  ArticleAddedDocument,
  ArticleEventsDocument,
  type ArticleEventsSubscription,
  FilteredArticleEventsDocument,
} from "../generated/graphql.ts";
import { type Subscription, subscribeSse, subscribeWs, wsClient } from "../helpers/subscriptions.ts";
import { SEEDS } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";
import { waitFor } from "../helpers/wait-for.ts";

type Event = ArticleEventsSubscription["articleEvents"];
const seed = (name: string) => fs.readFileSync(path.join(SEEDS, name), "utf8");

/** Writes like an editor that saves atomically: a temp name, then a rename into place. */
function writeAtomic(dir: string, name: string, content: string): void {
  const tmp = path.join(dir, `.${name}.tmp`);
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, path.join(dir, name));
}

describe("live article events", () => {
  const served = useTestService({ files: [] });
  let client: Client;
  const subs: Array<Subscription<unknown>> = [];
  beforeAll(() => {
    client = wsClient(served.url);
  });
  afterEach(() => {
    for (const s of subs.splice(0)) s.dispose();
  });
  afterAll(async () => {
    await client?.dispose();
  });
  const tip = () => eventCursor(served.service.events.lastSeq);
  const track = <R>(s: Subscription<R>) => {
    subs.push(s as Subscription<unknown>);
    return s;
  };

  it("announces added, updated and removed files over graphql-ws, and nothing for an identical rewrite", async () => {
    // Subscribing from the current tip makes the test independent of when the server registers it.
    const sub = track(subscribeWs(client, ArticleEventsDocument, { after: tip() }));
    writeAtomic(served.seedsDir, "live-004.txt", seed("004_fbd71147380da296.txt"));
    const added = (await sub.results.next(10_000)).articleEvents;
    expect(added.kind).toBe("ADDED");
    expect(added.path).toBe("live-004.txt");
    expect(added.article?.meetings.map((m) => m.key)).toContain("MEKONG_JAPAN-FM-16");

    fs.writeFileSync(path.join(served.seedsDir, "live-004.txt"), seed("003_8e497b4819558aaa.txt")); // in place
    const updated = (await sub.results.next(10_000)).articleEvents;
    expect(updated).toMatchObject({ kind: "UPDATED", path: "live-004.txt" });
    expect(updated.article?.title).toBe("ASEAN hợp lực thúc đẩy kinh tế hậu Covid-19");

    // The same bytes again: no event. The next event is the one for another file.
    writeAtomic(served.seedsDir, "live-004.txt", seed("003_8e497b4819558aaa.txt"));
    writeAtomic(served.seedsDir, "live-000.txt", seed("000_b85c5de12b388afb.txt"));
    expect((await sub.results.next(10_000)).articleEvents).toMatchObject({
      kind: "ADDED",
      path: "live-000.txt",
    });

    fs.rmSync(path.join(served.seedsDir, "live-004.txt"));
    const removed = (await sub.results.next(10_000)).articleEvents;
    expect(removed).toMatchObject({ kind: "REMOVED", path: "live-004.txt" });
    expect(removed.article?.removedAt).not.toBeNull();
    expect(sub.results.size).toBe(0);
  });

  it("pushes the same events over SSE, resuming from a cursor or a Last-Event-ID", async () => {
    const first = track(subscribeWs(client, ArticleEventsDocument, { after: tip() }));
    writeAtomic(served.seedsDir, "sse-002.txt", seed("002_686e873e6aaa9cef.txt"));
    const cursor = (await first.results.next(10_000)).articleEvents.cursor;
    writeAtomic(served.seedsDir, "sse-001.txt", seed("001_83f2f5ee3d553817.txt"));
    await first.results.next(10_000);

    const byCursor = track(subscribeSse(served.url, ArticleEventsDocument, { after: cursor }));
    const replayed = (await byCursor.results.next(10_000)).articleEvents;
    expect(replayed).toMatchObject({ kind: "ADDED", path: "sse-001.txt" });
    expect(byCursor.ids).toEqual([replayed.cursor]); // what an EventSource sends back as Last-Event-ID
    const byHeader = track(subscribeSse(served.url, ArticleEventsDocument, {}, { "Last-Event-ID": cursor }));
    expect((await byHeader.results.next(10_000)).articleEvents).toMatchObject({
      kind: "ADDED",
      path: "sse-001.txt",
    });

    const adds = track(subscribeSse(served.url, ArticleAddedDocument, {}));
    // Give the SSE subscription a moment to register by waiting for a live event on it.
    await waitFor(
      async () => {
        writeAtomic(served.seedsDir, "sse-003.txt", `${seed("003_8e497b4819558aaa.txt")}\n${Date.now()}\n`);
        return (await adds.results.next(2_000).catch(() => null))?.articleAdded.path === "sse-003.txt";
      },
      { timeout: 20_000, interval: 0, message: "articleAdded over SSE" },
    );
  });

  it("replays every event a disconnected subscriber missed, exactly once and in order, even while new ones commit", async () => {
    const probe = track(subscribeWs(client, ArticleEventsDocument, { after: tip() }));
    writeAtomic(served.seedsDir, "burst-start.txt", `${seed("000_b85c5de12b388afb.txt")}\nstart\n`);
    const start = (await probe.results.next(10_000)).articleEvents.cursor;
    probe.dispose();

    const body = seed("003_8e497b4819558aaa.txt");
    const names = Array.from({ length: 500 }, (_, i) => `burst-${String(i).padStart(3, "0")}.txt`);
    for (const name of names.slice(0, 250)) writeAtomic(served.seedsDir, name, `${body}\nBài số ${name}.\n`);
    const resumed = track(subscribeWs(client, ArticleEventsDocument, { after: start }));
    for (const name of names.slice(250)) writeAtomic(served.seedsDir, name, `${body}\nBài số ${name}.\n`);

    const seen: Event[] = [];
    while (seen.length < 500) seen.push((await resumed.results.next(30_000)).articleEvents);
    expect(new Set(seen.map((e) => e.path))).toEqual(new Set(names));
    expect(seen.every((e) => e.kind === "ADDED")).toBe(true);
    const seqs = seen.map((e) => Number(Buffer.from(e.cursor, "base64").toString().split(":")[1]));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs.at(-1)! - seqs[0]!).toBe(499); // gap-free
    await served.service.idle();
    expect(resumed.results.size).toBe(0);
  }, 120_000);

  it("completes open subscriptions cleanly when the server stops, and resumes after a restart", async () => {
    const sub = track(subscribeWs(client, ArticleEventsDocument, { after: tip() }));
    writeAtomic(served.seedsDir, "stop-1.txt", `${seed("000_b85c5de12b388afb.txt")}\nstop 1\n`);
    const last = (await sub.results.next(10_000)).articleEvents.cursor;
    await served.stop();
    expect(await sub.ended).toEqual({});
    await client.dispose();

    writeAtomic(served.seedsDir, "stop-2.txt", `${seed("000_b85c5de12b388afb.txt")}\nstop 2\n`); // while down
    await served.start();
    client = wsClient(served.url);
    const resumed = track(subscribeWs(client, ArticleEventsDocument, { after: last }));
    expect((await resumed.results.next(10_000)).articleEvents).toMatchObject({
      kind: "ADDED",
      path: "stop-2.txt",
    });
  });

  it("catches up with what changed while its watcher thread was down", async () => {
    writeAtomic(served.seedsDir, "gap-kept.txt", `${seed("000_b85c5de12b388afb.txt")}\ngap kept\n`);
    writeAtomic(served.seedsDir, "gap-gone.txt", `${seed("000_b85c5de12b388afb.txt")}\ngap gone\n`);
    await waitFor(
      async () => (await served.service.db.prisma.article.count({ where: { path: "gap-gone.txt" } })) === 1,
    );
    await served.service.idle();
    const sub = track(subscribeWs(client, ArticleEventsDocument, { after: tip() }));
    const thread = served.service.watcherThread();
    expect(thread).toBeDefined();
    await thread?.terminate();
    // Both changes happen before a new thread watches (it takes the folder as it finds it), so
    // only looking at the whole folder again can find them.
    writeAtomic(served.seedsDir, "gap-new.txt", `${seed("004_fbd71147380da296.txt")}\ngap new\n`);
    fs.rmSync(path.join(served.seedsDir, "gap-gone.txt"));
    const seen = [
      (await sub.results.next(15_000)).articleEvents,
      (await sub.results.next(15_000)).articleEvents,
    ];
    expect(seen.map((e) => `${e.kind} ${e.path}`).sort()).toEqual([
      "ADDED gap-new.txt",
      "REMOVED gap-gone.txt",
    ]);
    expect(served.service.watcherThread()).not.toBe(thread);
    // The new thread watches.
    writeAtomic(served.seedsDir, "gap-after.txt", `${seed("003_8e497b4819558aaa.txt")}\ngap after\n`);
    expect((await sub.results.next(10_000)).articleEvents).toMatchObject({
      kind: "ADDED",
      path: "gap-after.txt",
    });
    await served.service.idle();
    expect(sub.results.size).toBe(0); // the unchanged file gave no event
  });

  it("applies article filters on the server, before anything is sent", async () => {
    const after = tip();
    const mekong = track(
      subscribeWs(client, FilteredArticleEventsDocument, { after, filter: { series: "MEKONG_JAPAN" } }),
    );
    const korea = track(
      subscribeWs(client, FilteredArticleEventsDocument, { after, filter: { agreement: "AKFTA" } }),
    );
    writeAtomic(served.seedsDir, "filter-003.txt", `${seed("003_8e497b4819558aaa.txt")}\nfilter\n`);
    writeAtomic(served.seedsDir, "filter-004.txt", `${seed("004_fbd71147380da296.txt")}\nfilter\n`);
    writeAtomic(served.seedsDir, "filter-000.txt", `${seed("000_b85c5de12b388afb.txt")}\nfilter\n`);
    expect((await mekong.results.next(10_000)).articleEvents).toMatchObject({
      kind: "ADDED",
      path: "filter-004.txt",
    });
    expect((await korea.results.next(10_000)).articleEvents).toMatchObject({
      kind: "ADDED",
      path: "filter-000.txt",
    });
    fs.rmSync(path.join(served.seedsDir, "filter-004.txt"));
    expect((await mekong.results.next(10_000)).articleEvents).toMatchObject({
      kind: "REMOVED",
      path: "filter-004.txt",
    });
    await served.service.idle();
    expect(mekong.results.size).toBe(0);
    expect(korea.results.size).toBe(0);
  });

  it("carries many operations on one connection without piling up listeners on its socket", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      // Each operation used to add a `close` listener to the socket, kept until it closed: the
      // eleventh made Node warn of a likely leak.
      for (let i = 0; i < 15; i++) {
        const answer = await new Promise((resolve, reject) => {
          let data: unknown;
          client.subscribe(
            { query: "{ __typename }" },
            { next: (r) => (data = r.data), error: reject, complete: () => resolve(data) },
          );
        });
        expect(answer).toEqual({ __typename: "Query" });
      }
      const last = track(subscribeWs(client, ArticleEventsDocument, { after: tip() }));
      writeAtomic(served.seedsDir, "many-ops.txt", `${seed("000_b85c5de12b388afb.txt")}\nmany operations\n`);
      expect((await last.results.next(10_000)).articleEvents.path).toBe("many-ops.txt");
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  });

  it("lets go of a subscription as soon as its client completes it, with no event in between", async () => {
    // The subscriptions of earlier tests were completed by their clients: none may be left.
    const streams = () => served.service.events.waitingStreams;
    await waitFor(() => streams() === 0, { message: "the earlier tests' streams to end" });
    // A live-only subscription (shared execution) and one resuming from a cursor (its own).
    const shared = subscribeWs(client, ArticleEventsDocument, {});
    const own = subscribeWs(client, ArticleEventsDocument, { after: tip() });
    await waitFor(() => streams() === 2, { message: "both streams to wait for events" });
    shared.dispose();
    own.dispose();
    // Before, each stream stayed until the next event reached it.
    await waitFor(() => streams() === 0, { timeout: 3_000, message: "both streams to end" });
  });

  it("runs identical live subscriptions as one execution per transport", async () => {
    const streams = () => served.service.events.waitingStreams;
    await waitFor(() => streams() === 0, { message: "the earlier tests' streams to end" });
    const sse = [1, 2, 3].map(() => track(subscribeSse(served.url, ArticleEventsDocument, {})));
    const ws = [1, 2].map(() => track(subscribeWs(client, ArticleEventsDocument, {})));
    // A live-only subscription has no cursor to wait on: events reaching every subscriber shows
    // they are all registered. Each execution is a stream of the event log: one for the three SSE
    // subscribers, one for the two graphql-ws ones (each shares around different hooks).
    await waitFor(
      async () => {
        writeAtomic(served.seedsDir, "shared-1.txt", `${seed("001_83f2f5ee3d553817.txt")}\n${Date.now()}\n`);
        const all = await Promise.all([...sse, ...ws].map((s) => s.results.next(2_000).catch(() => null)));
        return all.every((r) => r?.articleEvents.path === "shared-1.txt");
      },
      { timeout: 20_000, interval: 0, message: "an event at all five subscribers" },
    );
    expect(streams()).toBe(2);
    for (const s of [...sse, ...ws]) while (s.results.size > 0) await s.results.next();
    writeAtomic(served.seedsDir, "shared-2.txt", seed("002_686e873e6aaa9cef.txt"));
    const events = await Promise.all(
      [...sse, ...ws].map(async (s) => (await s.results.next(10_000)).articleEvents),
    );
    for (const event of events) expect(event).toEqual(events[0]);
    expect(events[0]).toMatchObject({ kind: "ADDED", path: "shared-2.txt" });
    // Every SSE frame names its event's cursor.
    for (const s of sse) expect(s.ids.at(-1)).toBe(events[0]?.cursor);
    // Leaving over SSE (the request is aborted) lets go of the shared execution too.
    for (const s of [...sse, ...ws]) s.dispose();
    await waitFor(() => streams() === 0, { timeout: 5_000, message: "the shared execution to end" });
  });

  it("rejects a malformed cursor with a clear error", async () => {
    const sub = track(subscribeWs(client, ArticleEventsDocument, { after: "not-a-cursor" }));
    const { error } = await sub.ended;
    expect(JSON.stringify(error)).toMatch(/invalid event cursor/);
  });
});
