import type { Builder } from "../builder.ts";

/** `Country` and `Article.countries`. */
export function addCountryType(builder: Builder) {
  const Country = builder.prismaNode("Country", {
    description: "A sovereign state (ISO 3166-1 alpha-2) or the European Union (`EU`).",
    id: { field: "code" },
    fields: (t) => ({
      code: t.exposeString("code", { description: "ISO 3166-1 alpha-2 code, or `EU`." }),
      nameVi: t.exposeString("nameVi", { description: "Vietnamese name." }),
      nameEn: t.exposeString("nameEn", { description: "English name." }),
      aliases: t.exposeStringList("aliases", { description: "Other names the press uses (`Hoa Kỳ`, `UK`)." }),
      aseanMember: t.exposeBoolean("aseanMember", { description: "Member state of ASEAN." }),
      dialoguePartner: t.exposeBoolean("dialoguePartner", { description: "Dialogue partner of ASEAN." }),
    }),
  });
  builder.prismaObjectField("Article", "countries", (t) =>
    t.field({
      type: [Country],
      description: "Countries the article names (also through demonyms), in code order.",
      select: (_args, _ctx, nested) => ({
        countries: { select: { country: nested(true) }, orderBy: { countryCode: "asc" } },
      }),
      resolve: (a) => a.countries.map((c) => c.country),
    }),
  );
  return Country;
}
