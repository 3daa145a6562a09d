import { decodeGlobalID } from "@pothos/plugin-relay";
import { type GraphQLSchema, isObjectType } from "graphql";
import { ErrorCode, requestError } from "../errors.ts";
import { SearchInputError } from "../store/search.ts";

/** Longest free-text argument (search queries, names) the API reads. */
export const MAX_TEXT_LENGTH = 200;

function bad(message: string): never {
  throw requestError(ErrorCode.BAD_USER_INPUT, message);
}

function code(value: string, what: string, pattern: RegExp, example: string): string {
  const normalized = value.trim().toUpperCase();
  if (!pattern.test(normalized))
    bad(`${what} must look like ${example}; got ${JSON.stringify(value.slice(0, 40))}`);
  return normalized;
}

/** ISO 3166-1 alpha-2 country code (or `EU`), upper-cased. */
export const countryCode = (value: string) => code(value, "a country code", /^[A-Z]{2}$/, "VN or JP");

/** Agreement code (`ACFTA`, `ASEAN_CHARTER`), upper-cased. */
export const agreementCode = (value: string) =>
  code(value, "an agreement code", /^[A-Z][A-Z0-9_]{1,39}$/, "ACFTA or ASEAN_CHARTER");

/** Canonical meeting key (`AMM-58`, `ASEAN_PLUS_ONE-JP-FM-2025`), upper-cased. */
export const meetingKey = (value: string) =>
  code(value, "a meeting key", /^[A-Z][A-Z0-9_-]{1,79}$/, "AMM-58 or ASEAN_PLUS_ONE-JP-FM-2025");

/** Topic slug (`digital-economy`). */
export function topicSlug(value: string): string {
  const slug = value.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(slug)) bad("a topic must be a slug such as digital-economy");
  return slug;
}

/** Language code (`vi`, `en`). */
export function languageCode(value: string): string {
  const lang = value.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(lang)) bad("lang must be a two-letter code such as vi or en");
  return lang;
}

/** Free text, trimmed, non-empty, at most {@link MAX_TEXT_LENGTH} characters. */
export function textInput(value: string, what: string): string {
  const text = value.normalize("NFC").trim();
  if (text.length === 0) bad(`${what} must not be empty`);
  if (text.length > MAX_TEXT_LENGTH) bad(`${what} is longer than ${MAX_TEXT_LENGTH} characters`);
  return text;
}

/** A year a meeting could plausibly have (1967, ASEAN's founding, to 2100). */
export function yearInput(value: number, what = "year"): number {
  if (!Number.isInteger(value) || value < 1900 || value > 2100) bad(`${what} must be between 1900 and 2100`);
  return value;
}

/**
 * The numeric id inside a global id of `typename`, or a bare number. Null when the id is well
 * formed but names another type (an unknown id is not an error); malformed ids are.
 */
export function numericId(value: string | number, typename: string): number | null {
  const raw = String(value).trim();
  if (/^\d{1,9}$/.test(raw)) return Number(raw);
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(raw);
  } catch {
    bad(`not a valid id: ${JSON.stringify(raw.slice(0, 40))}`);
  }
  if (decoded.typename !== typename) return null;
  return /^\d{1,9}$/.test(decoded.id) ? Number(decoded.id) : null;
}

/** Node types whose global ids hold a key (code, slug) rather than a row number. */
const KEYED_NODE_TYPES: ReadonlySet<string> = new Set(["Agreement", "Country", "Topic"]);

/**
 * Whether a decoded global id can name an object: its type is a `Node` of this schema and its id
 * has that type's shape (a number, or a short key). `node(id:)` answers null for any other,
 * instead of failing on a type that does not exist or an id the database cannot compare.
 */
export function canNameNode(globalId: { typename: string; id: string }, schema: GraphQLSchema): boolean {
  const type = schema.getType(globalId.typename);
  if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === "Node")) return false;
  return KEYED_NODE_TYPES.has(type.name)
    ? globalId.id.length > 0 && globalId.id.length <= 80
    : /^\d{1,9}$/.test(globalId.id);
}

/**
 * The answer of a root field whose id cannot name a row (another type's global id): null, with
 * no SQL. Reading `query` tells the Prisma plugin's unused-query check that this is deliberate.
 */
export function noRow(query: object): null {
  void { ...query };
  return null;
}

/** First day of a `PartialDate` (`2025`, `2025-07`, `2025-07-10`), UTC. */
export function partialDateStart(value: string): Date {
  const [y, m, d] = value.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

/** The day after the last day a `PartialDate` covers (an exclusive upper bound), UTC. */
export function partialDateEnd(value: string): Date {
  const parts = value.split("-").map(Number);
  const [y = 0, m = 1, d = 1] = parts;
  if (parts.length === 1) return new Date(Date.UTC(y + 1, 0, 1));
  if (parts.length === 2) return new Date(Date.UTC(y, m, 1));
  return new Date(Date.UTC(y, m - 1, d + 1));
}

/** `{ gte, lt }` for a from/to pair of partial dates, checking that the range is not reversed. */
export function dateRange(from: string | null | undefined, to: string | null | undefined) {
  const gte = from ? partialDateStart(from) : undefined;
  const lt = to ? partialDateEnd(to) : undefined;
  if (gte && lt && gte >= lt) bad(`the date range ${from} – ${to} is empty (from is after to)`);
  return { ...(gte ? { gte } : {}), ...(lt ? { lt } : {}) };
}

/** Runs a search helper, turning its input errors (empty text, bad cursor) into request errors. */
export async function withSearchInput<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SearchInputError) bad(error.message);
    throw error;
  }
}
