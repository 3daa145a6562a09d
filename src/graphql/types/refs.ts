import type { AgreementRefs } from "./agreement.ts";
import type { ArticleRefs } from "./article.ts";
import type { CountryRefs } from "./country.ts";
import type { addEvidenceTypes } from "./evidence.ts";
import type { MeetingRefs } from "./meeting.ts";
import type { PersonRefs } from "./person.ts";
import type { StoryRefs } from "./story.ts";
import type { TopicRefs } from "./topic.ts";

/**
 * The object and connection refs of every domain type. The schema is registered in two passes —
 * first every type, then the fields that cross from one domain to another — so that, say,
 * `Agreement.meetings` and `Meeting.agreements` can each name the other's type.
 */
export type Refs = ArticleRefs &
  MeetingRefs &
  AgreementRefs &
  CountryRefs &
  PersonRefs &
  TopicRefs &
  StoryRefs;

/** The evidence types, for the relation fields that list where articles state them. */
export type EvidenceRefs = ReturnType<typeof addEvidenceTypes>;
