import { AGREEMENT_KINDS, MEETING_LEVELS, MEETING_SERIES } from "../../extract/types.ts";
import type { Builder } from "../builder.ts";

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
    values: Object.fromEntries(MEETING_LEVELS.map((v) => [v, { value: v }])),
  });
  const AgreementKind = builder.enumType("AgreementKind", {
    description: "What sort of instrument an agreement is.",
    values: Object.fromEntries(AGREEMENT_KINDS.map((v) => [v, { value: v }])),
  });
  const DatePrecision = builder.enumType("DatePrecision", {
    description: "How precisely a date is known.",
    values: {
      day: { value: "day" },
      month: { value: "month" },
      year: { value: "year" },
      unknown: { value: "unknown" },
    },
  });
  return { MeetingSeries, MeetingLevel, AgreementKind, DatePrecision };
}

export type Enums = ReturnType<typeof addEnums>;
