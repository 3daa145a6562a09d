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

type Announced = IngestFailedSubscription["ingestFailed"];

// Small enough that a test file can exceed it, big enough for a 100,000-character line.
const MAX_FILE_BYTES = 200_000;
const seed = (name: string) => fs.readFileSync(path.join(SEEDS, name), "utf8");
const ARTICLE = seed("000_b85c5de12b388afb.txt");
const TWIN = seed("002_686e873e6aaa9cef.txt");

// Root reads files whatever their mode, so the permission case only means something for others.
const RUNS_AS_ROOT = process.getuid?.() === 0;

function utf16(text: string, endian: "le" | "be"): Buffer {
  const bytes = Buffer.from(text, "utf16le");
  if (endian === "be") bytes.swap16();
  return Buffer.concat([Buffer.from(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]);
}

// "Hội nghị Bộ trưởng Kinh tế ASEAN" in Windows-1258 (base letters + combining-mark bytes).
const WINDOWS_1258 = Buffer.from([
  0x48, 0xf4, 0xf2, 0x69, 0x20, 0x6e, 0x67, 0x68, 0x69, 0xf2, 0x20, 0x42, 0xf4, 0xf2, 0x20, 0x74, 0x72, 0xfd,
  0xf5, 0xd2, 0x6e, 0x67, 0x20, 0x4b, 0x69, 0x6e, 0x68, 0x20, 0x74, 0xea, 0xec, 0x20, 0x41, 0x53, 0x45, 0x41,
  0x4e, 0x0a,
]);

// The start of a real PNG: signature, then the IHDR chunk of a 1×1 RGBA image.
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);

/** A long article on one line: the seed's words, repeated to exactly 100,000 characters. */
function longLine(): string {
  const words = seed("001_83f2f5ee3d553817.txt").replace(/\s+/g, " ");
  return words.repeat(Math.ceil(100_000 / words.length)).slice(0, 100_000);
}

