import { CURRENCIES } from "../../extract/data/figures.ts";
import {
  AGREEMENT_ACTIONS,
  AGREEMENT_KINDS,
  FIGURE_KINDS,
  type FigureKind,
  MEETING_LEVELS,
  MEETING_SERIES,
  PARTICIPANT_ACTIONS,
} from "../../extract/types.ts";
import { MentionKind as MENTION_KINDS } from "../../generated/prisma/enums.ts";
import type { Builder } from "../builder.ts";

const LEVEL_DESCRIPTIONS: Record<(typeof MEETING_LEVELS)[number], string> = {
  foreign_ministers: "Foreign ministers",
  economic_ministers: "Economic (trade) ministers",
  leaders: "Heads of state or government",
  senior_officials: "Senior officials",
  other: "Any other level",
};

const KIND_DESCRIPTIONS: Record<(typeof AGREEMENT_KINDS)[number], string> = {
  FTA: "A free trade or economic partnership agreement",
  framework: "A framework agreement",
  treaty: "A treaty or convention",
  initiative: "An initiative or mechanism",
  plan: "A plan or programme with a code of its own",
};

const SERIES_DESCRIPTIONS: Record<(typeof MEETING_SERIES)[number], string> = {
  AMM: "ASEAN Foreign Ministers' Meeting",
  AEM: "ASEAN Economic Ministers' Meeting",
  ASEAN_SUMMIT: "ASEAN Summit (leaders)",
  EAS: "East Asia Summit",
  ARF: "ASEAN Regional Forum",
  ASEAN_PLUS_THREE: "ASEAN Plus Three (China, Japan, South Korea)",
  ASEAN_PLUS_ONE: "ASEAN with one dialogue partner (see `partner`)",
  MEKONG_JAPAN: "Mekong–Japan cooperation",
  MEKONG_LANCANG: "Mekong–Lancang cooperation",
  PMC: "Post Ministerial Conference",
  SOM: "Senior Officials' Meeting",
  OTHER: "Any other meeting or forum",
};

const PARTICIPANT_ACTION_DESCRIPTIONS: Record<(typeof PARTICIPANT_ACTIONS)[number], string> = {
  chaired: "Chaired the meeting (the most specific)",
  co_chaired: "Chaired it together with another",
  led_delegation: "Led a delegation to it",
  spoke: "Spoke at it (a statement, a speech, a proposal)",
  attended: "Attended it (the least specific)",
};

const AGREEMENT_ACTION_DESCRIPTIONS: Record<(typeof AGREEMENT_ACTIONS)[number], string> = {
  signed: "Signed (also a protocol or an upgrade of it)",
  concluded: "Negotiations concluded",
  upgraded: "Upgraded to a new version",
  negotiated: "Negotiated (negotiations launched, held or pursued)",
  reviewed: "Reviewed",
  discussed: "Discussed",
};

const FIGURE_KIND_DESCRIPTIONS: Record<FigureKind, string> = {
  trade_value: "Trade between the sides (two-way trade, exports, imports), in money",
  investment_value: "Investment (FDI, capital invested), in money",
  project_value: "The value of a project, fund, grant, aid, pledge or package",
  plan_completion: "How much of a plan of action or of its measures is carried out, in percent",
  other: "Any other amount",
};

// Names of the currencies the extractor reads (src/extract/data/figures.ts). Written out rather
// than asked of Intl: ICU's names change between Node versions, and the schema must not.
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  USD: "US dollars",
  VND: "Vietnamese dong",
  EUR: "Euros",
  JPY: "Japanese yen",
  CNY: "Chinese yuan (renminbi)",
  SGD: "Singapore dollars",
  KRW: "South Korean won",
  AUD: "Australian dollars",
  NZD: "New Zealand dollars",
  CAD: "Canadian dollars",
  GBP: "Pounds sterling",
  INR: "Indian rupees",
  MYR: "Malaysian ringgit",
  THB: "Thai baht",
};

/** `FigureUnit` for a stored percentage. */
export const PERCENT_UNIT = "PERCENT";
/** `FigureUnit` for a stored unit the API does not know. */
export const OTHER_UNIT = "OTHER";
const CURRENCY_CODES: ReadonlySet<string> = new Set(CURRENCIES.map((c) => c.code));

/**
 * The `FigureUnit` of a stored unit: `%` is PERCENT, a currency the extractor reads its ISO code,
 * anything else (a unit of an older or newer extractor) OTHER, so that it never fails a query.
 */
export function figureUnitOf(unit: string): string {
  if (unit === "%") return PERCENT_UNIT;
  return CURRENCY_CODES.has(unit) ? unit : OTHER_UNIT;
}

