import type { IncomingMessage } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost, type GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import {
  getOperationAST, getVariableValues, GraphQLError, Kind, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLFormattedError,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { Role } from '#persistence/entities/account.entity.js';
import { DomainError } from '#common/domain-error.js';
import { AuthService } from '../auth/auth.service.js';
import { TokenRefused } from '../auth/tokens.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { depthLimitRule, operationBudget, operationComplexity, operationShapeRule, tooComplexError } from '../common/query-limits.js';
import { operationInputProblems } from '../common/input-screen.js';
import { formatGraphQLError, graphQLExtensions, variableErrorWithoutValue } from '../common/graphql-errors.js';
import { withoutSuggestions } from '../common/schema-privacy.js';

/** Where subscriptions are served: `ws://<host>:<port>/graphql`, protocol `graphql-transport-ws` (graphql-ws). */
export const SUBSCRIPTIONS_PATH = '/graphql';

/**
 * The roles that have any subscription (the union of the `@Roles` of every `@Subscription`; today `runProgress`,
 * officers). A connection of any other role is refused at once (close 4403), before it holds a socket open; each
 * subscription's own access rule is still checked by the access guard when it starts.
 */
export const SUBSCRIBER_ROLES: readonly Role[] = ['officer'];

/** The longest delay `setTimeout` takes (2^31 − 1 ms, about 24.8 days); a token lives far shorter. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What a WebSocket connection of `graphql-ws/use/ws` carries (`Context.extra`): its socket and upgrade request. */
interface WsExtra {
  readonly socket: { close(code: number, reason: string): void };
  readonly request: IncomingMessage;
}

function isWsExtra(extra: unknown): extra is WsExtra {
  return typeof extra === 'object' && extra !== null && 'socket' in extra && 'request' in extra;
}

type GraphQLWsOptions = GraphQLWsSubscriptionsConfig;
type WsContext = Parameters<NonNullable<GraphQLWsOptions['onConnect']>>[0];

/**
 * The request a resolver, guard or budget sees for an operation over WebSocket, in the shape of an HTTP request:
 * the `authorization` of the connection's `connectionParams` as its header (e.g. `Bearer …`), and the client's
 * address: the upgrade request's socket address (`ip`).
 */
export interface SubscriptionRequest {
  readonly headers: { readonly authorization?: string };
  readonly ip?: string;
  readonly socket?: { readonly remoteAddress?: string };
}

/** `connectionParams.authorization` when it is a string. */
function authorizationOf(ctx: WsContext): string | undefined {
  const value = ctx.connectionParams?.authorization;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The GraphQL context for an HTTP request (`{ req }` from Apollo) and for a subscription over WebSocket (the
 * graphql-ws connection context): `{ req }` either way, so the access guard, the rate limits and `CurrentViewer` read
 * both alike.
 */
export function graphqlContext(input: { req?: unknown } | WsContext): { req: unknown } {
  if ('connectionParams' in input && 'extra' in input) {
    const ctx = input as WsContext;
    const request = isWsExtra(ctx.extra) ? ctx.extra.request : undefined;
    // The upgrade request does not pass through Express, so `trust proxy` is not applied: the socket's address.
    const req: SubscriptionRequest = { headers: { authorization: authorizationOf(ctx) }, ip: request?.socket.remoteAddress, socket: request?.socket };
    return { req };
  }
  return { req: (input as { req?: unknown }).req };
}

/**
 * The graphql-ws server options (`subscriptions: { 'graphql-ws': … }` of the GraphQL module): subscriptions only, with
 * the same token check, access rules, limits and error mapping as operations over HTTP (which graphql-ws would
 * otherwise skip: Apollo's plugins and validation rules never see an operation over WebSocket).
 *
 * - **Connection** (`onConnect`): `connectionParams.authorization` (`Bearer <token>`) is verified as the access guard
 *   does (`AuthService.authenticate`: signature, claims, expiry, the account enabled and not revoked). No token or a
 *   refused one: close 4401 with the reason ("Sign in first", "Your session has expired; sign in again", …); a role
 *   without subscriptions (`SUBSCRIBER_ROLES`): close 4403; more than `limits.maxSubscriptionConnections` of one
 *   account: close 4429. An accepted connection is closed (4401) when its token expires or its account is disabled
 *   or revoked (rechecked every `limits.subscriptionRecheckSeconds`).
 * - **Each subscription** (`onSubscribe`): parsed and validated with graphql's rules plus the depth and shape limits;
 *   only `subscription` operations (queries and mutations go over HTTP, where their limits apply); variables coerced;
 *   input screened (NUL characters, malformed ids); cost within `maxQueryComplexity`. Refusals come back as one
 *   `error` message with codes as over HTTP. Then the access guard checks the operation's own rule (`@Roles`) and the
 *   resolver answers, e.g. NOT_FOUND for an unknown run, as a `next` message with the error followed by `complete`.
 * - **Errors in results** (`onNext`): through `formatGraphQLError`, the one error mapping; without introspection no
 *   "Did you mean …" either.
 */
@Injectable()
export class SubscriptionGate {
  constructor(
    private readonly auth: AuthService,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Open connections per account id (see `connect`). */
  private readonly openByAccount = new Map<string, number>();
  /** Each accepted connection: its account and the timers that end it (token expiry, recheck of the account). */
  private readonly accepted = new WeakMap<WsContext, { readonly accountId: string; readonly timers: readonly NodeJS.Timeout[] }>();

  options(): GraphQLWsOptions {
    return {
      path: SUBSCRIPTIONS_PATH,
      onConnect: (ctx) => this.connect(ctx),
      onClose: (ctx) => this.closed(ctx),
      onSubscribe: (_ctx, _id, payload) => this.prepare(payload),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors?.length ? { ...result, errors: result.errors.map((e) => this.format(formatGraphQLError(e.toJSON(), e))) } : undefined),
    };
  }

  /**
   * Accepts a connection of a signed-in subscriber, at most `limits.maxSubscriptionConnections` per account (the next
   * is closed with 4429, which graphql-ws clients do not retry). An accepted connection lives as long as its sign-in:
   * it is closed with 4401 when its token expires, and when a recheck every `limits.subscriptionRecheckSeconds` finds
   * the account disabled or its tokens revoked (the check an HTTP request makes on every call).
   */
  private async connect(ctx: WsContext): Promise<boolean> {
    const authentication = await this.auth.authenticate(authorizationOf(ctx));
    const close = (code: number, reason: string) => {
      if (isWsExtra(ctx.extra)) ctx.extra.socket.close(code, reason);
      return false;
    };
    if (!authentication.viewer) return close(CloseCode.Unauthorized, authentication.problem ?? 'Sign in first');
    const { viewer, expiresAt } = authentication;
    if (!SUBSCRIBER_ROLES.includes(viewer.role)) return close(CloseCode.Forbidden, 'Your role has no subscriptions');
    const max = this.config.limits.maxSubscriptionConnections;
    const open = this.openByAccount.get(viewer.accountId) ?? 0;
    if (open >= max) return close(CloseCode.TooManyInitialisationRequests, `Too many open connections for this account (at most ${max}); close one first`);
    this.openByAccount.set(viewer.accountId, open + 1);
    const expiry = setTimeout(() => close(CloseCode.Unauthorized, new TokenRefused('expired').message), Math.min(MAX_TIMER_MS, Math.max(0, expiresAt - Date.now())));
    const recheck = setInterval(() => {
      void this.auth.authenticate(authorizationOf(ctx)).then(
        (again) => {
          if (!again.viewer) close(CloseCode.Unauthorized, again.problem ?? 'Sign in first');
        },
        () => undefined, // the database unreachable: the next recheck tries again
      );
    }, this.config.limits.subscriptionRecheckSeconds * 1000);
    expiry.unref();
    recheck.unref();
    this.accepted.set(ctx, { accountId: viewer.accountId, timers: [expiry, recheck] });
    return true;
  }

  /** A socket closed (graphql-ws `onClose`, for every socket): an accepted connection's timers and count go. */
  private closed(ctx: WsContext): void {
    const connection = this.accepted.get(ctx);
    if (!connection) return;
    this.accepted.delete(ctx);
    for (const timer of connection.timers) clearTimeout(timer);
    const open = (this.openByAccount.get(connection.accountId) ?? 1) - 1;
    if (open > 0) this.openByAccount.set(connection.accountId, open);
    else this.openByAccount.delete(connection.accountId);
  }

  /** The execution arguments of a subscription, or the errors that refuse it (see the class comment). */
  private prepare(payload: { readonly query: string; readonly operationName?: string | null; readonly variables?: Record<string, unknown> | null }): ExecutionArgs | GraphQLError[] {
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    let document: DocumentNode;
    try {
      document = parse(payload.query);
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
    }
    const limits = this.config.limits;
    const invalid = validate(schema, document, [...specifiedRules, depthLimitRule(limits.maxQueryDepth), operationShapeRule(limits)]);
    if (invalid.length) return invalid.map((e) => this.refusal(e.message, 'GRAPHQL_VALIDATION_FAILED'));
    const operation = getOperationAST(document, payload.operationName ?? undefined);
    if (!operation) return [this.refusal('Name one operation of the document to run', 'OPERATION_RESOLUTION_FAILURE')];
    if (operation.operation !== 'subscription') {
      return [this.refusal('Only subscriptions are served over WebSocket; send queries and mutations over HTTP', 'BAD_REQUEST')];
    }
    const variables = payload.variables ?? {};
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return coerced.errors.map((e) => this.refusal(variableErrorWithoutValue(e.message, e.originalError)?.message ?? e.message, 'BAD_USER_INPUT'));
    const problems = operationInputProblems(schema, document, operation, coerced.coerced);
    if (problems.length) {
      const refused = DomainError.badInput(problems);
      return [new GraphQLError(refused.message, { extensions: graphQLExtensions(refused) })];
    }
    // A connection is signed in as an officer (onConnect), so the officer's budget per operation applies.
    const complexity = operationComplexity(schema, document, operation, coerced.coerced, 'officer');
    const max = operationBudget(limits, 'officer');
    if (complexity > max) return [tooComplexError(complexity, max, true)];
    return { schema, document: { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation) }, variableValues: variables };
  }

  private refusal(message: string, code: string): GraphQLError {
    return new GraphQLError(this.config.introspection ? message : withoutSuggestions(message), { extensions: { code } });
  }

  private format(error: GraphQLFormattedError): GraphQLFormattedError {
    return this.config.introspection ? error : { ...error, message: withoutSuggestions(error.message) };
  }
}
