import { describe, expect, it } from "vitest";
import { createProgress } from "../../../src/commands/progress.ts";
import { createLogger } from "../../../src/logger.ts";

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, out: { isTTY, write: (t: string) => writes.push(t) } };
}

describe("ingest progress", () => {
  it("redraws one line on a terminal with the count, the rate and the time left", async () => {
    const t = terminal(true);
    const p = createProgress(4, t.out);
    await new Promise((r) => setTimeout(r, 20));
    p.update(1);
    const line = t.writes.at(-1) as string;
    expect(line.startsWith("\r\x1b[K[")).toBe(true);
    expect(line).toMatch(/\] 1\/4 · [\d.]+\/s · \d+( min \d+)? s left$/);
    p.update(4);
    expect(t.writes.at(-1)).not.toMatch(/left/);
    p.finish();
    expect(t.writes.at(-1)).toBe("\n");
  });

  it("puts a log entry on a line of its own and draws the progress line again under it", async () => {
    const t = terminal(true);
    const p = createProgress(10, t.out);
    p.update(3);
    const line = (t.writes.at(-1) as string).slice("\r\x1b[K".length);
    const log = createLogger("warn", { format: "json", output: p.log });
    log.warn("cannot ingest bad.txt: TOO_LARGE");
    await new Promise((r) => setImmediate(r));
    const after = t.writes.slice(-3);
    expect(after[0]).toBe("\r\x1b[K");
    expect(JSON.parse(after[1] as string)).toMatchObject({
      level: "warn",
      msg: "cannot ingest bad.txt: TOO_LARGE",
    });
    expect(after[2]).toBe(line);
  });

  it("writes plain lines elsewhere: not one per file, and one at the end", () => {
    const t = terminal(false);
    const p = createProgress(1000, t.out);
    for (let i = 1; i <= 1000; i++) p.update(i);
    p.finish();
    expect(t.writes).toHaveLength(1);
    expect(t.writes[0]).toMatch(/^\[#{30}\] 1000\/1000 · [\d.]+\/s\n$/);
  });
});
