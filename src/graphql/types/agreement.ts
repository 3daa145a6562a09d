import type { Prisma } from "../../generated/prisma/client.ts";
import { PRESENT_SQL } from "../../store/present.ts";
import { searchAgreementCodes } from "../../store/search.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { loadLinks, loadNodes, nodesByCode, selectsKeyOnly } from "../derived.ts";
import { agreementCode, countryCode, textInput, withSearchInput } from "../inputs.ts";
import { ARTICLE_LINKS } from "../links.ts";
import { PAGE_SIZE, perArgs } from "../paging.ts";
import { addArticlesConnection, viaJoinTable } from "./article-links.ts";
import { addEvidenceField } from "./entity-evidence.ts";
import type { Enums } from "./enums.ts";
import { addMeetingsViaArticles } from "./meeting.ts";
import type { EvidenceRefs, Refs } from "./refs.ts";

/** `Agreement`, `AgreementCitation`, `AgreementConnection` and the article fields that cite them. */
export function addAgreementType(builder: Builder, enums: Enums) {
  const Agreement = builder.prismaNode("Agreement", {
    description: "A trade agreement, treaty, framework or initiative, by its established code.",
    id: { field: "code" },
    nullable: true,
    // Select mode: a list of codes does not read (and parse) names and alias arrays.
    select: { code: true },
    fields: (t) => ({
      code: t.string({
        description: "Upper-case code (`ACFTA`, `RCEP`, `ASEAN_CHARTER`).",
        resolve: (a) => a.code,
      }),
      nameVi: t.exposeString("nameVi", { description: "Vietnamese name." }),
      nameEn: t.exposeString("nameEn", { description: "English name." }),
      aliases: t.exposeStringList("aliases", { description: "Other names and acronyms." }),
      kind: t.expose("kind", { type: enums.AgreementKind, description: "What sort of instrument it is." }),
      partyCodes: t.exposeStringList("parties", {
        description:
          "Codes of the parties as the catalog lists them: country codes, and `ASEAN` for the bloc.",
      }),
    }),
  });
  const AgreementConnection = builder.connectionObject(
    { type: Agreement, name: "AgreementConnection", description: "A page of agreements." },
    { name: "AgreementEdge", description: "An agreement in a page." },
  );
  const ArticleAgreement = builder.prismaObject("ArticleAgreement", {
    name: "AgreementCitation",
    description: "An agreement as one article cites it.",
    fields: (t) => ({
      agreement: t.relation("agreement", { description: "The agreement." }),
      version: t.exposeString("version", {
        nullable: true,
        description: "The version or upgrade the article names (`3.0` for ACFTA 3.0).",
      }),
    }),
  });
  builder.prismaObjectFields("Article", (t) => ({
    agreementCitations: t.relation("agreements", {
      type: ArticleAgreement,
      description: "Agreements the article cites, with the version it names.",
      query: { orderBy: { agreementCode: "asc" } },
    }),
  }));
  return { Agreement, AgreementConnection };
}

/** The refs other domain types use to point at agreements. */
export type AgreementRefs = ReturnType<typeof addAgreementType>;

const VERSIONS_OF_AGREEMENTS = `
  SELECT DISTINCT aa.agreement_code AS parent, aa.version AS key
    FROM article_agreement aa JOIN article a ON a.id = aa.article_id AND ${PRESENT_SQL}
   WHERE aa.version IS NOT NULL AND aa.agreement_code = ANY($1::text[])`;

/**
 * The agreement's relations (`articles`, `mentionedWithMeetings`, `evidence`, `parties`,
 * `versions`) and the root fields `agreement(code:)` and `agreements`.
 */
