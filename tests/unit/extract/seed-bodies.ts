/**
 * The cleaned bodies of the five seed articles, cut by hand the way the page parser cuts them:
 * crawler header, headline, photo captions, image names, author and source lines and site
 * footer removed, paragraphs joined with a blank line. Also the expected extraction.
 */
import { readFileSync } from "node:fs";
import { normalizeText } from "../../../src/extract/normalize.ts";
import { SEED_GOLD } from "../../helpers/seed-gold.ts";

const seed = (name: string) =>
  normalizeText(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), "utf8"));

const paragraphs = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");

const CAPTION = /(?:\(?Ảnh:|\(Photo:)/;

/** 000: the crawler header carries the lead, which the body repeats; one caption. */
function body000(): string {
  const lines = paragraphs(seed("000_b85c5de12b388afb.txt"));
  return lines
    .slice(1)
    .filter((l) => !CAPTION.test(l))
    .join("\n\n");
}

/** 001: crawler header glued to the lead, and the lead ends with a photo credit. */
function body001(): string {
  const lines = paragraphs(seed("001_83f2f5ee3d553817.txt"));
  const lead = (lines[0] as string).replace(/^date \d{4}-\d{2} /, "").replace(/ Ảnh: .*$/, "");
  return [lead, ...lines.slice(1)].join("\n\n");
}

/** 002: headline first; captions printed twice; author and source lines at the end. */
function body002(): string {
  const lines = paragraphs(seed("002_686e873e6aaa9cef.txt"));
  return lines
    .slice(1)
    .filter((l) => !CAPTION.test(l) && l !== "Bình Giang" && !l.startsWith("Nguồn "))
    .join("\n\n");
}

/** 003: headline, an image file name and its unlabelled caption, a source line. */
function body003(): string {
  const lines = paragraphs(seed("003_8e497b4819558aaa.txt"));
  const caption =
    "Các Bộ trưởng Kinh tế ASEAN tổ chức Hội nghị Tham vấn trực tuyến với các đối tác ngoại khối";
  return lines
    .slice(1)
    .filter((l) => l !== "asean_znga" && l !== caption && l !== "Nguồn SGGP")
    .join("\n\n");
}

/**
 * 004: menu, headline and time line before the text; source line and a footer of other
 * headlines after it. `withCaption` keeps the English photo caption (credit removed) as the
 * first paragraph: the gold's AMM-58 is named only there.
 */
function body004(withCaption: boolean): string {
  const lines = paragraphs(seed("004_fbd71147380da296.txt"));
  const from = lines.findIndex((l) => l.startsWith("Ngày 10/7/2025"));
  const to = lines.findIndex((l) => l.startsWith("Nguồn:"));
  const caption = (lines.find((l) => l.startsWith("The 16th")) as string).replace(/\s*\(Photo:.*\)$/, "");
  return [...(withCaption ? [caption] : []), ...lines.slice(from, to)].join("\n\n");
}

export const SEED_BODIES = {
  "000_b85c5de12b388afb.txt": body000(),
  "001_83f2f5ee3d553817.txt": body001(),
  "002_686e873e6aaa9cef.txt": body002(),
  "003_8e497b4819558aaa.txt": body003(),
  "004_fbd71147380da296.txt": body004(true),
} as const;

export const BODY_004_WITHOUT_CAPTION = body004(false);

export type SeedFile = keyof typeof SEED_BODIES;

export interface GoldMeeting {
  series: string;
  partner: string | null;
  level: string;
  number: number | null;
  year: number | null;
  date: string | null;
  location: string | null;
}

export interface GoldFigure {
  kind: string;
  subject: string | null;
  value: number;
  unit: string;
  qualifier: string | null;
  text: string;
  year?: number;
}

export interface GoldArticle {
  file: SeedFile;
  published: string | null;
  meetings: GoldMeeting[];
  figures: GoldFigure[];
}

export const GOLD = SEED_GOLD as unknown as GoldArticle[];
