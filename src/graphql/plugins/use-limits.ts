import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { type DocumentNode, GraphQLError, type GraphQLSchema, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ErrorCode } from "../../errors.ts";
import { operationComplexity } from "../limits/complexity.ts";
import { depthLimitRule } from "../limits/depth.ts";
import { checkVariables, noNulInStringsRule } from "../limits/input-guard.ts";
import { useResponseSizeLimit } from "../limits/response-size.ts";

/** What one operation may ask of the server. */
export interface QueryLimits {
  /** Deepest field nesting (root fields are depth 1). Default 12. */
  maxDepth: number;
  /** Largest estimated cost, see {@link operationComplexity}. Default 5,000. */
  maxComplexity: number;
  /** Longest operation text, in characters. Default 20,000. */
  maxDocumentLength: number;
  /** Most lexical tokens in an operation (stops pathological documents early). Default 5,000. */
  maxTokens: number;
  /**
   * Most aliases in an operation (`__typename` excepted): each alias of a field is another copy of
   * its value, 2 MiB for a long article's body. Default 15.
   */
  maxAliases: number;
  /** Largest answer, in bytes of JSON, measured before it is serialised. Default 16 MiB. */
  maxResponseBytes: number;
}

/** The limits the server applies unless told otherwise. */
export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxComplexity: 5000,
  maxDocumentLength: 20_000,
  maxTokens: 5000,
  maxAliases: 15,
  maxResponseBytes: 16 * 1024 * 1024,
};

function tooLarge(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.DOCUMENT_TOO_LARGE, http: { status: 413 } },
  });
}

function tooComplex(
  args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null | undefined;
    variableValues?: Record<string, unknown> | null | undefined;
  },
  limit: number,
): GraphQLError | null {
  const cost = operationComplexity(args.schema, args.document, args.operationName, args.variableValues);
  if (cost <= limit) return null;
  return new GraphQLError(
    `the operation's estimated cost is ${cost}; the limit is ${limit} (ask for smaller pages or fewer nested lists)`,
    { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, complexity: cost, limit } },
  );
}

/** graphql-armor's alias limit, reporting its refusal with a stable code instead of throwing. */
function aliasLimitRule(maxAliases: number) {
  return maxAliasesRule({
    n: maxAliases,
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        (context as ValidationContext | null)?.reportError(
          new GraphQLError(
            `${error.message.replace(/^Syntax Error: /, "")} (\`__typename\` does not count)`,
            {
              extensions: { code: ErrorCode.TOO_MANY_ALIASES, limit: maxAliases },
            },
          ),
        );
      },
    ],
  });
}

/**
 * Yoga plugins enforcing {@link QueryLimits} on every transport that goes through Yoga's envelop
 * (HTTP, SSE and graphql-ws): document length, tokens and variables (nesting, NUL characters)
 * before parsing, depth, aliases and NUL characters in literals at validation, complexity at
 * execution (when the variables, and so the page sizes, are known), and the answer's size after.
 */
export function limitPlugins(limits: QueryLimits = DEFAULT_LIMITS): Plugin[] {
  const plugin: Plugin = {
    onParams({ params }) {
      if (typeof params.query === "string" && params.query.length > limits.maxDocumentLength) {
        throw tooLarge(
          `the operation is ${params.query.length} characters long; the limit is ${limits.maxDocumentLength}`,
        );
      }
      const bad = checkVariables(params.variables);
      if (bad) throw bad;
    },
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && /more than \d+ tokens/.test(error.message)) {
            throw tooLarge(`the operation has more than ${limits.maxTokens} tokens`);
          }
          throw error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(depthLimitRule(limits.maxDepth));
      addValidationRule(aliasLimitRule(limits.maxAliases));
      addValidationRule(noNulInStringsRule);
    },
    // graphql-ws hands its variables straight to execute, past onParams: checked again here.
    onExecute({ args, setResultAndStopExecution }) {
      const error = checkVariables(args.variableValues) ?? tooComplex(args, limits.maxComplexity);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = checkVariables(args.variableValues) ?? tooComplex(args, limits.maxComplexity);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
  return [plugin, useResponseSizeLimit(limits.maxResponseBytes)];
}
