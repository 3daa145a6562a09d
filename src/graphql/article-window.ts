import type { GraphQLResolveInfo } from "graphql";
import type { SqlExecutor } from "../db/sql.ts";
import { fieldBatchName, groupByParent, loadBatched } from "./batch.ts";
import { DEFAULT_PAGE_SIZE } from "./builder.ts";
import { decodeCursor, encodeCursor, type PageArgs, type SortKey } from "./memory-page.ts";
import { checkPageArgs } from "./paging.ts";
import { PRESENT_SQL } from "./present.ts";

/** Where an entity's articles come from: a FROM clause naming the article `a`, and the parent's column. */
export interface ArticleSource {
  /** E.g. `article_meeting l JOIN article a ON a.id = l.article_id`, or `article a`. */
  from: string;
  /** E.g. `l.meeting_id` or `a.source_id`. */
  parentColumn: string;
  cast: "int" | "text";
}

/** One page of one parent's articles: ids in order, with their cursors (and columns, when asked). */
export interface ArticleWindow {
  rows: Array<{ id: number; cursor: string; row: Record<string, unknown> }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

interface Row {
  parent: string | number;
  window_id: number;
  window_day: number | null;
  [column: string]: unknown;
}

// Newest first, undated last, then by id: the order of `articles` (NEWEST). A cursor holds the
// sort key [-day, -id] (ascending, nulls last, as pageInMemory compares them).
const NEWEST = "a.published_at DESC NULLS LAST, a.id DESC";
const OLDEST_FIRST_REVERSED = "a.published_at ASC NULLS FIRST, a.id ASC";
const DAY = "(a.published_at - DATE '1970-01-01')";

function keyOf(row: Row): SortKey {
  return [row.window_day === null ? null : -Number(row.window_day), -Number(row.window_id)];
}

/** SQL for "sorts after (or before) the cursor" in NEWEST order, with its parameters. */
function cursorCondition(cursor: string, side: "after" | "before", at: number): [string, unknown[]] {
  const [negDay, negId] = decodeCursor(cursor);
  const id = -Number(negId);
  if (negDay === null || negDay === undefined) {
    return side === "after"
      ? [`(a.published_at IS NULL AND a.id < $${at})`, [id]]
      : [`(a.published_at IS NOT NULL OR a.id > $${at})`, [id]];
  }
  const day = -Number(negDay);
  const same = `${DAY} = $${at}::int`;
  return side === "after"
    ? [`(${DAY} < $${at}::int OR (${same} AND a.id < $${at + 1}) OR a.published_at IS NULL)`, [day, id]]
    : [`(${DAY} > $${at}::int OR (${same} AND a.id > $${at + 1}))`, [day, id]];
}

/**
 * One statement for the pages of all parents: a window per parent, at most `size + 1` rows each,
 * with `columns` (a select list over the article `a`) read for the page's rows when given.
 */
function windowStatement(
  source: ArticleSource,
  args: PageArgs,
  size: number,
  columns: string | undefined,
): [string, unknown[]] {
  // $1 is the parents' keys, filled in by the batch.
  const params: unknown[] = [null, size + 1];
  const conditions: string[] = [];
  for (const side of ["after", "before"] as const) {
    const cursor = args[side];
    if (!cursor) continue;
    const [condition, values] = cursorCondition(cursor, side, params.length + 1);
    conditions.push(condition);
    params.push(...values);
  }
  const order = args.last != null && args.first == null ? OLDEST_FIRST_REVERSED : NEWEST;
  const statement = `
    SELECT w.parent, w.id AS window_id, w.day AS window_day${columns ? `, ${columns}` : ""} FROM (
      SELECT ${source.parentColumn} AS parent, a.id, ${DAY} AS day,
             row_number() OVER (PARTITION BY ${source.parentColumn} ORDER BY ${order}) AS rn
        FROM ${source.from}
       WHERE ${PRESENT_SQL} AND ${source.parentColumn} = ANY($1::${source.cast}[])
             ${conditions.map((c) => `AND ${c}`).join(" ")}
    ) w ${columns ? "JOIN article a ON a.id = w.id" : ""} WHERE w.rn <= $2 ORDER BY w.parent, w.rn`;
  return [statement, params];
}

/**
 * The page of `parent`'s present articles (newest first) that `args` asks for, read in one SQL
 * statement together with the pages of every other parent of the field in this request. Only
 * the page is read — not every article of every parent, as Prisma's nested `take` would. With
 * `columns` (a select list over the article `a`, the same for every parent of the field), each
 * row also carries them, read by the same statement.
 */
export async function loadArticleWindow(
  ctx: object,
  info: GraphQLResolveInfo,
  args: PageArgs,
  sql: SqlExecutor,
  source: ArticleSource,
  parent: string | number,
  columns?: string,
): Promise<ArticleWindow> {
  checkPageArgs(args);
  const backwards = args.last != null && args.first == null;
  const size = (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const [statement, params] = windowStatement(source, args, size, columns);
  const batch = fieldBatchName(info, args, columns ? `:window:${columns}` : ":window");
  const rows =
    (await loadBatched(ctx, batch, String(parent), async (keys) =>
      groupByParent(await sql.query<Row>(statement, [keys, ...params.slice(1)])),
    )) ?? [];
  const page = rows.slice(0, size);
  if (backwards) page.reverse();
  const more = rows.length > size;
  return {
    rows: page.map((row) => {
      const { parent: _parent, window_id, window_day: _day, ...columns } = row;
      return { id: Number(window_id), cursor: encodeCursor(keyOf(row)), row: columns };
    }),
    hasNextPage: backwards ? Boolean(args.before) : more,
    hasPreviousPage: backwards ? more : Boolean(args.after),
  };
}
