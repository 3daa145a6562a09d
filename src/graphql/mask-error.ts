import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { maskError as yogaMaskError } from "graphql-yoga";
import { ErrorCode } from "../errors.ts";

// Input problems the plugins report as plain validation errors before our resolvers run: a
// malformed cursor or global id, or paging arguments used together in an unsupported way.
const INPUT_PROBLEMS = [/^Invalid cursor/, /^Invalid global ID/, /^Invalid offset cursor/, /^Arguments? "/];

/**
 * Yoga's `maskError`, except that the paging and id errors of the Pothos plugins become
 * BAD_USER_INPUT request errors (they are the client's to fix). Everything unexpected stays
 * masked as "Unexpected error." with code INTERNAL_SERVER_ERROR, its details only in the log.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof PothosValidationError && INPUT_PROBLEMS.some((p) => p.test(original.message))) {
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(original.message.slice(0, 200), {
      ...(located?.nodes ? { nodes: located.nodes } : {}),
      ...(located?.path ? { path: located.path } : {}),
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return yogaMaskError(error, message, isDev);
}
