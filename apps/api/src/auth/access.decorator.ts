import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '#persistence/entities/account.entity.js';
import type { Viewer } from './viewer.js';

export const ACCESS_RULE = Symbol('ACCESS_RULE');
export type AccessRule = { readonly public: true } | { readonly public: false; readonly roles: readonly Role[] };

/** Anyone, signed in or not (public reference data, login). */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/** Signed-in users with one of these roles; ownership is checked further in the service. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { public: false, roles } satisfies AccessRule);

/** The signed-in viewer (undefined on public operations without a token). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer | undefined => {
  return GqlExecutionContext.create(context).getContext<{ req: { viewer?: Viewer } }>().req.viewer;
});
