import type { PartialDate } from "../extract/types.ts";

/** First day of a partial date, as a UTC date for a `DATE` column. */
export function partialDateToDate(d: PartialDate | null): Date | null {
  return d ? new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1)) : null;
}

/** The stored precision of a partial date. */
export function precisionOf(d: PartialDate | null): "day" | "month" | "year" | "unknown" {
  if (!d) return "unknown";
  if (d.day !== undefined) return "day";
  return d.month !== undefined ? "month" : "year";
}
