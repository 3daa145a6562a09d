import type { Builder } from "../builder.ts";

/** `totalCount` on every connection; counted only when selected (a function until then). */
export function addConnectionFields(builder: Builder): void {
  builder.globalConnectionField("totalCount", (t) =>
    t.int({
      description: "How many items the whole connection holds (all pages).",
      // Lets plugin-prisma skip loading the page when only the count is selected.
      extensions: { pothosPrismaTotalCount: true },
      resolve: (connection) =>
        typeof connection.totalCount === "function" ? connection.totalCount() : connection.totalCount,
    }),
  );
}
