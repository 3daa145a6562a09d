import { createFailureFeed } from "../../ingest/failure-feed.ts";
import type { Builder, SchemaDeps } from "../builder.ts";
import { PAGE_SIZE } from "../paging.ts";

/** `IngestFailure`, the root field `ingestFailures` and the subscription `ingestFailed`. */
export function addIngestFailureType(builder: Builder, { prisma, failures }: SchemaDeps): void {
  const IngestFailure = builder.prismaNode("IngestFailure", {
    description:
      "A file in the seeds folder that could not be ingested; it goes away when a good version arrives.",
    id: { field: "id" },
    nullable: true,
    fields: (t) => ({
      path: t.exposeString("path", { description: "Path of the file, relative to the seeds folder." }),
      contentHash: t.exposeString("contentHash", {
        nullable: true,
        description: "sha256 of the bytes that failed (hex); null when the file could not be read.",
      }),
      code: t.exposeString("code", {
        description:
          "Why, as a stable code (`EMPTY`, `BINARY`, `INVALID_ENCODING`, `SYMLINK_OUTSIDE` …; see the README).",
      }),
      message: t.exposeString("message", { description: "Why, in words." }),
      at: t.expose("at", { type: "DateTime", description: "When the failure was recorded." }),
    }),
  });
  const IngestFailureConnection = builder.connectionObject(
    { type: IngestFailure, name: "IngestFailureConnection", description: "A page of ingest failures." },
    { name: "IngestFailureEdge", description: "An ingest failure in a page." },
  );
  builder.queryField("ingestFailures", (t) =>
    t.prismaConnection(
      {
        type: IngestFailure,
        cursor: "id",
        ...PAGE_SIZE,
        description: "Files that could not be ingested, most recent first.",
        totalCount: () => prisma.ingestFailure.count(),
        resolve: (query) =>
          prisma.ingestFailure.findMany({ ...query, orderBy: [{ at: "desc" }, { id: "desc" }] }),
      },
      IngestFailureConnection,
    ),
  );
  // Without a feed (schema printing, bare test apps) the field exists but announces nothing.
  const feed = failures ?? createFailureFeed();
  builder.subscriptionFields((t) => ({
    ingestFailed: t.field({
      type: IngestFailure,
      description:
        "Each failure as it is recorded (from now on, this instance's watcher only); `ingestFailures` lists them all.",
      subscribe: (_root, _args, ctx) => feed.subscribe(ctx.signal),
      resolve: (failure) => failure,
    }),
  }));
}
