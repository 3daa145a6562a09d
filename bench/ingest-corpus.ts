// The generated corpus of bench/ingest.ts: N article files built from the repository's real article
// renditions (tests/fixtures/press/**/*.txt and seeds/*.txt), deterministic for a given N and seed
// (the first 2,000 files of a 10,000 corpus are the 2,000 corpus).
//
// Copies of the 641 renditions would not do: N/641 near-identical copies of each text are grouped
// into stories, and a save whose text arrives in many copies is dominated by the story lookup
// (src/store/save-statement.ts), which real press does not look like. So:
// - most files (1 − copyShare, 90% by default) are composed articles: the opening of one rendition
//   (its first sentences up to ~600 bytes: date line, headline or lead, as the page had them; each
//   rendition opens a file in turn) followed by runs of 1–3 consecutive sentences of other
//   renditions in the same language (kept in their paragraphs), until a size drawn uniformly from
//   2.4–6.0 KB is reached (mean ~4.4 KB, body ~3,700 characters; per article about 5 meetings,
//   7 people, 11 countries, as the extractor finds them);
// - the rest (copyShare, 10%) are near-copies of an earlier composed file, as another outlet
//   running the same agency text: one small number in the body changed. They join its story.
// Every file ends with a line naming its number, so no two files are identical.
// The renditions hold ~1.2 MB of text, so each sentence is reused about N × 4.3 KB / 1.2 MB times:
// composed files share sentences, and some reach the story threshold (0.25 of word 3-shingles)
// with another one: with the near-copies, about a quarter of 2,000 files and 40% of 10,000 have a
// neighbour at or above it (real renditions among themselves: 2%). bench/ingest.ts prints how many
// articles seedgraph put in stories.
import fs from "node:fs";
import path from "node:path";
import { detectLang } from "../src/extract/lang.ts";
import { mulberry32 } from "./random.ts";

export interface CorpusOptions {
  /** Number of files to write. */
  articles: number;
  /** Folder to write them to (created; must be empty or absent). */
  dir: string;
  /** Share of near-copies of an earlier file (default 0.1). */
  copyShare?: number;
  /** PRNG seed (default 1). */
  seed?: number;
}

export interface CorpusSummary {
  /** Absolute paths of the files written, sorted. */
  files: string[];
  bytes: { mean: number; min: number; max: number; total: number };
  /** Distinct compositions and near-copies among the files. */
  distinct: number;
  copies: number;
  /** Files per language. */
  langs: Record<string, number>;
  /** Renditions the files were built from. */
  sources: number;
}

/** A rendition as a list of sentences, each marked when it starts a paragraph (line) of the page. */
interface Source {
  name: string;
  lang: string;
  sentences: { text: string; starts: boolean }[];
}

const root = path.resolve(import.meta.dirname, "..");
const OPENING_BYTES = 600;
const MIN_BYTES = 2_400;
const MAX_BYTES = 6_000;

