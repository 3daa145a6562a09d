import type { Builder } from "../builder.ts";

/** `Story` (near-duplicate articles about one event) and `Article.story`. */
export function addStoryType(builder: Builder) {
  const Story = builder.prismaNode("Story", {
    description: "Articles covering the same event, usually from different outlets.",
    id: { field: "id" },
    fields: (t) => ({
      articles: t.relation("articles", {
        description: "The articles of the story, oldest id first.",
        query: { where: { removedAt: null }, orderBy: { id: "asc" } },
      }),
    }),
  });
  builder.prismaObjectField("Article", "story", (t) =>
    t.relation("story", {
      nullable: true,
      description: "The story this article shares with near-duplicates.",
    }),
  );
  return Story;
}
