import fs from "node:fs";
import type { GraphQLParams } from "graphql-yoga";
import { StartupError } from "./errors.ts";

/** Trusted documents by id (`sha256:<hex>`), as GraphQL Code Generator's `persisted-documents.json` holds them. */
export type TrustedDocuments = ReadonlyMap<string, string>;

const ID = /^sha256:[0-9a-f]{64}$/;

/**
 * Reads a `persisted-documents.json` (an object of `sha256:<hex>` → document text, as the client
 * preset of GraphQL Code Generator writes it); a missing, unreadable or malformed file stops the
 * start with one line.
 */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new StartupError(`TRUSTED_DOCUMENTS ${file}: ${(error as Error).message.split("\n")[0]}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new StartupError(`TRUSTED_DOCUMENTS ${file}: expected an object of "sha256:<hex>": document`);
  const documents = new Map<string, string>();
  for (const [id, text] of Object.entries(parsed)) {
    if (!ID.test(id) || typeof text !== "string")
      throw new StartupError(
        `TRUSTED_DOCUMENTS ${file}: "${id.slice(0, 80)}" is no "sha256:<hex>" id of a document`,
      );
    documents.set(id, text);
  }
  return documents;
}

/**
 * The trusted document a request names: `documentId` (`sha256:<hex>`, the GraphQL over HTTP
 * proposal, what the client preset sends) or Apollo's `extensions.persistedQuery.sha256Hash`
 * (bare hex). Null when it names none.
 */
export function requestedDocumentId(params: GraphQLParams): string | null {
  const documentId = (params as { documentId?: unknown }).documentId;
  if (typeof documentId === "string") return documentId;
  const persisted = (
    params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined
  )?.persistedQuery;
  if (persisted?.version === 1 && typeof persisted.sha256Hash === "string")
    return persisted.sha256Hash.startsWith("sha256:")
      ? persisted.sha256Hash
      : `sha256:${persisted.sha256Hash}`;
  return null;
}
