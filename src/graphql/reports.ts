import type { EvidenceSpan } from "./types/evidence.ts";

// A relation (a participation, an agreement's step) is one fact however many articles report it:
// its rows, one per report, are read in one statement for all parents and folded here (by hand:
// Prisma's groupBy aggregates a group, it cannot hand back the rows, i.e. the evidence, in it).

/** One article's report of a relation: where it states it. */
export interface ReportRow {
  parent: unknown;
  article_id: number;
  start: number;
  end: number;
  sentence_start: number;
  sentence_end: number;
}

/** SQL selecting a report's evidence columns from the table aliased `alias`. */
export function evidenceColumns(alias: string): string {
  return `${alias}.article_id, ${alias}.start, ${alias}."end", ${alias}.sentence_start, ${alias}.sentence_end`;
}

/** The evidence of one report. */
export function evidenceOf(row: ReportRow): EvidenceSpan {
  return {
    articleId: Number(row.article_id),
    start: Number(row.start),
    end: Number(row.end),
    sentenceStart: Number(row.sentence_start),
    sentenceEnd: Number(row.sentence_end),
  };
}

/** The reports of one fact: the first row (in the statement's order) and every row. */
export interface Reported<R> {
  first: R;
  rows: R[];
  evidence: EvidenceSpan[];
}

/**
 * Folds one parent's rows into one entry per fact (`keyOf`), in the order each fact first
 * appears; a fact's evidence lists its reports in the rows' order.
 */
export function foldReports<R extends ReportRow>(rows: R[], keyOf: (row: R) => string): Reported<R>[] {
  const facts = new Map<string, Reported<R>>();
  for (const row of rows) {
    const key = keyOf(row);
    const fact = facts.get(key);
    if (fact) {
      fact.rows.push(row);
      fact.evidence.push(evidenceOf(row));
    } else facts.set(key, { first: row, rows: [row], evidence: [evidenceOf(row)] });
  }
  return [...facts.values()];
}
