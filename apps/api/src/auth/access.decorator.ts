import { SetMetadata, applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { Extensions, GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '#persistence/entities/account.entity.js';
import type { Viewer } from './viewer.js';

export const ACCESS_RULE = Symbol('ACCESS_RULE');
export type AccessRule = { readonly public: true } | { readonly public: false; readonly roles: readonly Role[] };

/**
 * The schema extension that marks an operation anyone may call (`extensions.access === PUBLIC_ACCESS` on the Query or
 * Mutation field): the query budget prices only these for a caller without a token (apps/api/src/common/query-limits.ts).
 */
export const PUBLIC_ACCESS = 'public';

/** Anyone, signed in or not (public reference data, login). Also marks the operation in the schema (PUBLIC_ACCESS). */
export const Public = () => applyDecorators(SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule), Extensions({ access: PUBLIC_ACCESS }));

/**
 * An HTTP endpoint outside GraphQL that anyone may call (health checks, metrics with their own check). Without it
 * the access guard refuses every HTTP route (deny by default); HTTP routes cannot take `@Roles()` (the guard reads
 * no token there).
 */
export const PublicEndpoint = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/**
 * The schema extension that names the roles that may call a field (`extensions.roles`, set by `Roles`): the query
 * budget prices an operation a caller's role may not call at nothing, so the caller is told FORBIDDEN by the access
 * guard rather than that the query is too complex (apps/api/src/common/query-limits.ts).
 */
export const ROLES_EXTENSION = 'roles';

/**
 * Signed-in users with one of these roles; ownership is checked further in the service. Also names the roles in the
 * schema (`extensions.roles`, ROLES_EXTENSION), so must decorate a resolver method (a query, mutation, subscription
 * or resolved field).
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ACCESS_RULE, { public: false, roles } satisfies AccessRule), Extensions({ [ROLES_EXTENSION]: roles }));

/** The signed-in viewer (undefined on public operations without a token). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer | undefined => {
  return GqlExecutionContext.create(context).getContext<{ req: { viewer?: Viewer } }>().req.viewer;
});
