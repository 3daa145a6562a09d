import type { GraphQLResolveInfo } from "graphql";
import type { SqlExecutor } from "../db/sql.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { PRESENT_SQL } from "../store/present.ts";
import { fieldBatchName, groupByParent, loadBatched } from "./batch.ts";
import { DEFAULT_PAGE_SIZE } from "./builder.ts";
import { decodeCursor, encodeCursor, type PageArgs, type SortKey } from "./memory-page.ts";
import { checkPageArgs } from "./paging.ts";

// SQL fragments are composed with Prisma's tagged template (sql-template-tag): values become
// numbered parameters wherever a fragment ends up, and only `raw` text is pasted in.
const { sql, raw, join, empty } = Prisma;

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
const NEWEST = raw("a.published_at DESC NULLS LAST, a.id DESC");
const OLDEST_FIRST_REVERSED = raw("a.published_at ASC NULLS FIRST, a.id ASC");
const DAY = raw("(a.published_at - DATE '1970-01-01')");
/** Stands for the parents' keys in a statement's values until the batch has them. */
const PARENT_KEYS = Symbol("parent keys");

function keyOf(row: Row): SortKey {
  return [row.window_day === null ? null : -Number(row.window_day), -Number(row.window_id)];
}

/** "Sorts after (or before) the cursor" in NEWEST order. */
function cursorCondition(cursor: string, side: "after" | "before"): Prisma.Sql {
  const [negDay, negId] = decodeCursor(cursor);
  const id = -Number(negId);
  if (negDay === null || negDay === undefined) {
    return side === "after"
      ? sql`(a.published_at IS NULL AND a.id < ${id})`
      : sql`(a.published_at IS NOT NULL OR a.id > ${id})`;
  }
  const day = -Number(negDay);
  return side === "after"
    ? sql`(${DAY} < ${day}::int OR (${DAY} = ${day}::int AND a.id < ${id}) OR a.published_at IS NULL)`
    : sql`(${DAY} > ${day}::int OR (${DAY} = ${day}::int AND a.id > ${id}))`;
}

/**
 * One statement for the pages of all parents: a window per parent, at most `size + 1` rows each,
 * with `columns` (a select list over the article `a`) read for the page's rows when given. Its
 * values hold {@link PARENT_KEYS} where the batch puts the parents' keys.
 */
function windowStatement(
  source: ArticleSource,
  args: PageArgs,
  size: number,
  columns: string | undefined,
): Prisma.Sql {
  const sides = (["after", "before"] as const).filter((side) => args[side]);
  const conditions = sides.map((side) => sql`AND ${cursorCondition(args[side] as string, side)}`);
  const order = args.last != null && args.first == null ? OLDEST_FIRST_REVERSED : NEWEST;
  const parent = raw(source.parentColumn);
  const extra = columns ? raw(`, ${columns}`) : empty;
  return sql`
    SELECT w.parent, w.id AS window_id, w.day AS window_day${extra} FROM (
      SELECT ${parent} AS parent, a.id, ${DAY} AS day,
             row_number() OVER (PARTITION BY ${parent} ORDER BY ${order}) AS rn
        FROM ${raw(source.from)}
       WHERE ${raw(PRESENT_SQL)} AND ${parent} = ANY(${PARENT_KEYS}::${raw(source.cast)}[])
             ${conditions.length > 0 ? join(conditions, " ") : empty}
    ) w ${columns ? raw("JOIN article a ON a.id = w.id") : empty} WHERE w.rn <= ${size + 1} ORDER BY w.parent, w.rn`;
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
  db: SqlExecutor,
  source: ArticleSource,
  parent: string | number,
  columns?: string,
): Promise<ArticleWindow> {
  checkPageArgs(args);
  const backwards = args.last != null && args.first == null;
  const size = (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const batch = fieldBatchName(info, args, columns ? `:window:${columns}` : ":window");
  const rows =
    (await loadBatched(ctx, batch, String(parent), async (keys) => {
      // Built once per batch: its page, cursors and columns are the same for every parent in it.
      const statement = windowStatement(source, args, size, columns);
      const values = statement.values.map((v) => (v === PARENT_KEYS ? keys : v));
      return groupByParent(await db.query<Row>(statement.text, values));
    })) ?? [];
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
