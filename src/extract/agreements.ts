/**
 * Agreements named in an article body, from the catalog in data/agreements.ts. Two precompiled
 * regexes: acronyms on the text as printed (case-sensitive, whole tokens: `DOC` but never `doc`
 * or `DOCX`), and full or descriptive names on the folded view (any case, tone placement,
 * spacing or dash between the parties). Upgrades fold into their parent with a version
 * (`ACFTA 3.0` → ACFTA, version `3.0`). Free-trade agreements described by their parties
 * ("a free trade agreement with Australia and New Zealand") count too (agreement-descriptions.ts).
 */
import { findDescribedAgreements } from "./agreement-descriptions.ts";
import { countryByCode } from "./countries.ts";
import { AGREEMENTS, type AgreementEntry, UPGRADE_AFTER, UPGRADE_BEFORE } from "./data/agreements.ts";
import {
  execAll,
  FOLDED_WORD_END,
  FOLDED_WORD_START,
  separatorView,
  spellingKey,
  trieSource,
} from "./lexicon-regex.ts";
import { foldKey, foldText } from "./normalize.ts";
import { evidenceAt, type TextView } from "./text-view.ts";
import type { AgreementFact } from "./types.ts";

const BY_CODE = new Map<string, AgreementEntry>(AGREEMENTS.map((a) => [a.code, a]));

// Folded, spacing-normalised name → code. Earlier catalog entries win a (rare) shared alias.
const NAME_TO_CODE = new Map<string, string>();
for (const a of AGREEMENTS) {
  for (const name of [a.nameVi, a.nameEn, ...a.aliases]) {
    if (a.acronyms.includes(name)) continue;
    const key = spellingKey(foldText(name));
    if (!NAME_TO_CODE.has(key)) NAME_TO_CODE.set(key, a.code);
  }
}
const ACRONYM_TO_CODE = new Map<string, string>(
  AGREEMENTS.flatMap((a) => a.acronyms.map((x) => [x, a.code])),
);

const NAME_RE = new RegExp(`${FOLDED_WORD_START}${trieSource(NAME_TO_CODE.keys())}${FOLDED_WORD_END}`, "g");
// Acronyms are upper-case ASCII; any letter or digit around them means another token (`DOCX`).
const TOKEN_CHAR = "[A-Za-z0-9\\u00c0-\\u024f\\u1e00-\\u1eff]";
const ACRONYM_RE = new RegExp(
  `(?<!${TOKEN_CHAR})${trieSource(ACRONYM_TO_CODE.keys())}(?!${TOKEN_CHAR})`,
  "g",
);

const NUMBERED_VERSION = /^\s*\(?\s*(?:phien ban|version|ver\.|v\.?)?\s*(\d+\.\d+)(?![\d.]*\d)/;
const UPGRADE_BEFORE_RE = new RegExp(`(?:${UPGRADE_BEFORE.join("|")})\\s*$`);
const UPGRADE_AFTER_RE = new RegExp(`^\\s*(?:${UPGRADE_AFTER.join("|")})(?![a-z])`);

/** One place where the text names a catalog agreement. */
export interface AgreementMention {
  code: string;
  start: number;
  end: number;
}

/** The catalog entry for a code (`ACFTA`, `ASEAN_CHARTER` …). */
export function agreementByCode(code: string): AgreementEntry | undefined {
  return BY_CODE.get(code);
}

/**
 * The sides of an agreement seen as a partnership: whether ASEAN is a party as a bloc, and the
 * other parties that are states (`ACFTA` → ASEAN with `CN`; territories such as Hong Kong in
 * the CMIM are left aside). Unknown codes have no sides.
 */
export function agreementSides(code: string): { asean: boolean; others: string[] } {
  const parties = BY_CODE.get(code)?.parties ?? [];
  return {
    asean: parties.includes("ASEAN"),
    others: parties.filter((p) => p !== "ASEAN" && !countryByCode(p)?.territory),
  };
}

/**
 * The catalog code for an agreement's name, alias or acronym (`RCEP`,
 * `Hiệp định Thương mại tự do ASEAN - Hàn Quốc` → `AKFTA`), tolerant of case, diacritics and
 * spacing for names, exact for acronyms; null when the name is not in the catalog.
 */
export function lookupAgreement(name: string): string | null {
  const trimmed = name.trim();
  return ACRONYM_TO_CODE.get(trimmed) ?? NAME_TO_CODE.get(spellingKey(foldKey(trimmed))) ?? null;
}

/**
 * The catalog agreements named in a cleaned article body: one fact per code, in order of first
 * mention, with every mention as evidence and the version the text names (`3.0`, or `upgrade`
 * for an upgrade protocol given without a number).
 */
export function extractAgreements(view: TextView): AgreementFact[] {
  const hits = findAgreementMentions(view);
  const facts = new Map<string, AgreementFact>();
  for (const hit of hits) {
    let fact = facts.get(hit.code);
    if (!fact) {
      fact = { code: hit.code, version: null, evidence: [] };
      facts.set(hit.code, fact);
    }
    fact.evidence.push(evidenceAt(view, hit.start, hit.end));
    const version = versionAt(view, hit);
    if (version && (fact.version === null || fact.version === "upgrade")) fact.version = version;
  }
  return [...facts.values()];
}

const mentionCache = new WeakMap<TextView, readonly AgreementMention[]>();

/**
 * Every place a catalog agreement is named, in text order (by start, then end). Cached per
 * view, so that figures can ask which agreement a sentence is about without a second scan.
 */
export function findAgreementMentions(view: TextView): readonly AgreementMention[] {
  let hits = mentionCache.get(view);
  if (!hits) {
    hits = findHits(view).sort((a, b) => a.start - b.start);
    mentionCache.set(view, hits);
  }
  return hits;
}

function findHits(view: TextView): AgreementMention[] {
  const hits: AgreementMention[] = [];
  for (const m of execAll(NAME_RE, separatorView(view))) {
    const code = NAME_TO_CODE.get(spellingKey(m[0]));
    if (code) hits.push({ code, start: m.index, end: m.index + m[0].length });
  }
  for (const m of execAll(ACRONYM_RE, view.text)) {
    const code = ACRONYM_TO_CODE.get(m[0]);
    if (code) hits.push({ code, start: m.index, end: m.index + m[0].length });
  }
  // A description counts only where no name or acronym already covers it, unless it reads on past
  // the name (`the ASEAN Free Trade Agreement with China` is ACFTA, not AFTA).
  for (const d of findDescribedAgreements(view)) {
    const overlapping = hits.filter((h) => h.start < d.end && h.end > d.start);
    if (overlapping.every((h) => h.end < d.end)) {
      for (const h of overlapping) hits.splice(hits.indexOf(h), 1);
      // The evidence is the whole reading, the name included.
      hits.push({ ...d, start: Math.min(d.start, ...overlapping.map((h) => h.start)) });
    }
  }
  return hits;
}

/** A numbered version right after the mention, else `upgrade` when the text names the upgrade. */
function versionAt(view: TextView, hit: AgreementMention): string | null {
  const after = view.fold.slice(hit.end, hit.end + 30);
  const numbered = NUMBERED_VERSION.exec(after);
  if (numbered?.[1]) return numbered[1];
  const before = view.fold.slice(Math.max(0, hit.start - 30), hit.start);
  if (UPGRADE_BEFORE_RE.test(before) || UPGRADE_AFTER_RE.test(after)) return "upgrade";
  return null;
}
