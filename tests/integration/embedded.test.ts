import { describe, expect, it } from "vitest";
import { ArticlesPageDocument } from "../generated/graphql.ts";
import { gql } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";

// The path `npm start` takes on a machine without DATABASE_URL: PGlite in a data folder.
describe("embedded database end to end", () => {
  const served = useTestService({ embedded: true });

  it("migrates, ingests the seeds and answers queries", async () => {
    expect(served.service.db.kind).toBe("embedded");
    expect((await served.service.reconciled).added).toBe(5);
    const data = await gql(served.url, ArticlesPageDocument, { first: 10 });
    expect(data.articles.totalCount).toBe(5);
    expect(data.articles.edges.map((e) => e.node.source?.name ?? null)).toContain("Tiền Phong");
  });

  it("keeps its data across a restart and ingests nothing the second time", async () => {
    await served.restart();
    expect(await served.service.reconciled).toMatchObject({ added: 0, unchanged: 5 });
  });
});
