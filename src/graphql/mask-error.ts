import { PothosError, PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors.ts";

// Input problems the plugins report as plain validation errors before our resolvers run: a
// malformed cursor or global id, or paging arguments used together in an unsupported way.
const INPUT_PROBLEMS = [/^Invalid cursor/, /^Invalid global ID/, /^Invalid offset cursor/, /^Arguments? "/];

/** The errors an error wraps, outermost first (graphql wraps what a resolver throws). */
function* chain(error: unknown): Generator<unknown> {
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    yield current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
}

/**
 * Whether an error is meant for the client as it is: graphql's own validation and coercion
 * errors, and the request errors we throw (GraphQLErrors all the way down). Pothos's errors are
 * GraphQLErrors too, but they describe the server (an unused Prisma query, a type not
 * implemented), and anything else — Prisma, PostgreSQL, a RangeError — is the server's business.
 */
function isForTheClient(error: unknown): error is GraphQLError {
  for (const link of chain(error)) {
    if (!(link instanceof GraphQLError) || link instanceof PothosError) return false;
  }
  return error instanceof GraphQLError;
}

/**
 * Yoga's `maskError`: the paging and id errors of the Pothos plugins become BAD_USER_INPUT
 * request errors (they are the client's to fix); request errors pass as they are; everything
 * else becomes "Unexpected error." with code INTERNAL_SERVER_ERROR and no details (whatever
 * NODE_ENV says); Yoga logs the original of every error this replaces.
 */
export function maskError(error: unknown, message: string): Error {
  const located = error instanceof GraphQLError ? error : undefined;
  const original = located?.originalError ?? error;
  const where = {
    ...(located?.nodes ? { nodes: located.nodes } : {}),
    ...(located?.path ? { path: located.path } : {}),
  };
  if (original instanceof PothosValidationError && INPUT_PROBLEMS.some((p) => p.test(original.message))) {
    return new GraphQLError(original.message.slice(0, 200), {
      ...where,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  if (isForTheClient(error)) return error;
  return new GraphQLError(message, {
    ...where,
    extensions: {
      code: ErrorCode.INTERNAL,
      ...(located?.extensions?.http ? { http: located.extensions.http } : {}),
    },
  });
}
