import { type ExecutionResult, NoSchemaIntrospectionCustomRule, validate } from "graphql";
import { handleStreamOrSingleExecutionResult, type Plugin } from "graphql-yoga";

/**
 * Own code, not @graphql-yoga/plugin-disable-introspection: that one refuses `__schema` and `__type` but still answers "Did you mean …" suggestions that give field, argument, type and enum names away.
 */

// graphql's suggestion sentence: ` Did you mean "article" or "articles"?`, ` Did you mean the enum value "NEWEST"?`.
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** Removes the suggestion sentences from errors' messages, in place (the errors are this request's). */
function dropSuggestions(errors: readonly Error[] | undefined): void {
  for (const error of errors ?? []) {
    if (error.message.includes("Did you mean")) error.message = error.message.replace(SUGGESTION, "");
  }
}

/**
 * Refuses introspection (`__schema`, `__type`) with a validation error, on every transport, and
 * leaves out the "Did you mean …" suggestions that would give field, argument, type and enum
 * names away. graphql's `hideSuggestions` covers validation and most of execution; the executor
 * Yoga runs still words some variable errors with suggestions, so every result's errors are also
 * cleaned before they go out. `__typename` stays allowed: clients need it for unions.
 */
export function useNoIntrospection(): Plugin {
  const clean = ({ result }: { result: ExecutionResult }) => dropSuggestions(result.errors);
  return {
    onValidate({ addValidationRule, setValidationFn }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
      setValidationFn((schema, document, rules) =>
        validate(schema, document, rules, { hideSuggestions: true }),
      );
      return ({ result }) => dropSuggestions(result);
    },
    onExecute({ executeFn, setExecuteFn }) {
      // graphql 16.10+ reads `hideSuggestions` from the execution args (envelop's type predates it).
      setExecuteFn((args) => executeFn(Object.assign({}, args, { hideSuggestions: true })));
      return { onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, clean) };
    },
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn((args) => subscribeFn(Object.assign({}, args, { hideSuggestions: true })));
      return { onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, clean) };
    },
  };
}
