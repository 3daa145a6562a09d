import type { Prisma } from "../../generated/prisma/client.ts";
import { PRESENT } from "../../store/present.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { noRow, numericId } from "../inputs.ts";
import { PAGE_SIZE } from "../paging.ts";
import type { Refs } from "./refs.ts";

/** `Story` (near-duplicate articles about one event), `StoryConnection` and `Article.story`. */
export function addStoryType(builder: Builder) {
  // A story is a handful of near-duplicates, so its articles are a plain list, not a connection.
  const Story = builder.prismaNode("Story", {
    description: "Articles covering the same event, usually from different outlets.",
    id: { field: "id" },
    nullable: true,
    fields: (t) => ({
      articles: t.relation("articles", {
        description: "The present articles of the story, oldest id first.",
        query: { where: PRESENT, orderBy: { id: "asc" } },
      }),
      articleCount: t.relationCount("articles", {
        description: "How many present articles the story holds.",
        where: PRESENT,
      }),
      createdAt: t.expose("createdAt", { type: "DateTime", description: "When the story was first formed." }),
    }),
  });
  const StoryConnection = builder.connectionObject(
    { type: Story, name: "StoryConnection", description: "A page of stories." },
    { name: "StoryEdge", description: "A story in a page." },
  );
  builder.prismaObjectField("Article", "story", (t) =>
    t.relation("story", {
      nullable: true,
      description: "The story this article shares with near-duplicates.",
    }),
  );
  return { Story, StoryConnection };
}

/** The refs other domain types use to point at stories. */
export type StoryRefs = ReturnType<typeof addStoryType>;

/** Stories with at least two present articles: one article alone is not a story. */
const LIVE_STORY: Prisma.StoryWhereInput = { articles: { some: PRESENT } };

/** The root fields `story(id:)` and `stories`. */
export function addStoryFields(builder: Builder, { prisma }: SchemaDeps, refs: Refs): void {
  builder.queryFields((t) => ({
    story: t.prismaField({
      type: refs.Story,
      nullable: true,
      description: "One story by id; null when unknown.",
      args: { id: t.arg.id({ required: true, description: "Story id (or its number)." }) },
      resolve: (query, _root, args) => {
        const id = numericId(args.id, "Story");
        return id === null ? noRow(query) : prisma.story.findUnique({ ...query, where: { id } });
      },
    }),
    stories: t.prismaConnection(
      {
        type: refs.Story,
        cursor: "id",
        ...PAGE_SIZE,
        description: "Stories that still hold a present article, most recently formed first.",
        totalCount: () => prisma.story.count({ where: LIVE_STORY }),
        resolve: (query) => prisma.story.findMany({ ...query, where: LIVE_STORY, orderBy: { id: "desc" } }),
      },
      refs.StoryConnection,
    ),
  }));
}
