import type { GraphQLResolveInfo } from "graphql";
import type { Article } from "../../generated/prisma/client.ts";
import { PRESENT_SQL } from "../../store/present.ts";
import { articleColumns, asPrismaArticle } from "../article-rows.ts";
import { type ArticleSource, loadArticleWindow } from "../article-window.ts";
import { fieldBatchName, loadBatched } from "../batch.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { loadNodes, planNodes, selectsOnlyTotalCount } from "../derived.ts";
import type { JoinLink } from "../links.ts";
import { checkPageArgs } from "../paging.ts";
import type { Refs } from "./refs.ts";

const EMPTY_PAGE = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };

/** An entity whose present articles get an `articles` connection. */
export interface ArticleLink extends ArticleSource {
  /** The entity type that gets the field. */
  parent: "Meeting" | "Agreement" | "Country" | "Person" | "Topic" | "Source";
  /** The parent's key as stored in `parentColumn`. */
  keyOf: (parent: Record<string, unknown>) => string | number;
  description: string;
}

/** The `ArticleLink` of an entity linked through its join table, with the field's description. */
export function viaJoinTable(link: JoinLink, description: string): ArticleLink {
  return {
    parent: link.parent,
    from: `${link.table} l JOIN article a ON a.id = l.article_id`,
    parentColumn: `l.${link.column}`,
    cast: link.cast,
    keyOf: link.keyOf,
    description,
  };
}

/**
 * Adds `<parent>.articles`: the parent's present articles, newest first, as an
 * `ArticleConnection`. Whatever the number of parents, a page costs one windowed SQL statement
 * (only the rows of the page, see article-window.ts) and one Prisma query for the articles with
 * the client's selection; `totalCount`, when selected, one grouped count.
 */
export function addArticlesConnection(
  builder: Builder,
  { sql, prisma }: SchemaDeps,
  refs: Refs,
  link: ArticleLink,
) {
  const countStatement = `SELECT ${link.parentColumn} AS parent, count(*)::int AS n FROM ${link.from}
     WHERE ${PRESENT_SQL} AND ${link.parentColumn} = ANY($1::${link.cast}[]) GROUP BY 1`;
  const count = (ctx: object, info: GraphQLResolveInfo, key: string | number) =>
    loadBatched(ctx, fieldBatchName(info, null, ":count"), String(key), async (keys) => {
      const rows = await sql.query<{ parent: string | number; n: number }>(countStatement, [keys]);
      return new Map(rows.map((r) => [String(r.parent), Number(r.n)]));
    }).then((n) => n ?? 0);

  builder.prismaObjectField(link.parent as "Meeting", "articles", (t) =>
    t.connection(
      {
        type: refs.Article,
        description: link.description,
        resolve: async (parent, args, ctx, info) => {
          const key = link.keyOf(parent as never);
          const totalCount = () => count(ctx, info, key);
          checkPageArgs(args); // a bad page is an error even when only the count is asked for
          if (selectsOnlyTotalCount(info)) return { edges: [], pageInfo: EMPTY_PAGE, totalCount };
          // Planned first: when the page asks for plain columns and code lists, the window's own
          // statement reads them (article-rows.ts); otherwise the articles are loaded after it.
          const query = await planNodes(ctx, info, ["edges", "node"]);
          const selected = articleColumns(query);
          const window = await loadArticleWindow(ctx, info, args, sql, link, key, selected?.columns);
          const articles = selected
            ? window.rows.map((r) => asPrismaArticle<Article>(r.row, selected.lists))
            : await loadNodes(
                ctx,
                info,
                args,
                window.rows.map((r) => r.id),
                {
                  path: ["edges", "node"],
                  fetch: (query, ids) =>
                    prisma.article.findMany({ ...query, where: { id: { in: ids as number[] } } }),
                  keyOf: (a) => a.id,
                },
                query,
              );
          const byId = new Map(articles.map((a) => [a.id, a]));
          const edges = window.rows.flatMap((r) => {
            const node = byId.get(r.id);
            return node ? [{ cursor: r.cursor, node }] : [];
          });
          return {
            edges,
            pageInfo: {
              hasNextPage: window.hasNextPage,
              hasPreviousPage: window.hasPreviousPage,
              startCursor: edges[0]?.cursor ?? null,
              endCursor: edges.at(-1)?.cursor ?? null,
            },
            totalCount,
          };
        },
      },
      refs.ArticleConnection,
    ),
  );
}
