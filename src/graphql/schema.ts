import { lexicographicSortSchema } from "graphql";
import { createBuilder, type SchemaDeps } from "./builder.ts";
import { addAgreementType } from "./types/agreement.ts";
import { addArticleType } from "./types/article.ts";
import { addCountryType } from "./types/country.ts";
import { addEnums } from "./types/enums.ts";
import { addEvidenceTypes } from "./types/evidence.ts";
import { addMeetingType } from "./types/meeting.ts";
import { addPersonType } from "./types/person.ts";
import { addScalars } from "./types/scalars.ts";
import { addSourceType } from "./types/source.ts";
import { addStoryType } from "./types/story.ts";
import { addTopicType } from "./types/topic.ts";

/** Builds the GraphQL schema for one app: registration only, one module per domain type. */
export function buildSchema(deps: SchemaDeps) {
  const builder = createBuilder(deps.prisma);
  builder.queryType({ description: "Reading the knowledge graph." });
  addScalars(builder);
  const enums = addEnums(builder);
  addSourceType(builder);
  addArticleType(builder, deps);
  addCountryType(builder);
  addAgreementType(builder, enums);
  addMeetingType(builder, enums, deps);
  addPersonType(builder);
  addTopicType(builder);
  addStoryType(builder);
  addEvidenceTypes(builder);
  return lexicographicSortSchema(builder.toSchema());
}
