import type { Builder } from "../builder.ts";

/** `Source`: the outlet an article comes from. */
export function addSourceType(builder: Builder): void {
  builder.prismaNode("Source", {
    description: "A news outlet (e.g. `Tiền Phong`, `TBTCO`).",
    id: { field: "id" },
    fields: (t) => ({
      name: t.exposeString("name", { description: "The outlet's name as the articles give it." }),
    }),
  });
}
