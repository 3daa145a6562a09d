import type { Builder } from "../builder.ts";

/** `Figure`, `Mention` and the article fields that list them. */
export function addEvidenceTypes(builder: Builder) {
  const Figure = builder.prismaObject("Figure", {
    description: "An amount an article reports, with the sentence it comes from.",
    fields: (t) => ({
      kind: t.exposeString("kind", {
        description: "`trade_value`, `investment_value`, `project_value`, `plan_completion` or `other`.",
      }),
      subject: t.exposeString("subject", {
        nullable: true,
        description: "The partnership it is about (`ASEAN-US`).",
      }),
      value: t.exposeFloat("value", { description: "The amount in `unit` (10 triệu USD → 10000000)." }),
      unit: t.exposeString("unit", { description: "`USD`, `VND`, `%` …" }),
      qualifier: t.exposeString("qualifier", {
        nullable: true,
        description: "`more_than`, `less_than`, `about`, `up_to` or null when exact.",
      }),
      year: t.exposeInt("year", {
        nullable: true,
        description: "The year the amount refers to, when stated.",
      }),
      text: t.exposeString("text", { description: "The amount as written (`hơn 450 tỷ USD`)." }),
      start: t.exposeInt("start", { description: "Offset of `text` in the article's body." }),
      end: t.exposeInt("end", { description: "End offset (exclusive) in the article's body." }),
      sentence: t.exposeString("sentence", { description: "The sentence it comes from." }),
    }),
  });
  const Mention = builder.prismaObject("Mention", {
    description: "Evidence: where an article mentions an entity.",
    fields: (t) => ({
      kind: t.exposeString("kind", {
        description: "`meeting`, `agreement`, `country`, `person`, `topic` or `figure`.",
      }),
      entityKey: t.exposeString("entityKey", {
        description: "The entity: meeting key, agreement code, country code, person name or topic slug.",
      }),
      text: t.exposeString("text", { description: "The matched text." }),
      start: t.exposeInt("start", { description: "Offset in the article's body (UTF-16 code units)." }),
      end: t.exposeInt("end", { description: "End offset (exclusive)." }),
      sentence: t.exposeString("sentence", { description: "The sentence around it." }),
    }),
  });
  builder.prismaObjectField("Article", "figures", (t) =>
    t.relation("figures", {
      type: Figure,
      description: "Amounts the article reports, in text order.",
      query: { orderBy: { start: "asc" } },
    }),
  );
  builder.prismaObjectField("Article", "mentions", (t) =>
    t.relation("mentions", {
      type: Mention,
      description: "Every piece of evidence in the article, in text order.",
      query: { orderBy: [{ start: "asc" }, { id: "asc" }] },
    }),
  );
  return { Figure, Mention };
}
