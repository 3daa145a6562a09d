import type { Prisma } from "../../generated/prisma/client.ts";
import { LINKED_TO_PRESENT } from "../../store/present.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { countryCode, noRow, numericId, textInput } from "../inputs.ts";
import { ARTICLE_LINKS } from "../links.ts";
import { findPersonIds } from "../name-match.ts";
import { PAGE_SIZE, perArgs } from "../paging.ts";
import { addArticlesConnection, viaJoinTable } from "./article-links.ts";
import { addEvidenceField } from "./entity-evidence.ts";
import { addMeetingsViaArticles } from "./meeting.ts";
import type { EvidenceRefs, Refs } from "./refs.ts";

/** `Person`, `PersonConnection`, `PersonMention` (a person as one article presents them) and `Article.people`. */
export function addPersonType(builder: Builder) {
  const Person = builder.prismaNode("Person", {
    description: "A named person, under a canonical name (given name first for foreign names).",
    id: { field: "id" },
    nullable: true,
    fields: (t) => ({
      name: t.exposeString("name", {
        description: "Canonical name (`Sergey Lavrov`, `Bùi Thanh Sơn`, `Wang Yi`).",
      }),
      aliases: t.exposeStringList("aliases", { description: "Every spelling seen in the articles." }),
      country: t.relation("country", { nullable: true, description: "The country the person represents." }),
      role: t.exposeString("role", { nullable: true, description: "The most recent role an article gives." }),
    }),
  });
  const PersonConnection = builder.connectionObject(
    { type: Person, name: "PersonConnection", description: "A page of people." },
    { name: "PersonEdge", description: "A person in a page." },
  );
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
  return { Person, PersonConnection };
}

/** The refs other domain types use to point at people. */
export type PersonRefs = ReturnType<typeof addPersonType>;

/** People named by at least one present article. */
const NAMED: Prisma.PersonWhereInput = LINKED_TO_PRESENT;

interface PersonFilterInput {
  country?: string | null;
  name?: string | null;
}

async function personWhere(f: PersonFilterInput, { sql }: SchemaDeps): Promise<Prisma.PersonWhereInput> {
  const and: Prisma.PersonWhereInput[] = [NAMED];
  if (f.country) and.push({ countryCode: countryCode(f.country) });
  if (f.name) and.push({ id: { in: await findPersonIds(sql, textInput(f.name, "name")) } });
  return { AND: and };
}

/**
 * The person's relations (`articles`, `mentionedWithMeetings`, `evidence`) and the root fields
 * `person(id:)` and `people`.
 */
export function addPersonFields(builder: Builder, deps: SchemaDeps, refs: Refs & EvidenceRefs): void {
  const { prisma } = deps;
  addArticlesConnection(
    builder,
    deps,
    refs,
    viaJoinTable(ARTICLE_LINKS.Person, "Articles naming the person, newest first."),
  );
  addMeetingsViaArticles(builder, deps, refs, {
    link: ARTICLE_LINKS.Person,
    description:
      "Meetings reported by the articles naming the person, latest first (co-occurrence: the meetings they took part in are `meetings`).",
  });
  addEvidenceField(builder, deps, refs, {
    parent: "Person",
    kind: "person",
    keyOf: (p) => p.name as string,
    mentioning: "name the person",
  });
  const PersonFilter = builder.inputType("PersonFilter", {
    description: "Narrows the list of people; every field given must hold (AND).",
    fields: (t) => ({
      country: t.string({ description: "Representing this country (ISO code)." }),
      name: t.string({
        description:
          "Part of the canonical name or of any alias, accent-insensitive (`Lavrov`, `bui thanh son`).",
      }),
    }),
  });
  const whereOf = perArgs((args: { filter?: PersonFilterInput | null }) =>
    personWhere(args.filter ?? {}, deps),
  );
  builder.queryFields((t) => ({
    person: t.prismaField({
      type: refs.Person,
      nullable: true,
      description: "One person by id (a Person id or its number); null when unknown.",
      args: { id: t.arg.id({ required: true, description: "Person id." }) },
      resolve: (query, _root, args) => {
        const id = numericId(args.id, "Person");
        return id === null ? noRow(query) : prisma.person.findUnique({ ...query, where: { id } });
      },
    }),
    people: t.prismaConnection(
      {
        type: refs.Person,
        cursor: "id",
        ...PAGE_SIZE,
        description: "People named in present articles, by canonical name.",
        args: { filter: t.arg({ type: PersonFilter, description: "Only people matching every field." }) },
        totalCount: async (_parent, args) => prisma.person.count({ where: await whereOf(args) }),
        resolve: async (query, _parent, args) =>
          prisma.person.findMany({
            ...query,
            where: await whereOf(args),
            orderBy: [{ name: "asc" }, { id: "asc" }],
          }),
      },
      refs.PersonConnection,
    ),
  }));
}
