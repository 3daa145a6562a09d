import { type ASTVisitor, GraphQLError, type ValidationContext } from "graphql";
import { ErrorCode } from "../../errors.ts";

/** Deepest nesting of objects and lists in an operation's variables (no input of the schema nests more than 3). */
export const MAX_VARIABLE_DEPTH = 16;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });
}

const NUL_MESSAGE = "text arguments must not contain NUL characters (\\u0000)";

/**
 * Checks an operation's variables before graphql coerces them: nesting deeper than `maxDepth`
 * (coercion recurses, so 100,000 levels would overflow the stack) and NUL characters in any
 * string (PostgreSQL text cannot hold them). Iterative, so the check itself cannot overflow.
 * Returns the BAD_USER_INPUT error to answer with, or null.
 */
export function checkVariables(variables: unknown, maxDepth = MAX_VARIABLE_DEPTH): GraphQLError | null {
  if (variables === null || typeof variables !== "object") return null;
  const stack: Array<{ value: unknown; depth: number }> = [{ value: variables, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof value === "string") {
      if (value.includes("\u0000")) return badInput(NUL_MESSAGE);
    } else if (value !== null && typeof value === "object") {
      if (depth > maxDepth)
        return badInput(`variables nest deeper than ${maxDepth} levels; no input of this API does`);
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes("\u0000")) return badInput(NUL_MESSAGE);
        stack.push({ value: inner, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** A validation rule refusing NUL characters in the operation's own string literals, as BAD_USER_INPUT. */
export function noNulInStringsRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (node.value.includes("\u0000"))
        context.reportError(
          new GraphQLError(NUL_MESSAGE, { nodes: [node], extensions: { code: ErrorCode.BAD_USER_INPUT } }),
        );
    },
  };
}
