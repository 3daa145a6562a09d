/**
 * Own code, not @pothos/plugin-complexity: the cost is checked in validation on every transport (HTTP, SSE, graphql-ws subscribe) before any resolver runs, and counts the bytes a text field can return (a lead is LEAD_MAX characters), not only fields and list sizes.
 */
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
import { LEAD_MAX } from "../../extract/parse.ts";
import { DEFAULT_PAGE_SIZE } from "../builder.ts";

/** Items a plain list field (no `first`/`last`) is assumed to hold. */
export const LIST_FACTOR = 10;

/** Bytes of text one cost unit stands for: a text field counts one unit per 64 KiB it can hold. */
export const TEXT_BYTES_PER_UNIT = 64 * 1024;

/**
 * Text fields that can be long, with the most characters they can hold. Other scalars are short
 * (names, codes, paths, snippets of 160 characters) and count nothing. The body and the lead are
 * bounded by `MAX_FILE_BYTES` (2 MiB by default): a file that is one paragraph is all lead.
 */
export const LONG_TEXT: Readonly<Record<string, number>> = {
  "Article.body": 2 * 1024 * 1024,
  // The stored lead is cut at LEAD_MAX characters (src/extract/parse.ts), at most 3 bytes each.
  "Article.lead": LEAD_MAX * 3,
  "Mention.sentence": TEXT_BYTES_PER_UNIT,
  "Figure.sentence": TEXT_BYTES_PER_UNIT,
  "Evidence.sentence": TEXT_BYTES_PER_UNIT,
  "FigureSource.sentence": TEXT_BYTES_PER_UNIT,
};

/** What selecting one scalar field costs: one unit per {@link TEXT_BYTES_PER_UNIT} it can hold, else 0. */
export function textCost(typeName: string, fieldName: string): number {
  const chars = LONG_TEXT[`${typeName}.${fieldName}`];
  return chars === undefined ? 0 : Math.ceil(chars / TEXT_BYTES_PER_UNIT);
}

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

/**
 * How many times a field's children are loaded: its page size (else the default its `first`
 * declares, else the connections' default), id count, or a list guess.
 */
function multiplier(field: FieldNode, def: GraphQLField<unknown, unknown>, walk: Walk): number {
  const hasArg = (name: string) => def.args.some((a) => a.name === name);
  if (hasArg("first") || hasArg("last")) {
    const size = argValue(field, "first", walk) ?? argValue(field, "last", walk);
    if (typeof size === "number" && size >= 0) return size;
    const declared = def.args.find((a) => a.name === "first")?.defaultValue;
    return typeof declared === "number" && declared >= 0 ? declared : DEFAULT_PAGE_SIZE;
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
      if (!isCompositeType(named)) {
        cost += textCost(type.name, selection.name.value);
        continue;
      }
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
 * {@link LIST_FACTOR} for other lists. Long text fields count by the bytes they can hold
 * ({@link textCost}: 32 for an article's body); other scalars and introspection are free.
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
