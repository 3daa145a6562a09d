import { describe, expect, it } from "vitest";
import { createRelistPacer, type PacingClock } from "../../../src/ingest/relist-pacing.ts";

/** A clock the test moves: timers run when `advance` passes their time, in time order. */
function manualClock() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: PacingClock = {
    now: () => now,
    setTimeout(run, ms) {
      const id = ++nextId;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  function advance(ms: number): void {
    const until = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = until;
  }
  const spend = (ms: number) => {
    now += ms;
  };
  return { clock, advance, pending: () => timers.size, spend };
}

const onError = (error: unknown) => {
  throw error;
};

describe("relist pacing", () => {
  it("lists a folder once, a delay after the first of many changes", () => {
    const { clock, advance } = manualClock();
    const listed: Array<[string, number]> = [];
    const pacer = createRelistPacer({
      list: (f) => listed.push([f, clock.now()]),
      onError,
      delayMs: 1000,
      clock,
    });
    for (let i = 0; i < 50; i++) {
      pacer.due("/seeds");
      advance(10);
    }
    pacer.due("/seeds/2026");
    expect(listed).toEqual([]);
    advance(1000);
    expect(listed).toEqual([
      ["/seeds", 1000],
      ["/seeds/2026", 1500],
    ]);
  });

  it("rests after a listing four times as long as it took, so listings take a fifth of the time", () => {
    const { clock, advance, spend } = manualClock();
    const listed: number[] = [];
    // Every listing takes 400 ms of the clock, as in a folder of a few hundred thousand files.
    const pacer = createRelistPacer({
      list: () => {
        listed.push(clock.now());
        spend(400);
      },
      onError,
      delayMs: 100,
      share: 0.2,
      clock,
    });
    let busy = 0;
    for (let t = 0; t < 20_000; t += 10) {
      pacer.due("/seeds");
      const before = listed.length;
      advance(10);
      busy += (listed.length - before) * 400;
    }
    expect(listed[0]).toBe(100);
    // After the first: each starts at least 400 + 1,600 ms after the one before.
    for (let i = 1; i < listed.length; i++)
      expect((listed[i] as number) - (listed[i - 1] as number)).toBeGreaterThanOrEqual(2000);
    expect(busy / 20_000).toBeLessThanOrEqual(0.2 + 400 / 20_000);
    expect(listed.length).toBeGreaterThan(5);
  });

  it("lists after the delay when the last listing was long ago", () => {
    const { clock, advance } = manualClock();
    const listed: number[] = [];
    const pacer = createRelistPacer({ list: () => listed.push(clock.now()), onError, delayMs: 1000, clock });
    pacer.due("/seeds");
    advance(1000);
    advance(60_000);
    pacer.due("/seeds");
    advance(1000);
    expect(listed).toEqual([1000, 62_000]);
  });

  it("forgets a folder that went, and lists nothing after close", () => {
    const { clock, advance, pending } = manualClock();
    const listed: string[] = [];
    const pacer = createRelistPacer({ list: (f) => listed.push(f), onError, clock });
    pacer.due("/seeds/old");
    pacer.forget("/seeds/old");
    pacer.due("/seeds/a");
    pacer.due("/seeds/b");
    pacer.close();
    expect(pending()).toBe(0);
    advance(10_000);
    expect(listed).toEqual([]);
  });

  it("hands what a listing throws to onError and keeps pacing", () => {
    const { clock, advance } = manualClock();
    const errors: unknown[] = [];
    let calls = 0;
    const pacer = createRelistPacer({
      list: () => {
        calls++;
        throw new Error("listing failed");
      },
      onError: (e) => errors.push(e),
      delayMs: 10,
      clock,
    });
    pacer.due("/seeds");
    advance(10);
    pacer.due("/seeds");
    advance(10);
    expect(calls).toBe(2);
    expect(errors.map(String)).toEqual(["Error: listing failed", "Error: listing failed"]);
  });
});
