import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type { PrismaClient } from "../db/client.ts";
import type PrismaTypes from "../generated/prisma/pothos-types.ts";
import { getDatamodel } from "../generated/prisma/pothos-types.ts";
import type { Context } from "./context.ts";

/** Page size of connections when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a connection serves; a larger `first`/`last` is a request error. */
export const MAX_PAGE_SIZE = 100;

export interface BuilderTypes {
  PrismaTypes: PrismaTypes;
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: {
    PartialDate: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
  };
}

/**
 * Creates the schema builder for one app, bound to that app's Prisma client (each app and each
 * test gets its own; nothing global). Plugins and options only — types live in types/*.ts.
 */
export function createBuilder(prisma: PrismaClient) {
  return new SchemaBuilder<BuilderTypes>({
    plugins: [RelayPlugin, PrismaPlugin],
    // Fields are non-null unless they say otherwise: nullability is part of the contract.
    defaultFieldNullability: false,
    relay: {
      clientMutationId: "omit",
      cursorType: "String",
      edgesFieldOptions: { nullable: { list: false, items: false } },
      nodeFieldOptions: { nullable: false },
    },
    prisma: {
      client: prisma,
      dmmf: getDatamodel(),
      exposeDescriptions: true,
      filterConnectionTotalCount: true,
      onUnusedQuery: process.env.NODE_ENV === "production" ? null : "error",
    },
  });
}

export type Builder = ReturnType<typeof createBuilder>;

/** What the type modules need besides the builder. */
export interface SchemaDeps {
  prisma: PrismaClient;
}
