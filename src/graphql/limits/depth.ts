/**
 * Own code, not graphql-armor's max-depth: a validation rule of 40 lines whose error carries this API's own code and limit (`extensions.code`, `limit`, `depth`), which clients and tests read.
 */
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import { ErrorCode } from "../../errors.ts";

/** Deepest field nesting below an operation, ignoring introspection (`__schema`, `__type`). */
function depthOf(
  set: SelectionSetNode | undefined,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  seen: Set<string>,
): number {
  let deepest = 0;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragment, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragment, seen));
    } else if (!seen.has(selection.name.value)) {
      // A fragment cycle is reported by graphql's own rules; here it just stops the walk.
      const next = new Set(seen).add(selection.name.value);
      deepest = Math.max(deepest, depthOf(fragment(selection.name.value)?.selectionSet, fragment, next));
    }
  }
  return deepest;
}

/**
 * A validation rule rejecting operations nested deeper than `maxDepth` fields (root fields are
 * depth 1), with `extensions.code` QUERY_TOO_DEEP.
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, (name) => context.getFragment(name), new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`the operation nests ${depth} fields deep; the limit is ${maxDepth}`, {
            nodes: [operation],
            extensions: { code: ErrorCode.QUERY_TOO_DEEP, depth, limit: maxDepth },
          }),
        );
      }
    },
  });
}
