/**
 * Reads the partners a meeting is held with: one name after `ASEAN-` (`ASEAN-Nhật Bản`,
 * `ASEAN+Nga`) or a list after `với` / `with` (`với các đối tác Nhật Bản, Nga, Hàn Quốc, Hoa Kỳ`,
 * `với 3 đối tác ngoại khối ở khu vực Đông Á: Trung Quốc, Nhật Bản, Hàn Quốc`). Names are
 * recognised by the country gazetteer (countries.ts) with its case and person-name checks.
 */
import { countryAtSpan, countryNamePattern } from "./countries.ts";
import { COUNTRIES } from "./data/countries.ts";
import {
  COUNT_WORDS,
  PARTNER_NOUNS,
  PARTNER_PRINTED_ACRONYMS,
  PLUS_THREE_GROUP_CUES,
} from "./data/meetings.ts";
import { alternation, wordAlternation } from "./fold-pattern.ts";
import type { TextView } from "./text-view.ts";
import type { MeetingSeries } from "./types.ts";

export interface PartnerHit {
  code: string;
  start: number;
  end: number;
}

export interface PartnerList {
  partners: PartnerHit[];
  /** The number the text gives the group (`3 đối tác`), else null. */
  count: number | null;
  /** The text names the group as a region (`khu vực Đông Á`). */
  groupCue: boolean;
  end: number;
}

const COUNTRY_AT = new RegExp(countryNamePattern(), "uy");
const COUNT = `(\\d{1,2}|${wordAlternation(Object.keys(COUNT_WORDS))})`;
// `các đối tác đối thoại chủ chốt gồm …`, `3 đối tác ngoại khối ở khu vực Đông Á: …`
// `ASEAN's seven Dialogue Partners, which include …`, `the grouping's key partners, including …`,
// `the region's partner countries, among them …`, `các đối tác ngoài khối, trong đó có …`.
const GROUP_OWNER = "(?:(?:the\\s+)?(?:asean|grouping|bloc|region)['’]s?\\s+)?(?:(?:key|main|major)\\s+)?";
const GROUP_FILLER = new RegExp(
  `${GROUP_OWNER}(?:${COUNT}\\s+)?(?:(?:cac|nhung)\\s+)?(?:doi tac|nuoc|ben|(?:dialogue\\s+)?partners|(?:partner\\s+)?countries)([^.;:\\n]{0,60}?)(?::|,?\\s(?:gom|bao gom|la|including|namely|which\\s+includes?|such\\s+as|among\\s+them|trong\\s+do(?:\\s+co)?)(?![\\p{L}]))\\s*`,
  "uy",
);
// `với các đối tác (Trung Quốc, Ấn Độ, …)`: the list may stand in brackets after the noun.
const NOUN_FILLER = new RegExp(
  `(?:${alternation(PARTNER_NOUNS)})(?:\\s*\\((?=[^()\\n]{2,200}\\))|\\s+)`,
  "uy",
);
const SEPARATOR = /\s*,\s*(?:(?:va|and)\s+)?|\s+(?:va|and|cung|&)\s+|\s*&\s*/uy;
const PAREN = /\s*\([^()\n]{1,24}\)/uy;
const THE = /the\s+/uy;
// `the United Nations` as `the UN`: the article before the organisation's name is part of it.
const ORGANISATION = /(?:lien\s+h(?:o|ie)p\s+quoc|(?:the\s+)?united\s+nations|the\s+un|un)(?![\p{L}\p{N}])/uy;
const PRINTED_ACRONYM = new RegExp(
  `(?:${Object.keys(PARTNER_PRINTED_ACRONYMS).join("|")})(?![\\p{L}\\p{N}])`,
  "uy",
);
const GROUP_CUES = new RegExp(alternation(PLUS_THREE_GROUP_CUES), "u");

const ASEAN_MEMBERS = new Set(COUNTRIES.filter((c) => c.aseanMember).map((c) => c.code));

/** True for the ten (eleven with Timor-Leste) members: never an ASEAN dialogue partner. */
export function isAseanMember(code: string): boolean {
  return ASEAN_MEMBERS.has(code);
}

const DIALOGUE_PARTNERS = new Set(COUNTRIES.filter((c) => c.dialoguePartner).map((c) => c.code));

