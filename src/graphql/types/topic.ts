import type { Builder } from "../builder.ts";

/** `Topic` and `Article.topics`. */
export function addTopicType(builder: Builder) {
  const Topic = builder.prismaNode("Topic", {
    description: "A subject area from the topic lexicon (digital economy, energy, East Sea …).",
    id: { field: "slug" },
    fields: (t) => ({
      slug: t.exposeString("slug", { description: "Stable identifier, e.g. `digital-economy`." }),
      nameVi: t.exposeString("nameVi", { description: "Vietnamese name." }),
      nameEn: t.exposeString("nameEn", { description: "English name." }),
    }),
  });
  builder.prismaObjectField("Article", "topics", (t) =>
    t.field({
      type: [Topic],
      description: "Topics the article covers, by slug.",
      select: (_args, _ctx, nested) => ({
        topics: { select: { topic: nested(true) }, orderBy: { topicSlug: "asc" } },
      }),
      resolve: (a) => a.topics.map((x) => x.topic),
    }),
  );
  return Topic;
}
