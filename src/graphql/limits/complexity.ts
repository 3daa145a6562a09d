import {
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "../builder.ts";

/** Items a plain list field (no `first`/`last`) is assumed to hold. */
export const LIST_FACTOR = 10;

interface Walk {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown>;
  seen: Set<string>;
}

function argValue(field: FieldNode, name: string, walk: Walk): unknown {
  const node: ValueNode | undefined = field.arguments?.find((a) => a.name.value === name)?.value;
  return node ? valueFromASTUntyped(node, walk.variables) : undefined;
}

/** How many times a field's children are loaded: its page size, id count, or a list guess. */
function multiplier(field: FieldNode, def: GraphQLField<unknown, unknown>, walk: Walk): number {
  const hasArg = (name: string) => def.args.some((a) => a.name === name);
  if (hasArg("first") || hasArg("last")) {
    const size = argValue(field, "first", walk) ?? argValue(field, "last", walk);
    return typeof size === "number" && size >= 0 ? size : DEFAULT_PAGE_SIZE;
  }
  const ids = hasArg("ids") ? argValue(field, "ids", walk) : undefined;
  if (Array.isArray(ids)) return ids.length;
  // A connection's `edges` are already counted by the connection's page size.
  return isListType(getNullableType(def.type)) && field.name.value !== "edges" ? LIST_FACTOR : 1;
}

function costOf(set: SelectionSetNode | undefined, type: GraphQLCompositeType, walk: Walk): number {
  let cost = 0;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      const def =
        isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!def) continue;
      const named = getNamedType(def.type);
      if (!isCompositeType(named)) continue;
      cost += 1 + multiplier(selection, def, walk) * costOf(selection.selectionSet, named, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      cost += costOf(selection.selectionSet, isCompositeType(on) ? on : type, walk);
    } else if (!walk.seen.has(selection.name.value)) {
      const fragment = walk.document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment?.kind !== Kind.FRAGMENT_DEFINITION) continue;
      const on = walk.schema.getType(fragment.typeCondition.name.value);
      const inner = { ...walk, seen: new Set(walk.seen).add(selection.name.value) };
      cost += costOf(fragment.selectionSet, isCompositeType(on) ? on : type, inner);
    }
  }
  return cost;
}

/**
 * Estimated cost of an operation: every object field counts 1, times how many times its parent
 * is loaded — a connection's `first`/`last` (default 20), `nodes(ids:)`'s count, or
 * {@link LIST_FACTOR} for other lists. Scalars are free; introspection is free.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return 0;
  return costOf(operation.selectionSet, root, {
    schema,
    document,
    variables: variables ?? {},
    seen: new Set(),
  });
}
