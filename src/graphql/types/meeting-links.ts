import type { Builder, SchemaDeps } from "../builder.ts";
import { loadLinks, loadNodes, selectsOnlyTotalCount } from "../derived.ts";
import type { ARTICLE_LINKS } from "../links.ts";
import { pageInMemory } from "../memory-page.ts";
import { PRESENT_SQL } from "../present.ts";
import type { Refs } from "./refs.ts";

/** A meeting reached through articles, with what it sorts by. */
interface MeetingLink {
  parent: string | number;
  key: number;
  /** Days since 1970-01-01 of the meeting's date, or null. */
  day: number | null;
  year: number | null;
}

/** Selects the meetings reported by present articles that also link to the parent. */
function meetingsVia(table: string, column: string, cast: string): string {
  return `
    SELECT DISTINCT l.${column} AS parent, m.id AS key, (m.date - DATE '1970-01-01') AS day, m.year
      FROM ${table} l
      JOIN article a ON a.id = l.article_id AND ${PRESENT_SQL}
      JOIN article_meeting am ON am.article_id = l.article_id
      JOIN meeting m ON m.id = am.meeting_id
     WHERE l.${column} = ANY($1::${cast}[])`;
}

/** Latest first, undated last, then by id: the order of `meetings` (NEWEST). */
function newestFirst(l: MeetingLink) {
  return [l.day === null ? null : -Number(l.day), l.year === null ? null : -Number(l.year), -Number(l.key)];
}

/**
 * Adds `<parent>.mentionedWithMeetings`: the meetings reported by the present articles that name
 * the parent (co-occurrence),
 * latest first, as a `MeetingConnection`. The list is derived (article → meeting), so it is read
 * whole for all parents in one statement and paged in memory with sort-key cursors.
 */
export function addMeetingsViaArticles(
  builder: Builder,
  { sql, prisma }: SchemaDeps,
  refs: Refs,
  via: { link: typeof ARTICLE_LINKS.Agreement | typeof ARTICLE_LINKS.Person; description: string },
): void {
  const { link } = via;
  const statement = meetingsVia(link.table, link.column, link.cast);
  builder.prismaObjectField(link.parent as "Agreement", "mentionedWithMeetings", (t) =>
    t.connection(
      {
        type: refs.Meeting,
        description: via.description,
        resolve: async (parent, args, ctx, info) => {
          const key = link.keyOf(parent as never);
          const links = await loadLinks<MeetingLink>(ctx, info, args, sql, statement, key);
          const page = pageInMemory(links, args, newestFirst);
          if (selectsOnlyTotalCount(info)) return { ...page, edges: [] };
          const meetings = await loadNodes(
            ctx,
            info,
            args,
            page.edges.map((e) => e.node.key),
            {
              path: ["edges", "node"],
              fetch: (query, ids) =>
                prisma.meeting.findMany({ ...query, where: { id: { in: ids as number[] } } }),
              keyOf: (m) => m.id,
            },
          );
          const byId = new Map(meetings.map((m) => [m.id, m]));
          const edges = page.edges.flatMap((e) => {
            const node = byId.get(Number(e.node.key));
            return node ? [{ cursor: e.cursor, node }] : [];
          });
          return { ...page, edges };
        },
      },
      refs.MeetingConnection,
    ),
  );
}
