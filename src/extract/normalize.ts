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
/** A Windows (CRLF) or old Mac (CR) line break. */
const LINE_BREAK = /\r\n?/g;

/**
 * Cleans decoded file text: CRLF/CR → LF, zero-width characters and soft hyphens removed,
 * Unicode NFC, no-break and other odd spaces → a plain space. The invisible characters go before
 * composing: one between a letter and its combining mark (`Ky\u00AD\u0300`) would otherwise keep
 * them apart and leave the letter undetectable by every matcher.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(LINE_BREAK, "\n")
    .replace(ZERO_WIDTH, "")
    .normalize("NFC")
    .replace(ODD_SPACES, " ")
    .replace(ETH, (c) => (c === "\u00D0" ? "\u0110" : "\u0111"));
}

// Pages typed with a legacy encoding write Vietnamese `Đ`/`đ` as the look-alike `Ð`/`ð` (eth).
const ETH = /[\u00D0\u00F0]/g;

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

// An open `oa`/`oe`/`uy` ending with the tone on its second vowel: a plain `o`/`u` (not the `u`
// of `qu`, a consonant there), a toned `a`/`e` (after `o`) or `y` (after `u`), and no letter after.
const OPEN_ENDING = /(?:[oO]([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])|(?<![qQ])[uU]([ỳýỷỹỵỲÝỶỸỴ]))(?!\p{L})/gu;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/**
 * Moves the tone mark of open `oa`, `oe`, `uy` syllable endings to the first vowel
 * (`hoà` → `hòa`, `thuỷ` → `thủy`), the placement most Vietnamese press uses. Same length.
 */
export function canonicalTones(text: string): string {
  // Vietnamese letters are all single UTF-16 units; a text with astral characters is left as
  // it is rather than risk moving offsets.
  if (SURROGATE_PAIR.test(text)) return text;
  return text.replace(OPEN_ENDING, (ending: string, toned?: string, tonedY?: string) => {
    const second = TONE_OF.get((toned ?? tonedY) as string) as { base: string; tone: number };
    return withTone(ending[0] as string, second.tone) + second.base;
  });
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

// Folded code units are turned back into a string by the platform's UTF-16LE decoder, far faster
// than building it in JavaScript; it needs a little-endian Uint16Array (the byte order of every
// platform Node runs on, checked anyway) and no lone surrogate (the decoder would replace it).
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Below this length a plain loop is cheaper than a typed array and a decoder call.
const SHORT_TEXT = 32;

/**
 * Lower case with diacritics folded (`Hòa Bình` → `hoa binh`), one output character per input
 * UTF-16 unit so offsets carry over unchanged.
 */
export function foldText(text: string): string {
  if (text.length < SHORT_TEXT) {
    let short = "";
    for (let i = 0; i < text.length; i++)
      short += String.fromCharCode(FOLD_TABLE[text.charCodeAt(i)] as number);
    return short;
  }
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = FOLD_TABLE[text.charCodeAt(i)] as number;
  if (LITTLE_ENDIAN && !(SURROGATE.test(text) && LONE_SURROGATE.test(text))) return UTF16.decode(out);
  let result = "";
  // String.fromCharCode takes its arguments on the stack: convert in slices.
  for (let i = 0; i < out.length; i += 8192) result += String.fromCharCode(...out.subarray(i, i + 8192));
  return result;
}

const WHITESPACE_RUN = /\s+/g;

/** Folds a lookup key the same way as {@link foldText}, collapsing runs of spaces. */
export function foldKey(text: string): string {
  return foldText(normalizeText(text)).replace(WHITESPACE_RUN, " ").trim();
}
