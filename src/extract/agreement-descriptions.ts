/**
 * Free-trade agreements referred to by description instead of name: "a free trade agreement
 * with Australia and New Zealand" (AANZFTA), "FTA giữa ASEAN và Hồng Kông" (AHKFTA),
 * "hiệp định thương mại tự do với EU" said of Viet Nam (EVFTA). The parties listed right after
 * the head must be exactly one catalog FTA's parties; when an ASEAN and a Vietnamese agreement
 * share the partner, the text must say which (ASEAN or Viet Nam named there), else nothing.
 */
import { type CountryMention, findCountryMentions } from "./countries.ts";
import { AGREEMENTS } from "./data/agreements.ts";
import type { TextView } from "./text-view.ts";

/** A description's span and the code it stands for. */
export interface DescribedAgreement {
  code: string;
  start: number;
  end: number;
}

const FTAS = AGREEMENTS.filter((a) => a.kind === "FTA").map((a) => ({
  code: a.code,
  asean: a.parties.includes("ASEAN"),
  others: new Set(a.parties.filter((p) => p !== "ASEAN")),
}));

// Where a description can start (folded): each head word is found with indexOf, which is
// native and fast, and the head is then read with a sticky regex from there.
const HEAD_WORDS = ["free trade", "free-trade", "fta", "thuong mai tu do", "mau dich tu do"] as const;
const HEAD =
  /(?:free[ -]trade (?:agreement|area|deal|pact)s?|ftas?|(?:thuong mai|mau dich) tu do)(?: \(ftas?\))? (?:(?:signed|concluded|ky|ky ket) )?(?:with|between|among|involving|voi|giua) /y;
const VI_OPENING = /(?:hiep dinh|khu vuc) $/;
// What may stand between the parties: `,`, `and`, `và`, dashes, `the`, and ASEAN itself.
const FILLER = /^(?:[\s,&\-–—]|and(?![a-z])|va(?![a-z])|the(?![a-z])|asean(?![a-z])|cac nuoc(?![a-z]))+/;
const LETTER_OR_DIGIT = /[a-z0-9]/;
/** `ASEAN` or `ASEAN's` just before the head: an ASEAN agreement. */
const ASEAN_BEFORE = /asean(?:'s|’s)?\s*$/;

/** Every descriptive reference to a catalog FTA, in text order. */
export function findDescribedAgreements(view: TextView): DescribedAgreement[] {
  const out: DescribedAgreement[] = [];
  const fold = view.fold;
  for (const word of HEAD_WORDS) {
    for (let at = fold.indexOf(word); at >= 0; at = fold.indexOf(word, at + 1)) {
      if (LETTER_OR_DIGIT.test(fold[at - 1] ?? "")) continue;
      HEAD.lastIndex = at;
      const head = HEAD.exec(fold);
      if (!head) {
        HEAD_ALONE.lastIndex = at;
        const alone = HEAD_ALONE.exec(fold);
        const code = alone ? subjectPair(view, findCountryMentions(view), at) : null;
        if (alone && code) out.push({ code, start: at, end: at + alone[0].length });
        continue;
      }
      const { parties, asean, end } = partiesAfter(view, findCountryMentions(view), at + head[0].length);
      const opening = VI_OPENING.exec(fold.slice(Math.max(0, at - 10), at));
      const start = at - (opening?.[0].length ?? 0);
      const before = fold.slice(Math.max(0, start - 12), start);
      const code = resolve(parties, asean || ASEAN_BEFORE.test(before));
      if (code) out.push({ code, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// `China and ASEAN have built the biggest free-trade zone`, `ASEAN and China should speed up
// their negotiations on the Free Trade Area (FTA)`: the pair as the subject, before the head.
const HEAD_ALONE = /(?:free[ -]trade (?:agreement|area|zone|deal|pact))(?![a-z])/y;
const AND_ASEAN = /^ and (?:the )?asean(?![a-z])/;
const ASEAN_AND = /asean and (?:the )?$/;

/** `China and ASEAN … free-trade zone`: the partner of the pair opening the head's sentence. */
function subjectPair(view: TextView, mentions: CountryMention[], head: number): string | null {
  const s = view.sentences.at(head);
  const from = Math.max(s.start, head - 120);
  const pairs = mentions.filter((c) => c.start >= from && c.end <= head && !c.territory);
  for (const c of pairs) {
    const andAsean = AND_ASEAN.test(view.fold.slice(c.end, c.end + 12));
    const aseanAnd = ASEAN_AND.test(view.fold.slice(Math.max(s.start, c.start - 16), c.start));
    if (!andAsean && !aseanAnd) continue;
    const code = resolve(new Set([c.code]), true);
    if (code) return code;
  }
  return null;
}

/** The run of country names (and `ASEAN`) right after the head, joined by fillers. */
function partiesAfter(view: TextView, mentions: CountryMention[], from: number) {
  const parties = new Set<string>();
  let asean = false;
  let at = from;
  let end = from;
  for (;;) {
    const filler = FILLER.exec(view.fold.slice(at, at + 40));
    if (filler) {
      if (filler[0].includes("asean")) {
        asean = true;
        end = at + filler[0].trimEnd().length;
      }
      at += filler[0].length;
    }
    const country = mentions.find((c) => c.start === at);
    if (!country) break;
    parties.add(country.code);
    at = end = country.end;
  }
  return { parties, asean, end };
}

/**
 * ASEAN named: the ASEAN FTA with exactly these partners. Viet Nam named: Viet Nam's FTA with
 * the others. Neither: the ASEAN FTA with these partners, unless Viet Nam has one with them too.
 */
function resolve(parties: ReadonlySet<string>, aseanNamed: boolean): string | null {
  const others = new Set([...parties].filter((p) => p !== "VN"));
  if (others.size === 0) return null;
  const asean = FTAS.filter((f) => f.asean && sameSet(others, f.others));
  const vietnam = FTAS.filter((f) => !f.asean && sameSet(new Set([...others, "VN"]), f.others));
  const chosen = aseanNamed ? asean : parties.has("VN") ? vietnam : vietnam.length > 0 ? [] : asean;
  return chosen.length === 1 ? (chosen[0]?.code ?? null) : null;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
