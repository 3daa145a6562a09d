/**
 * Meetings of officials that serve an agreement: sessions of its joint committee (`Phiên họp lần
 * thứ 10 của Ủy ban hỗn hợp … AITIGA`, `the 10th AITIGA Joint Committee meeting`, `AITIGA JC
 * 10`), rounds of its negotiations (`the next round of negotiations`), and later sessions named
 * without their body (`Các bên nhất trí tổ chức Phiên họp lần thứ 11`). Each is an ASEAN+1
 * senior officials' meeting with the one partner of the agreement; a body named without a
 * session (`the work of the RCEP Joint Committee`) is no meeting.
 */
import { type AgreementMention, agreementSides, findAgreementMentions } from "./agreements.ts";
import {
  AGREEMENT_BODIES,
  BARE_SESSIONS_EN,
  BARE_SESSIONS_VI,
  BODY_ACRONYMS,
  NEGOTIATION_ROUNDS,
  SESSION_HEADS_VI,
  SESSION_NOUNS_EN,
} from "./data/meetings.ts";
import { EN_ORDINALS, VI_ORDINALS } from "./data/ordinals.ts";
import { alternation, FOLD_END, FOLD_START, wordAlternation } from "./fold-pattern.ts";
import { execAll } from "./lexicon-regex.ts";
import type { MeetingMention } from "./meeting-mentions.ts";
import { widenName } from "./meeting-names.ts";
import type { Span } from "./sentences.ts";
import type { TextView } from "./text-view.ts";

const VI_NUMBER = `(?:lan\\s+)?thu\\s+(\\d{1,3}|${wordAlternation(Object.keys(VI_ORDINALS))})(?![\\p{L}\\p{N}])`;
const EN_NUMBER = `(?:(\\d{1,3})(?:st|nd|rd|th)|(${wordAlternation(Object.keys(EN_ORDINALS))}))`;

const BODY = new RegExp(`${FOLD_START}(?:${alternation(AGREEMENT_BODIES)})${FOLD_END}`, "gu");
// `Phiên họp lần thứ 10 của ` before a Vietnamese body; `meeting of the ` before an English one.
const VI_SESSION_BEFORE = new RegExp(
  `${FOLD_START}(?:${alternation(SESSION_HEADS_VI)})(?:\\s+${VI_NUMBER})?\\s+(?:cua\\s+)?$`,
  "u",
);
const EN_SESSION_BEFORE = new RegExp(
  `${FOLD_START}(?:${alternation(SESSION_NOUNS_EN)})\\s+of\\s+the\\s+$`,
  "u",
);
// `Joint Committee meeting`, `Joint Committee (JC) session` after an English body.
const EN_SESSION_AFTER = new RegExp(
  `^(?:\\s*\\([a-z]{2,5}\\))?\\s+(?:${alternation(SESSION_NOUNS_EN)})${FOLD_END}`,
  "u",
);
const BODY_NUMBER = new RegExp(
  `\\s+(?:${BODY_ACRONYMS.join("|")})\\s*[-–]?\\s*(\\d{1,3})(?![\\p{L}\\p{N}])`,
  "uy",
);
const ROUND = new RegExp(
  `${FOLD_START}(?:${alternation(NEGOTIATION_ROUNDS)})(?:\\s+${VI_NUMBER})?${FOLD_END}`,
  "gu",
);
const BARE = new RegExp(
  [
    `${FOLD_START}(?:${alternation(BARE_SESSIONS_VI)})\\s+${VI_NUMBER}`,
    `${FOLD_START}${EN_NUMBER}\\s+(?:${alternation(BARE_SESSIONS_EN)})${FOLD_END}(?!\\s+of\\s)`,
  ].join("|"),
  "gu",
);
const ONLY_SPACE = /^\s+$/;

/** A mention of an ASEAN+1 officials' meeting with `partner`. */
function sessionMention(start: number, end: number, partner: string, number: number | null): MeetingMention {
  return {
    start,
    end,
    series: "ASEAN_PLUS_ONE",
    partner,
    level: "senior_officials",
    number,
    otherId: null,
    online: false,
    frame: false,
    umbrella: false,
    tailEnd: end,
    byAcronym: false,
    needsAnchor: false,
    listed: false,
  };
}

/** The one partner of an ASEAN+1 agreement (`AITIGA` → `IN`), else null. */
function partnerOf(code: string): string | null {
  const { asean, others } = agreementSides(code);
  return asean && others.length === 1 ? (others[0] as string) : null;
}

/**
 * The agreement a body or round in `s` serves: one printed right before it (`AITIGA Joint
 * Committee`), else the first after it in the sentence (`Ủy ban hỗn hợp đàm phán rà soát Hiệp
 * định … ASEAN - Ấn Độ`), else the nearest before it there.
 */