/** The `FigureKind` of a stored kind; one the API does not know is `other`. */
export function figureKindOf(kind: string): FigureKind {
  return (FIGURE_KINDS as readonly string[]).includes(kind) ? (kind as FigureKind) : "other";
}

const MENTION_KIND_DESCRIPTIONS: Record<keyof typeof MENTION_KINDS, string> = {
  meeting: "A meeting, by its key (`AMM-58`)",
  agreement: "An agreement, by its code (`ACFTA`)",
  country: "A country, by its ISO code (`JP`) or `EU`",
  person: "A person, by their canonical name",
  topic: "A topic, by its slug (`digital-economy`)",
  figure: "An amount (its kind: `trade_value` …)",
};

/** The vocabulary enums shared by the domain types; returns their refs. */
export function addEnums(builder: Builder) {
  const MeetingSeries = builder.enumType("MeetingSeries", {
    description: "Which recurring meeting a meeting belongs to.",
    values: Object.fromEntries(
      MEETING_SERIES.map((v) => [v, { value: v, description: SERIES_DESCRIPTIONS[v] }]),
    ),
  });
  const MeetingLevel = builder.enumType("MeetingLevel", {
    description: "Who meets.",
    values: Object.fromEntries(
      MEETING_LEVELS.map((v) => [v, { value: v, description: LEVEL_DESCRIPTIONS[v] }]),
    ),
  });
  const AgreementKind = builder.enumType("AgreementKind", {
    description: "What sort of instrument an agreement is.",
    values: Object.fromEntries(
      AGREEMENT_KINDS.map((v) => [v, { value: v, description: KIND_DESCRIPTIONS[v] }]),
    ),
  });
  const DatePrecision = builder.enumType("DatePrecision", {
    description: "How precisely a date is known.",
    values: {
      day: { value: "day", description: "The day is known (`2025-07-10`)." },
      month: { value: "month", description: "Only the month is known (`2025-07`)." },
      year: { value: "year", description: "Only the year is known (`2025`)." },
      unknown: { value: "unknown", description: "No date is known." },
    },
  });
  const ParticipantAction = builder.enumType("ParticipantAction", {
    description:
      "How a person took part in a meeting, as an article states it. From the most specific to the least: chaired, co_chaired, led_delegation, spoke, attended.",
    values: Object.fromEntries(
      PARTICIPANT_ACTIONS.map((v) => [v, { value: v, description: PARTICIPANT_ACTION_DESCRIPTIONS[v] }]),
    ),
  });
  const AgreementAction = builder.enumType("AgreementAction", {
    description: "What happened (or is to happen) to an agreement, as an article states it.",
    values: Object.fromEntries(
      AGREEMENT_ACTIONS.map((v) => [v, { value: v, description: AGREEMENT_ACTION_DESCRIPTIONS[v] }]),
    ),
  });
  const ActionStatus = builder.enumType("ActionStatus", {
    description: "Whether an agreement's step has happened or is to happen.",
    values: {
      done: { value: "done", description: "It has happened (or is happening) as the article reports." },
      planned: { value: "planned", description: "It is to happen: planned, expected or aimed at." },
    },
  });
  const FigureKindEnum = builder.enumType("FigureKind", {
    description: "What an amount an article reports measures.",
    values: Object.fromEntries(
      FIGURE_KINDS.map((v) => [v, { value: v, description: FIGURE_KIND_DESCRIPTIONS[v] }]),
    ),
  });
  const FigureUnit = builder.enumType("FigureUnit", {
    description:
      "The unit of an amount: a currency by its ISO 4217 code, PERCENT, or OTHER for a unit this API does not name (the text is in `unitText`).",
    values: {
      ...Object.fromEntries(
        CURRENCIES.map((c) => [
          c.code,
          {
            value: c.code,
            description: `${CURRENCY_NAMES[c.code] ?? "The currency"} (ISO 4217 \`${c.code}\`)`,
          },
        ]),
      ),
      [PERCENT_UNIT]: { value: PERCENT_UNIT, description: "Percent (`%`)" },
      [OTHER_UNIT]: { value: OTHER_UNIT, description: "Any other unit: see `unitText`" },
    },
  });
  const MentionKind = builder.enumType("MentionKind", {
    description: "What a piece of evidence names.",
    values: Object.fromEntries(
      Object.values(MENTION_KINDS).map((v) => [v, { value: v, description: MENTION_KIND_DESCRIPTIONS[v] }]),
    ),
  });
  return {
    FigureKind: FigureKindEnum,
    FigureUnit,
    MentionKind,
    MeetingSeries,
    MeetingLevel,
    AgreementKind,
    DatePrecision,
    ParticipantAction,
    AgreementAction,
    ActionStatus,
  };
}

export type Enums = ReturnType<typeof addEnums>;
