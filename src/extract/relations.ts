/**
 * Relations an article states between the entities it names, each with the words that state it:
 * who took part in which meeting and how (attended, led a delegation to, chaired, co-chaired,
 * spoke at), and what happened to an agreement (signed, concluded, upgraded, negotiated,
 * reviewed, discussed), done or planned, and at which meeting.
 *
 * Read per sentence from the spans the other extractors found (meeting, person and agreement
 * evidence) and a small lexicon of cue verbs (data/relations.ts):
 * - a person followed by a participation cue takes the meetings named right after it
 *   (`Bùi Thanh Sơn dẫn đầu Đoàn Việt Nam tham dự các Hội nghị …`, `Rubio attended the …`), the
 *   whole coordinated list of them;
 * - a sentence opening on a meeting (`Tại Hội nghị ASEAN-Mỹ, Bộ trưởng … Rubio khẳng định`,
 *   `Speaking at the 58th AMM, …`) makes its first person a participant: a speaker when the
 *   sentence says they spoke, else an attendee;
 * - a meeting `chaired by` a person, or held `do … chủ trì`;
 * - `the meeting` / `Hội nghị` without a name refers to the meetings the nearest sentence before
 *   it names.
 * An agreement action is the cue verb nearest before the agreement's name in its clause (the
 * leftmost of a chain: `concluded negotiations on the upgrade of ACFTA` is concluded), or a
 * passive one right after it; planned when a future or aim word precedes the verb; at the
 * meeting the sentence names with `at`/`tại`, or opens on, or has as its subject.
 * Pure: text view and facts in, relations out.
 */
import {
  AGREEMENT_CUES,
  BARE_MEETING,
  type CueEntry,
  type CueView,
  PARTICIPATION_CUES,
  PASSIVE_CUES,
  PLACED_AT,
  PLANNED_MARKER,
  PRESENT_AT,
  RELATIVE_LEAD,
  SPEECH_VERB,
} from "./data/relations.ts";
import { VIETNAMESE_LETTERS } from "./data/vietnamese-names.ts";
import { lowerCanon } from "./fold-pattern.ts";
import { execAll } from "./lexicon-regex.ts";
import { foldText } from "./normalize.ts";
import { paragraphAt } from "./paragraphs.ts";
import { withoutSuffix } from "./person-names.ts";
import { startingWithin } from "./sorted.ts";
import { evidenceAt, type TextView } from "./text-view.ts";
import type {
  AgreementAction,
  AgreementActionFact,
  AgreementFact,
  CountryFact,
  FigureFact,
  MeetingFact,
  ParticipantAction,
  ParticipationFact,
  PersonFact,
} from "./types.ts";

interface Span {
  start: number;
  end: number;
}
interface MeetingSpan extends Span {
  key: string;
}
interface PersonSpan extends Span {
  name: string;
  role: string | null;
}
interface AgreementSpan extends Span {
  code: string;
}
interface Cue<A> extends Span {
  action: A;
}

/** Most specific first: one relation per (person, meeting) keeps the earliest of these. */
const PARTICIPANT_RANK: ParticipantAction[] = [
  "chaired",
  "co_chaired",
  "led_delegation",
  "spoke",
  "attended",
];

/** What joins a part of a meeting to the meeting (`… của Hội nghị`, `… of the Summit`), folded. */
const OF_MEETING = /^[^.;,]{0,40}?(?:cua|of|tai|at)\s+(?:the\s+|cac\s+)?$/;

/** A meeting by its edition right after a verb (folded): `Cấp cao … lần thứ 11`, `the 11th … Summit`. */
const NUMBERED_MEETING =
  /^\s*(?:cac |the |a )?(?=[^.;]{0,70}?(?:hoi nghi|cap cao|doi thoai|dien dan|cuoc hop|summit|meeting|dialogue|forum))[^.;]{0,70}?(?:lan thu (\d{1,3})(?![\d/])|(\d{1,3})(?:st|nd|rd|th)(?![a-z]))/;

/** What may stand between two agreements of one list (`AJCEP, Hiệp định … (AKFTA)`). */
const AGREEMENT_LIST = /^[^.;]{0,80}$/u;
/** `đàm phán nâng cấp`, `signing of the upgrade protocol of`: the upgrade is the other verb's object. */
const UPGRADE_OBJECT_GAP = 30;
/** `talks on` before an upgrade (folded): the upgrade is what the talks negotiate. */
const TALKS_ON = /^talks on$/;
/** Between `talks on` and the upgrade: nothing but `the` (`talks on trade and agreed to upgrade` is none). */
const NOTHING_OR_THE = /^\s*(?:the\s+)?$/;
/** Longest gap between a concluding verb and the talks it concludes (`concluded the talks on`). */
const TALKS_GAP = 6;

/** The start of a sentence before its subject (folded): a bullet, then a day (`Sáng 27/8,`, `On 12/5,`). */
const DAY_OPENING =
  "^[\\s*•\\-–]*(?:(?:sang|chieu|toi|trua|ngay|hom|on)?\\s*(?:nay\\s+)?[\\d/]+[^,]{0,20},\\s*)?";

/**
 * What may open a sentence before the meeting that is its subject or its place (folded): a
 * bullet, a day (`Sáng 27/8,`, `On 12/5,`), a preposition (`Tại`, `At the`).
 */
const SENTENCE_OPENING = new RegExp(
  `${DAY_OPENING}(?:tai|at|during|trong|ben le|on the sidelines of|within|in)?\\s*(?:cac\\s+|the\\s+|this\\s+|cuoc\\s+)?$`,
);

/** The start of a sentence before a meeting that opens it: a date, a bullet, a preposition (folded). */
const OPENING = new RegExp(`${DAY_OPENING}[a-z ]{0,40}$`);
/**
 * A sentence opening on the meeting or its participants noting something (folded): group 1 is
 * set for the participants (the meeting is the one named last), else the meeting is named there.
 */
const NOTING =
  /^[\s*•\-–]*(?:(?:(cac bo truong|cac nha lanh dao|cac lanh dao|lanh dao cac nuoc|cac ben|the ministers|ministers|the leaders|leaders)|[^.;]{0,80}?(?:hoi nghi|the meeting|the summit|meeting|summit))[^.;]{0,40}?(?:ghi nhan|hoan nghenh|danh gia cao|thong bao|nhan manh|noted|welcomed|acknowledged|announced|highlighted|reported|recognised|recognized|were pleased|appreciated))/;

/** `together with`, `cùng với` after a verb's object: the person after it shares the part (folded). */
const ALONG_WITH = /^[^.;]{0,30}?(?:together with|along with|alongside|cung voi)\s+/;
/** A vice-chair cue (folded): group 1 set for `served as` / `serving as`, `giữ vai trò`. */
const VICE_CHAIR = /(served as |serving as |giu vai tro )?(?:the )?(?:vice[- ]?chair|pho chu tich)/;
/** After a co-chaired meeting, `with` before the other co-chair (folded). */
const CO_CHAIR_WITH = /^(?:\s+\([^()]{1,24}\))?\s+with\s+/;
/** Between that `with` and the co-chair: capitalised words and a few title words only. */
const CO_CHAIR_TITLES =
  /^(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|foreign|deputy|prime|permanent|senior|chief|minister|secretary|president|counterpart|his|her|their)\s+)*$/u;
