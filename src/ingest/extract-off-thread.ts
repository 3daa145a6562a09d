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
 * A short text in both languages naming a meeting, an agreement, a person and an amount (kept for
 * its tests: every kind of rule runs on it).
 */
export const WARM_UP_TEXT = `Hà Nội, ngày 10/7/2025 (TTXVN)
Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu Đoàn Việt Nam tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 (AMM-58) tại Kuala Lumpur, Malaysia. Kim ngạch thương mại ASEAN - Nhật Bản đạt hơn 240 tỷ USD năm 2024; các bên thúc đẩy nâng cấp Hiệp định ACFTA 3.0.
Kuala Lumpur, July 11, 2025 — Secretary of State Marco Rubio attended the ASEAN-U.S. Foreign Ministers' Meeting, where ministers discussed the RCEP agreement and trade worth USD 450 billion.`;

const WARM_UP_VI = `Trang chủ > Thời sự > Đối ngoại
Thứ Năm, 10/07/2025 14:35 (GMT+7)
Khai mạc Hội nghị Cấp cao ASEAN lần thứ 46 và các Hội nghị Cấp cao liên quan
(Chinhphu.vn) - Sáng 26/5, tại Kuala Lumpur, Thủ tướng Phạm Minh Chính dẫn đầu Đoàn Việt Nam dự Hội nghị Cấp cao ASEAN lần thứ 46, Hội nghị Cấp cao ASEAN - Hội đồng Hợp tác vùng Vịnh (GCC) lần thứ 2 và Hội nghị Cấp cao Đông Á lần thứ 20.
Thủ tướng Malaysia Anwar Ibrahim chủ trì Hội nghị. Bộ trưởng Ngoại giao Bùi Thanh Sơn và Phó Thủ tướng Trần Hồng Hà cùng tham dự. Ngoại trưởng Trung Quốc Vương Nghị đồng chủ trì Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc (PMC+1).
Trước đó, Hội nghị Quan chức Cao cấp ASEAN (SOM ASEAN), Diễn đàn Khu vực ASEAN (ARF) lần thứ 32, Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 26, Hội nghị Bộ trưởng Kinh tế ASEAN (AEM) lần thứ 57, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 (AMM-58), Hội nghị Sau Hội nghị Bộ trưởng Ngoại giao ASEAN (PMC), Hội nghị Bộ trưởng Ngoại giao Mê Công - Nhật Bản lần thứ 18 và Hội nghị Bộ trưởng Ngoại giao Hợp tác Mê Công - Lan Thương lần thứ 10 đã diễn ra. Các nhà lãnh đạo ASEAN gặp các nhà lãnh đạo Trung Quốc, Nhật Bản và Hàn Quốc tại Hội nghị Cấp cao ASEAN+3 lần thứ 28; Hội nghị Cấp cao ASEAN - Ấn Độ lần thứ 22, Hội nghị Cấp cao kỷ niệm 50 năm quan hệ ASEAN - Australia và các Hội nghị cấp cao lần thứ 36 và 37.
Hai bên ký kết Nghị định thư nâng cấp Hiệp định Thương mại tự do ASEAN - Trung Quốc (ACFTA 3.0), hoàn tất đàm phán Hiệp định khung về Kinh tế số (DEFA), rà soát Hiệp định Thương mại hàng hóa ASEAN - Ấn Độ (AITIGA) và thúc đẩy Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) cùng AKFTA, AJCEP, AANZFTA.
Thương mại hai chiều ASEAN - Hoa Kỳ năm 2024 đạt 476,8 tỷ USD, tăng 8,3%; đầu tư FDI của Nhật Bản đạt 15 tỷ đô la Mỹ. Ông Lee Jae-myung, Tổng thống Hàn Quốc, Thủ tướng Nhật Bản Ishiba Shigeru và Tổng Thư ký ASEAN Kao Kim Hourn phát biểu. Ngoại trưởng Mỹ Marco Rubio gặp Ngoại trưởng Nga Sergei Lavrov.
Ảnh: Thủ tướng Phạm Minh Chính phát biểu tại phiên họp. (Ảnh: Dương Giang/TTXVN)
Tin liên quan: Việt Nam và Lào ký 10 văn kiện hợp tác | ASEAN thông qua Tầm nhìn 2045
Theo VOV`;

