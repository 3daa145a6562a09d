import { PRESENT } from "../../store/present.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { topicSlug } from "../inputs.ts";
import { ARTICLE_LINKS } from "../links.ts";
import { addArticlesConnection, viaJoinTable } from "./article-links.ts";
import type { Refs } from "./refs.ts";

/** `Topic` and `Article.topics`. */
export function addTopicType(builder: Builder) {
  const Topic = builder.prismaNode("Topic", {
    description: "A subject area from the topic lexicon (digital economy, energy, East Sea …).",
    id: { field: "slug" },
    nullable: true,
    fields: (t) => ({
      slug: t.exposeString("slug", { description: "Stable identifier, e.g. `digital-economy`." }),
      nameVi: t.exposeString("nameVi", { description: "Vietnamese name." }),
      nameEn: t.exposeString("nameEn", { description: "English name." }),
      articleCount: t.relationCount("articles", {
        description: "How many present articles cover the topic.",
        where: { article: PRESENT },
      }),
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
  return { Topic };
}

/** The refs other domain types use to point at topics. */
export type TopicRefs = ReturnType<typeof addTopicType>;

/** `Topic.articles` and the root fields `topic(slug:)` and `topics`. */
export function addTopicFields(builder: Builder, deps: SchemaDeps, refs: Refs): void {
  const { prisma } = deps;
  addArticlesConnection(
    builder,
    deps,
    refs,
    viaJoinTable(ARTICLE_LINKS.Topic, "Articles covering the topic, newest first."),
  );
  builder.queryFields((t) => ({
    topic: t.prismaField({
      type: refs.Topic,
      nullable: true,
      description: "One topic by slug; null when unknown.",
      args: { slug: t.arg.string({ required: true, description: "Topic slug (`energy`)." }) },
      resolve: (query, _root, args) =>
        prisma.topic.findUnique({ ...query, where: { slug: topicSlug(args.slug) } }),
    }),
    topics: t.prismaField({
      type: [refs.Topic],
      description: "Every topic of the lexicon (a short list), by slug.",
      resolve: (query) => prisma.topic.findMany({ ...query, orderBy: { slug: "asc" } }),
    }),
  }));
}