/** Writes like an editor that saves atomically: a temp name, then a rename into place. */
function writeAtomic(file: string, content: string | Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

describe("bad files dropped into a running service", () => {
  const served = useTestService({ files: [], config: { maxFileBytes: MAX_FILE_BYTES } });
  let outsideDir: string;
  let client: Client;
  let sub: Subscription<IngestFailedSubscription>;
  const announced: Announced[] = [];
  const at = (name: string) => path.join(served.seedsDir, name);
  /** Moves what the subscription delivered so far into `announced`. */
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
    new Map(
      (await gql(served.url, ArticlePathsAndStoriesDocument, { first: 100 })).articles.edges.map((e) => [
        e.node.path,
        e.node,
      ]),
    );

  beforeAll(async () => {
    outsideDir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-outside-"));
    client = wsClient(served.url);
    sub = subscribeWs(client, IngestFailedDocument, {});
    // The subscription is live once a failure reaches it: rewrite a stub until one does.
    let attempt = 0;
    await waitFor(
      async () => {
        writeAtomic(at("few-bytes.txt"), `Hội nghị ${attempt++}`);
        return (await drain()).length > 0;
      },
      { timeout: 15_000, interval: 200, message: "the ingestFailed subscription to start" },
    );
  });
  afterAll(async () => {
    sub?.dispose();
    await client?.dispose();
    fs.rmSync(outsideDir, { recursive: true, force: true });
  });

  it("turns every file into an article or a recorded, announced failure, and keeps serving", async () => {
    const expectedFailures: Record<string, string> = {
      "few-bytes.txt": "NO_ARTICLE_TEXT",
      "empty.txt": "EMPTY",
      "whitespace.txt": "EMPTY",
      "image.txt": "BINARY",
      "archive.txt": "BINARY",
      "nul.txt": "BINARY",
      "invalid-utf8.txt": "INVALID_ENCODING",
      "windows-1258.txt": "INVALID_ENCODING",
      "too-large.txt": "TOO_LARGE",
      "link-outside.txt": "SYMLINK_OUTSIDE",
    };
    const expectedArticles = [
      "plain.txt",
      "bom.txt",
      "utf16le.txt",
      "utf16be.txt",
      "crlf.txt",
      "nfd.txt",
      "long-line.txt",
      "link-inside.txt",
      "twin-a.txt",
      "twin-b.txt",
      "x.txt/inside.txt",
    ];
    writeAtomic(at("empty.txt"), "");
    writeAtomic(at("whitespace.txt"), " \n\t \r\n  ");
    writeAtomic(at("image.txt"), PNG);
    writeAtomic(at("archive.txt"), Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(40)]));
    writeAtomic(at("nul.txt"), `${ARTICLE.slice(0, 500)}\u0000${ARTICLE.slice(500)}`);
    writeAtomic(at("invalid-utf8.txt"), Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xc3, 0x28])]));
    writeAtomic(at("windows-1258.txt"), Buffer.concat([WINDOWS_1258, WINDOWS_1258, WINDOWS_1258]));
    fs.writeFileSync(at("too-large.txt"), "a ".repeat(MAX_FILE_BYTES / 2 + 1)); // written in place
    fs.writeFileSync(path.join(outsideDir, "secret.txt"), ARTICLE);
    fs.symlinkSync(path.join(outsideDir, "secret.txt"), at("link-outside.txt"));
    if (!RUNS_AS_ROOT) {
      fs.writeFileSync(path.join(outsideDir, "unreadable.txt"), ARTICLE);
      fs.chmodSync(path.join(outsideDir, "unreadable.txt"), 0o000);
      fs.renameSync(path.join(outsideDir, "unreadable.txt"), at("unreadable.txt"));
      expectedFailures["unreadable.txt"] = "UNREADABLE";
    }

    writeAtomic(at("plain.txt"), ARTICLE);
    writeAtomic(at("bom.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
    writeAtomic(at("utf16le.txt"), utf16(ARTICLE, "le"));
    writeAtomic(at("utf16be.txt"), utf16(ARTICLE, "be"));
    writeAtomic(at("crlf.txt"), ARTICLE.replace(/\n/g, "\r\n"));
    writeAtomic(at("nfd.txt"), ARTICLE.normalize("NFD"));
    fs.writeFileSync(at("long-line.txt"), longLine()); // written in place
    fs.symlinkSync(at("plain.txt"), at("link-inside.txt"));
    writeAtomic(at("twin-a.txt"), TWIN);
    writeAtomic(at("twin-b.txt"), TWIN);
    fs.mkdirSync(at("x.txt"));
    writeAtomic(at("x.txt/inside.txt"), seed("003_8e497b4819558aaa.txt"));

    const failed = await waitFor(
      async () => {
        const now = await failures();
        return Object.entries(expectedFailures).every(([p, code]) => now.get(p)?.code === code) ? now : null;
      },
      { timeout: 30_000, message: "every bad file to be recorded" },
    );
    const stored = await waitFor(
      async () => {
        const now = await articles();
        return expectedArticles.every((p) => now.has(p)) ? now : null;
      },
      { timeout: 30_000, message: "every good file to be ingested" },
    );

    // Each file is exactly one of the two; the directory named x.txt is neither (only its content).
    expect([...failed.keys()].sort()).toEqual(Object.keys(expectedFailures).sort());
    expect([...stored.keys()].sort()).toEqual([...expectedArticles].sort());
    for (const failure of failed.values()) expect(failure.message.length).toBeGreaterThan(10);
    expect(failed.get("windows-1258.txt")?.message).toMatch(/Windows-1258/);
    expect(failed.get("link-outside.txt")?.contentHash).toBeNull();

    // Every encoding and line-end variant comes out as the same text.
    const body = stored.get("plain.txt")?.body;
    expect(body?.length).toBeGreaterThan(1000);
    for (const p of ["bom.txt", "utf16le.txt", "utf16be.txt", "crlf.txt", "nfd.txt", "link-inside.txt"])
      expect(stored.get(p)?.body, p).toBe(body);
    expect(stored.get("long-line.txt")?.body.length).toBeGreaterThan(90_000);
    // The same bytes under two names: two articles, one story.
    expect(stored.get("twin-a.txt")?.contentHash).toBe(stored.get("twin-b.txt")?.contentHash);
    expect(stored.get("twin-a.txt")?.story?.id).toBeDefined();
    expect(stored.get("twin-a.txt")?.story?.id).toBe(stored.get("twin-b.txt")?.story?.id);

    // Subscribers were told about each failure as it was recorded.
    await waitFor(
      async () => {
        const seen = new Set((await drain()).map((a) => `${a.path} ${a.code}`));
        return Object.entries(expectedFailures).every(([p, code]) => seen.has(`${p} ${code}`));
      },
      { timeout: 10_000, message: "every failure to be announced on ingestFailed" },
    );
    const articlePaths = new Set(stored.keys());
    expect(announced.filter((a) => articlePaths.has(a.path))).toEqual([]);
    expect(announced.every((a) => a.id && !Number.isNaN(Date.parse(a.at)))).toBe(true);
  });

  it("ingests the next good file and clears a failure once the file is fixed", async () => {
    writeAtomic(at("later.txt"), seed("004_fbd71147380da296.txt"));
    writeAtomic(at("empty.txt"), seed("001_83f2f5ee3d553817.txt"));
    await waitFor(
      async () => {
        const [now, failed] = [await articles(), await failures()];
        return now.has("later.txt") && now.has("empty.txt") && !failed.has("empty.txt");
      },
      { timeout: 15_000, message: "later.txt ingested and empty.txt fixed" },
    );
  });

  it("clears a failure when a file's bytes are restored to the version already stored", async () => {
    const before = (await articles()).get("plain.txt");
    writeAtomic(at("plain.txt"), `${ARTICLE}\u0000`);
    await waitFor(async () => (await failures()).get("plain.txt")?.code === "BINARY", {
      timeout: 15_000,
      message: "the broken plain.txt to be recorded",
    });
    writeAtomic(at("plain.txt"), ARTICLE);
    await waitFor(async () => !(await failures()).has("plain.txt"), {
      timeout: 15_000,
      message: "the restored plain.txt to clear its failure",
    });
    expect((await articles()).get("plain.txt")?.contentHash).toBe(before?.contentHash);
  });
});
