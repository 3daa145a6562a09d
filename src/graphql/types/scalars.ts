import { GraphQLError } from "graphql";
import type { Builder } from "../builder.ts";

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** False for a day the month does not have (`2025-02-30`); true for month and year precision. */
function isCalendarDay(value: string): boolean {
  const [y = 0, m = 1, d] = value.split("-").map(Number);
  return d === undefined || new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/** Formats a stored first-day date at its precision: `2025-09-25`, `2025-07`, `2025`, or null. */
export function formatStoredDate(date: Date | null, precision: string): string | null {
  if (!date || precision === "unknown") return null;
  const iso = date.toISOString().slice(0, 10);
  if (precision === "year") return iso.slice(0, 4);
  return precision === "month" ? iso.slice(0, 7) : iso;
}

/** Scalars shared by every type. */
export function addScalars(builder: Builder): void {
  builder.scalarType("PartialDate", {
    description:
      "A calendar date known to some precision: `2025-09-25` (day), `2025-07` (month) or `2025` (year).",
    serialize: (value) => value,
    parseValue: (value) => {
      if (typeof value !== "string" || !PARTIAL_DATE.test(value) || !isCalendarDay(value)) {
        throw new GraphQLError("PartialDate must be a real date like 2025, 2025-07 or 2025-07-10", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      return value;
    },
  });
  builder.scalarType("DateTime", {
    description: "An instant, as an ISO 8601 string in UTC.",
    serialize: (value) => value.toISOString(),
    parseValue: (value) => {
      const date = typeof value === "string" ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime())) {
        throw new GraphQLError("DateTime must be an ISO 8601 string", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      return date;
    },
  });
}
