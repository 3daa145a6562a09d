import { lexicographicSortSchema } from "graphql";
import { type SchemaDeps, createBuilder } from "./builder.ts";
import { addArticleType } from "./types/article.ts";
import { addScalars } from "./types/scalars.ts";
import { addSourceType } from "./types/source.ts";

/** Builds the GraphQL schema for one app: imports and registration only. */
export function buildSchema(deps: SchemaDeps) {
  const builder = createBuilder(deps.prisma);
  builder.queryType({ description: "Reading the knowledge graph." });
  addScalars(builder);
  addSourceType(builder);
  addArticleType(builder, deps);
  return lexicographicSortSchema(builder.toSchema());
}