/** True for ASEAN's dialogue partners (and the EU): the partner of an ASEAN+1 meeting. */
export function isDialoguePartner(code: string): boolean {
  return DIALOGUE_PARTNERS.has(code);
}

/**
 * ASEAN's meeting with one partner. With a country, territory or organisation that is no dialogue
 * partner (`tham vấn với … Hong Kong (Trung Quốc)`, the United Nations among summit partners) it is
 * no ASEAN+1 meeting: OTHER, under its own id (`ASEAN_HK`, `ASEAN_UN`).
 */
export function pairIdentity(
  series: MeetingSeries,
  partner: string,
): { series: MeetingSeries; partner: string | null; otherId: string | null } {
  return series === "ASEAN_PLUS_ONE" && !isDialoguePartner(partner)
    ? { series: "OTHER", partner: null, otherId: `ASEAN_${partner}` }
    : { series, partner, otherId: null };
}

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The dialogue partner (a non-ASEAN country or the EU) named exactly at `pos`, or null. */
export function partnerAt(view: TextView, pos: number): PartnerHit | null {
  const the = sticky(THE, view.fold, pos);
  const at = pos + (the ? the[0].length : 0);
  const printed = sticky(PRINTED_ACRONYM, view.canon, at);
  const code = printed ? PARTNER_PRINTED_ACRONYMS[printed[0]] : undefined;
  if (printed && code) return { code, start: at, end: at + printed[0].length };
  const m = sticky(COUNTRY_AT, view.fold, at);
  if (!m) return null;
  const end = at + m[0].length;
  const country = countryAtSpan(view, at, end);
  if (!country || ASEAN_MEMBERS.has(country)) return null;
  return { code: country, start: at, end };
}

/** The code an organisation listed among partners stands for (`Liên Hợp Quốc` → `UN`). */
const ORGANISATION_CODE = "UN";

function readNames(
  view: TextView,
  pos: number,
  organisations = false,
): { partners: PartnerHit[]; end: number } {
  const partners: PartnerHit[] = [];
  let at = pos;
  let end = pos;
  for (;;) {
    const hit = partnerAt(view, at);
    if (!hit) break;
    partners.push(hit);
    end = hit.end;
    const paren = sticky(PAREN, view.fold, end);
    if (paren) end += paren[0].length;
    let sep = sticky(SEPARATOR, view.fold, end);
    // `…, Hoa Kỳ, Liên Hợp Quốc, Australia`: an organisation among the partners does not end the list.
    const organisation = sep ? sticky(ORGANISATION, view.fold, end + sep[0].length) : null;
    if (sep && organisation) {
      const after = end + sep[0].length + organisation[0].length;
      // Kept when asked for: `các hội nghị cấp cao ASEAN với … Hoa Kỳ, Liên Hợp Quốc` holds an ASEAN–UN summit.
      if (organisations) partners.push({ code: ORGANISATION_CODE, start: end + sep[0].length, end: after });
      sep = sticky(SEPARATOR, view.fold, after);
      end = sep ? after : end;
    }
    if (!sep) break;
    at = end + sep[0].length;
  }
  return { partners, end };
}

/**
 * The partners listed from `pos` (just after `với` / `with`), skipping a leading noun phrase
 * (`các đối tác`, `đại diện thương mại`, `3 đối tác … :`). Null when no partner is named there.
 */
export function readPartnerList(view: TextView, pos: number, organisations = false): PartnerList | null {
  const group = sticky(GROUP_FILLER, view.fold, pos);
  if (group) {
    const names = readNames(view, pos + group[0].length, organisations);
    if (names.partners.length > 0) {
      const word = group[1];
      const count = word === undefined ? null : (COUNT_WORDS[word] ?? Number(word));
      return { partners: names.partners, end: names.end, count, groupCue: GROUP_CUES.test(group[2] ?? "") };
    }
  }
  const noun = sticky(NOUN_FILLER, view.fold, pos);
  const names = readNames(view, pos + (noun ? noun[0].length : 0), organisations);
  return names.partners.length > 0
    ? { partners: names.partners, end: names.end, count: null, groupCue: false }
    : null;
}
