import { PRESENT } from "../../store/present.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { addArticlesConnection } from "./article-links.ts";
import type { Refs } from "./refs.ts";

/** `Source`: the outlet an article comes from. */
export function addSourceType(builder: Builder): void {
  builder.prismaNode("Source", {
    description: "A news outlet (e.g. `Tiền Phong`, `TBTCO`).",
    id: { field: "id" },
    nullable: true,
    fields: (t) => ({
      name: t.exposeString("name", { description: "The outlet's name as the articles give it." }),
    }),
  });
}

/** `Source.articles` and the root field `sources`. */
export function addSourceFields(builder: Builder, deps: SchemaDeps, refs: Refs): void {
  const { prisma } = deps;
  addArticlesConnection(builder, deps, refs, {
    parent: "Source",
    from: "article a",
    parentColumn: "a.source_id",
    cast: "int",
    keyOf: (source) => source.id as number,
    description: "The outlet's present articles, newest first.",
  });
  builder.queryField("sources", (t) =>
    t.prismaField({
      type: ["Source"],
      description: "Every outlet that has a present article, by name.",
      resolve: (query) =>
        prisma.source.findMany({
          ...query,
          where: { articles: { some: PRESENT } },
          orderBy: { name: "asc" },
        }),
    }),
  );
}