export function addAgreementFields(
  builder: Builder,
  enums: Enums,
  deps: SchemaDeps,
  refs: Refs & EvidenceRefs,
): void {
  const { prisma, sql } = deps;
  addArticlesConnection(
    builder,
    deps,
    refs,
    viaJoinTable(ARTICLE_LINKS.Agreement, "Articles citing the agreement, newest first."),
  );
  addMeetingsViaArticles(builder, deps, refs, {
    link: ARTICLE_LINKS.Agreement,
    description:
      "Meetings reported by the articles citing the agreement, latest first (co-occurrence: what happened to it, and where, is `events`).",
  });
  addEvidenceField(builder, deps, refs, {
    parent: "Agreement",
    kind: "agreement",
    keyOf: (a) => a.code as string,
    mentioning: "cite the agreement",
  });
  // The codes come with the article's own query (its join rows only). A list of codes is built
  // from them as it is; any other selection loads the distinct agreements of every article of the
  // request in one Prisma query (a nested Prisma select would read and parse every agreement row
  // once per citing article).
  const agreementNodes = nodesByCode((query, codes) =>
    prisma.agreement.findMany({ ...query, where: { code: { in: codes } } }),
  );
  builder.prismaObjectField("Article", "agreements", (t) =>
    t.field({
      type: [refs.Agreement],
      description: "Agreements the article cites, in code order.",
      select: { agreements: { select: { agreementCode: true }, orderBy: { agreementCode: "asc" } } },
      resolve: (a, args, ctx, info) => {
        const codes = a.agreements.map((l) => l.agreementCode);
        if (selectsKeyOnly(info, "code")) return codes.map((code) => ({ code }));
        return loadNodes(ctx, info, args, codes, agreementNodes);
      },
    }),
  );
  builder.prismaObjectFields("Agreement", (t) => ({
    parties: t.field({
      type: [refs.Country],
      description: "The countries that are parties (ASEAN as a bloc is in `partyCodes` only).",
      select: { parties: true },
      resolve: (a, args, ctx, info) =>
        loadNodes(ctx, info, args, a.parties, {
          path: [],
          fetch: (query, codes) =>
            prisma.country.findMany({ ...query, where: { code: { in: codes as string[] } } }),
          keyOf: (c) => c.code,
        }),
    }),
    versions: t.stringList({
      description: "Versions and upgrades present articles name (`3.0`), in order.",
      resolve: async (a, args, ctx, info) =>
        (
          await loadLinks<{ parent: string; key: string }>(
            ctx,
            info,
            args,
            sql,
            VERSIONS_OF_AGREEMENTS,
            a.code,
          )
        )
          .map((l) => l.key)
          .sort(),
    }),
  }));
  addAgreementRoots(builder, enums, deps, refs);
}

interface AgreementFilterInput {
  kind?: string | null;
  kinds?: readonly string[] | null;
  party?: string | null;
  text?: string | null;
}

async function agreementWhere(
  f: AgreementFilterInput,
  { sql }: SchemaDeps,
): Promise<Prisma.AgreementWhereInput> {
  const and: Prisma.AgreementWhereInput[] = [];
  if (f.kind) and.push({ kind: f.kind as never });
  if (f.kinds) and.push({ kind: { in: f.kinds as never } });
  if (f.party) {
    const party = f.party.trim().toUpperCase() === "ASEAN" ? "ASEAN" : countryCode(f.party);
    and.push({ parties: { has: party } });
  }
  if (f.text) {
    const text = textInput(f.text, "text");
    and.push({ code: { in: await withSearchInput(() => searchAgreementCodes(sql, text)) } });
  }
  return { AND: and };
}

function addAgreementRoots(builder: Builder, enums: Enums, deps: SchemaDeps, refs: Refs): void {
  const { prisma } = deps;
  const whereOf = perArgs((args: { filter?: AgreementFilterInput | null }) =>
    agreementWhere(args.filter ?? {}, deps),
  );
  const AgreementFilter = builder.inputType("AgreementFilter", {
    description: "Narrows the list of agreements; every field given must hold (AND).",
    fields: (t) => ({
      kind: t.field({ type: enums.AgreementKind, description: "Of this kind." }),
      kinds: t.field({
        type: [enums.AgreementKind],
        description:
          "Of any of these kinds: `[FTA, framework, treaty]` for agreements proper, `[initiative, plan]` for initiatives (an empty list matches none).",
      }),
      party: t.string({ description: "With this party (country code, or `ASEAN`)." }),
      text: t.string({ description: "Code, name or alias matching this search text (accent-insensitive)." }),
    }),
  });
  builder.queryFields((t) => ({
    agreement: t.prismaField({
      type: refs.Agreement,
      nullable: true,
      description: "One agreement by code (`AKFTA`); null when unknown.",
      args: { code: t.arg.string({ required: true, description: "Agreement code." }) },
      resolve: (query, _root, args) =>
        prisma.agreement.findUnique({ ...query, where: { code: agreementCode(args.code) } }),
    }),
    agreements: t.prismaConnection(
      {
        type: refs.Agreement,
        cursor: "code",
        ...PAGE_SIZE,
        description: "The agreement catalog, by code.",
        args: {
          filter: t.arg({ type: AgreementFilter, description: "Only agreements matching every field." }),
        },
        totalCount: async (_parent, args) => prisma.agreement.count({ where: await whereOf(args) }),
        resolve: async (query, _parent, args) =>
          prisma.agreement.findMany({
            ...query,
            where: await whereOf(args),
            orderBy: { code: "asc" },
          }),
      },
      refs.AgreementConnection,
    ),
  }));
}