/** A participation verb ending its clause (folded): `… will attend.`, `… attended virtually,`, `… attended as an observer.`. */
const CLAUSE_END =
  /^(?:\s+(?:virtually|online|in person|as well|too|also|as (?:an? )?(?:observers?|guests?|special guests?)))?\s*(?:[.,;]|$)/;
/** Before a verb opening its sentence (folded): a bullet, a day, `Tới`, `Also` (`Also joining the summit will be X`). */
const VERB_FIRST = new RegExp(`${DAY_OPENING}(?:toi\\s+|also\\s+)?$`);
/** What joins a sentence-opening verb to its people (folded): `… là`, `… có`, `… gồm`, `… were`, `… will be`. */
const COPULA = /(?:^|\s)(?:la|co|gom|gom co|were|was|are|is|will be|included)\s+/;

/** Largest gap between a person's name and the participation verb it is the subject of. */
const SUBJECT_GAP = 48;
/** A meeting's words ending on `with` a partner (`summit with Japanese`, `gặp với Nhật Bản`), folded. */
const HELD_WITH = /(?<![a-z])(?:with|voi)\s+\S+(?:\s+\S+){0,2}$/;
/**
 * Titles between a partner's name and its person: words only, no clause break, no word opening a
 * clause of its own (`a summit with China that former President Barack Obama had criticized`).
 */
