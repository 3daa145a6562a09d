import { lexicographicSortSchema } from "graphql";
import { createBuilder, type SchemaDeps } from "./builder.ts";
import { addAgreementFields, addAgreementType } from "./types/agreement.ts";
import { addAgreementStepFields } from "./types/agreement-steps.ts";
import { addArticleType } from "./types/article.ts";
import { addArticleEventTypes } from "./types/article-events.ts";
import { addConnectionFields } from "./types/connection.ts";
import { addCountryFields, addCountryType } from "./types/country.ts";
import { addEnums } from "./types/enums.ts";
import { addEvidenceTypes } from "./types/evidence.ts";
import { addFigureFactFields } from "./types/figure-facts.ts";
import { addIngestFailureType } from "./types/ingest-failure.ts";
import { addMeetingFields, addMeetingType } from "./types/meeting.ts";
import { addParticipationFields } from "./types/participation.ts";
import { addPersonFields, addPersonType } from "./types/person.ts";
import { addScalars } from "./types/scalars.ts";
import { addSearchFields } from "./types/search.ts";
import { addSourceFields, addSourceType } from "./types/source.ts";
import { addStatsFields } from "./types/stats.ts";
import { addStoryFields, addStoryType } from "./types/story.ts";
import { addTopicFields, addTopicType } from "./types/topic.ts";

/**
 * Builds the GraphQL schema for one app: registration only, one module per domain type. First
 * every type, then the fields that point from one domain into another (see types/refs.ts).
 */
export function buildSchema(deps: SchemaDeps) {
  const builder = createBuilder(deps.prisma);
  builder.queryType({ description: "Reading the knowledge graph." });
  addScalars(builder);
  addConnectionFields(builder);
  const enums = addEnums(builder);
  addSourceType(builder);
  const refs = {
    ...addArticleType(builder, enums, deps),
    ...addCountryType(builder),
    ...addAgreementType(builder, enums),
    ...addMeetingType(builder, enums),
    ...addPersonType(builder),
    ...addTopicType(builder),
    ...addStoryType(builder),
  };
  const evidence = addEvidenceTypes(builder, enums, deps, refs);
  addIngestFailureType(builder, deps);
  addSourceFields(builder, deps, refs);
  addCountryFields(builder, deps, { ...refs, ...evidence });
  addAgreementFields(builder, enums, deps, { ...refs, ...evidence });
  addMeetingFields(builder, enums, deps, { ...refs, ...evidence });
  addPersonFields(builder, deps, { ...refs, ...evidence });
  addParticipationFields(builder, enums, deps, { ...refs, ...evidence });
  addAgreementStepFields(builder, enums, deps, { ...refs, ...evidence });
  addFigureFactFields(builder, enums, deps, refs);
  addTopicFields(builder, deps, refs);
  addStoryFields(builder, deps, refs);
  addSearchFields(builder, deps, refs);
  addStatsFields(builder, enums, deps, refs);
  addArticleEventTypes(builder, deps, refs);
  return lexicographicSortSchema(builder.toSchema());
}
