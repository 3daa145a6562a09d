import type { Prisma } from "../../generated/prisma/client.ts";
import { LINKED_TO_PRESENT } from "../../store/present.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { loadNodes, nodesByCode, selectsKeyOnly } from "../derived.ts";
import { countryCode } from "../inputs.ts";
import { ARTICLE_LINKS } from "../links.ts";
import { PAGE_SIZE } from "../paging.ts";
import { addArticlesConnection, viaJoinTable } from "./article-links.ts";
import { addEvidenceField } from "./entity-evidence.ts";
import type { EvidenceRefs, Refs } from "./refs.ts";

/** `Country` and `CountryConnection`. */
export function addCountryType(builder: Builder) {
  const Country = builder.prismaNode("Country", {
    description: "A sovereign state (ISO 3166-1 alpha-2) or the European Union (`EU`).",
    id: { field: "code" },
    nullable: true,
    // Select mode: a list of codes does not read (and parse) names and alias arrays.
    select: { code: true },
    fields: (t) => ({
      code: t.string({ description: "ISO 3166-1 alpha-2 code, or `EU`.", resolve: (c) => c.code }),
      nameVi: t.exposeString("nameVi", { description: "Vietnamese name." }),
      nameEn: t.exposeString("nameEn", { description: "English name." }),
      aliases: t.exposeStringList("aliases", { description: "Other names the press uses (`Hoa Kỳ`, `UK`)." }),
      aseanMember: t.exposeBoolean("aseanMember", { description: "Member state of ASEAN." }),
      dialoguePartner: t.exposeBoolean("dialoguePartner", { description: "Dialogue partner of ASEAN." }),
    }),
  });
  const CountryConnection = builder.connectionObject(
    { type: Country, name: "CountryConnection", description: "A page of countries." },
    { name: "CountryEdge", description: "A country in a page." },
  );
  return { Country, CountryConnection };
}

/** The refs other domain types use to point at countries. */
export type CountryRefs = ReturnType<typeof addCountryType>;

const NAMED_PERSON: Prisma.PersonWhereInput = LINKED_TO_PRESENT;
const REPORTED_MEETING: Prisma.MeetingWhereInput = LINKED_TO_PRESENT;

/**
 * The country's relations (`articles`, `evidence`, `meetings`, `people`) and the root fields
 * `country(code:)` and `countries`.
 */
export function addCountryFields(builder: Builder, deps: SchemaDeps, refs: Refs & EvidenceRefs): void {
  const { prisma } = deps;
  addArticlesConnection(
    builder,
    deps,
    refs,
    viaJoinTable(ARTICLE_LINKS.Country, "Articles naming the country, newest first."),
  );
  addEvidenceField(builder, deps, refs, {
    parent: "Country",
    kind: "country",
    keyOf: (c) => c.code as string,
    mentioning: "name the country (also through demonyms)",
  });
  // Batched raw links plus one Prisma query for the distinct countries (see Article.agreements).
  // Like `Article.agreements`: the codes come with the article's query; other selections load
  // the distinct countries of the request in one Prisma query.
  const countryNodes = nodesByCode((query, codes) =>
    prisma.country.findMany({ ...query, where: { code: { in: codes } } }),
  );
  builder.prismaObjectField("Article", "countries", (t) =>
    t.field({
      type: [refs.Country],
      description: "Countries the article names (also through demonyms), in code order.",
      select: { countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } } },
      resolve: (a, args, ctx, info) => {
        const codes = a.countries.map((l) => l.countryCode);
        if (selectsKeyOnly(info, "code")) return codes.map((code) => ({ code }));
        return loadNodes(ctx, info, args, codes, countryNodes);
      },
    }),
  );
  builder.prismaObjectFields("Country", (t) => ({
    meetings: t.relatedConnection(
      "meetings",
      {
        cursor: "id",
        ...PAGE_SIZE,
        totalCount: true,
        description: "Meetings with this country as the dialogue partner (ASEAN+1), latest first.",
        query: {
          where: REPORTED_MEETING,
          orderBy: [
            { date: { sort: "desc", nulls: "last" } },
            { year: { sort: "desc", nulls: "last" } },
            { id: "desc" },
          ],
        },
      },
      refs.MeetingConnection,
    ),
    people: t.relatedConnection(
      "people",
      {
        cursor: "id",
        ...PAGE_SIZE,
        totalCount: true,
        description: "People named in present articles who represent the country, by name.",
        query: { where: NAMED_PERSON, orderBy: [{ name: "asc" }, { id: "asc" }] },
      },
      refs.PersonConnection,
    ),
  }));
  const CountryFilter = builder.inputType("CountryFilter", {
    description: "Narrows the list of countries; every field given must hold (AND).",
    fields: (t) => ({
      aseanMember: t.boolean({ description: "Member states of ASEAN (true) or not (false)." }),
      dialoguePartner: t.boolean({ description: "Dialogue partners of ASEAN (true) or not (false)." }),
    }),
  });
  const whereOf = (
    filter: { aseanMember?: boolean | null; dialoguePartner?: boolean | null } | null | undefined,
  ) => ({
    ...(filter?.aseanMember != null ? { aseanMember: filter.aseanMember } : {}),
    ...(filter?.dialoguePartner != null ? { dialoguePartner: filter.dialoguePartner } : {}),
  });
  builder.queryFields((t) => ({
    country: t.prismaField({
      type: refs.Country,
      nullable: true,
      description: "One country by ISO code (`JP`, or `EU`); null when unknown.",
      args: { code: t.arg.string({ required: true, description: "ISO 3166-1 alpha-2 code, or `EU`." }) },
      resolve: (query, _root, args) =>
        prisma.country.findUnique({ ...query, where: { code: countryCode(args.code) } }),
    }),
    countries: t.prismaConnection(
      {
        type: refs.Country,
        cursor: "code",
        ...PAGE_SIZE,
        description: "The countries the extractor knows, by code.",
        args: { filter: t.arg({ type: CountryFilter, description: "Only countries matching every field." }) },
        totalCount: (_parent, args) => prisma.country.count({ where: whereOf(args.filter) }),
        resolve: (query, _parent, args) =>
          prisma.country.findMany({ ...query, where: whereOf(args.filter), orderBy: { code: "asc" } }),
      },
      refs.CountryConnection,
    ),
  }));
}
