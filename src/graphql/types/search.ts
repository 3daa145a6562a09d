import { type SearchHit, type SearchKind, searchAll } from "../../store/search.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { DEFAULT_PAGE_SIZE } from "../builder.ts";
import { loadNodes, type NodeFetch } from "../derived.ts";
import { withSearchInput } from "../inputs.ts";
import { checkPageArgs } from "../paging.ts";
import type { Refs } from "./refs.ts";

const TYPE_OF_KIND: Record<SearchKind, string> = {
  article: "Article",
  meeting: "Meeting",
  agreement: "Agreement",
  person: "Person",
};

type Node = Record<string, unknown>;

/** How each kind of hit is loaded, with the selection the client made under `... on <Type>`. */
function fetchers({ prisma }: SchemaDeps): Record<SearchKind, NodeFetch<Node>> {
  const at = (kind: SearchKind) => ({ path: ["edges", "node"], typeName: TYPE_OF_KIND[kind] });
  return {
    article: {
      ...at("article"),
      fetch: (q, ids) => prisma.article.findMany({ ...q, where: { id: { in: ids as number[] } } }),
      keyOf: (n) => n.id as number,
    },
    meeting: {
      ...at("meeting"),
      fetch: (q, ids) => prisma.meeting.findMany({ ...q, where: { id: { in: ids as number[] } } }),
      keyOf: (n) => n.id as number,
    },
    agreement: {
      ...at("agreement"),
      fetch: (q, codes) => prisma.agreement.findMany({ ...q, where: { code: { in: codes as string[] } } }),
      keyOf: (n) => n.code as string,
    },
    person: {
      ...at("person"),
      fetch: (q, ids) => prisma.person.findMany({ ...q, where: { id: { in: ids as number[] } } }),
      keyOf: (n) => n.id as number,
    },
  };
}

/** `SearchResult`, `SearchConnection` and the root field `search`. */
export function addSearchFields(builder: Builder, deps: SchemaDeps, refs: Refs): void {
  // Rows carry no type name, so each loaded node remembers which member of the union it is.
  const kindOf = new WeakMap<object, string>();
  const SearchResult = builder.unionType("SearchResult", {
    description: "Anything search can find.",
    types: [refs.Article, refs.Meeting, refs.Agreement, refs.Person],
    resolveType: (node) => kindOf.get(node as object) ?? "Article",
  });
  const SearchConnection = builder.connectionObject(
    { type: SearchResult, name: "SearchConnection", description: "A page of search results, best first." },
    {
      name: "SearchEdge",
      description: "One search result, with how well it matched.",
      fields: (t) => ({
        rank: t.float({
          description: "Relevance: higher is better; comparable within one search only.",
          resolve: (edge) => (edge as unknown as SearchHit).rank,
        }),
        snippet: t.string({
          description: "Text around the matches, each matched word between « and ».",
          resolve: (edge) => (edge as unknown as SearchHit).snippet,
        }),
      }),
    },
  );
  const how = fetchers(deps);
  builder.queryField("search", (t) =>
    t.field({
      type: SearchConnection,
      description:
        "Articles, meetings, agreements and people matching the text, best first. Whole words, " +
        "accent- and tone-placement-insensitive (`hoi nghi` finds `hội nghị`): every word must occur, " +
        'side by side first; a quoted phrase (`"hàng hóa"`) must occur side by side. A text or quoted ' +
        "phrase that names a country, agreement, person or meeting by any of its names (`Mỹ`, `Hoa Ky`, " +
        "`US`, `RCEP`, `Lavrov`, `AMM-58`) finds that entity and the articles reporting it. Matches " +
        "written as typed, diacritics included, rank first.",
      args: {
        query: t.arg.string({
          required: true,
          description:
            "The search text (at most 200 characters; its first 16 words and 4 quoted phrases count).",
        }),
        first: t.arg.int({ description: "Results per page (default 20, at most 100)." }),
        after: t.arg.string({ description: "Continue after the result with this cursor." }),
      },
      resolve: async (_root, args, ctx, info) => {
        checkPageArgs(args);
        const first = args.first ?? DEFAULT_PAGE_SIZE;
        const page = await withSearchInput(() =>
          searchAll(deps.sql, args.query, { first, after: args.after ?? null }),
        );
        const nodes = new Map<string, Node>();
        await Promise.all(
          (Object.keys(how) as SearchKind[]).map(async (kind) => {
            const keys = page.hits.filter((h) => h.kind === kind).map((h) => h.id);
            if (keys.length === 0) return;
            for (const node of await loadNodes(ctx, info, kind, keys, how[kind])) {
              kindOf.set(node, TYPE_OF_KIND[kind]);
              nodes.set(`${kind}:${how[kind].keyOf(node)}`, node);
            }
          }),
        );
        const edges = page.hits.flatMap((hit) => {
          const node = nodes.get(`${hit.kind}:${hit.id}`);
          return node ? [{ ...hit, node: node as { id: number } }] : [];
        });
        return {
          edges,
          totalCount: page.totalCount,
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: Boolean(args.after),
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        };
      },
    }),
  );
}
