import { Worker } from "node:worker_threads";
import { type ArticleExtraction, extractArticle } from "../extract/index.ts";
import { IngestLimitError } from "./ingest-error.ts";

/**
 * Extraction of large texts off the main thread, with a time limit.
 *
 * Extraction is synchronous and, since the extractor is linear, costs about 1 ms per 5 KB of an
 * ordinary article and 1–2.5 s for the worst 1.9 MB texts (one sentence repeated, thousands of
 * names or amounts; `npx tsx bench/extract-worst.ts`). On the main thread that would hold up
 * every query and event for as long. Texts up to `inlineMaxChars` (32,768 characters: at most
 * about 60 ms for the worst generated cases, a few ms for real articles) are extracted inline,
 * where a thread hop would only add latency; longer ones go to one reusable worker thread, one at
 * a time. A text still being extracted after `timeLimitMs` has the worker terminated (a new one
 * starts for the next text) and fails with `EXTRACT_TIMEOUT`; a worker that runs out of its
 * memory limit fails the text with `EXTRACT_OUT_OF_MEMORY`. Both are recorded as the file's
 * failure (see ingest-error.ts) and tried again only when the file changes.
 */
const ENTRY = new URL("./extract-thread-entry.mjs", import.meta.url);

export interface BoundedExtractorOptions {
  /** Longest text extracted on the calling thread, in UTF-16 units (default 32,768). */
  inlineMaxChars?: number;
  /** Longest an extraction may take on the worker, from when it starts there (default 30,000 ms). */
  timeLimitMs?: number;
  /** Heap limit of the worker, in MB (default 512). */
  maxHeapMb?: number;
}

export const EXTRACT_DEFAULTS = { inlineMaxChars: 32_768, timeLimitMs: 30_000, maxHeapMb: 512 } as const;

export interface BoundedExtractor {
  extract(text: string): Promise<ArticleExtraction>;
  /** Ends the worker (pending texts fail); the extractor starts a new one if used again. */
  close(): Promise<void>;
  /** Workers started so far (a timeout or a crash replaces the worker): for tests. */
  readonly workersStarted: number;
}

interface Job {
  text: string;
  resolve: (x: ArticleExtraction) => void;
  reject: (e: unknown) => void;
}

type FromThread =
  | { ready: true }
  | { ok: true; extraction: ArticleExtraction }
  | { ok: false; message: string; stack?: string };

/** A bounded extractor with its own worker thread. */
export function createBoundedExtractor(options: BoundedExtractorOptions = {}): BoundedExtractor {
  const { inlineMaxChars, timeLimitMs, maxHeapMb } = { ...EXTRACT_DEFAULTS, ...options };
  const queue: Job[] = [];
  let worker: Worker | null = null;
  /**
   * The text on the worker. A new worker first loads the extractor: its timer starts again once
   * it is ready, so loading does not count against the text (but a worker that never gets ready
   * still fails the text in time).
   */
  let running: { job: Job; timer: NodeJS.Timeout } | null = null;
  let started = 0;

  function spawn(): Worker {
    const w = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    started++;
    w.on("message", (msg: FromThread) => {
      if ("ready" in msg) {
        if (running && worker === w) {
          clearTimeout(running.timer);
          running.timer = startTimer(w, running.job);
        }
        return;
      }
      const current = finish(w);
      if (!current) return;
      if (msg.ok) current.resolve(msg.extraction);
      else current.reject(Object.assign(new Error(msg.message), { stack: msg.stack }));
      next();
    });
    w.on("error", (error: Error & { code?: string }) => {
      const current = finish(w);
      discard(w);
      if (!current) return;
      current.reject(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new IngestLimitError(
              "EXTRACT_OUT_OF_MEMORY",
              `extraction needed more than ${maxHeapMb} MB of memory`,
              { cause: error },
            )
          : error,
      );
      next();
    });
    w.on("exit", () => {
      const current = finish(w);
      discard(w);
      current?.reject(new Error("the extraction thread stopped"));
      next();
    });
    return w;
  }

  /** Clears the running job if it belongs to `w`, and returns it. */
  function finish(w: Worker): Job | null {
    if (!running || worker !== w) return null;
    const { job, timer } = running;
    clearTimeout(timer);
    running = null;
    w.unref(); // an idle worker does not keep the process alive
    return job;
  }

  function discard(w: Worker) {
    if (worker === w) worker = null;
  }

  function next() {
    if (running) return;
    const job = queue.shift();
    if (!job) return;
    const w = worker ?? spawn();
    worker = w;
    w.ref();
    running = { job, timer: startTimer(w, job) };
    w.postMessage(job.text);
  }

  /** The time limit of `job` on `w`: past it, the worker is ended and the job fails. */
  function startTimer(w: Worker, job: Job): NodeJS.Timeout {
    return setTimeout(() => {
      if (running?.job !== job) return;
      running = null;
      discard(w);
      void w.terminate();
      job.reject(
        new IngestLimitError(
          "EXTRACT_TIMEOUT",
          `extraction took longer than ${timeLimitMs / 1000} s (${job.text.length} characters)`,
        ),
      );
      next();
    }, timeLimitMs);
  }

  return {
    extract(text) {
      if (text.length <= inlineMaxChars) {
        try {
          return Promise.resolve(extractArticle(text));
        } catch (error) {
          return Promise.reject(error);
        }
      }
      return new Promise<ArticleExtraction>((resolve, reject) => {
        queue.push({ text, resolve, reject });
        next();
      });
    },
    async close() {
      const w = worker;
      const pending = [...(running ? [running.job] : []), ...queue.splice(0)];
      if (running) clearTimeout(running.timer);
      running = null;
      worker = null;
      for (const job of pending) job.reject(new Error("the extractor was closed"));
      if (w) await w.terminate();
    },
    get workersStarted() {
      return started;
    },
  };
}

let shared: BoundedExtractor | null = null;

/**
 * Extracts an article without blocking the event loop for long: {@link createBoundedExtractor}
 * with the defaults, one worker for the process (idle, it does not keep the process alive).
 * Rejects with an `IngestLimitError` (`EXTRACT_TIMEOUT`, `EXTRACT_OUT_OF_MEMORY`) for a text that
 * cannot be extracted within the limits, or with the extractor's own error.
 */
export function extractArticleBounded(text: string): Promise<ArticleExtraction> {
  shared ??= createBoundedExtractor();
  return shared.extract(text);
}

/**
 * A short text in both languages naming a meeting, an agreement, a person and an amount: what
 * {@link warmUpExtractor} extracts so that every rule has run once.
 */
export const WARM_UP_TEXT = `Hà Nội, ngày 10/7/2025 (TTXVN)
Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu Đoàn Việt Nam tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 (AMM-58) tại Kuala Lumpur, Malaysia. Kim ngạch thương mại ASEAN - Nhật Bản đạt hơn 240 tỷ USD năm 2024; các bên thúc đẩy nâng cấp Hiệp định ACFTA 3.0.
Kuala Lumpur, July 11, 2025 — Secretary of State Marco Rubio attended the ASEAN-U.S. Foreign Ministers' Meeting, where ministers discussed the RCEP agreement and trade worth USD 450 billion.`;

/**
 * Runs the extractor once on the calling thread: its first run costs 300–500 ms (its patterns are
 * compiled and its code optimised on first use) where later ones cost a few, so a service warms
 * it at start (while its migrations travel) and the first file's event is as quick as the tenth.
 * Returns the extraction, for warming the save too (`warmUpSave`).
 */
export function warmUpExtractor(): ArticleExtraction {
  return extractArticle(WARM_UP_TEXT);
}
