import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ArticlePathsAndStoriesDocument,
  IngestFailedDocument,
  type IngestFailedSubscription,
  IngestFailuresDocument,
} from "../generated/graphql.ts";
import { type Subscription, subscribeWs, wsClient } from "../helpers/subscriptions.ts";
import { gql, SEEDS } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";
import { waitFor } from "../helpers/wait-for.ts";

const seed = (name: string) => fs.readFileSync(path.join(SEEDS, name), "utf8");
const ARTICLE = seed("000_b85c5de12b388afb.txt");

function writeAtomic(file: string | Buffer, content: string): void {
  const tmp = path.join(path.dirname(file.toString()), `.${Math.random().toString(36).slice(2)}.tmp`);
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

// Each kind of entry that is not an article, dropped into the folder while the service runs.
const EXPECTED_FAILURES: Record<string, string> = {
  "stub.txt": "NO_ARTICLE_TEXT",
  self: "FOLDER_LINK",
  "sub-link": "FOLDER_LINK",
  elsewhere: "SYMLINK_OUTSIDE",
  "secret-link.txt": "SYMLINK_OUTSIDE",
  "pipe.txt": "NOT_A_FILE",
  "loop-a.txt": "UNREADABLE",
  "loop-b.txt": "UNREADABLE",
  "dangling.txt": "DANGLING_LINK",
  "caf%E9.txt": "INVALID_FILE_NAME",
};
const EXPECTED_ARTICLES = ["normal.txt", "sub/inside.txt"];

describe("the seeds folder is the boundary", () => {
  const served = useTestService({ files: [] });
  let outsideDir: string;
  let client: Client;
  let sub: Subscription<IngestFailedSubscription>;
  const announced: Array<IngestFailedSubscription["ingestFailed"]> = [];
  const at = (name: string) => path.join(served.seedsDir, name);
  const drain = async () => {
    while (sub.results.size > 0) announced.push((await sub.results.next()).ingestFailed);
    return announced;
  };
  const failures = async () =>
    new Map(
      (await gql(served.url, IngestFailuresDocument, { first: 100 })).ingestFailures.edges.map((e) => [
        e.node.path,
        e.node,
      ]),
    );
  const articles = async () =>
    (await gql(served.url, ArticlePathsAndStoriesDocument, { first: 100 })).articles.edges
      .map((e) => e.node.path)
      .sort();

  beforeAll(async () => {
    outsideDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-outside-"));
    for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(outsideDir, `private-${i}.txt`), ARTICLE);
    client = wsClient(served.url);
    sub = subscribeWs(client, IngestFailedDocument, {});
    let attempt = 0;
    await waitFor(
      async () => {
        writeAtomic(at("stub.txt"), `Hội nghị ${attempt++}`);
        return (await drain()).length > 0;
      },
      { timeout: 15_000, interval: 200, message: "the ingestFailed subscription to start" },
    );
  });
  afterAll(async () => {
    sub?.dispose();
    await client?.dispose();
    if (outsideDir) fs.rmSync(outsideDir, { recursive: true, force: true });
  });

  it("records links, pipes, loops and bad names dropped in while running, without following links", async () => {
    fs.symlinkSync(".", at("self"));
    fs.mkdirSync(at("sub"));
    writeAtomic(at("sub/inside.txt"), seed("001_83f2f5ee3d553817.txt"));
    fs.symlinkSync(at("sub"), at("sub-link"));
    fs.symlinkSync(outsideDir, at("elsewhere"));
    fs.symlinkSync(path.join(outsideDir, "private-0.txt"), at("secret-link.txt"));
    execFileSync("mkfifo", [at("pipe.txt")]);
    fs.symlinkSync("loop-b.txt", at("loop-a.txt"));
    fs.symlinkSync("loop-a.txt", at("loop-b.txt"));
    fs.symlinkSync(at("not-there.txt"), at("dangling.txt"));
    writeAtomic(
      Buffer.concat([Buffer.from(`${served.seedsDir}/caf`), Buffer.from([0xe9]), Buffer.from(".txt")]),
      ARTICLE,
    );
    writeAtomic(at("normal.txt"), seed("004_fbd71147380da296.txt"));

    const recorded = await waitFor(
      async () => {
        const now = await failures();
        return Object.entries(EXPECTED_FAILURES).every(([p, code]) => now.get(p)?.code === code) ? now : null;
      },
      { timeout: 20_000, message: "every entry to be recorded" },
    );
    await waitFor(async () => (await articles()).length >= EXPECTED_ARTICLES.length, {
      timeout: 20_000,
      message: "the articles to be ingested",
    });
    await served.service.idle();
    // One failure per entry, under the entry's own path: nothing from behind a link.
    expect([...(await failures()).keys()].sort()).toEqual(Object.keys(EXPECTED_FAILURES).sort());
    expect(await articles()).toEqual(EXPECTED_ARTICLES);
    for (const failure of recorded.values()) {
      expect(failure.message).not.toContain(outsideDir);
      expect(failure.message).not.toContain(served.seedsDir);
      expect(failure.message).not.toContain(os.tmpdir());
      expect(failure.message).not.toMatch(/private-/);
    }
    await waitFor(
      async () => {
        const seen = new Set((await drain()).map((a) => `${a.path} ${a.code}`));
        return Object.entries(EXPECTED_FAILURES).every(([p, code]) => seen.has(`${p} ${code}`));
      },
      { timeout: 10_000, message: "every failure to be announced" },
    );
  });

  it("changes nothing at a restart", async () => {
    const before = { failures: await failures(), articles: await articles() };
    sub.dispose();
    await client.dispose();
    await served.restart();
    expect(await served.service.reconciled).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(await failures()).toEqual(before.failures);
    expect(await articles()).toEqual(before.articles);
  });

  it("forgets the failure of an entry removed while running", async () => {
    fs.rmSync(at("pipe.txt"));
    fs.rmSync(at("dangling.txt"));
    fs.rmSync(
      Buffer.concat([Buffer.from(`${served.seedsDir}/caf`), Buffer.from([0xe9]), Buffer.from(".txt")]),
    );
    await waitFor(
      async () => {
        const now = await failures();
        return !now.has("pipe.txt") && !now.has("dangling.txt") && !now.has("caf%E9.txt");
      },
      { timeout: 15_000, message: "the removed entries' failures to go" },
    );
  });
});
