import { performance } from "node:perf_hooks";
import { Writable } from "node:stream";

/** Where progress goes: standard error, or a stand-in in tests. */
export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Seconds between two plain progress lines when the output is no terminal. */
const PLAIN_EVERY_MS = 5000;

/** `1 min 5 s`, `42 s`. */
function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/**
 * The progress of a one-shot ingest: on a terminal one line redrawn in place (bar, count, rate,
 * time left), elsewhere a plain line every 5 s and at the end. Log entries go through `log`, which
 * clears the line first and draws it again after, so warnings never land on the progress line.
 */
export function createProgress(total: number, out: ProgressOutput = process.stderr) {
  const started = performance.now();
  let line = "";
  let lastPlain = started;
  const describe = (done: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const left = rate > 0 && done < total ? ` · ${duration((total - done) / rate)} left` : "";
    return `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} · ${rate.toFixed(rate < 10 ? 1 : 0)}/s${left}`;
  };
  const clear = () => {
    if (out.isTTY && line) out.write("\r\x1b[K");
  };
  return {
    update(done: number) {
      if (out.isTTY) {
        line = describe(done);
        out.write(`\r\x1b[K${line}`);
        return;
      }
      const now = performance.now();
      if (now - lastPlain >= PLAIN_EVERY_MS || done === total) {
        lastPlain = now;
        out.write(`${describe(done)}\n`);
      }
    },
    /** A stream for the logger's lines. */
    log: new Writable({
      write(chunk, _encoding, next) {
        clear();
        out.write(String(chunk));
        if (out.isTTY && line) out.write(line);
        next();
      },
    }),
    /** Ends the progress line. */
    finish() {
      if (out.isTTY && line) out.write("\n");
      line = "";
    },
  };
}
