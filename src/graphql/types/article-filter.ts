import type { Prisma } from "../../generated/prisma/client.ts";
import { PRESENT } from "../../store/present.ts";
import { searchArticleIds } from "../../store/search.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import {
  agreementCode,
  countryCode,
  dateRange,
  languageCode,
  meetingKey,
  numericId,
  textInput,
  topicSlug,
  withSearchInput,
} from "../inputs.ts";
import { findPersonIds } from "../name-match.ts";
import type { Enums } from "./enums.ts";

/** What `ArticleFilter` holds once parsed by GraphQL. */
export interface ArticleFilterInput {
  text?: string | null;
  meeting?: string | null;
  series?: string | null;
  agreement?: string | null;
  country?: string | null;
  person?: string | null;
  topic?: string | null;
  lang?: string | null;
  source?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
  story?: string | null;
}

/** The `ArticleFilter` input type and the `ArticleOrder` enum. */
export function addArticleFilter(builder: Builder, enums: Enums) {
  const ArticleFilter = builder.inputType("ArticleFilter", {
    description: "Narrows a list of articles; every field given must hold (AND).",
    fields: (t) => ({
      text: t.string({ description: "Search text (accent-insensitive, Vietnamese or English)." }),
      meeting: t.string({ description: "Reports this meeting (canonical key, `AMM-58`)." }),
      series: t.field({ type: enums.MeetingSeries, description: "Reports a meeting of this series." }),
      agreement: t.string({ description: "Cites this agreement (code, `AKFTA`)." }),
      country: t.string({ description: "Names this country (ISO code, `JP`)." }),
      person: t.string({
        description: "Names this person: a Person id, or part of a name or alias (accent-insensitive).",
      }),
      topic: t.string({ description: "Covers this topic (slug, `digital-economy`)." }),
      lang: t.string({ description: "Written in this language (`vi` or `en`)." }),
      source: t.string({ description: "From this outlet (name, case-insensitive)." }),
      publishedFrom: t.field({
        type: "PartialDate",
        description: "Published on or after the start of this date (`2025-07` = from 1 July 2025).",
      }),
      publishedTo: t.field({
        type: "PartialDate",
        description: "Published on or before the end of this date (`2025-07` = up to 31 July 2025).",
      }),
      story: t.id({ description: "Belongs to this story (Story id)." }),
    }),
  });
  const ArticleOrder = builder.enumType("ArticleOrder", {
    description: "Orders of article lists; ties are broken by id, so cursors stay stable.",
    values: {
      NEWEST: { description: "Most recently published first; undated articles last (the default)." },
      OLDEST: { description: "Earliest published first; undated articles last." },
      RECENTLY_INGESTED: { description: "Most recently ingested first." },
    },
  });
  return { ArticleFilter, ArticleOrder };
}

/** Prisma ordering for an `ArticleOrder` value, always ending with the unique id. */
export function articleOrderBy(order: string | null | undefined): Prisma.ArticleOrderByWithRelationInput[] {
  if (order === "OLDEST") return [{ publishedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }];
  if (order === "RECENTLY_INGESTED") return [{ ingestedAt: "desc" }, { id: "desc" }];
  return [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }];
}

/** Translates an `ArticleFilter` into a Prisma `where` (present articles only), validating it. */
export async function articleWhere(
  filter: ArticleFilterInput | null | undefined,
  { sql }: Pick<SchemaDeps, "sql">,
): Promise<Prisma.ArticleWhereInput> {
  const f = filter ?? {};
  const and: Prisma.ArticleWhereInput[] = [PRESENT];
  if (f.meeting) and.push({ meetings: { some: { meeting: { key: meetingKey(f.meeting) } } } });
  if (f.series) and.push({ meetings: { some: { meeting: { series: f.series as never } } } });
  if (f.agreement) and.push({ agreements: { some: { agreementCode: agreementCode(f.agreement) } } });
  if (f.country) and.push({ countries: { some: { countryCode: countryCode(f.country) } } });
  if (f.topic) and.push({ topics: { some: { topicSlug: topicSlug(f.topic) } } });
  if (f.lang) and.push({ lang: languageCode(f.lang) });
  if (f.source) {
    and.push({ source: { name: { equals: textInput(f.source, "source"), mode: "insensitive" } } });
  }
  if (f.publishedFrom || f.publishedTo) and.push({ publishedAt: dateRange(f.publishedFrom, f.publishedTo) });
  if (f.story) and.push({ storyId: numericId(f.story, "Story") ?? -1 });
  if (f.person) and.push({ people: { some: { personId: { in: await personIds(sql, f.person) } } } });
  if (f.text) {
    const text = textInput(f.text, "text");
    and.push({ id: { in: await withSearchInput(() => searchArticleIds(sql, text)) } });
  }
  return { AND: and };
}

async function personIds(sql: SchemaDeps["sql"], person: string): Promise<number[]> {
  const value = textInput(person, "person");
  // A bare number or a Person id selects one person; anything else is part of a name.
  if (/^\d+$/.test(value) || /^[A-Za-z0-9+/]+=*$/.test(value)) {
    try {
      const id = numericId(value, "Person");
      if (id !== null) return [id];
    } catch {
      // not an id after all: a name such as "Lavrov" is valid base64 too
    }
  }
  return findPersonIds(sql, value);
}
