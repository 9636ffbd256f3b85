/**
 * What one GraphQL operation may cost, checked before anything is resolved (SECURITY.md "Limits"):
 * - depth (`depthLimitRule`);
 * - shape (`operationShapeRule`): root fields and aliases per operation, so one request cannot repeat an expensive
 *   field hundreds of times under different names;
 * - cost (`complexityLimitPlugin`): each field costs 1; a list costs 1 + its children × its size, where the size is the
 *   `limit` argument of a paged list, or the most it can return (`LIST_SIZES`). Signed-in callers get
 *   `maxQueryComplexity`, anonymous callers the smaller `anonymousMaxComplexity`, and each anonymous client address a
 *   budget of `anonymousComplexityPerMinute` points per minute over all its requests.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getVariableValues, GraphQLError, Kind, visit, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { clientAddress, FixedWindows, type ClientRequest } from '../auth/rate-limit.guard.js';

/**
 * The most items a list field without a `limit` argument returns, by `Type.field`: such a list costs 1 + its
 * children × this size. Every list an anonymous caller can reach is here (test/query-budget.e2e-spec.ts walks the
 * public queries and fails on a list that is missing), so repeating a public list cannot pass as cheap. Where a list
 * is bounded by input validation the bound is used; where it grows with time the figure is a planning maximum (said
 * so). A list not named here and without `limit` costs as one item: only signed-in callers reach those (issue 14:
 * size them when they gain paging).
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  // every current and retired municipality (342 in 2026, plus those merged away since 2020)
  'Query.municipalities': 400,
  // published versions of one self-profile: planning maximum (a version per month for eight years)
  'Municipality.profileVersions': 100,
  // capacity per half-year period: planning maximum (twenty years)
  'Municipality.capacities': 40,
  'Capacity.warnings': 3, // CAPACITY_FINDINGS
  'LabourMarket.shortageOccupationGroups': 200, // publishProfile: at most 200 shortage occupations
  'Priorities.wantedOccupationGroups': 50, // publishProfile: at most 50 wanted occupations
  'Networks.communities': 100, // publishProfile: at most 100 communities
  'MunicipalityProfile.whatToExpectTranslations': 3, // en, ar, uk
  'Priorities.statementTranslations': 3, // en, ar, uk
  'Query.cefrLevels': 6, // A1 … C2
  'Query.iscedLevels': 9, // ISCED 2011 levels 0 … 8
};

/** A paged field (a list, or a page type such as HouseholdPage, with a `limit` argument) costs its children × `limit`. */
const pagedListEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (typeof args.limit !== 'number') return undefined;
  return 1 + childComplexity * Math.max(1, args.limit);
};

/** A list without `limit` costs its children × its size in LIST_SIZES (see there). */
const declaredListEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  const size = LIST_SIZES[`${type.name}.${field.name}`];
  return size === undefined ? undefined : 1 + childComplexity * size;
};

const ESTIMATORS = [pagedListEstimator, declaredListEstimator, simpleEstimator({ defaultComplexity: 1 })];

/**
 * Refuses operations nested deeper than `maxDepth` (graphql-depth-limit). A document whose fragments spread each
 * other in a cycle is not measured: graphql-depth-limit would follow the cycle until the stack overflows (an internal
 * error, issue 14), and graphql's own NoFragmentCyclesRule refuses such a document anyway (GRAPHQL_VALIDATION_FAILED,
 * HTTP 400, naming the fragments).
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const measure = depthLimit(maxDepth) as ValidationRule;
  return (context) => (hasFragmentCycle(context.getDocument()) ? {} : measure(context));
}

/** Whether some fragment of `document` spreads itself, directly or through other fragments. */
export function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>();
  for (const d of document.definitions) {
    if (d.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const names: string[] = [];
    visit(d.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) });
    spreads.set(d.name.value, names);
  }
  const done = new Set<string>();
  const onPath = new Set<string>();
  const cyclic = (name: string): boolean => {
    if (onPath.has(name)) return true;
    if (done.has(name) || !spreads.has(name)) return false;
    onPath.add(name);
    const found = spreads.get(name)!.some(cyclic);
    onPath.delete(name);
    done.add(name);
    return found;
  };
  return [...spreads.keys()].some(cyclic);
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
        async didResolveOperation({ request, document, schema, contextValue, operation }) {
          // Variables that do not fit their types: graphql's coercion answers them (BAD_USER_INPUT, HTTP 400, naming
          // the variable) when the operation is executed; costing them here would throw its error as an internal one.
          if (operation && getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) return;
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
              // a refused request, not a server fault: HTTP 400 like any other bad request (Apollo answers 500 otherwise)
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (!signedIn && req && !anonymousSpend.take(`anonymous:${clientAddress(req)}`, complexity, limits.anonymousComplexityPerMinute, Date.now())) {
            throw new GraphQLError('Too many requests from this address; wait a minute and try again', { extensions: { code: 'RATE_LIMITED', http: { status: 429 } } });
          }
        },
      };
    },
  };
}
