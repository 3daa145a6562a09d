/**
 * The extractor's output types. Everything here is plain data (JSON-serialisable), produced by
 * pure functions over the cleaned article text. Offsets are UTF-16 indices into `ParsedArticle.body`.
 */

export type Lang = "vi" | "en";
export type DatePrecision = "day" | "month" | "year";

/** A date known to some precision: `2025-09-25`, `2025-07` or `2025`. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Where a fact was found: offsets into the cleaned body and the sentence around them. */
export interface Evidence {
  start: number;
  end: number;
  /** The matched text, `body.slice(start, end)`. */
  text: string;
  /** `body.slice(sentenceStart, sentenceEnd)`: at most about 1,000 characters (sentences.ts). */
  sentence: string;
  /** Where the sentence starts in the body; it always covers `start`…`end`. */
  sentenceStart: number;
  sentenceEnd: number;
}

export const MEETING_SERIES = [
  "AMM",
  "AEM",
  "ASEAN_SUMMIT",
  "EAS",
  "ARF",
  "ASEAN_PLUS_THREE",
  "ASEAN_PLUS_ONE",
  "MEKONG_JAPAN",
  "MEKONG_LANCANG",
  "PMC",
  "SOM",
  "OTHER",
] as const;
export type MeetingSeries = (typeof MEETING_SERIES)[number];

export const MEETING_LEVELS = [
  "foreign_ministers",
  "economic_ministers",
  "leaders",
  "senior_officials",
  "other",
] as const;
export type MeetingLevel = (typeof MEETING_LEVELS)[number];

export interface MeetingFact {
  /** Canonical key (DESIGN.md §2): `AMM-58`, `MEKONG_JAPAN-FM-16`, `ASEAN_PLUS_ONE-JP-FM-2025`. */
  key: string;
  series: MeetingSeries;
  partner: string | null;
  level: MeetingLevel;
  number: number | null;
  year: number | null;
  date: PartialDate | null;
  /** Last day when the meeting spans several days. */
  endDate: PartialDate | null;
  location: string | null;
  online: boolean;
  /** Key of the meeting this one was held within (`trong khuôn khổ …`). */
  parentKey: string | null;
  /** The name as the text gives it. */
  name: string;
  evidence: Evidence[];
}

export const AGREEMENT_KINDS = ["FTA", "framework", "treaty", "initiative", "plan"] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export interface AgreementFact {
  code: string;
  /** Version or upgrade named by the text (`3.0` for `ACFTA 3.0`). */
  version: string | null;
  evidence: Evidence[];
}

export interface CountryFact {
  /** ISO 3166-1 alpha-2, or `EU`. */
  code: string;
  evidence: Evidence[];
}

export interface PersonFact {
  /** Canonical name (given name first for foreign names, Vietnamese with diacritics). */
  name: string;
  /** Every surface form seen in this text, canonical included. */
  aliases: string[];
  country: string | null;
  /** English role, e.g. `Minister of Foreign Affairs`. */
  role: string | null;
  evidence: Evidence[];
}

export const FIGURE_KINDS = [
  "trade_value",
  "investment_value",
  "project_value",
  "plan_completion",
  "other",
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface FigureFact {
  kind: FigureKind;
  /** Which partnership it is about, e.g. `ASEAN-US`; null when unclear. */
  subject: string | null;
  value: number;
  unit: string;
  qualifier: "more_than" | "less_than" | "about" | "up_to" | null;
  year: number | null;
  /** The amount as written, e.g. `hơn 450 tỷ USD`. */
  text: string;
  /** Key of the meeting the text says it was reported at (relations.ts), else null. */
  meetingKey: string | null;
  evidence: Evidence;
}

export interface TopicFact {
  slug: string;
  evidence: Evidence[];
}

/** How a person took part in a meeting, most specific first. */
export const PARTICIPANT_ACTIONS = ["chaired", "co_chaired", "led_delegation", "spoke", "attended"] as const;
export type ParticipantAction = (typeof PARTICIPANT_ACTIONS)[number];

/** A person took part in a meeting, as the text states it. */
export interface ParticipationFact {
  /** Canonical name of one of the article's people. */
  person: string;
  /** Key of one of the article's meetings. */
  meetingKey: string;
  action: ParticipantAction;
  /** The role the article gives the person (the one they held then). */
  role: string | null;
  /** The words stating it, from the person or meeting to the verb, with their sentence. */
  evidence: Evidence;
}

/** What happened to an agreement. */
export const AGREEMENT_ACTIONS = [
  "signed",
  "concluded",
  "upgraded",
  "negotiated",
  "reviewed",
  "discussed",
] as const;
export type AgreementAction = (typeof AGREEMENT_ACTIONS)[number];

/** An agreement was signed, concluded, upgraded … (or is to be), at or by a meeting or not. */
export interface AgreementActionFact {
  agreement: string;
  action: AgreementAction;
  status: "done" | "planned";
  /** Key of the meeting at or by which it happened, when the text says so. */
  meetingKey: string | null;
  evidence: Evidence;
}
