/**
 * What one GraphQL operation may cost, checked before anything is resolved (SECURITY.md "Limits"):
 * - depth (`depthLimitRule`);
 * - shape (`operationShapeRule`): root fields and aliases per operation, so one request cannot repeat an expensive
 *   field hundreds of times under different names;
 * - cost (`complexityLimitPlugin`): each field costs 1; a list costs 1 + its children × its size, where the size is the
 *   `limit` argument of a paged list, or the maximum a field declares with `listOf(n)`. Signed-in callers get
 *   `maxQueryComplexity`, anonymous callers the smaller `anonymousMaxComplexity`, and each anonymous client address a
 *   budget of `anonymousComplexityPerMinute` points per minute over all its requests.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError, getNullableType, isListType, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { clientAddress, FixedWindows, type ClientRequest } from '../auth/rate-limit.guard.js';

/**
 * The cost of a list field that has no `limit` argument: 1 + its children × `maxItems`, the most items it can return
 * (e.g. every current and retired municipality). Use on the field: `@Field(() => [X], { complexity: listOf(400) })`.
 */
export function listOf(maxItems: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + childComplexity * maxItems;
}

/** A paged list (one with a `limit` argument) costs its children times `limit`. */
const pagedListEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (typeof args.limit !== 'number') return undefined;
  if (!isListType(getNullableType(field.type)) && !('limit' in args)) return undefined;
  return 1 + childComplexity * Math.max(1, args.limit);
};

const ESTIMATORS = [pagedListEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

export function depthLimitRule(maxDepth: number): ValidationRule {
  return depthLimit(maxDepth) as ValidationRule;
}

export interface ShapeLimits {
  /** Fields directly under the operation's root (query, mutation), counted after expanding fragments. */
  readonly maxRootFields: number;
  /** Aliased fields anywhere in the operation, counted after expanding fragments (each spread counts again). */
  readonly maxAliases: number;
}

/**
 * Refuses an operation with more root fields or aliases than `limits` allow (GRAPHQL_VALIDATION_FAILED, naming the
 * limit). Fragment cycles are left to graphql's own NoFragmentCyclesRule: a fragment is expanded once per path.
 */
export function operationShapeRule(limits: ShapeLimits): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const count = (set: SelectionSetNode, path: ReadonlySet<string>, acc: { aliases: number }, roots?: { n: number }): void => {
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          if (roots) roots.n += 1;
          if (s.alias) acc.aliases += 1;
          if (s.selectionSet) count(s.selectionSet, path, acc);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          count(s.selectionSet, path, acc, roots);
        } else {
          const f = fragments.get(s.name.value);
          if (f && !path.has(f.name.value)) count(f.selectionSet, new Set([...path, f.name.value]), acc, roots);
        }
        // stop early: an oversized operation is refused without walking all of it
        if (acc.aliases > limits.maxAliases || (roots && roots.n > limits.maxRootFields)) return;
      }
    };
    return {
      OperationDefinition(node) {
        const acc = { aliases: 0 };
        const roots = { n: 0 };
        count(node.selectionSet, new Set(), acc, roots);
        if (roots.n > limits.maxRootFields) {
          context.reportError(new GraphQLError(`Too many fields at the top of one operation (more than ${limits.maxRootFields}); send them in separate requests`, { nodes: [node] }));
        } else if (acc.aliases > limits.maxAliases) {
          context.reportError(new GraphQLError(`Too many aliases in one operation (more than ${limits.maxAliases}); send them in separate requests`, { nodes: [node] }));
        }
      },
    };
  };
}

export interface ComplexityLimits {
  /** Most a signed-in caller's operation may cost. */
  readonly maxQueryComplexity: number;
  /** Most an anonymous caller's operation may cost. */
  readonly anonymousMaxComplexity: number;
  /** Cost points one anonymous client address may spend per minute over all its operations. */
  readonly anonymousComplexityPerMinute: number;
}

interface RequestContext {
  readonly req?: ClientRequest & { readonly headers?: Readonly<Record<string, string | string[] | undefined>> };
}

/**
 * Refuses operations whose estimated cost exceeds the caller's budget before anything is resolved
 * (BAD_USER_INPUT "Query too complex"), and anonymous clients that spent their budget for the minute (RATE_LIMITED).
 * `isSignedIn` decides from the request whether the caller holds a token (its signature checked; whether the account
 * may still sign in is the access guard's business: a refused token gets nothing beyond public fields anyway).
 */
export function complexityLimitPlugin(limits: ComplexityLimits, isSignedIn: (authorization: string | undefined) => boolean): ApolloServerPlugin<RequestContext> {
  const anonymousSpend = new FixedWindows(60_000);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: ESTIMATORS,
          });
          const req = contextValue.req;
          const header = req?.headers?.authorization;
          const signedIn = isSignedIn(typeof header === 'string' ? header : undefined);
          const max = signedIn ? limits.maxQueryComplexity : limits.anonymousMaxComplexity;
          if (complexity > max) {
            const who = signedIn ? '' : ' for a caller who is not signed in';
            throw new GraphQLError(`Query too complex: cost ${complexity} exceeds ${max}${who}; ask for fewer items or fields`, {
              extensions: { code: 'BAD_USER_INPUT' },
            });
          }
          if (!signedIn && req && !anonymousSpend.take(`anonymous:${clientAddress(req)}`, complexity, limits.anonymousComplexityPerMinute, Date.now())) {
            throw new GraphQLError('Too many requests from this address; wait a minute and try again', { extensions: { code: 'RATE_LIMITED' } });
          }
        },
      };
    },
  };
}
