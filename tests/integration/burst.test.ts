import fs from "node:fs";
import path from "node:path";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burstArticle, burstName } from "../../bench/burst.ts";
import { parseEventCursor } from "../../src/graphql/types/article-events.ts";
import {
  ArticleEventsDocument,
  type ArticleEventsSubscription,
  ArticlePathsAndStoriesDocument,
  IngestFailuresDocument,
} from "../generated/graphql.ts";
import { type Subscription, subscribeWs, wsClient } from "../helpers/subscriptions.ts";
import { gql } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";
import { waitFor } from "../helpers/wait-for.ts";

// 1,000 files here; bench/burst.ts drops 5,000 and prints files per second. Every save runs
// under one advisory lock (story assignment), and one costs some 35-45 ms of PostgreSQL time on
// the development machine, so 5,000 take minutes rather than seconds.
const BURST = 1000;

type ArticleEvent = ArticleEventsSubscription["articleEvents"];

// A whole folder's worth of files arriving at once, as a copy or an unpacked archive would.
describe(`a burst of ${BURST} files`, () => {
  const served = useTestService({ files: [] });
  let client: Client;
  let sub: Subscription<ArticleEventsSubscription>;

  beforeAll(() => {
    client = wsClient(served.url);
    // From the first event (a bare sequence number is a cursor): none can be missed while the
    // subscription is being set up.
    sub = subscribeWs(client, ArticleEventsDocument, { after: "0" });
  });

  afterAll(async () => {
    sub?.dispose();
    await client?.dispose();
  });

  it("ingests every file once and announces each exactly once, in order, without gaps", async () => {
    const names = Array.from({ length: BURST }, (_, i) => burstName(i));
    const contents = new Set(names.map((_, i) => burstArticle(i)));
    expect(contents.size).toBe(BURST);
    names.forEach((name, i) => {
      // Written aside and renamed into place, as a complete file arrives (no half-read files).
      const temporary = path.join(served.seedsDir, `.${name}.tmp`);
      fs.writeFileSync(temporary, burstArticle(i));
      fs.renameSync(temporary, path.join(served.seedsDir, name));
    });

    // Generous: the machine may be shared; the time is measured by bench/burst.ts, not here.
    await waitFor(() => sub.results.size >= BURST, {
      timeout: 170_000,
      interval: 100,
      message: `${BURST} ADDED events`,
    }).catch((error: Error) => {
      throw new Error(`${error.message} (${sub.results.size} arrived)`);
    });
    await served.service.idle();

    const events: ArticleEvent[] = [];
    while (sub.results.size > 0) events.push((await sub.results.next()).articleEvents);
    expect(events).toHaveLength(BURST);
    expect(events.every((e) => e.kind === "ADDED")).toBe(true);
    expect(new Set(events.map((e) => e.path))).toEqual(new Set(names));
    // Sequence numbers 1, 2, … BURST: in commit order, each once, none missing.
    const seqs = events.map((e) => parseEventCursor(e.cursor));
    expect(seqs).toEqual(Array.from({ length: BURST }, (_, i) => i + 1));

    const articles = await gql(served.url, ArticlePathsAndStoriesDocument, { first: 1 });
    const failures = await gql(served.url, IngestFailuresDocument, { first: 1 });
    expect([articles.articles.totalCount, failures.ingestFailures.totalCount]).toEqual([BURST, 0]);
    // Nothing more arrives once the queue is idle.
    expect(sub.results.size).toBe(0);
  }, 180_000);
});