function listTexts(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".txt"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

// A sentence ends at . ! ? or … (with a closing quote or bracket) before a space; abbreviations
// such as "U.S." split too, which only makes some sentences shorter.
const SENTENCE_END = /(?<=[.!?…]["”’)]?)\s+(?=\S)/u;

/** The renditions, each split into its lines (paragraphs) and those into sentences. */
export function loadSources(): Source[] {
  const files = [
    ...listTexts(path.join(root, "tests/fixtures/press")),
    ...listTexts(path.join(root, "seeds")),
  ];
  return files.map((file) => {
    const text = fs.readFileSync(file, "utf8");
    const sentences = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .flatMap((line) => line.split(SENTENCE_END).map((t, i) => ({ text: t, starts: i === 0 })));
    return { name: path.basename(file, ".txt"), lang: detectLang(text), sentences };
  });
}

const bytesOf = (s: string) => Buffer.byteLength(s, "utf8");

/** Appends sentences to `out` (paragraphs), starting a paragraph where the page did and at the first. */
function append(out: string[], sentences: Source["sentences"]): number {
  let added = 0;
  for (const [i, s] of sentences.entries()) {
    if (i === 0 || s.starts || out.length === 0) out.push(s.text);
    else out[out.length - 1] += ` ${s.text}`;
    added += bytesOf(s.text) + 1;
  }
  return added;
}

/**
 * A distinct article: the opening of `base` (its first sentences, about OPENING_BYTES), then runs of
 * 1–3 consecutive sentences of other renditions in its language until a drawn size is reached.
 * Sentences rather than lines, and short runs: some renditions are two or three long lines, and
 * the corpus reuses each sentence N × 4.5 KB / 1.2 MB times, so longer runs shared by two files
 * would put them in one story.
 */
function compose(base: Source, pool: Source[], rng: () => number): string[] {
  const target = MIN_BYTES + (MAX_BYTES - MIN_BYTES) * rng();
  const opening: Source["sentences"] = [];
  let size = 0;
  for (const s of base.sentences) {
    if (opening.length > 0 && size >= OPENING_BYTES) break;
    opening.push(s);
    size += bytesOf(s.text) + 1;
  }
  const out: string[] = [];
  append(out, opening);
  for (let guard = 0; size < target && guard < 100; guard++) {
    const other = pool[Math.floor(rng() * pool.length)];
    if (!other || other === base || other.sentences.length < 4) continue;
    const run = 1 + Math.floor(rng() * 3);
    // Never an opening: those are the bases of other files.
    const start = 1 + Math.floor(rng() * Math.max(1, other.sentences.length - run));
    size += append(out, other.sentences.slice(start, start + run));
  }
  return out;
}

/** A near-copy: one small number (1–3 digits, not part of a date or decimal) after the opening changed. */
function nearCopy(paragraphs: string[], rng: () => number): string[] {
  const out = [...paragraphs];
  const from = 1 + Math.floor(rng() * Math.max(1, out.length - 1));
  for (let k = 0; k < out.length; k++) {
    const i = (from + k) % out.length;
    const p = out[i];
    if (i === 0 || p === undefined) continue;
    const changed = p.replace(/(?<![\d.,/:-])\d{1,3}(?![\d.,/:%-])/, (d) => String(Number(d) + 1));
    if (changed !== p) {
      out[i] = changed;
      break;
    }
  }
  return out;
}

const TAG = { vi: "Mã bài", en: "Article ref" } as Record<string, string>;

/** Writes the corpus (see the top of this file) and describes it. */
export function writeCorpus(options: CorpusOptions): CorpusSummary {
  const { articles, dir, copyShare = 0.1, seed = 1 } = options;
  const sources = loadSources();
  const byLang = new Map<string, Source[]>();
  for (const s of sources) byLang.set(s.lang, [...(byLang.get(s.lang) ?? []), s]);
  // Bases in a shuffled order, each used once before any is used again.
  const order = sources.map((s, i) => ({ s, k: mulberry32(seed * 7919 + i)() })).sort((a, b) => a.k - b.k);
  fs.mkdirSync(dir, { recursive: true });
  const written: { paragraphs: string[]; lang: string; base: string }[] = [];
  const files: string[] = [];
  const sizes: number[] = [];
  const langs: Record<string, number> = {};
  let distinct = 0;
  let copies = 0;
  for (let i = 0; i < articles; i++) {
    const rng = mulberry32(seed * 1_000_003 + i);
    let article: { paragraphs: string[]; lang: string; base: string };
    const earlier = written[Math.floor(rng() * written.length)];
    if (i >= 20 && rng() < copyShare && earlier) {
      article = { ...earlier, paragraphs: nearCopy(earlier.paragraphs, rng) };
      copies++;
    } else {
      const base = order[distinct % order.length]!.s;
      article = {
        paragraphs: compose(base, byLang.get(base.lang) ?? [base], rng),
        lang: base.lang,
        base: base.name,
      };
      written.push(article);
      distinct++;
    }
    const number = String(i + 1).padStart(6, "0");
    const text = `${[...article.paragraphs, `${TAG[article.lang] ?? TAG.en}: SG-${number}`].join("\n\n")}\n`;
    const file = path.join(dir, `${number}-${article.base.slice(0, 60)}.txt`);
    fs.writeFileSync(file, text);
    files.push(file);
    sizes.push(bytesOf(text));
    langs[article.lang] = (langs[article.lang] ?? 0) + 1;
  }
  const total = sizes.reduce((a, b) => a + b, 0);
  return {
    files: files.sort(),
    bytes: {
      mean: articles > 0 ? total / articles : 0,
      min: Math.min(...sizes),
      max: Math.max(...sizes),
      total,
    },
    distinct,
    copies,
    langs,
    sources: sources.length,
  };
}
