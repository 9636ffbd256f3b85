/**
 * What one GraphQL operation may cost, checked before anything is resolved (SECURITY.md "Limits"):
 * - depth (`depthLimitRule`);
 * - shape (`operationShapeRule`): root fields and aliases per operation, so one request cannot repeat an expensive
 *   field hundreds of times under different names;
 * - cost (`complexityLimitPlugin`): each field costs 1; a list costs 1 + its children × its size, where the size is the
 *   `limit` argument of a paged list, or the most it can return (`LIST_SIZES`); a long free text costs by its size
 *   bound (`TEXT_SIZES`). Signed-in callers get their role's budget per operation (`accountBudgets`, at most
 *   `maxQueryComplexity`) and per account per minute, anonymous callers the smaller `anonymousMaxComplexity` and a
 *   budget per client address per minute (`anonymousComplexityPerMinute`); the minute budgets count in the shared
 *   rate limiters (rate-limits.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_IMPORT_PROBLEMS } from '../households/household-import.js';
import {
  getVariableValues, GraphQLError, Kind, visit, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
  type ValidationContext, type ValidationRule,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { clientAddress, type ClientRequest } from '../auth/rate-limit.guard.js';
import type { RateLimits } from '../auth/rate-limits.js';
import type { AuthenticatedRequest } from '../auth/auth.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { Role } from '#matching/vocabulary/roles.js';
import type { AccountBudget } from '../config/app-config.js';
import { PUBLIC_ACCESS, ROLES_EXTENSION } from '../auth/access.decorator.js';
import { LIST_LIMITS } from './input-limits.js';
import { MAX_FORBIDDEN_PAIRS_PER_ROUND, MAX_PINS_PER_ROUND } from '#persistence/repositories/round.repository.js';
import { ACCESSIBILITY_NEEDS, CARE_NEEDS, CRITERIA } from '#matching/model/types.js';
import { OTHERS_FIRST_CATEGORIES } from '#matching/explain/others-first.js';
import { MOVE_CAUSES } from '#matching/rounds/compare.js';
import { CAPACITY_FINDINGS, CEFR_LEVELS, FAIRNESS_DIMENSIONS, HOME_BANDS, URGENCIES } from '#matching/vocabulary/index.js';

/** Bounds that input validation sets on a household (LIST_LIMITS, apps/api/src/common/input-limits.ts). */
const MEMBERS = LIST_LIMITS.members;
const LANGUAGES = LIST_LIMITS.languagesPerMember;
const PROFESSIONS = LIST_LIMITS.professionsPerMember;
const TIES = LIST_LIMITS.ties;
/** Current and retired municipalities (342 in 2026, with room for merged ones): LIST_LIMITS.roundMunicipalities. */
const MUNICIPALITIES = LIST_LIMITS.roundMunicipalities;
/**
 * Municipalities within a hard tie's reach: planning figure. The default reach (30 km; 20 km for family) takes in a
 * few dozen; the largest reach a round policy allows (100 km) can take in most of the country, and is priced low here.
 */
const WITHIN_REACH = 150;
/** Planning maximum of short statements in one answer (a text list such as drivers or a wait change). */
const STATEMENTS = 20;
/**
 * Reasons behind one criterion's score: planning figure. Input validation allows more (labour gives up to
 * 4 + 6 aspirations reasons per member, for up to 20 members), but sizing nested explanation lists by that bound
 * would price an ordinary review page in the millions.
 */
const REASONS_PER_CRITERION = 10;
/** Hard constraints that rule one place out for a unit (6 filter codes today, per household and need): planning figure. */
const FILTER_REASONS = 10;

