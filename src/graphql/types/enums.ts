import { AGREEMENT_KINDS, MEETING_LEVELS, MEETING_SERIES } from "../../extract/types.ts";
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
  return { MeetingSeries, MeetingLevel, AgreementKind, DatePrecision };
}

export type Enums = ReturnType<typeof addEnums>;
