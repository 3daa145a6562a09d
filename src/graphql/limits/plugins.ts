import { type DocumentNode, GraphQLError, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ErrorCode } from "../../errors.ts";
import { operationComplexity } from "./complexity.ts";
import { depthLimitRule } from "./depth.ts";

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
}

/** The limits the server applies unless told otherwise. */
export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxComplexity: 5000,
  maxDocumentLength: 20_000,
  maxTokens: 5000,
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

/**
 * Yoga plugins enforcing {@link QueryLimits} on every transport that goes through Yoga's envelop
 * (HTTP, SSE and graphql-ws): document length and tokens at parse, depth at validation,
 * complexity at execution (when the variables, and so the page sizes, are known).
 */
export function limitPlugins(limits: QueryLimits = DEFAULT_LIMITS): Plugin[] {
  const plugin: Plugin = {
    onParams({ params }) {
      if (typeof params.query === "string" && params.query.length > limits.maxDocumentLength) {
        throw tooLarge(
          `the operation is ${params.query.length} characters long; the limit is ${limits.maxDocumentLength}`,
        );
      }
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
    },
    onExecute({ args, setResultAndStopExecution }) {
      const error = tooComplex(args, limits.maxComplexity);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = tooComplex(args, limits.maxComplexity);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
  return [plugin];
}
