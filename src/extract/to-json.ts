/**
 * The JSON shape `seedgraph extract --json` prints, one object per file — the same shape as the
 * golden files (`tests/fixtures/seeds/*.expected.json`, `tests/fixtures/articles/*.expected.json`).
 */
import { formatPartialDate } from "./dates.ts";
import type { ArticleExtraction } from "./index.ts";

export interface GoldMeeting {
  series: string;
  partner: string | null;
  level: string;
  number: number | null;
  year: number | null;
  /** `2025-09-24`, `2025-10` or `2025`. */
  date: string | null;
  location: string | null;
  key?: string;
  online?: boolean;
  parent?: string | null;
}

export interface GoldPerson {
  name: string;
  country: string | null;
  role: string | null;
  aliases?: string[];
}

export interface GoldFigure {
  kind: string;
  subject: string | null;
  value: number;
  unit: string;
  qualifier: string | null;
  /** Present only when the text ties the figure to a year. */
  year?: number;
  text: string;
  /** Key of the meeting it was reported at, when the text says (extra: not in the golden files). */
  meeting?: string;
}

/** A person took part in a meeting (`meeting` is the meeting's key). */
export interface GoldParticipant {
  person: string;
  meeting: string;
  action: string;
  role: string | null;
  evidence: string;
}

/** What happened to an agreement, at which meeting (key) if the text says. */
export interface GoldAgreementAction {
  agreement: string;
  action: string;
  status: string;
  meeting: string | null;
  evidence: string;
}

export interface GoldArticle {
  file: string;
  lang: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  meetings: GoldMeeting[];
  agreements: string[];
  countries: string[];
  people: GoldPerson[];
  figures: GoldFigure[];
  // Extra fields (not in the golden files, welcome in the output).
  displayTitle?: string;
  datePrecision?: string;
  author?: string | null;
  wordCount?: number;
  topics?: string[];
  participants?: GoldParticipant[];
  agreementActions?: GoldAgreementAction[];
  notes?: string;
  duplicate_of?: string;
}

/**
 * Converts an extraction to the printed JSON shape. `file` is the file's base name. The golden
 * fields come first, in the golden files' order; the extra fields after them.
 */
export function toGoldJson(file: string, x: ArticleExtraction): GoldArticle {
  const a = x.article;
  return {
    file,
    lang: a.lang,
    title: a.title,
    published: a.published ? formatPartialDate(a.published) : null,
    source: a.source,
    url: a.url,
    meetings: x.meetings.map((m) => ({
      series: m.series,
      partner: m.partner,
      level: m.level,
      number: m.number,
      year: m.year,
      date: m.date ? formatPartialDate(m.date) : null,
      location: m.location,
      key: m.key,
      online: m.online,
      parent: m.parentKey,
    })),
    agreements: x.agreements.map((g) => g.code),
    countries: x.countries.map((c) => c.code),
    people: x.people.map((p) => ({ name: p.name, country: p.country, role: p.role, aliases: p.aliases })),
    figures: x.figures.map((f) => ({
      kind: f.kind,
      subject: f.subject,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      ...(f.year !== null ? { year: f.year } : {}),
      text: f.text,
      ...(f.meetingKey !== null ? { meeting: f.meetingKey } : {}),
    })),
    displayTitle: a.displayTitle,
    datePrecision: a.datePrecision,
    author: a.author,
    wordCount: a.wordCount,
    topics: x.topics.map((t) => t.slug),
    participants: x.participants.map((p) => ({
      person: p.person,
      meeting: p.meetingKey,
      action: p.action,
      role: p.role,
      evidence: p.evidence.text,
    })),
    agreementActions: x.agreementActions.map((a) => ({
      agreement: a.agreement,
      action: a.action,
      status: a.status,
      meeting: a.meetingKey,
      evidence: a.evidence.text,
    })),
  };
}
