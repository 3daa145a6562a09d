import type { Builder } from "../builder.ts";
import type { Enums } from "./enums.ts";

/** `Agreement`, `ArticleAgreement` (an agreement as one article cites it) and `Article.agreements`. */
export function addAgreementType(builder: Builder, enums: Enums) {
  const Agreement = builder.prismaNode("Agreement", {
    description: "A trade agreement, treaty, framework or initiative, by its established code.",
    id: { field: "code" },
    fields: (t) => ({
      code: t.exposeString("code", { description: "Upper-case code (`ACFTA`, `RCEP`, `ASEAN_CHARTER`)." }),
      nameVi: t.exposeString("nameVi", { description: "Vietnamese name." }),
      nameEn: t.exposeString("nameEn", { description: "English name." }),
      aliases: t.exposeStringList("aliases", { description: "Other names and acronyms." }),
      kind: t.expose("kind", { type: enums.AgreementKind, description: "What sort of instrument it is." }),
      parties: t.exposeStringList("parties", { description: "Country codes of the parties, or `ASEAN`." }),
    }),
  });
  const ArticleAgreement = builder.prismaObject("ArticleAgreement", {
    description: "An agreement as one article cites it.",
    fields: (t) => ({
      agreement: t.relation("agreement", { description: "The agreement." }),
      version: t.exposeString("version", {
        nullable: true,
        description: "The version or upgrade the article names (`3.0` for ACFTA 3.0).",
      }),
    }),
  });
  builder.prismaObjectField("Article", "agreements", (t) =>
    t.field({
      type: [Agreement],
      description: "Agreements the article cites, in code order.",
      select: (_args, _ctx, nested) => ({
        agreements: { select: { agreement: nested(true) }, orderBy: { agreementCode: "asc" } },
      }),
      resolve: (a) => a.agreements.map((x) => x.agreement),
    }),
  );
  builder.prismaObjectField("Article", "agreementCitations", (t) =>
    t.relation("agreements", {
      type: ArticleAgreement,
      description: "Agreements the article cites, with the version it names.",
      query: { orderBy: { agreementCode: "asc" } },
    }),
  );
  return Agreement;
}
