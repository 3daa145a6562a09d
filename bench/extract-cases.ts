// Generated worst-case article texts for the extraction benchmarks and the bound tests: one
// meeting sentence repeated with and without full stops, distinct words, one very long line, many
// meeting names, many numbers, and normal-looking text made of seed sentences. Deterministic.

import fs from "node:fs";
import { mulberry32 } from "./random.ts";

/** One meeting sentence of the kind the seeds are made of (meeting, people, countries, a figure). */
export const MEETING_SENTENCE =
  "Chiều 10/7/2025, tại Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 ở Kuala Lumpur, Phó Thủ tướng, " +
  "Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Nhật Bản Takeshi Iwaya nhấn mạnh kim ngạch " +
  "thương mại ASEAN-Nhật Bản đạt hơn 240 tỷ USD trong năm 2024, cùng thúc đẩy Hiệp định RCEP và ACFTA 3.0";

const SEEDS = new URL("../seeds/", import.meta.url);

/** Whole sentences of the seed articles (no captions, credits or headers). */
function seedSentences(): string[] {
  const texts = fs.readdirSync(SEEDS).map((name) => fs.readFileSync(new URL(name, SEEDS), "utf8"));
  return [
    ...new Set(
      texts
        .flatMap((t) => t.split(/\n+/u).flatMap((p) => p.split(/(?<=[.!?…])\s+(?=\p{Lu})/u)))
        .map((s) => s.trim())
        .filter((s) => s.length >= 40 && /[.!?…]"?$/u.test(s) && !s.startsWith("date ")),
    ),
  ];
}

/**
 * Normal-looking text of about `bytes` bytes: a headline, then paragraphs of four seed sentences
 * picked at random (a long article of ordinary news, as the seeds read).
 */
export function normalText(bytes: number): string {
  const sentences = seedSentences();
  const next = mulberry32(3);
  const paragraphs: string[] = [];
  for (let size = 0; size < bytes; size += Buffer.byteLength(paragraphs.at(-1) ?? "") + 2) {
    const pick = () => sentences[Math.floor(next() * sentences.length)] as string;
    paragraphs.push([pick(), pick(), pick(), pick()].join(" "));
  }
  return `Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58\n\n${paragraphs.join("\n\n")}`;
}

/** `unit` repeated until the text reaches `bytes` UTF-8 bytes (a little more at most). */
function repeatTo(unit: string, bytes: number): string {
  const n = Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit)));
  return unit.repeat(n);
}

const LETTERS = "abcdeghiklmnopqrstuvxyăâđêôơư";

/** Made-up words, every one distinct, separated by spaces: nothing to find, much to index. */
export function distinctWords(bytes: number): string {
  const next = mulberry32(7);
  const words: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    let w = "";
    const len = 4 + Math.floor(next() * 6);
    for (let j = 0; j < len; j++) w += LETTERS[Math.floor(next() * LETTERS.length)];
    w += i.toString(36);
    words.push(w);
    size += Buffer.byteLength(w) + 1;
  }
  return `Tin tổng hợp\n\n${words.join(" ")}`;
}

/** The worst cases, by name, at about `bytes` bytes each. */
export function worstCases(bytes: number): Record<string, string> {
  const next = mulberry32(11);
  const numbers: string[] = [];
  for (let size = 0; size < bytes; size += Buffer.byteLength(numbers.at(-1) ?? "") + 2)
    numbers.push(
      `đạt ${Math.floor(next() * 1000)},${Math.floor(next() * 10)} tỷ USD năm ${2000 + (numbers.length % 25)}`,
    );
  const meetings: string[] = [];
  for (let size = 0; size < bytes; size += Buffer.byteLength(meetings.at(-1) ?? "") + 2)
    meetings.push(`Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ ${1 + (meetings.length % 99)}`);
  const people: string[] = [];
  const syllables = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Giang",
    "Hải",
    "Khánh",
    "Lâm",
    "Minh",
    "Nam",
    "Phúc",
    "Quang",
  ];
  const family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];
  for (let size = 0; size < bytes; size += Buffer.byteLength(people.at(-1) ?? "") + 2) {
    const i = people.length;
    const name = `${family[i % 8]} ${syllables[Math.floor(i / 8) % 12]} ${syllables[Math.floor(i / 96) % 12]} ${syllables[Math.floor(i / 1152) % 12]}`;
    people.push(`Bộ trưởng Ngoại giao ${name}`);
  }
  return {
    "sentence, full stops": `Tin hội nghị\n\n${repeatTo(`${MEETING_SENTENCE}. `, bytes)}`,
    "sentence, no full stop": `Tin hội nghị\n\n${repeatTo(`${MEETING_SENTENCE} `, bytes)}`,
    "distinct words": distinctWords(bytes),
    "one long line": repeatTo(`${MEETING_SENTENCE}. `, bytes),
    "many meetings": `Tin hội nghị\n\n${meetings.join(", ")}`,
    // Meetings whose level no word of the text gives: the text's own level was looked for again
    // for each of them until 1.8.27 (quadratic: 3.0 s at 300 KB, 0.6 s after).
    "meetings, no level cue": `Tin hội nghị\n\n${repeatTo("Hội nghị ASEAN - Nhật Bản lần thứ 2 ", bytes)}`,
    // One numbered meeting named thousands of times in one sentence: its mentions were gathered
    // by copying the list for each (quadratic: 1.7 s at 400 KB, 0.26 s in place).
    "one meeting, many times": `Summit news\n\n${repeatTo("at the 43 ASEAN Summit ", bytes)}`,
    "many people": `Tin ngoại giao\n\nHội nghị có sự tham dự của ${people.join(", ")}`,
    "many numbers": `Tin kinh tế\n\nKim ngạch thương mại ASEAN-Nhật Bản ${numbers.join(", ")}`,
    // Amounts in one paragraph with no partnership named: the paragraph was read again for its
    // grouping up to each amount until 1.8.37 (quadratic: 3.5 s at 200 KB, 0.25 s after).
    "amounts, one paragraph": `Trade and investment. ${repeatTo("C$ 5 million ", bytes)}`,
  };
}
