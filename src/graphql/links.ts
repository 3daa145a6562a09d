/** How articles link to an entity: a join table with a column holding the entity's key. */
export interface JoinLink {
  parent: "Meeting" | "Agreement" | "Country" | "Person" | "Topic";
  table: string;
  column: string;
  cast: "int" | "text";
  /** The parent's key as stored in `column`. */
  keyOf: (parent: Record<string, unknown>) => string | number;
}

/**
 * Each entity's link to its articles, stated once: every field that goes through the links
 * (`articles`, `mentionedWithMeetings`) reads it from here.
 */
export const ARTICLE_LINKS = {
  Meeting: {
    parent: "Meeting",
    table: "article_meeting",
    column: "meeting_id",
    cast: "int",
    keyOf: (m) => m.id as number,
  },
  Agreement: {
    parent: "Agreement",
    table: "article_agreement",
    column: "agreement_code",
    cast: "text",
    keyOf: (a) => a.code as string,
  },
  Country: {
    parent: "Country",
    table: "article_country",
    column: "country_code",
    cast: "text",
    keyOf: (c) => c.code as string,
  },
  Person: {
    parent: "Person",
    table: "article_person",
    column: "person_id",
    cast: "int",
    keyOf: (p) => p.id as number,
  },
  Topic: {
    parent: "Topic",
    table: "article_topic",
    column: "topic_slug",
    cast: "text",
    keyOf: (t) => t.slug as string,
  },
} as const satisfies Record<string, JoinLink>;
