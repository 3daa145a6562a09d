/**
 * Text normalisation shared by the whole extractor.
 *
 * Two views of a text are used for matching, both with exactly the same length as the text
 * they came from, so an offset found in a view is an offset into the text the user sees:
 * - {@link canonicalTones}: tone marks moved to one placement (`hoà` → `hòa`), case kept;
 * - {@link foldText}: lower case, diacritics and `đ` folded (`Hoa Kỳ` → `hoa ky`).
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Cleans decoded file text: CRLF/CR → LF, Unicode NFC, no-break and other odd spaces → a plain
 * space, zero-width characters and soft hyphens removed.
 */
export function normalizeText(raw: string): string {
  return raw.replace(/\r\n?/g, "\n").normalize("NFC").replace(ZERO_WIDTH, "").replace(ODD_SPACES, " ");
}

// Vowel → [base vowel, tone index]. Tone index: 0 none, 1 grave, 2 hook, 3 tilde, 4 acute, 5 dot.
const TONED: Record<string, readonly string[]> = {
  a: ["a", "à", "ả", "ã", "á", "ạ"],
  ă: ["ă", "ằ", "ẳ", "ẵ", "ắ", "ặ"],
  â: ["â", "ầ", "ẩ", "ẫ", "ấ", "ậ"],
  e: ["e", "è", "ẻ", "ẽ", "é", "ẹ"],
  ê: ["ê", "ề", "ể", "ễ", "ế", "ệ"],
  i: ["i", "ì", "ỉ", "ĩ", "í", "ị"],
  o: ["o", "ò", "ỏ", "õ", "ó", "ọ"],
  ô: ["ô", "ồ", "ổ", "ỗ", "ố", "ộ"],
  ơ: ["ơ", "ờ", "ở", "ỡ", "ớ", "ợ"],
  u: ["u", "ù", "ủ", "ũ", "ú", "ụ"],
  ư: ["ư", "ừ", "ử", "ữ", "ứ", "ự"],
  y: ["y", "ỳ", "ỷ", "ỹ", "ý", "ỵ"],
};

const TONE_OF = new Map<string, { base: string; tone: number }>();
const FOLD = new Map<string, string>();
for (const [base, forms] of Object.entries(TONED)) {
  const plain = base.normalize("NFD").replace(/\p{M}/gu, "");
  forms.forEach((form, tone) => {
    TONE_OF.set(form, { base, tone });
    TONE_OF.set(form.toUpperCase(), { base: base.toUpperCase(), tone });
    FOLD.set(form, plain);
    FOLD.set(form.toUpperCase(), plain);
  });
}
FOLD.set("đ", "d");
FOLD.set("Đ", "d");

function withTone(base: string, tone: number): string {
  const upper = base !== base.toLowerCase();
  const form = TONED[base.toLowerCase()]?.[tone] ?? base;
  return upper ? form.toUpperCase() : form;
}

const LETTER = /\p{L}/u;

/**
 * Moves the tone mark of open `oa`, `oe`, `uy` syllable endings to the first vowel
 * (`hoà` → `hòa`, `thuỷ` → `thủy`), the placement most Vietnamese press uses. Same length.
 */
export function canonicalTones(text: string): string {
  if (!/[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]/.test(text)) return text;
  const chars = [...text];
  // Vietnamese letters are all single UTF-16 units, so char index = string index here.
  if (chars.length !== text.length) return text;
  for (let i = 0; i + 1 < chars.length; i++) {
    const first = chars[i] as string;
    const second = TONE_OF.get(chars[i + 1] as string);
    if (!second || second.tone === 0) continue;
    const lowFirst = first.toLowerCase();
    const pair = lowFirst + second.base.toLowerCase();
    if (pair !== "oa" && pair !== "oe" && pair !== "uy") continue;
    const next = chars[i + 2];
    if (next !== undefined && LETTER.test(next)) continue; // closed syllable: tone stays
    const prev = chars[i - 1]?.toLowerCase();
    if (lowFirst === "u" && prev === "q") continue; // `quý`: `qu` is a consonant
    chars[i] = withTone(first, second.tone);
    chars[i + 1] = second.base;
  }
  return chars.join("");
}

// Code unit → folded code unit for the whole BMP, built once: folding is then one table lookup
// per character (the extractor folds every article, so this is on the hot path).
const FOLD_TABLE = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    const folded = FOLD.get(ch);
    const lower = ch.toLowerCase();
    table[code] =
      folded !== undefined ? folded.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return table;
})();

/**
 * Lower case with diacritics folded (`Hòa Bình` → `hoa binh`), one output character per input
 * UTF-16 unit so offsets carry over unchanged.
 */
export function foldText(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = FOLD_TABLE[text.charCodeAt(i)] as number;
  let result = "";
  // String.fromCharCode takes its arguments on the stack: convert in slices.
  for (let i = 0; i < out.length; i += 8192) result += String.fromCharCode(...out.subarray(i, i + 8192));
  return result;
}

/** Folds a lookup key the same way as {@link foldText}, collapsing runs of spaces. */
export function foldKey(text: string): string {
  return foldText(normalizeText(text)).replace(/\s+/g, " ").trim();
}