const TITLES_ONLY =
  /^(?![\s\S]*(?<![\p{L}])(?:that|which|who|whom|whose|as|while|and|or|but|former|late|mà|khi|và|cựu)(?![\p{L}]))[\s\p{L}.'’-]*$/iu;
const TITLE_GAP = 48;
/** Between an agreement's name and its passive verb: the auxiliaries only (`hiện đang được`, `was`). */
const PASSIVE_AUX =
  /^(?:\s*\([^()]{1,24}\))?\s+(?:(?:(?:hiện|đang|đã|sẽ|vừa|mới|chính thức|cũng|chưa|đều)\s+)*(?:được|bị)|(?:(?:was|were|is|are|has|have|had|will|would|be|been|being|officially|formally|also|now|finally|already|not)\s+)*(?:was|were|is|are|been|be|being))\s+$/iu;
/** After which the people named were not there (folded): `instead of X`, `thay cho X`. */
const INSTEAD_OF = /(?:^|[^a-z])(?:instead of|rather than|in place of|thay cho|thay vi)\s/;
/** Bullet marks before a roster line's country. */
const ROSTER_LEAD = /^[\s*•·\-–—]*/u;
/** Between one verb's meetings and the next verb, words joining the verbs (folded). */
const COORDINATED_VERB =
  /^\s*(?:\([^()]{1,24}\)\s*)?,?\s*(?:(?:and|va)\s+)?(?:dong thoi|cung|also|then|sau do)?\s*(?:(?:and|va)\s+)?$/;
/** Words ending a list of members: a clause of its own begins (folded). */
const LIST_BREAK =
  /(?:^|[^a-z])(?:trong khi|while|whereas|but|nhung|tuy nhien|however|vang mat|absent|except|ngoai tru|instead of|thay cho)(?![a-z])/;
/** Longest gap before one member of a listed delegation (a title, a separator). */
const MEMBER_GAP = 120;
/** In that gap, words no title holds (folded): a verb or a session, not a member. */
const MEMBER_GAP_BREAK = /(?:^|[^a-z])(?:phien|sau do|then|session|dien dam|hoi dam|phat bieu)(?![a-z])|\.\s/;
/** Right after a member's name: said to be absent (folded). */
const ABSENT_AFTER = /^[^;.]{0,4}?(?:vang mat|absent|did not|khong tham du|khong du)(?![a-z])/;
/**
 * After a delegation's verb and meeting, the list of its members (folded): `Đoàn đại biểu chính
 * thức cùng Thủ tướng dự Hội nghị gồm: …`, `The delegation attending the summit includes: …`.
 */
const MEMBERS_AFTER =
  /^\s*(?:\([^()]{1,24}\)\s*)?(?:gom co|gom|bao gom|co|includes|included|include|comprises|comprised)\s*:/;
/** … when the name is followed by titles between commas (`Phan Văn Giang, Ủy viên …, Bộ trưởng …`). */
const APPOSITIVE_GAP = 160;
/** Largest gap between two verbs of one chain (`dẫn đầu đoàn … tham dự`). */
const CHAIN_GAP = 90;
/** Largest gap between a participation verb and the first meeting it governs. */
const OBJECT_GAP = 90;
/** Largest gap between two meetings of one coordinated list (`…, Nga, Hàn Quốc và Hội nghị …`). */
const LIST_GAP = 16;
/** How far before an agreement's name its verb may stand, and after it a passive verb. */
const ACTION_WINDOW = 110;
const PASSIVE_WINDOW = 40;

function byStart<T extends Span>(a: T, b: T): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Every cue of a table in the whole text, in order; a cue inside a longer one (`đàm phán` in
 * `kết thúc đàm phán`) is that one. Matched once per text, not once per sentence: a 1.9 MB text
 * has thousands of sentences, and each regex run per sentence was most of the relations' time.
 */
function allCues<A>(table: ReadonlyArray<CueEntry<A>>, views: Record<CueView, string | null>): Cue<A>[] {
  const found: Cue<A>[] = [];
  for (const on of ["vi", "en"] as const) {
    const view = views[on];
    const entries = table.filter((e) => e.on === on);
    if (view === null || entries.length === 0) continue;
    const re = combined(table, on);
    re.lastIndex = 0;
    for (let m = re.exec(view); m !== null; m = re.exec(view)) {
      const start = m.index;
      // The word-start guard, checked here: a regex opening on a look-behind is tried at every
      // position of the text, one opening on its words is not.
      if (start > 0 && WORD_CHAR.test(view[start - 1] as string)) {
        re.lastIndex = start + 1;
        continue;
      }
      const entry = entries[m.slice(1).findIndex((g) => g !== undefined)] as CueEntry<A>;
      found.push({ start, end: start + m[0].length, action: entry.action });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Cue<A>[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const combinedCache = new WeakMap<object, Partial<Record<CueView, RegExp>>>();

/** A table's cues of one view as one regex, a group per entry: one scan of the text, not one per entry. */
function combined<A>(table: ReadonlyArray<CueEntry<A>>, on: CueView): RegExp {
  let byView = combinedCache.get(table);
  if (!byView) {
    byView = {};
    combinedCache.set(table, byView);
  }
  const cached = byView[on];
  if (cached) return cached;
  const sources = table.filter((e) => e.on === on).map((e) => `(${e.body})`);
  const re = new RegExp(sources.join("|"), "gu");
  byView[on] = re;
  return re;
}

/** Mentions lying wholly in `[from, to)`, in text order (`spans` sorted by start). */
function within<T extends Span>(spans: T[], from: number, to: number): T[] {
  return startingWithin(spans, from, to).filter((s) => s.end <= to);
}

/** Nothing but commas, semicolons and `và` / `and` / `as well as` between two meetings of one list. */
const MEETING_LIST_GAP = /^[\s,;]*(?:và|and|cùng|as well as|cũng như)?[\s,]*(?:các |the |cả )?$/iu;

/** The meetings of the list starting at `first` (mentions sharing a start, or joined closely). */
function coordinated(
  meetings: MeetingSpan[],
  first: MeetingSpan,
  text: string,
  stopAt: number,
): MeetingSpan[] {
  const list: MeetingSpan[] = [];
  let reach = first.end;
  for (const m of meetings) {
    if (m.start < first.start || m.start >= stopAt) continue;
    if (m.start === first.start || m.start <= reach + LIST_GAP) {
      if (m.start > reach && !MEETING_LIST_GAP.test(text.slice(reach, m.start))) break;
      list.push(m);
      reach = Math.max(reach, m.end);
    }
  }
  return list;
}

export interface RelationInput {
  meetings: MeetingFact[];
  people: PersonFact[];
  agreements: AgreementFact[];
  /** Where countries are named: a roster line opens on one (`China: Premier Li Qiang.`). */
  countries?: CountryFact[];
  /** Their `meetingKey` is set here: the meeting each was reported at, when the text says. */
  figures?: FigureFact[];
}

export interface Relations {
  participants: ParticipationFact[];
  agreementActions: AgreementActionFact[];
}

const WHITESPACE_RUN = /\s+/;

/**
 * People referred to without their full name, each resolved to one of the article's people:
 * a family or given name alone after the full name (`Li made the remarks …`, `Phuc pointed to
 * …`; a name part two people share is left), `He`/`She`/`Ông`/`Bà` opening a clause (the person
 * named last), and a title without a name (`The Prime Minister attended …`, `Thủ tướng sẽ dự …`:
 * the person named last who holds it).
 */
function personReferences(view: TextView, facts: PersonFact[], named: PersonSpan[]): PersonSpan[] {
  if (named.length === 0) return [];
  const found: PersonSpan[] = [];
  // `named` is sorted by start: the last mention starting before `at`, by binary search.
  const lastStartingBefore = (at: number) => {
    let lo = 0;
    let hi = named.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((named[mid] as PersonSpan).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  // Mentions do not nest, so one overlapping [start, end) is the last starting before `end`.
  const covered = (start: number, end: number) => {
    const i = lastStartingBefore(end);
    return i >= 0 && (named[i] as PersonSpan).end > start;
  };
  const lastBefore = (at: number, role?: RegExp) => {
    for (let i = lastStartingBefore(at), seen = 0; i >= 0 && seen < LOOKBACK_MENTIONS; i--, seen++) {
      const p = named[i] as PersonSpan;
      if (p.end <= at && (!role || (p.role !== null && role.test(p.role)))) return p;
    }
    return null;
  };
  // Name parts: the folded first and last word of each name, when no other person shares it.
  const owners = new Map<string, PersonFact | null>();
  for (const p of facts) {
    const words = withoutSuffix(foldText(p.name).split(WHITESPACE_RUN)).filter((w) => w.length >= 2);
    if (words.length < 2) continue;
    for (const w of new Set([words[0] as string, words[words.length - 1] as string]))
      owners.set(w, owners.has(w) && owners.get(w) !== p ? null : p);
  }
  const firstMention = new Map<string, number>();
  for (const p of named) if (!firstMention.has(p.name)) firstMention.set(p.name, p.end);
  // Only the name parts are looked for (on the folded view), then kept where capitalised.
  const parts = [...owners].filter(([, owner]) => owner !== null).map(([w]) => w);
  for (const m of wholeWords(view.fold, parts)) {
    const { start, end } = m;
    const owner = owners.get(m.word);
    if (!owner) continue;
    if (!CAPITAL.test(view.text[start] as string) || covered(start, end)) continue;
    // In Vietnamese text a Vietnamese name's syllable alone is a common word too (`Chính phủ`,
    // `Trung Quốc`, `Việt Nam`): it refers to the person only after a title or an honorific
    // (`Thủ tướng Chính`, `ông Sơn`), and not as the head of such a word (`Thủ tướng Chính phủ`,
    // `Ngoại trưởng Trung Quốc`). English copy writes them without diacritics (`Chinh attended`).
    if (
      VIETNAMESE_LETTERS.test(owner.name) &&
      VIETNAMESE_LETTERS.test(view.text.slice(Math.max(0, start - 40), end + 40)) &&
      (!VI_TITLE_BEFORE.test(view.fold.slice(Math.max(0, start - 24), start)) ||
        VI_WORD_AFTER_NAME.test(view.fold.slice(end, end + 12)))
    )
      continue;
    const first = firstMention.get(owner.name);
    if (first !== undefined && first <= start) found.push({ start, end, name: owner.name, role: owner.role });
  }
  for (const m of execAll(PERSON_REFERENCE, view.text)) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const end = (m.index ?? 0) + m[0].length;
    if (covered(start, end)) continue;
    const title = m[2] ? TITLE_ROLES.find((t) => t.title.test(m[2] as string)) : undefined;
    const who = m[2] ? (title ? lastBefore(start, title.role) : null) : lastBefore(start);
    if (who) found.push({ start, end, name: who.name, role: who.role });
  }
  return found;
}

/**
 * Where the words `words` stand as whole words in `text` (starting at a word's start, ending at
 * its end), in text order and not overlapping; where several start at one place, the first of the
 * list. Read run by run of letters and digits with one pattern compiled once: a pattern of an
 * article's own name parts was compiled afresh for each new article (about a tenth of a new
 * article's extraction), and finding them with `indexOf` cost 4.6 s on a hostile 1.9 MB text of
 * nested name parts. A word with other characters in it (`tae-yul`) is looked for where its first
 * run stands, at most {@link COMPOUNDS_PER_RUN} of them per run.
 */
export function wholeWords(
  text: string,
  words: readonly string[],
): Array<{ start: number; end: number; word: string }> {
  const plain = new Map<string, number>();
  const compound = new Map<string, Array<{ word: string; order: number }>>();
  words.forEach((word, order) => {
    const run = FIRST_RUN.exec(word)?.[0];
    if (run === undefined) return;
    if (run.length === word.length) {
      if (!plain.has(word)) plain.set(word, order);
      return;
    }
    const list = compound.get(run) ?? [];
    if (list.length < COMPOUNDS_PER_RUN) list.push({ word, order });
    compound.set(run, list);
  });
  const found: Array<{ start: number; end: number; word: string }> = [];
  if (plain.size === 0 && compound.size === 0) return found;
  let reach = 0;
  for (const m of execAll(WORD_RUN, text)) {
    const start = m.index ?? 0;
    if (start < reach) continue;
    const order = plain.get(m[0]);
    let best = order === undefined ? null : { word: m[0], order, end: start + m[0].length };
    for (const c of compound.get(m[0]) ?? []) {
      if ((best && c.order > best.order) || !text.startsWith(c.word, start)) continue;
      const end = start + c.word.length;
      if (end < text.length && WORD_CHAR.test(text[end] as string)) continue;
      best = { word: c.word, order: c.order, end };
    }
    if (best) {
      found.push({ start, end: best.end, word: best.word });
      reach = best.end;
    }
  }
  return found;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const FIRST_RUN = /^[\p{L}\p{N}]+/u;
/** Words with inner punctuation tried at one run: a bound for hostile name lists, far above real ones. */
const COMPOUNDS_PER_RUN = 8;

/** How many mentions back a pronoun or title looks for the person it stands for. */
const LOOKBACK_MENTIONS = 64;

const CAPITAL = /\p{Lu}/u;
/** A title or an honorific right before a Vietnamese name's syllable (folded view). */
const VI_TITLE_BEFORE =
  /(?:^|[^a-z])(?:ong|ba|ngai|dong chi|thu tuong|bo truong|thu truong|chu tich|tong bi thu|dai su|ngoai truong|tong thong|truong doan|dai tuong|thuong tuong)\s+$/;
/** The rest of a word a name's syllable heads (`Chính phủ`, `Chính trị`; folded view). */
const VI_WORD_AFTER_NAME = /^\s+(?:phu|tri|sach|quyen|thuc|quoc|nam)(?![a-z])/;
/**
 * A pronoun or a bare title opening a clause (group 1: what opens it; group 2: the title), not
 * followed by a name (a capitalised word); `he`/`she` in lower case after a comma or a word
 * opening a clause (`From July 25 to 27, she will take part in …`, `… said as he chaired …`).
 */
const PERSON_REFERENCE =
  /((?:^|[.!?;]\s+|,\s+|\n|(?<![\p{L}])(?:as|when|while|after|before|since|because|where)\s+)(?:\* )?)(?:He|She|(?<=(?:,|(?<![\p{L}])(?:as|when|while|after|before|since|because|where))\s+)(?:he|she)|Ông|Bà|(The (?:Prime Minister|President|Premier|Vice President|Secretary of State|Foreign Minister|minister|Minister)|Thủ tướng|Tổng thống|Chủ tịch nước|Phó Thủ tướng|Bộ trưởng|Ngoại trưởng))(?= (?!\p{Lu})|,)/gu;
/** Which roles a bare title stands for. */
const TITLE_ROLES: Array<{ title: RegExp; role: RegExp }> = [
  { title: /^Phó Thủ tướng$/u, role: /Deputy Prime Minister/ },
  { title: /^(?:The Prime Minister|Thủ tướng)$/u, role: /^(?!Deputy)[^,]*Prime Minister/ },
  { title: /^(?:The Premier)$/u, role: /Premier/ },
  { title: /^(?:The Vice President)$/u, role: /Vice President/ },
  { title: /^(?:The President|Tổng thống|Chủ tịch nước)$/u, role: /^(?!Vice)[^,]*President/ },
  { title: /^(?:The Secretary of State)$/u, role: /Secretary of State/ },
  { title: /^(?:The Foreign Minister|Ngoại trưởng)$/u, role: /Foreign|Secretary of State/ },
  { title: /^(?:The [mM]inister|Bộ trưởng)$/u, role: /Minister/ },
];

/** A meeting the sentence refers to: a named mention, or a bare noun standing for named ones. */
interface Referent extends Span {
  keys: string[];
}

/** Words between two people that make the second the object of a verb, not one of a list. */
const NOT_A_LIST =
  /(?<!\p{L})(?:gặp|hội đàm|hội kiến|tiếp|điện đàm|trao đổi|cảm ơn|chúc mừng|đề nghị|họp|song phương|met|meets|meeting|meetings|talks|held|bilateral|chaired|said|told|thanked|who|which|whom|while|whereas|trong khi)(?!\p{L})/iu;
/**
 * Words before a person making them the host who invited the subject, not one of the subjects
 * (`Theo lời mời của Thủ tướng Lào X, Thủ tướng Y dẫn đầu …`, `At the invitation of X, Y attended`).
 */
const INVITED_BY = /(?:lời mời của|invitation of|invited by)[^,;.]{0,60}$/iu;
/** A participation verb's place is the airport (`Có mặt tại sân bay đón …`): a welcome, no attendance (folded). */
const AT_AIRPORT = /^\s*(?:the\s+|cac\s+)?(?:san bay|airport)/;
/** A verb's object is a press conference on the meeting (`chủ trì cuộc họp báo … kết quả Hội nghị`), folded. */
const PRESS_EVENT =
  /^\s*(?:(?:a|an|the|cuoc|buoi|joint|international|quoc te)\s+){0,3}(?:hop bao|press conference|news conference|press briefing)/;
/**
 * People posing for a group photo (folded): `X, Y and Z lined up for a group photo before their
 * talks`, `… chụp ảnh chung`. With no meeting named in the sentence, they attended the one named last.
 */
const GROUP_PHOTO =
  /(?:pose[sd]?|posing|line[sd]? up|lining up|gather(?:ed)?) for (?:a |the )?(?:group |family |official )?(?:photo|picture|photograph)|chup anh (?:chung|luu niem)/;
/** What joins the names of a list: a comma, `và`, `and`, `cùng`, `with`. */
const LIST_JOINER = /,|(?<!\p{L})(?:và|and|cùng|with)(?!\p{L})/iu;

const SEMICOLON_OR_COLON = /[;:]/u;

/**
 * How far after the words announcing attendees (`Taking part in the meeting are`, `Dự hội nghị
 * có`) the first person may stand: past a list of countries or groups (`leaders of nine ASEAN
 * member states, namely Brunei, …, along with Myanmar's Senior General X`) to the next `;` or `:`
 * or the sentence's end, and never less than the appositive reach.
 */
function listReach(text: string, from: number, end: number): number {
  const stop = text.slice(from, end).search(SEMICOLON_OR_COLON);
  return Math.max(APPOSITIVE_GAP, stop < 0 ? end - from : stop);
}

/** A clause or sentence break: `.`, `;` or `:` before a space. */
const CLAUSE_BREAK = /[.;:]\s/u;
/** A sentence break or `:` (a list apart by `;` crosses its semicolons). */
const SENTENCE_OR_COLON_BREAK = /[.:]\s/u;
/** A list item apart by `;` right after the previous one. */
const SEMICOLON_FIRST = /^\s*;/u;
/** What ends a list item that is a name alone: the next item, a bracket, `và`/`and`, the end. */
const ITEM_END = /^\s*(?:[;,.(]|và |and |\.{3}|…|$)/u;
const LEADING_COMMA = /^\s*,/;

/**
 * People joined to `first` by `and`/`,`/`và` (a list of subjects or of attendees), in order.
 * `semicolons`: a list of attendees whose items are titled people apart by `;` (`… gồm: Bộ trưởng
 * X; Thứ trưởng Y; …`).
 */
function personList(
  people: PersonSpan[],
  first: PersonSpan,
  text: string,
  end: number,
  forward: boolean,
  semicolons = false,
): PersonSpan[] {
  const list = [first];
  const clauseBreak = semicolons ? SENTENCE_OR_COLON_BREAK : CLAUSE_BREAK;
  if (forward) {
    let reach = first.end;
    for (const p of people) {
      // A second mention over the same words (`Sultan Hassanal Bolkiah`, `Hassanal Bolkiah`) is passed.
      if (p.start <= first.start || p.start >= end || p.start < reach) continue;
      const gap = text.slice(reach, p.start);
      // Past `;` only a name alone joins (`…; Thứ trưởng Y;`), not one a clause of its own
      // follows (`…; Bộ trưởng Y vắng mặt`, `…; Myanmar's Min Aung Hlaing remains barred`).
      const joined =
        LIST_JOINER.test(gap) ||
        (semicolons &&
          SEMICOLON_FIRST.test(gap) &&
          ITEM_END.test(text.slice(p.end, Math.min(end, p.end + 12))));
      if (gap.length > 140 || clauseBreak.test(gap) || NOT_A_LIST.test(gap) || !joined) break;
      list.push(p);
      reach = p.end;
    }
  } else {
    let reach = first.start;
    for (const p of [...people].reverse()) {
      if (p.end > first.start || p.end <= end || p.end > reach) continue;
      const gap = text.slice(p.end, reach);
      if (gap.length > 100 || CLAUSE_BREAK.test(gap) || NOT_A_LIST.test(gap) || !LIST_JOINER.test(gap)) break;
      if (LEADING_COMMA.test(gap) && INVITED_BY.test(text.slice(Math.max(0, p.start - 80), p.start))) break;
      list.unshift(p);
      reach = p.start;
    }
  }
  return list;
}

const COLON_AFTER = /^\s*:/;
const CAPITALISED_WORD_AFTER = /^ \p{Lu}/u;
const ASEAN_OR_THE = /^(?:ASEAN|the)\b/i;
const COMMA_FIRST = /^,/;
/** `;` or `:`, or `.`, `!` or `?` before a space: the gap crosses a clause or a sentence. */
const CLAUSE_OR_SENTENCE_BREAK = /[;:]|[.!?]\s/;
/** `with` / `với` right after a photo cue (folded). */
const WITH_AFTER = /^\s*(?:with|voi)(?![a-z])/;
/** An opening that speaks (`phát biểu`, `speaking at`, `remarks`) rather than only attends (folded). */
const SPEAKING = /phat bieu|speak|address|remarks|speech/;
/** `;`, `.`, `!` or `?` before a space: the gap crosses a clause or a sentence. */
const SENTENCE_OR_CLAUSE_END = /[;.!?]\s/;
/** An auxiliary or a comma ending the words between an agreement and its passive verb. */
const PASSIVE_BEFORE = /(?:được|đã|was|were|is|are|been|be|,)\s*$/u;
const TO_BEFORE = / to $/;
/** A preposition of place or occasion (`at`, `during`, `bên lề`) right before a meeting (folded). */
const AT_EVENT_BEFORE =
  /(?:tai|at|during|on the sidelines of|ben le|trong khuon kho|within|in the framework of|by)\s+(?:cac\s+|the\s+|this\s+|cuoc\s+)?(?:upcoming\s+|coming\s+|forthcoming\s+|next\s+)?$/;

/** The relations an article states (see the header). */
export function extractRelations(view: TextView, facts: RelationInput): Relations {
  const meetings: MeetingSpan[] = facts.meetings
    .flatMap((m) => m.evidence.map((e) => ({ start: e.start, end: e.end, key: m.key })))
    .sort(byStart);
  const named: PersonSpan[] = facts.people
    .flatMap((p) => p.evidence.map((e) => ({ start: e.start, end: e.end, name: p.name, role: p.role })))
    .sort(byStart);
  const people = [...named, ...personReferences(view, facts.people, named)].sort(byStart);
  const agreements: AgreementSpan[] = facts.agreements
    .flatMap((a) => a.evidence.map((e) => ({ start: e.start, end: e.end, code: a.code })))
    .sort(byStart);
  const out: Relations = { participants: [], agreementActions: [] };
  if (meetings.length === 0 && agreements.length === 0) return out;
  const views: Record<CueView, string | null> & { en: string } = { vi: lowerCanon(view), en: view.fold };
  const cueCache = new Map<unknown, Cue<unknown>[]>();
  const cuesIn = <A>(table: ReadonlyArray<CueEntry<A>>, from: number, to: number): Cue<A>[] => {
    let all = cueCache.get(table) as Cue<A>[] | undefined;
    if (!all) {
      all = allCues(table, views);
      cueCache.set(table, all);
    }
    return within(all, from, to);
  };
  const text = view.text;
  const participations = new Map<string, ParticipationFact>();
  const seenActions = new Set<string>();
  const figures = facts.figures ?? [];
  let paragraphMeeting: { at: number; keys: string[] } | null = null;
  const add = (p: PersonSpan, o: Referent, action: ParticipantAction, from: number, to: number) => {
    for (const meetingKey of o.keys) {
      const id = `${p.name}\u0000${meetingKey}`;
      const seen = participations.get(id);
      if (seen && PARTICIPANT_RANK.indexOf(seen.action) <= PARTICIPANT_RANK.indexOf(action)) continue;
      const start = Math.min(from, to);
      const end = Math.max(from, to);
      participations.set(id, {
        person: p.name,
        meetingKey,
        action,
        role: p.role,
        evidence: evidenceAt(view, start, end),
      });
    }
  };
  let previousMeetings: string[] = [];
  const countryStarts = new Map<number, number>();
  for (const c of facts.countries ?? []) for (const e of c.evidence) countryStarts.set(e.start, e.end);
  /** A line opening on a country and a colon (`- China: Premier Li Qiang.`). */
  const rosterLine = (s: Span): boolean => {
    const lead = ROSTER_LEAD.exec(text.slice(s.start, s.start + 8));
    const end = countryStarts.get(s.start + (lead ? lead[0].length : 0));
    return end !== undefined && end < s.end && COLON_AFTER.test(text.slice(end, end + 3));
  };
  for (const s of view.sentences.spans) {
    const sm = within(meetings, s.start, s.end);
    const sp = within(people, s.start, s.end);
    const sa = within(agreements, s.start, s.end);
    const objects: Referent[] = sm.map((m) => ({ start: m.start, end: m.end, keys: [m.key] }));
    // Bare references (`Hội nghị`, `the meeting`) stand for the meeting named last.
    for (const c of cuesIn(BARE_MEETING, s.start, s.end)) {
      if (sm.some((m) => m.start < c.end && m.end > c.start)) continue;
      // `Hội nghị Bộ trưởng …` the extractor did not name is no reference to another meeting.
      if (
        CAPITALISED_WORD_AFTER.test(text.slice(c.end, c.end + 2)) &&
        !ASEAN_OR_THE.test(text.slice(c.end + 1, c.end + 6))
      )
        continue;
      // `các phiên họp toàn thể … của Hội nghị Cấp cao ASEAN lần thứ 42`: the meeting named after.
      const owner = sm.find(
        (m) => m.start >= c.end && m.start - c.end <= 60 && OF_MEETING.test(views.en.slice(c.end, m.start)),
      );
      const before = sm.filter((m) => m.end <= c.start);
      const keys = owner
        ? [owner.key]
        : before.length > 0
          ? [(before[before.length - 1] as MeetingSpan).key]
          : previousMeetings;
      if (keys.length > 0) objects.push({ start: c.start, end: c.end, keys });
    }
    objects.sort(byStart);
    // `East Asia Summit participants` then `- United States: President Donald Trump, accompanied
    // by Secretary of State Marco Rubio.`, `- China: Premier Li Qiang.`: a roster line under the
    // meetings named last lists who attends them.
    if (sm.length === 0 && sp.length > 0 && previousMeetings.length > 0 && rosterLine(s)) {
      const o = { start: s.start, end: s.end, keys: previousMeetings };
      for (const who of sp) add(who, o, "attended", s.start, who.end);
      continue;
    }
    if (sp.length > 0 && (objects.length > 0 || previousMeetings.length > 0))
      participantsOf(s, sm, sp, objects);
    if (sa.length > 0) actionsOf(s, sa, objects);
    if (figures.length > 0) figuresOf(s, objects);
    if (sm.length > 0) previousMeetings = [...new Set(sm.map((m) => m.key))];
  }

  /**
   * The meeting a sentence's figures were reported at: the one it opens on (`Tại Hội nghị X, …`,
   * `At the X, …`), or the one of its paragraph's opening (`* Tại Hội nghị ASEAN-Hàn Quốc, …`
   * scopes the bullet), or the meeting, or its participants, noting them (`Hội nghị ghi nhận …`,
   * `The ministers noted that trade reached …`: the meeting named last).
   */
  function figuresOf(s: Span, objects: Referent[]) {
    const inSentence = figures.filter((f) => f.evidence.start >= s.start && f.evidence.end <= s.end);
    const paragraph = paragraphAt(view, s.start);
    const opening = objects.find(
      (o) =>
        PLACED_AT.test(views.en.slice(s.start, o.start)) && OPENING.test(views.en.slice(s.start, o.start)),
    );
    if (opening && paragraph.start === s.start)
      paragraphMeeting = { at: paragraph.start, keys: opening.keys };
    let keys = opening?.keys ?? (paragraphMeeting?.at === paragraph.start ? paragraphMeeting.keys : null);
    if (!keys) {
      const noting = NOTING.exec(views.en.slice(s.start, Math.min(s.end, s.start + 120)));
      if (noting) {
        const first = objects.find((o) => o.start - s.start <= (noting.index ?? 0) + noting[0].length);
        keys = first?.keys ?? (noting[1] ? previousMeetings : null);
      }
    }
    const key = keys?.[0] ?? null;
    if (key) {
      for (const f of inSentence) f.meetingKey = key;
      return;
    }
    // `Wang Yi said trade reached $975 billion`, `ASEAN-US trade reached …`: a figure of ASEAN and
    // one partner, in an article reporting one meeting of ASEAN with that partner, was reported at
    // that meeting.
    for (const f of inSentence) {
      const partner = f.subject?.startsWith("ASEAN-") ? f.subject.slice(6) : null;
      if (!partner || partner.includes("-")) continue;
      const withPartner = [...new Set(facts.meetings.filter((m) => m.partner === partner).map((m) => m.key))];
      if (withPartner.length === 1) f.meetingKey = withPartner[0] as string;
    }
  }

  function participantsOf(s: Span, sm: MeetingSpan[], sp: PersonSpan[], objects: Referent[]) {
    // A cue inside a meeting's name (`… các nước tham gia Cấp cao Đông Á`) is no verb.
    const cues = cuesIn(PARTICIPATION_CUES, s.start, s.end).filter(
      (c) => !sm.some((m) => m.start <= c.start && c.end <= m.end),
    );
    // `có mặt tại sân bay`: present at the airport, a welcome or an arrival. Alone it states no
    // attendance; chained to a verb that does (`… có mặt tại sân bay …, bắt đầu chuyến tham dự
    // Hội nghị …`), that verb counts, with the subject before the airport.
    const airport = new Set(cues.filter((c) => AT_AIRPORT.test(views.en.slice(c.end, c.end + 24))));
    // The people of the verb before and where its meetings end: `X đồng chủ trì A, đồng thời tham
    // dự B`, `X chaired A and attended B` give B the same people.
    let carried: { people: PersonSpan[]; end: number } | null = null;
    // Person → verb → meetings.
    for (let i = 0; i < cues.length; i++) {
      const c = cues[i] as Cue<ParticipantAction>;
      // A verb chain (`dẫn đầu đoàn … tham dự và phát biểu tại`) governs the same meetings.
      let chainEnd = c.end;
      const chain: ParticipantAction[] = airport.has(c) ? [] : [c.action];
      while (i + 1 < cues.length && (cues[i + 1] as Cue<ParticipantAction>).start - chainEnd <= CHAIN_GAP) {
        const next = cues[i + 1] as Cue<ParticipantAction>;
        if (objects.some((o) => o.start >= chainEnd && o.start < next.start)) break;
        if (!airport.has(next)) chain.push(next.action);
        chainEnd = next.end;
        i++;
      }
      if (chain.length === 0) continue;
      const subject = [...sp].reverse().find((p) => p.end <= c.start);
      const gap = subject ? text.slice(subject.end, c.start) : "";
      const appositive = COMMA_FIRST.test(gap) && gap.length <= APPOSITIVE_GAP;
      const own =
        subject && !((gap.length > SUBJECT_GAP && !appositive) || CLAUSE_OR_SENTENCE_BREAK.test(gap));
      const shared: PersonSpan[] | null =
        !own &&
        carried !== null &&
        carried.end <= c.start &&
        COORDINATED_VERB.test(views.en.slice(carried.end, c.start))
          ? carried.people
          : null;
      // A delegation attending, then its members after a colon: each attended (`Đoàn đại biểu chính
      // thức cùng Thủ tướng X dự Hội nghị gồm: Y; Z`, where X, before the verb, attends too).
      // Not a press conference's roster (`chủ trì họp báo về kết quả Hội nghị … gồm: …`).
      const delegation = objects.find((o) => o.start >= chainEnd && o.start - chainEnd <= OBJECT_GAP);
      if (
        delegation &&
        MEMBERS_AFTER.test(views.en.slice(delegation.end, delegation.end + 24)) &&
        !PRESS_EVENT.test(views.en.slice(chainEnd, delegation.end + 12))
      ) {
        // The list runs to a clause of its own (`…; trong khi đó X vắng mặt`); each member stands
        // after a separator and titles only (`gồm: phiên toàn thể, sau đó X điện đàm` lists no X),
        // and one said to be absent (`X vắng mặt`) is left out.
        let from = delegation.end;
        for (const who of sp) {
          if (who.start <= delegation.end) continue;
          const gap = views.en.slice(from, who.start);
          if (LIST_BREAK.test(gap) || gap.length > MEMBER_GAP || MEMBER_GAP_BREAK.test(gap)) break;
          if (!ABSENT_AFTER.test(views.en.slice(who.end, who.end + 16)))
            add(who, delegation, "attended", delegation.start, who.end);
          from = who.end;
        }
      }
      if (!own && !shared) continue;
      const action = chain.sort(
        (a, b) => PARTICIPANT_RANK.indexOf(a) - PARTICIPANT_RANK.indexOf(b),
      )[0] as ParticipantAction;
      const subjects: PersonSpan[] = shared ?? personList(sp, subject as PersonSpan, text, s.start, false);
      const nextSubject = sp.find((p) => p.start > chainEnd);
      const first = objects.find((o) => o.start >= chainEnd && o.start - chainEnd <= OBJECT_GAP);
      if (first && PRESS_EVENT.test(views.en.slice(chainEnd, first.end + 12))) continue;
      if (first && (!nextSubject || first.start < nextSubject.start)) {
        const list =
          first.keys.length === 1 && sm.some((m) => m.start === first.start)
            ? coordinated(
                sm,
                sm.find((m) => m.start === first.start) as MeetingSpan,
                text,
                nextSubject?.start ?? s.end,
              ).map((m) => ({ start: m.start, end: m.end, keys: [m.key] }))
            : [first];
        for (const who of subjects) for (const o of list) add(who, o, action, who.start, o.end);
        // `X, who chaired the meeting together with Y`: Y shares the part.
        const last = list[list.length - 1] as Referent;
        carried = { people: subjects, end: last.end };
        // `X co-chaired the ASEAN-India SOM with Singapore's permanent secretary Y`: `with` alone
        // joins a co-chair.
        const after = views.en.slice(last.end, Math.min(s.end, last.end + 80));
        const coChairWith = action === "co_chaired" ? CO_CHAIR_WITH.exec(after) : null;
        const along = ALONG_WITH.exec(after) ?? coChairWith;
        const found =
          along && sp.find((p) => p.start >= last.end + along[0].length && p.start - last.end <= 80);
        // After `with` alone, only titles between it and the co-chair (`with Singapore's permanent
        // secretary Y`, not `with a warning to X`).
        const partner =
          found &&
          (along !== coChairWith || CO_CHAIR_TITLES.test(text.slice(last.end + along[0].length, found.start)))
            ? found
            : undefined;
        if (partner) {
          const shared = action === "chaired" ? "co_chaired" : action;
          for (const o of list) add(partner, o, shared, last.start, partner.end);
        }
        continue;
      }
      // `Australian Prime Minister Scott Morrison will attend.`: the verb ends the clause; its
      // object is the meeting the text spoke of last.
      // `The 27th M-ATM was chaired by X, with Y as vice-chair.`: a vice-chair's meeting is the one
      // the sentence named before its people, else (`… served as the Vice Chair.`) the one named
      // last; `as vice-chair` alone needs its own sentence's (`was named as vice chairman` is no
      // meeting's). Any other verb ending its clause takes the meeting named last.
      const vice = VICE_CHAIR.exec(views.en.slice(c.start, chainEnd));
      const before = vice
        ? [...objects].reverse().find((o) => o.end <= (subjects[0] as PersonSpan).start)
        : undefined;
      const spokenOf = before ? before.keys : !vice || vice[1] !== undefined ? previousMeetings : [];
      if (CLAUSE_END.test(views.en.slice(chainEnd, Math.min(s.end, chainEnd + 24))) && spokenOf.length > 0) {
        const o = { start: c.start, end: chainEnd, keys: spokenOf };
        for (const who of subjects) add(who, o, action, who.start, chainEnd);
        continue;
      }
      // A meeting the extractor named elsewhere, written here in words it did not match
      // (`đã tham dự Cấp cao ASEAN-Hoa Kỳ lần thứ 11`): the article's one meeting of that edition.
      const numbered = NUMBERED_MEETING.exec(
        views.en.slice(chainEnd, Math.min(s.end, chainEnd + OBJECT_GAP)),
      );
      if (numbered) {
        const n = Number(numbered[1] ?? numbered[2]);
        const keys = [...new Set(facts.meetings.filter((m) => m.number === n).map((m) => m.key))];
        if (keys.length === 1) {
          const o = { start: chainEnd, end: chainEnd + numbered[0].length, keys };
          for (const who of subjects) add(who, o, action, who.start, o.end);
          continue;
        }
      }
      // `Hội nghị … do Bộ trưởng X chủ trì`, `Đoàn … dự Hội nghị do Thủ tướng X dẫn đầu`, `the
      // meeting, which X attended`: the meeting stands before the person.
      const lead = views.en.slice(Math.max(s.start, subjects[0]!.start - 60), subjects[0]!.start);
      const host = [...objects].reverse().find((o) => o.end <= subjects[0]!.start);
      if (host && RELATIVE_LEAD.test(lead))
        for (const who of subjects) add(who, host, action, host.start, c.end);
    }
    // `Dẫn đầu đoàn Việt Nam dự các Hội nghị là Bộ trưởng X`, `Tới dự Hội nghị có X, Y và Z`,
    // `Đồng chủ trì buổi đối thoại là X và Y`: the verb opens the sentence, its people follow.
    const opening = cues[0];
    if (opening && !airport.has(opening) && VERB_FIRST.test(views.en.slice(s.start, opening.start))) {
      const copula = COPULA.exec(views.en.slice(opening.end, Math.min(s.end, opening.end + 160)));
      if (copula) {
        const at = opening.end + copula.index + copula[0].length;
        const first = sp.find((p) => p.start >= at && p.start - at <= listReach(text, at, s.end));
        const verbs = cues.filter((c) => c.start < at).map((c) => c.action);
        const action = verbs.sort((a, b) => PARTICIPANT_RANK.indexOf(a) - PARTICIPANT_RANK.indexOf(b))[0];
        const hosts = objects.filter((o) => o.start >= opening.end && o.end <= at);
        // `Also joining the summit will be X`: `will be` joins people only to a meeting named
        // between (`Also joining ASEAN will be Timor-Leste, X said` names none).
        const future = copula[0].trim() === "will be";
        const targets =
          hosts.length > 0
            ? hosts
            : previousMeetings.length > 0
              ? [{ start: s.start, end: at, keys: previousMeetings }]
              : [];
        if (first && action && (!future || hosts.length > 0))
          for (const who of personList(sp, first, text, s.end, true))
            for (const o of targets) add(who, o, action, s.start, who.end);
      }
    }
    // Meeting → `chaired by`, `attended by`, `có sự tham dự của` → people.
    for (const c of cuesIn(PASSIVE_CUES, s.start, s.end)) {
      const reach = c.action === "attended" ? listReach(text, c.end, s.end) : APPOSITIVE_GAP;
      const first = sp.find((p) => p.start >= c.end && p.start - c.end <= reach);
      if (!first) continue;
      // `Attending the meeting were …`: the meeting inside the words; else the one before them.
      const host =
        objects.find((o) => o.start >= c.start && o.end <= c.end) ??
        [...objects].reverse().find((o) => o.end <= c.start) ??
        objects.find((o) => o.start >= c.end && o.end <= first.start) ??
        // `Tham dự các sự kiện có …`, `The meeting was opened by …` after the sentence naming them.
        (previousMeetings.length > 0 ? { start: c.start, end: c.end, keys: previousMeetings } : undefined);
      if (!host) continue;
      // `represented by its deputy prime minister instead of Prime Minister X`: X was not there.
      const instead = INSTEAD_OF.exec(views.en.slice(c.end, s.end));
      const stop = instead ? c.end + instead.index : s.end;
      for (const who of personList(sp, first, text, s.end, true, c.action === "attended"))
        if (who.start < stop) add(who, host, c.action, host.start, who.end);
    }
    // `ASEAN leaders held their first summit with Japanese Prime Minister Yoshihide Suga`: a
    // meeting held with a partner, then the partner's person, titles between: that person attended.
    for (const m of sm) {
      if (!HELD_WITH.test(views.en.slice(m.start, m.end))) continue;
      const next = sp.find((p) => p.start >= m.end);
      if (next && next.start - m.end <= TITLE_GAP && TITLES_ONLY.test(text.slice(m.end, next.start)))
        add(next, { start: m.start, end: m.end, keys: [m.key] }, "attended", m.start, next.end);
    }
    // Captions and short reports: `X, Y and Z pose for a photo at the 10th Mekong-Japan Summit`,
    // `Thủ tướng X phát biểu tại Hội nghị`: the people right before `at` the meeting were there.
    for (const host of objects) {
      const last = [...sp].reverse().find((p) => p.end <= host.start && host.start - p.end <= 90);
      if (!last) continue;
      const gap = PRESENT_AT.exec(views.en.slice(last.end, host.start));
      if (!gap) continue;
      const action: ParticipantAction = gap[1] ? "spoke" : "attended";
      for (const who of personList(sp, last, text, s.start, false))
        add(who, host, action, who.start, host.end);
    }
    // `X, Y and Z lined up for a group photo before their talks`: no meeting named, the one before.
    const photo =
      sm.length === 0 && previousMeetings.length > 0
        ? GROUP_PHOTO.exec(views.en.slice(s.start, s.end))
        : null;
    if (photo) {
      const at = s.start + photo.index;
      const last = [...sp].reverse().find((p) => p.end <= at && at - p.end <= 40);
      // A photo `with` others (students, the community) is no photo of the meeting's participants.
      const withOthers = WITH_AFTER.test(views.en.slice(at + photo[0].length, at + photo[0].length + 8));
      const posing = last && !withOthers ? personList(sp, last, text, s.start, false) : [];
      if (posing.length >= 2) {
        const o = { start: at, end: at + photo[0].length, keys: previousMeetings };
        for (const who of posing) add(who, o, "attended", who.start, o.end);
      }
    }
    // `Tại Hội nghị X, Bộ trưởng Y khẳng định …`, `Speaking at the X, Y said …`, `Nhân dịp dự X,
    // …`: a phrase placing the sentence at a meeting, closed by a comma, then its subject.
    for (const host of objects) {
      const opening = PLACED_AT.exec(views.en.slice(Math.max(s.start, host.start - 40), host.start));
      if (!opening) continue;
      // `nhân dịp dự X và Y, …`: every meeting of the list.
      const named = sm.find((m) => m.start === host.start && m.end === host.end);
      const hosts = named
        ? coordinated(sm, named, text, s.end).map((m) => ({ start: m.start, end: m.end, keys: [m.key] }))
        : [host];
      const reach = Math.max(...hosts.map((h) => h.end));
      const close = text.indexOf(",", reach);
      if (close < 0 || close >= s.end || close - reach > 60) continue;
      const subject = sp.find((p) => p.start > close && p.start - close <= 120);
      if (!subject) continue;
      const speaking = SPEAKING.test(opening[0]);
      const after = views.en.slice(subject.end, Math.min(s.end, subject.end + 60));
      const action: ParticipantAction = speaking || SPEECH_VERB.test(after) ? "spoke" : "attended";
      for (const who of personList(sp, subject, text, s.end, true))
        for (const h of hosts) add(who, h, action, host.start, who.end);
    }
  }

  function actionsOf(s: Span, sa: AgreementSpan[], objects: Referent[]) {
    const cues = cuesIn(AGREEMENT_CUES, s.start, s.end);
    if (cues.length === 0) return;
    for (const a of sa) {
      // The nearest verb before the name in its clause (`thảo luận việc rà soát TIFA` is reviewed);
      // an upgrade right after another verb is that verb's object (`đàm phán nâng cấp AKFTA` is
      // negotiated). Agreements of one list share the verb (`nâng cấp …, trong đó có AJCEP, AKFTA`).
      // `Hiệp định RCEP được ký kết`, `the ASEAN Free Trade Agreement was signed in 1992`: a
      // passive verb right after the name says what happened to it, whatever verb came before.
      let cue: Cue<AgreementAction> | undefined = cues.find(
        (c) =>
          c.start >= a.end &&
          c.start - a.end <= PASSIVE_WINDOW &&
          PASSIVE_AUX.test(text.slice(a.end, c.start)),
      );
      for (let k = cue ? -1 : cues.length - 1; k >= 0; k--) {
        const c = cues[k] as Cue<AgreementAction>;
        if (c.end > a.start) continue;
        if (a.start - c.end > ACTION_WINDOW) break;
        const gap = text.slice(c.end, a.start);
        if (SENTENCE_OR_CLAUSE_END.test(gap)) break;
        const between = sa.filter((o) => o.code !== a.code && o.start >= c.end && o.end <= a.start);
        if (between.some((o) => !AGREEMENT_LIST.test(text.slice(o.end, a.start)))) break;
        cue = c;
        const prior = cues[k - 1];
        if (c.action === "upgraded" && prior && c.start - prior.end <= UPGRADE_OBJECT_GAP) {
          if (prior.action !== "discussed") cue = prior;
          // `talks on upgrading ACFTA` negotiate the upgrade; `concluded talks on upgrading …`
          // conclude them.
          else if (
            TALKS_ON.test(views.en.slice(prior.start, prior.end)) &&
            NOTHING_OR_THE.test(views.en.slice(prior.end, c.start))
          ) {
            const concluding = cues[k - 2];
            cue =
              concluding?.action === "concluded" && prior.start - concluding.end <= TALKS_GAP
                ? concluding
                : { ...prior, action: "negotiated" };
          }
        }
        break;
      }
      if (!cue) {
        cue = cues.find(
          (c) =>
            c.start >= a.end &&
            c.start - a.end <= PASSIVE_WINDOW &&
            PASSIVE_BEFORE.test(`${text.slice(a.end, c.start).trimEnd()} `),
        );
      }
      if (!cue) continue;
      const lead = views.en.slice(Math.max(s.start, cue.start - 70), cue.start);
      const planned = PLANNED_MARKER.test(lead) || TO_BEFORE.test(lead);
      const meetingKey = meetingOf(s, objects, cue, a, planned);
      const id = `${a.code}\u0000${cue.action}\u0000${meetingKey ?? ""}`;
      if (seenActions.has(id)) continue;
      seenActions.add(id);
      out.agreementActions.push({
        agreement: a.code,
        action: cue.action,
        status: planned ? "planned" : "done",
        meetingKey,
        evidence: evidenceAt(view, Math.min(cue.start, a.start), Math.max(cue.end, a.end)),
      });
    }
  }

  /**
   * The meeting an action happened at: the one named after it with `tại`/`at`/`during`; for an
   * action done, also the meeting its sentence opens on (`Hội nghị … đã thảo luận …`) — a planned
   * one (`Hội nghị … hướng đến khả năng ký …`) is not for that meeting to do unless it says so.
   */
  function meetingOf(
    s: Span,
    objects: Referent[],
    cue: Span,
    a: AgreementSpan,
    planned: boolean,
  ): string | null {
    const after = Math.max(cue.end, a.end);
    for (const o of objects) {
      if (o.start < after) continue;
      const lead = views.en.slice(Math.max(s.start, o.start - 40), o.start);
      if (AT_EVENT_BEFORE.test(lead)) return o.keys[0] ?? null;
    }
    const first = objects[0];
    if (!planned && first && first.start < cue.start) {
      const lead = views.en.slice(s.start, first.start);
      if (SENTENCE_OPENING.test(lead)) return first.keys[0] ?? null;
    }
    return null;
  }

  out.participants = [...participations.values()].sort((a, b) => a.evidence.start - b.evidence.start);
  return out;
}
