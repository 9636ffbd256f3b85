import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNullableType, isListType, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/** A list field costs its children times its `limit` argument (or once when it has none). */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!isListType(getNullableType(field.type)) && typeof args.limit !== 'number') return undefined;
  const size = typeof args.limit === 'number' ? Math.max(1, args.limit) : 1;
  return 1 + childComplexity * size;
};

export function depthLimitRule(maxDepth: number): ValidationRule {
  return depthLimit(maxDepth) as ValidationRule;
}

/** Refuses operations whose estimated cost exceeds `max` before anything is resolved. */
export function complexityLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > max) {
            throw new GraphQLError(`Query too complex: cost ${complexity} exceeds ${max}; ask for fewer items or fields`, {
              extensions: { code: 'BAD_USER_INPUT' },
            });
          }
        },
      };
    },
  };
}
