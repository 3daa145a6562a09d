import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../src/main.ts";
import { hasBrowser, launchBrowser } from "../helpers/browser.ts";
import { makeSeedsDir, SEEDS, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

/** Where the screenshots of Vietnamese text in the editors are written for people to look at. */
const SHOTS = path.join(os.tmpdir(), "seedgraph-graphiql");

/** Words with one and two tone marks per letter, typed into the query editor. */
const TYPED = "# Hội nghị Bộ trưởng Kinh tế ASEAN, kinh tế số, chuỗi, Việt Nam";

/**
 * The fonts Chromium drew the text of the matching editor lines with, by family and origin (the
 * page's own web font, or one installed on the system), with glyph counts (DevTools' CSS.getPlatformFontsForNode: the real rendering, not the CSS asked for).
 */
async function fontsOfLines(page: Page, editor: string, pattern: RegExp): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  // Monaco may draw a line again between marking its spans and finding them: mark until found.
  let nodeIds: number[] = [];
  await expect
    .poll(async () => {
      const marked = await page.evaluate(
        ({ editor, source }) => {
          const re = new RegExp(source, "u");
          for (const el of document.querySelectorAll("[data-font-probe]"))
            el.removeAttribute("data-font-probe");
          let n = 0;
          for (const line of document.querySelectorAll(`${editor} .view-line`)) {
            if (!re.test(line.textContent ?? "")) continue;
            for (const span of line.querySelectorAll("span span")) {
              span.setAttribute("data-font-probe", "");
              n++;
            }
          }
          return n;
        },
        { editor, source: pattern.source },
      );
      const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
      ({ nodeIds } = await cdp.send("DOM.querySelectorAll", {
        nodeId: root.nodeId,
        selector: "[data-font-probe]",
      }));
      return marked > 0 && nodeIds.length === marked;
    })
    .toBe(true);
  const families: Record<string, number> = {};
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    for (const font of fonts) {
      const name = `${font.familyName} (${font.isCustomFont ? "page" : "system"})`;
      families[name] = (families[name] ?? 0) + font.glyphCount;
    }
  }
  await cdp.detach();
  return families;
}

const tabNames = (page: Page) => page.locator(".graphiql-tab-button").allTextContents();

/**
 * Clicks the execute button unless an operation of the tab is running (the button then reads
 * "Stop query" and a click would end it: a subscription slow to open under load must be left to).
 */
async function executeIfIdle(page: Page): Promise<void> {
  const button = page.locator(".graphiql-execute-button");
  if ((await button.getAttribute("aria-label"))?.startsWith("Execute")) await button.click();
}

/**
 * Runs the open query tab until its result matches. GraphiQL names the operation to run from the
 * editor's text a moment after a tab opens; a click before that answers "Cannot infer operation",
 * and the click is repeated.
 */
async function run(page: Page, expected: RegExp): Promise<void> {
  const result = page.locator(".result-window");
  await expect
    .poll(
      async () => {
        const text = (await result.textContent()) ?? "";
        if (!expected.test(text) && !text.includes('"data"')) await executeIfIdle(page);
        return text;
      },
      { timeout: 20_000 },
    )
    .toMatch(expected);
}

/** Opens a tab by its operation's name and waits until the query editor shows that operation. */
async function openTab(page: Page, name: string): Promise<void> {
  const editor = page.locator(".graphiql-query-editor");
  await expect
    .poll(async () => {
      await page.locator(".graphiql-tab-button", { hasText: new RegExp(`^${name}$`) }).click();
      return editor.textContent();
    })
    .toMatch(new RegExp(`(query|subscription)\\s${name}\\b`));
}

describe.runIf(hasBrowser())("GraphiQL in a real browser", () => {
  let testDb: TestDb;
  let seedsDir: string;
  let service: Service;
  let browser: Browser;
  beforeAll(async () => {
    testDb = await createTestDb();
    seedsDir = makeSeedsDir();
    service = await startTestApp(testDb, seedsDir);
    browser = await launchBrowser();
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await testDb?.drop();
    fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("loads without any outside request, with the example tabs, and runs the first", async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (!["localhost", "127.0.0.1"].includes(url.hostname) && !["data:", "blob:"].includes(url.protocol)) {
        outside.push(req.url());
      }
    });
    await page.goto(service.url);
    await expect
      .poll(() => tabNames(page))
      .toEqual(["Articles", "Meetings", "Search", "ArticleEvents", "ResumeArticleEvents"]);
    await run(page, /"totalCount":\s*5/);
    // The result editor renders only visible lines; the newest article comes first.
    const result = await page.locator(".result-window").textContent();
    expect(result).toContain("000_b85c5de12b388afb.txt");
    expect(outside).toEqual([]);
    await page.close();
  });

  it("draws Vietnamese in the query and result editors with the shipped font alone (screenshot)", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(service.url);
    await run(page, /tế/);
    // Vietnamese typed at the end of the query, as a Vietnamese keyboard writes it (NFC).
    await page.locator(".graphiql-query-editor .view-line").last().click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.insertText(TYPED);
    await page.keyboard.press("Escape");
    // Monaco draws spaces as no-break spaces.
    const queryText = async () =>
      (await page.locator(".graphiql-query-editor").textContent())?.replace(/\u00a0/g, " ");
    await expect.poll(queryText).toContain(TYPED);

    const vietnamese = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]/u;
    const query = await fontsOfLines(page, ".graphiql-query-editor", /chuỗi/u);
    const result = await fontsOfLines(page, ".result-window", vietnamese);
    await page.screenshot({ path: path.join(SHOTS, "vietnamese.png") });
    // Every glyph of those lines comes from JetBrains Mono: no tone mark borrowed from a fallback font.
    expect(Object.keys(query)).toEqual(["JetBrains Mono (page)"]);
    expect(Object.keys(result)).toEqual(["JetBrains Mono (page)"]);
    await page.close();
  });

  it("keeps history and tabs across reloads, and runs the live subscription tab over WebSocket", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(service.url);
    await openTab(page, "Meetings");
    await run(page, /"totalCount":/);
    await page.reload();
    await expect.poll(() => tabNames(page)).toContain("Meetings");
    await page.locator('[aria-label="Show History"]').click();
    await expect.poll(() => page.locator(".graphiql-history").textContent()).toContain("Meetings");

    // The subscription is open once GraphiQL's socket has subscribed (the service counts it);
    // a click before GraphiQL has named the operation only shows an error, and is repeated.
    await openTab(page, "ArticleEvents");
    const openWs = async () => {
      const metrics = await (await fetch(new URL("/metrics", service.url))).text();
      const open = /seedgraph_subscriptions_active\{transport="ws"\} [1-9]/.test(metrics);
      const result = (await page.locator(".result-window").textContent()) ?? "";
      if (!open && (result === "" || result.includes("Cannot infer"))) await executeIfIdle(page);
      return open;
    };
    await expect.poll(openWs, { timeout: 20_000 }).toBe(true);
    fs.copyFileSync(
      path.join(SEEDS, fs.readdirSync(SEEDS)[0] ?? ""),
      path.join(seedsDir, "copy-for-graphiql.txt"),
    );
    await expect
      .poll(async () => page.locator(".result-window").textContent(), { timeout: 30_000 })
      .toContain("copy-for-graphiql.txt");
    await context.close();
  });
});
