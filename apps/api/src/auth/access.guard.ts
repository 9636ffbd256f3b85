import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { DomainError } from '#common/domain-error.js';
import { ACCESS_RULE, type AccessRule } from './access.decorator.js';
import { AuthService } from './auth.service.js';
import type { Viewer } from './viewer.js';

/**
 * Deny by default: an operation without an explicit @Public() or @Roles() rule is refused, so a new
 * resolver cannot be exposed by forgetting to guard it.
 *
 * A token that gives no viewer (malformed, expired, invalid, revoked) is ignored by public operations, which answer
 * as to an anonymous caller (so `login` works whatever an old token in the header says); protected operations answer
 * UNAUTHENTICATED saying why (e.g. "Your session has expired; sign in again").
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw DomainError.forbidden('This operation has no access rule');
    // HTTP routes outside GraphQL (health, metrics): only those marked @PublicEndpoint(); they make their own checks.
    if (context.getType<GqlContextType>() !== 'graphql') {
      if (rule.public) return true;
      throw new ForbiddenException('This endpoint has no access rule');
    }
    const request = GqlExecutionContext.create(context).getContext<{ req: { headers: Record<string, string | undefined>; viewer?: Viewer } }>().req;
    const { viewer, problem } = await this.auth.authenticateRequest(request);
    if (viewer) request.viewer = viewer;
    if (rule.public) return true;
    if (!viewer) throw DomainError.unauthenticated(problem ?? undefined);
    if (!rule.roles.includes(viewer.role)) throw DomainError.forbidden('Your role may not do this');
    return true;
  }
}
