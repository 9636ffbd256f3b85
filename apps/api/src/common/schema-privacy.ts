import type { ApolloServerPlugin } from '@apollo/server';

/**
 * graphql-js's suggestions in an error message: ` Did you mean "households"?`, ` Did you mean "a" or "b"?`,
 * ` Did you mean the enum value "WAITING"?`.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** `message` without graphql-js's "Did you mean …?" suggestions. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * With introspection off the schema is not for reading, so no error may spell the names a client did not write
 * (issue 14): this plugin removes the "Did you mean …?" suggestions from every error message of every response.
 * Apollo's own `hideSchemaDetailsFromClientErrors` is not enough: it cleans validation errors only, while the errors
 * of variables that do not fit their types (an unknown enum value or input field in a variable) suggest names too.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          if (!result.errors?.length) return;
          result.errors = result.errors.map((e) => {
            const message = withoutSuggestions(e.message);
            return message === e.message ? e : { ...e, message };
          });
        },
      };
    },
  };
}