const WARM_UP_EN = `Home | World | Asia
Updated: Thursday, 10 July 2025, 2:35 PM
ASEAN foreign ministers open 58th meeting in Kuala Lumpur
KUALA LUMPUR, July 8 (Reuters) - Malaysian Foreign Minister Mohamad Hasan chaired the 58th ASEAN Foreign Ministers' Meeting (AMM) and the Post Ministerial Conferences, while U.S. Secretary of State Marco Rubio and Japan's Foreign Minister Takeshi Iwaya attended the ASEAN-Japan and ASEAN-U.S. meetings.
The 46th and 47th ASEAN Summits, the 20th East Asia Summit (EAS), the 28th ASEAN Plus Three Summit and the 32nd ASEAN Regional Forum (ARF) follow, with the ASEAN-China Summit, the ASEAN-Korea Commemorative Summit and a special ASEAN-Australia summit in Melbourne. Senior officials met at the ASEAN SOM and the ARF SOM; economic ministers held the 57th AEM, the AEM Retreat and consultations with their counterparts from India, China, Japan and Korea, the 18th Mekong-Japan Foreign Ministers' Meeting and the 10th Mekong-Lancang Cooperation Foreign Ministers' Meeting were held, and the ASEAN Defence Ministers' Meeting (ADMM) met for the 19th time.
Ministers signed the protocol to upgrade the ASEAN-China Free Trade Area (ACFTA 3.0), concluded negotiations on the Digital Economy Framework Agreement (DEFA), reviewed the AITIGA and discussed RCEP, AKFTA, AJCEP and AANZFTA with New Zealand and Australia.
Two-way trade between ASEAN and the United States reached USD 476.8 billion in 2024, up 8.3 percent, and Japanese investment was $15 billion. Prime Minister Anwar Ibrahim, Indian Prime Minister Narendra Modi, Chinese Premier Li Qiang and Vietnamese Prime Minister Pham Minh Chinh addressed the summit; Secretary-General Kao Kim Hourn spoke at the opening.
Photo: Foreign ministers pose for a group photo in Kuala Lumpur. (Photo: AFP)
Related: ASEAN welcomes Timor-Leste as 11th member | Read more: Trade ministers meet online
Copyright 2025 Reuters. All rights reserved.`;

/** `text` as most press prints it: typographic apostrophes, dashes, quotes and an ellipsis. */
function typographic(text: string): string {
  return `${text.replaceAll("'", "\u2019").replaceAll(" - ", " \u2013 ")}
His Excellency Dato\u2019 Seri Anwar Ibrahim opened the Meeting under the theme \u201cInclusivity and Sustainability\u201d\u2026 Ông Kao Kim Hourn nói: \u201cASEAN sẵn sàng\u201d\u2026`;
}

/**
 * Articles of the usual shapes, in Vietnamese and English: page chrome, a headline, dated lines,
 * captions, titled people, meetings of every series with their editions, partners and levels,
 * agreements, figures and who attended or chaired what. Each as plain text and as most press
 * prints it: V8 compiles a regular expression apart for one-byte strings (Latin-1: English, and
 * the diacritic-free view of Vietnamese) and two-byte ones (a single curly quote or ellipsis).
 */
export const WARM_UP_ARTICLES: readonly string[] = [
  WARM_UP_VI,
  typographic(WARM_UP_VI),
  WARM_UP_EN,
  typographic(WARM_UP_EN),
];

/**
 * Runs the extractor on the calling thread until its patterns are compiled and its code is
 * optimised: its first run on an article costs 20–110 ms (each pattern is compiled on first use,
 * to machine code under the service's `--no-regexp-tier-up`, and apart for one-byte and two-byte
 * strings) where later ones cost a few, so a service warms it at start (while its migrations
 * travel) and the first file's event is as quick as the tenth.
 * Returns an extraction, for warming the save too (`warmUpSave`).
 */
export function warmUpExtractor(): ArticleExtraction {
  const short = extractArticle(WARM_UP_TEXT);
  const extractions = WARM_UP_ARTICLES.map((text) => extractArticle(text));
  // The richest extraction (every kind of entity, relation and figure) for the save's warm-up.
  return extractions[0] ?? short;
}