/**
 * The most items a list field without a `limit` argument returns, by `Type.field`: such a list costs 1 + its
 * children × this size. Every list that can reach more than one item is here or has a `limit` argument
 * (test/query-budget.e2e-spec.ts walks every query and mutation and fails on a list that has neither), so repeating
 * or nesting a list cannot pass as cheap. Where a list is bounded by a closed vocabulary or by input validation,
 * that bound is used; where it grows with time the figure is a planning maximum; lists of explanation texts nested
 * under other lists use planning figures (each says so), because their validation bounds multiplied together would
 * price ordinary screens in the millions. A list that grows with the waiting list or the rounds has paging instead
 * (`limit`, at most MAX_PAGE_SIZE). A page type's `items` is sized 1: its parent field's `limit` multiplies it.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  // ── reference data and profiles (anonymous callers reach these) ──
  'Query.municipalities': MUNICIPALITIES,
  // published versions of one self-profile: planning maximum (a version per month for eight years). This and
  // `capacities` resolve only for officers and the municipality itself (SECURITY.md "What is public"), but an
  // operation is costed before access is checked, so they keep their size.
  'Municipality.profileVersions': 100,
  'MunicipalityView.profileVersions': 100,
  // capacity per half-year period: planning maximum (twenty years)
  'Municipality.capacities': 40,
  'MunicipalityView.capacities': 40,
  'Capacity.warnings': CAPACITY_FINDINGS.length,
  'LabourMarket.shortageOccupationGroups': 200, // publishProfile: at most 200 shortage occupations
  'Priorities.wantedOccupationGroups': 50, // publishProfile: at most 50 wanted occupations
  'Networks.communities': 100, // publishProfile: at most 100 communities
  'MunicipalityProfile.whatToExpectTranslations': LIST_LIMITS.profileTranslations, // every newcomer language but Dutch
  'Priorities.statementTranslations': LIST_LIMITS.profileTranslations,
  'Query.cefrLevels': CEFR_LEVELS.length,
  'Query.iscedLevels': 9, // ISCED 2011 levels 0 … 8
  'MunicipalitySyncReport.added': MUNICIPALITIES,
  'MunicipalitySyncReport.retired': MUNICIPALITIES,
  'MunicipalitySyncReport.updated': MUNICIPALITIES,
  'UpdatedMunicipality.changes': 10, // the attributes of a municipality the CBS list carries
  // ── households ──
  'HouseholdPage.items': 1, // sized by households(limit)
  'Household.members': MEMBERS,
  'HouseholdMember.languages': LANGUAGES,
  'HouseholdMember.professions': PROFESSIONS,
  'Household.ties': TIES,
  'HouseholdChange.fields': 10, // planning figure: fields one correction or update changes
  'HouseholdImport.problems': MAX_IMPORT_PROBLEMS,
  // ── the newcomer's own answers ──
  'Query.myHouseholdProposals': 100, // one per round the household took part in: planning maximum
  'WaitingStatus.change': STATEMENTS,
  'WaitEstimateView.drivers': STATEMENTS,
  'WaitingStatus.othersWentFirst': OTHERS_FIRST_CATEGORIES.length,
  'LastRoundOutcome.othersFirst': OTHERS_FIRST_CATEGORIES.length,
  'LastRoundOutcome.unplaced': TIES,
  'NewcomerProposalView.criteria': CRITERIA.length,
  'CriterionView.reasons': REASONS_PER_CRITERION,
  'NewcomerProposalView.alternatives': MUNICIPALITIES, // every place with a higher fit
  'NewcomerProposalView.preferred': TIES + 1, // its ties' places and its best option
  'NewcomerProposalView.plan': 3, // deadline, contact person, move-in date
  // ── the municipality's own answers ──
  'ProposedHousehold.languages': LANGUAGES, // distinct languages in one household: planning figure
  'ProposedHousehold.professions': PROFESSIONS, // distinct professions in one household: planning figure
  'ProposedHousehold.whyProposed': REASONS_PER_CRITERION, // only the reasons that argued for it, each once: planning figure
  // ── proposals ──
  'ProposalReviewPage.items': 1, // sized by proposalsAwaitingReview(limit)
  // ── rounds and runs ──
  'Round.capacities': MUNICIPALITIES,
  'RoundCapacity.warnings': CAPACITY_FINDINGS.length,
  'Round.pins': MAX_PINS_PER_ROUND,
  'Round.forbiddenPairs': MAX_FORBIDDEN_PAIRS_PER_ROUND,
  'Mutation.pinHousehold': MAX_PINS_PER_ROUND,
  'Mutation.unpinHousehold': MAX_PINS_PER_ROUND,
  'Mutation.forbidPair': MAX_FORBIDDEN_PAIRS_PER_ROUND,
  'Mutation.allowPair': MAX_FORBIDDEN_PAIRS_PER_ROUND,
  'Run.fill': MUNICIPALITIES,
  'Run.queueHonour': HOME_BANDS.length,
  'BandHonour.passedOverBy': OTHERS_FIRST_CATEGORIES.length,
  'RunComparison.byCause': MOVE_CAUSES.length,
  'Assignment.criteria': CRITERIA.length,
  'CriterionBreakdown.reasons': REASONS_PER_CRITERION,
  'Assignment.alternatives': 20, // round policy `alternatives`: at most 20
  'Assignment.preferred': TIES + 1, // its ties' places and its best option
  'PreferredPlaceVerdict.filterReasons': FILTER_REASONS,
  'Assignment.othersFirst': OTHERS_FIRST_CATEGORIES.length,
  'Assignment.unplaced': TIES,
  'PreRunCheck.bands': HOME_BANDS.length,
  'UnhonourableTieView.honourWith': WITHIN_REACH,
  'UnhonourableTieView.unit': MEMBERS, // linked households: planning maximum
  'UnhonourableTieView.why': FILTER_REASONS,
  'UnhonourableTieView.withinReach': WITHIN_REACH,
  'UnitWithoutFitView.unit': MEMBERS, // linked households: planning maximum
  'UnitWithoutFitView.why': FILTER_REASONS,
  'FairnessReport.groups': FAIRNESS_DIMENSIONS.length * 50, // groups per dimension: planning maximum (origin regions)
  'FairnessReport.suppressed': FAIRNESS_DIMENSIONS.length,
  // ── the waiting list overview ──
  'WaitingListOverview.byBand': HOME_BANDS.length,
  'WaitingListOverview.byUrgency': URGENCIES.length,
  'WaitingListOverview.byNeed': CARE_NEEDS.length + ACCESSIBILITY_NEEDS.length,
  'WaitingListOverview.byBandAndNeed': HOME_BANDS.length * (CARE_NEEDS.length + ACCESSIBILITY_NEEDS.length),
  'WaitingListOverview.longestWaits': 20,
  'UnplaceableHousehold.reasons': STATEMENTS,
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

/** Characters of free text that cost one point beyond the field's own 1 (`TEXT_SIZES`). */
export const TEXT_COST_UNIT = 1000;

