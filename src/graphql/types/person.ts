import type { Builder } from "../builder.ts";

/** `Person`, `PersonMention` (a person with the role one article gives) and `Article.people`. */
export function addPersonType(builder: Builder) {
  const Person = builder.prismaNode("Person", {
    description: "A named person, under a canonical name (given name first for foreign names).",
    id: { field: "id" },
    fields: (t) => ({
      name: t.exposeString("name", {
        description: "Canonical name (`Sergey Lavrov`, `Bùi Thanh Sơn`, `Wang Yi`).",
      }),
      aliases: t.exposeStringList("aliases", { description: "Every spelling seen in the articles." }),
      country: t.relation("country", { nullable: true, description: "The country the person represents." }),
      role: t.exposeString("role", { nullable: true, description: "The most recent role an article gives." }),
    }),
  });
  const PersonMention = builder.prismaObject("ArticlePerson", {
    name: "PersonMention",
    description: "A person as one article presents them.",
    fields: (t) => ({
      person: t.relation("person", { description: "The person." }),
      role: t.exposeString("role", { nullable: true, description: "The role this article gives (English)." }),
    }),
  });
  builder.prismaObjectField("Article", "people", (t) =>
    t.relation("people", {
      type: PersonMention,
      description: "People the article names, with the role it gives each.",
      query: { orderBy: { personId: "asc" } },
    }),
  );
  return Person;
}
