import fs from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../src/main.ts";
import { hasBrowser, launchBrowser } from "../helpers/browser.ts";
import { makeSeedsDir, startTestApp } from "../helpers/test-app.ts";
import { createTestDb, type TestDb } from "../helpers/test-db.ts";

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
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await testDb?.drop();
    fs.rmSync(seedsDir, { recursive: true, force: true });
  });

  it("loads without any outside request and runs the example query", async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (!["localhost", "127.0.0.1"].includes(url.hostname) && !["data:", "blob:"].includes(url.protocol)) {
        outside.push(req.url());
      }
    });
    await page.goto(service.url);
    await page.locator(".graphiql-execute-button").click();
    await expect
      .poll(async () => page.locator(".result-window").textContent(), { timeout: 20_000 })
      .toMatch(/"totalCount":\s*5/);
    // The result editor renders only visible lines; the newest article comes first.
    const result = await page.locator(".result-window").textContent();
    expect(result).toContain("000_b85c5de12b388afb.txt");
    expect(outside).toEqual([]);
    await page.close();
  });
});