function servedAgreement(view: TextView, s: Span, start: number, end: number): AgreementMention | null {
  const inSentence = findAgreementMentions(view).filter((a) => a.start >= s.start && a.end <= s.end);
  const before = inSentence.filter((a) => a.end <= start);
  const adjacent = before.at(-1);
  if (adjacent && ONLY_SPACE.test(view.fold.slice(adjacent.end, start))) return adjacent;
  return inSentence.find((a) => a.start >= end) ?? adjacent ?? null;
}

function bodySessions(view: TextView): MeetingMention[] {
  const out: MeetingMention[] = [];
  // A body serves an agreement the text names: with none named, no scan.
  if (findAgreementMentions(view).length === 0) return out;
  for (const m of execAll(BODY, view.fold)) {
    const s = view.sentences.at(m.index);
    const bodyEnd = m.index + m[0].length;
    const agreement = servedAgreement(view, s, m.index, bodyEnd);
    const partner = agreement ? partnerOf(agreement.code) : null;
    if (!agreement || !partner) continue;
    const printedBefore = agreement.end <= m.index;
    let start = printedBefore ? agreement.start : m.index;
    const lead = view.fold.slice(Math.max(s.start, start - 48), start);
    const vi = VI_SESSION_BEFORE.exec(lead);
    const en = EN_SESSION_BEFORE.exec(lead);
    const after = EN_SESSION_AFTER.exec(view.fold.slice(bodyEnd, bodyEnd + 16));
    if (!vi && !en && !after) continue;
    start -= (vi ?? en)?.[0].length ?? 0;
    const end = after ? bodyEnd + after[0].length : bodyEnd;
    const span = widenName(view, start, end);
    out.push(sessionMention(span.start, span.end, partner, span.numbers[0] ?? null));
  }
  return out;
}

/** `AITIGA JC 10`: an agreement's acronym, a body acronym and the session number. */
function acronymSessions(view: TextView): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const a of findAgreementMentions(view)) {
    BODY_NUMBER.lastIndex = a.end;
    const m = BODY_NUMBER.exec(view.text);
    const partner = m ? partnerOf(a.code) : null;
    if (m && partner) out.push(sessionMention(a.start, BODY_NUMBER.lastIndex, partner, Number(m[1])));
  }
  return out;
}

const LEADING_DIGIT = /^\d/;
const WHITESPACE_RUN = /\s+/g;

/** `11`, `muoi mot`, `eleventh` → 11; null for none. */
const numberOf = (written: string | undefined): number | null => {
  if (written === undefined) return null;
  if (LEADING_DIGIT.test(written)) return Number(written);
  const word = written.replace(WHITESPACE_RUN, " ");
  return VI_ORDINALS[word] ?? EN_ORDINALS[word] ?? null;
};

/**
 * Rounds of negotiations, with the partner of the agreement their sentence names, else of the
 * one ASEAN+1 agreement the text names.
 */
function negotiationRounds(view: TextView): MeetingMention[] {
  const out: MeetingMention[] = [];
  // A round's partner comes from an agreement the text names: with none named, no scan.
  if (findAgreementMentions(view).length === 0) return out;
  let textPartner: string | null | undefined;
  for (const m of execAll(ROUND, view.fold)) {
    const s = view.sentences.at(m.index);
    const served = servedAgreement(view, s, m.index, m.index + m[0].length);
    if (!served) {
      const partners = new Set(findAgreementMentions(view).map((a) => partnerOf(a.code)));
      partners.delete(null);
      textPartner ??= partners.size === 1 ? [...partners][0] : null;
    }
    const partner = served ? partnerOf(served.code) : textPartner;
    if (!partner) continue;
    const span = widenName(view, m.index, m.index + m[0].length);
    out.push(sessionMention(span.start, span.end, partner, numberOf(m[1]) ?? span.numbers[0] ?? null));
  }
  return out;
}

/** Numbered sessions named without their body: the next sessions of the body named before. */
function bareSessions(view: TextView, named: readonly MeetingMention[]): MeetingMention[] {
  const out: MeetingMention[] = [];
  if (named.length === 0) return out;
  for (const m of execAll(BARE, view.fold)) {
    const end = m.index + m[0].length;
    if (named.some((n) => n.start < end && m.index < n.end)) continue;
    const previous = named.filter((n) => n.end <= m.index).at(-1);
    const number = numberOf(m[1] ?? m[2] ?? m[3]);
    if (previous?.partner && number !== null)
      out.push(sessionMention(m.index, end, previous.partner, number));
  }
  return out;
}

/**
 * Sessions of agreement bodies and negotiating rounds in the text, in no particular order;
 * `taken` are mentions found by name, which these never overlap.
 */
export function findSessionMentions(view: TextView, taken: readonly MeetingMention[]): MeetingMention[] {
  const free = (m: MeetingMention) => !taken.some((t) => t.start < m.end && m.start < t.end);
  const named = [...bodySessions(view), ...acronymSessions(view), ...negotiationRounds(view)]
    .filter(free)
    .sort((a, b) => a.start - b.start);
  return [...named, ...bareSessions(view, named).filter(free)];
}
