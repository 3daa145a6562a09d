import { Writable } from "node:stream";
import pretty from "pino-pretty";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";

/** A stream that keeps what it is given, line by line. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

describe("createLogger", () => {
  it("writes one JSON object per line: level name, ISO time, message and the entry's fields", () => {
    const out = capture();
    const log = createLogger("info", { format: "json", destination: out.stream });
    log.info("added a.txt", { path: "a.txt", seq: 3 });
    log.warn("cannot ingest b.txt: TOO_LARGE");
    log.debug("not shown at info");
    log.info("odd extra", 42);
    const entries = out.lines.map((l) => JSON.parse(l));
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      level: "info",
      msg: "added a.txt",
      path: "a.txt",
      seq: 3,
      name: "seedgraph",
    });
    expect(new Date(entries[0].time).toISOString()).toBe(entries[0].time);
    expect(entries[1]).toMatchObject({ level: "warn", msg: "cannot ingest b.txt: TOO_LARGE" });
    expect(entries[2]).toMatchObject({ msg: "odd extra", detail: 42 });
  });

  it("gives an error's type, message, stack and cause", () => {
    const out = capture();
    const log = createLogger("error", { format: "json", destination: out.stream });
    log.error("save failed", new TypeError("bad row", { cause: new Error("deep reason") }));
    const [entry] = out.lines.map((l) => JSON.parse(l));
    expect(entry.level).toBe("error");
    expect(entry.err.type).toBe("TypeError");
    expect(entry.err.message).toContain("bad row");
    expect(entry.err.stack).toMatch(/TypeError: bad row\n\s+at /);
    expect(entry.err.stack).toContain("deep reason");
  });

  it("makes the same entries readable for a terminal, and drops everything when silent", () => {
    const out = capture();
    const log = createLogger("debug", {
      format: "pretty",
      destination: pretty({ destination: out.stream, colorize: false, sync: true }),
    });
    log.debug("watching /seeds", { files: 5 });
    expect(out.lines[0]).toMatch(/DEBUG.*\(seedgraph\): watching \/seeds$/);
    expect(out.lines[1]).toMatch(/files: 5/);
    const quiet = capture();
    const silent = createLogger("silent", { format: "json", destination: quiet.stream });
    silent.error("nothing");
    expect(quiet.lines).toEqual([]);
  });
});
