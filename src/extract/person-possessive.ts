/**
 * People named with their country in a list, with no title (`Malaysia's Khaled Nordin`, `Anifah
 * Aman from Malaysia`): `Among the defence ministers were
 * Malaysia's Khaled Nordin, Singapore's Chan Chun Sing and Thailand's …`. A country's possessive
 * followed by a full name that ends the list item is a person of that country, when the sentence
 * lists at least two such people (one alone is as often `Vietnam's Foreign Ministry`).
 */
import { findCountryMentions } from "./countries.ts";
import { NOT_PERSON_AFTER_POSSESSIVE } from "./data/roles.ts";
import { parseNameRun } from "./person-names.ts";
import type { TitledName } from "./person-titles.ts";
import type { TextView } from "./text-view.ts";

const POSSESSIVE = /^['’]s? /;
// A rank or form of address between the possessive and the name (`Thailand's Gen Natthaphon …`).
const RANK =
  /^(?:(?:Senior|Lieutenant|Lt\.?|Major|Maj\.?)\s+)?(?:General|Gen\.?|Admiral|Adm\.?)\s+|^(?:Air Chief Marshal|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+/;
// The name ends its list item: a comma, semicolon, full stop, bracket or `and` follows.
const ITEM_END = /^(?:\s*[,;.)(]|\s+and\s|\s*$)/;
const NOT_A_NAME = new Set<string>(NOT_PERSON_AFTER_POSSESSIVE);
const TRAILING_DOT_OR_COMMA = /[.,]$/;
const FROM_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){1,3}) from (?:the )?$/u;

/** The people named `Country's Name` in lists, as title-less names carrying their country. */
export function findPossessiveNames(view: TextView): TitledName[] {
  const found: TitledName[] = [];
  for (const c of findCountryMentions(view)) {
    const possessive = POSSESSIVE.exec(view.text.slice(c.end, c.end + 3));
    if (c.territory || !possessive) continue;
    const after = c.end + possessive[0].length;
    const rank = RANK.exec(view.text.slice(after, after + 40));
    const run = parseNameRun(view.text, after + (rank?.[0].length ?? 0));
    if (!run || run.tokens.length < 2 || run.tokens.length > 4) continue;
    if (run.tokens.some((t) => NOT_A_NAME.has(t.replace(TRAILING_DOT_OR_COMMA, "")))) continue;
    if (!ITEM_END.test(view.text.slice(run.end, run.end + 6))) continue;
    found.push({ ...run, titles: [], country: c.code, international: false });
  }
  // `… Anifah Aman from Malaysia, Kyaw Tin from Myanmar …`: the name before `from` and the country.
  for (const c of findCountryMentions(view)) {
    const before = FROM_BEFORE.exec(view.text.slice(Math.max(0, c.start - 60), c.start));
    if (c.territory || !before?.[1]) continue;
    const start = c.start - before[0].length;
    const run = parseNameRun(view.text, start);
    if (!run || run.end !== start + before[1].length || run.tokens.length < 2 || run.tokens.length > 4)
      continue;
    if (run.tokens.some((t) => NOT_A_NAME.has(t))) continue;
    found.push({ ...run, titles: [], country: c.code, international: false });
  }
  const perSentence = new Map<number, number>();
  for (const f of found) {
    const s = view.sentences.at(f.start).start;
    perSentence.set(s, (perSentence.get(s) ?? 0) + 1);
  }
  return found.filter((f) => (perSentence.get(view.sentences.at(f.start).start) ?? 0) >= 2);
}
