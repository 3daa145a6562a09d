import { GraphQLError } from "graphql";

/** Stable `extensions.code` values for request errors (the second error tier). */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  PAGE_SIZE_EXCEEDED: "PAGE_SIZE_EXCEEDED",
  NOT_FOUND: "NOT_FOUND",
  /** The operation nests fields deeper than the server allows. */
  QUERY_TOO_DEEP: "QUERY_TOO_DEEP",
  /** The operation would load more than the server allows (see README, "Limits"). */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** The operation's text is longer, or has more tokens, than the server reads. */
  DOCUMENT_TOO_LARGE: "DOCUMENT_TOO_LARGE",
  /** The operation selects the same fields under more aliases than the server allows. */
  TOO_MANY_ALIASES: "TOO_MANY_ALIASES",
  /** The answer would be larger than the server sends (see README, "Limits"). */
  RESPONSE_TOO_LARGE: "RESPONSE_TOO_LARGE",
  /** A subscriber fell too far behind; it resumes with `after:` its last cursor. */
  SLOW_CONSUMER: "SLOW_CONSUMER",
  /** Anything unexpected; the message is masked and the details go to the server log. */
  INTERNAL: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A request error with a stable code, shown to clients as is. */
export function requestError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * A problem that stops the service from starting (bad configuration, unreachable database, port
 * in use). The command line prints its message on one line and exits with code 1.
 */
export class StartupError extends Error {
  override name = "StartupError";
}