/**
 * The most characters a long free-text field returns, by `Type.field` (the bound input validation sets on it): such a
 * field costs `1 + ceil(size / TEXT_COST_UNIT)`, so repeating a long text under aliases or across a list is priced by
 * the bytes it can return (issue 14: 12 aliased municipality lists with their texts returned 7.2 MB), not as a
 * one-point field. Short texts (names, codes, catalogue statements) cost 1.
 */
export const TEXT_SIZES: Readonly<Record<string, number>> = {
  'MunicipalityProfile.whatToExpect': 5000, // PublishProfileInput.whatToExpect: at most 5000 characters
  'TextTranslation.text': 5000, // TextTranslationInput.text: at most 5000
  'ProfileText.text': 5000, // whatToExpectIn / statementIn: the original or a translation
  'Priorities.statement': 2000, // PrioritiesInput.statement: at most 2000
  'Household.medicalNotes': 2000, // RegisterHouseholdInput.medicalNotes: at most 2000
  'HouseholdTie.verificationNote': 1000, // EvidenceNote: at most 1000
};

/** A long free-text field costs by its size bound (`TEXT_SIZES`). */
const textEstimator: ComplexityEstimator = ({ type, field }) => {
  const size = TEXT_SIZES[`${type.name}.${field.name}`];
  return size === undefined ? undefined : 1 + Math.ceil(size / TEXT_COST_UNIT);
};

const ESTIMATORS = [pagedListEstimator, declaredListEstimator, textEstimator, simpleEstimator({ defaultComplexity: 1 })];

/**
 * An operation (a root field of Query, Mutation or Subscription) the caller may not call costs nothing, because the
 * access guard refuses it (UNAUTHENTICATED without a token, FORBIDDEN for another role) before any of its fields is
 * resolved. So such a caller is told to sign in, or that its role may not do this, rather than that the query is too
 * complex, and the budget prices only what the caller can get. May call: a public operation (`extensions.access`
 * PUBLIC_ACCESS, see `Public`), or for a signed-in caller one whose `extensions.roles` (see `Roles`) names its role.
 */
function notCallableRootEstimator(role: Role | null): ComplexityEstimator {
  return ({ type, field }) => {
    if (type.name !== 'Query' && type.name !== 'Mutation' && type.name !== 'Subscription') return undefined;
    if (field.extensions?.access === PUBLIC_ACCESS) return undefined;
    const roles = field.extensions?.[ROLES_EXTENSION];
    return role !== null && Array.isArray(roles) && roles.includes(role) ? undefined : 0;
  };
}

/**
 * The cost of `operation` of `document` (its fragments included) with `variables` for a caller of `role` (null: not
 * signed in), by the estimators of the file's comment; the operations the caller may not call cost nothing
 * (`notCallableRootEstimator`). Variables must already fit their types (`getVariableValues`).
 * Used for HTTP operations (`complexityLimitPlugin`) and for subscriptions over WebSocket (subscriptions/graphql-ws.ts).
 */
export function operationComplexity(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, role: Role | null,
): number {
  // Only the operation asked for: a request may name an operation the document leaves unnamed, and
  // graphql-query-complexity would fail on that as an internal error.
  return getComplexity({
    schema,
    query: { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation) },
    variables,
    estimators: [notCallableRootEstimator(role), ...ESTIMATORS],
  });
}

/**
 * Most one operation may cost for a caller of `role` (null: not signed in): the role's `accountBudgets[role].perOperation`,
 * at most `maxQueryComplexity`; `anonymousMaxComplexity` for a caller who is not signed in. Queries, mutations and
 * subscriptions alike.
 */
export function operationBudget(limits: ComplexityLimits, role: Role | null): number {
  if (role === null) return limits.anonymousMaxComplexity;
  return Math.min(limits.maxQueryComplexity, limits.accountBudgets[role]?.perOperation ?? limits.maxQueryComplexity);
}

/** The error of an operation costing `complexity` over the caller's budget `max` (BAD_USER_INPUT, HTTP 400). */
export function tooComplexError(complexity: number, max: number, signedIn: boolean): GraphQLError {
  const who = signedIn ? '' : ' for a caller who is not signed in';
  return new GraphQLError(`Query too complex: cost ${complexity} exceeds ${max}${who}; ask for fewer items or fields`, {
    // a refused request, not a server fault: HTTP 400 like any other bad request (Apollo answers 500 otherwise)
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

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
  /** Most any signed-in caller's operation may cost (the role's `accountBudgets[role].perOperation` may be lower). */
  readonly maxQueryComplexity: number;
  /** Most an anonymous caller's operation may cost. */
  readonly anonymousMaxComplexity: number;
  /** Cost points one anonymous client address may spend per minute over all its operations. */
  readonly anonymousComplexityPerMinute: number;
  /** Per role: most one operation may cost and points one account may spend per minute (AppConfig). */
  readonly accountBudgets: Readonly<Record<Role, AccountBudget>>;
}

/**
 * An anonymous operation costing at most this much is neither charged to nor stopped by its address's budget per
 * minute: `login` (its own limit per address applies, rate-limit.guard.ts) and a single record such as
 * `municipality(code)` stay open to everyone behind an address (a reception centre, a municipal office) that has
 * spent its budget on lists.
 */
export const ANONYMOUS_FREE_COST = 10;

interface RequestContext {
  readonly req?: ClientRequest & AuthenticatedRequest;
}

/** Who a request's caller is, from its request (`AuthService.authenticateRequest`: once per request, shared with the access guard). */
export type IdentifyCaller = (req: ClientRequest & AuthenticatedRequest) => Promise<Pick<Viewer, 'accountId' | 'role'> | null>;

const RATE_LIMITED = (who: string) =>
  new GraphQLError(`Too many requests from this ${who}; wait a minute and try again`, { extensions: { code: 'RATE_LIMITED', http: { status: 429 } } });

/**
 * Refuses operations whose estimated cost exceeds the caller's budget before anything is resolved
 * (BAD_USER_INPUT "Query too complex"), and callers that spent their budget for the minute (RATE_LIMITED, HTTP 429):
 * an anonymous caller by client address (operations over `ANONYMOUS_FREE_COST`), a signed-in caller by account, with
 * its role's budgets (`accountBudgets`). The minute budgets count in `rateLimits` (shared by all API processes on a
 * real server). `identify` tells who the caller is: a viewer when the request carries a valid token of an account that
 * may sign in (verified once per request, the access guard reuses it); anyone else is priced as anonymous.
 */
export function complexityLimitPlugin(limits: ComplexityLimits, identify: IdentifyCaller, rateLimits: RateLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue, operation }) {
          // Variables that do not fit their types: graphql's coercion answers them (BAD_USER_INPUT, HTTP 400, naming
          // the variable) when the operation is executed; costing them here would throw its error as an internal one.
          // No operation resolved: Apollo answers that itself (OPERATION_RESOLUTION_FAILURE).
          if (!operation) return;
          if (getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) return;
          const req = contextValue.req;
          const caller = req ? await identify(req) : null;
          const complexity = operationComplexity(schema, document, operation, request.variables ?? {}, caller?.role ?? null);
          const max = operationBudget(limits, caller?.role ?? null);
          if (complexity > max) throw tooComplexError(complexity, max, caller !== null);
          const budget = caller ? limits.accountBudgets[caller.role] : undefined;
          if (caller && budget) {
            if (!(await rateLimits.take(`cost-${caller.role}`, caller.accountId, complexity, budget.perMinute))) throw RATE_LIMITED('account');
          } else if (req && complexity > ANONYMOUS_FREE_COST) {
            if (!(await rateLimits.take('cost-anonymous', clientAddress(req), complexity, limits.anonymousComplexityPerMinute))) throw RATE_LIMITED('address');
          }
        },
      };
    },
  };
}
