import type { FieldMiddleware, MiddlewareContext, NextFn } from '@nestjs/graphql';
import { DomainError } from '#common/domain-error.js';
import type { Viewer } from './viewer.js';

/**
 * Field-level rule: the field resolves only for officers (medical details, an officer's note on a tie's evidence);
 * anyone else gets FORBIDDEN on that field.
 */
export const officersOnly: FieldMiddleware = async (ctx: MiddlewareContext, next: NextFn) => {
  const viewer = (ctx.context as { req?: { viewer?: Viewer } }).req?.viewer;
  if (viewer?.role !== 'officer') throw DomainError.forbidden(`Only officers may see ${ctx.info?.fieldName ?? 'this field'}`);
  return next();
};

/**
 * Field-level rule on a municipality's own figures (issue 14, SECURITY.md "What is public"): the field resolves for
 * officers and for the municipality's own account; anyone else signed in gets FORBIDDEN, a caller without a token
 * UNAUTHENTICATED. The parent must carry the municipality's CBS `code` (the `Municipality` type).
 */
export const officersOrOwnMunicipality: FieldMiddleware = async (ctx: MiddlewareContext, next: NextFn) => {
  const viewer = (ctx.context as { req?: { viewer?: Viewer } }).req?.viewer;
  const field = ctx.info?.fieldName ?? 'this field';
  if (!viewer) throw DomainError.unauthenticated(`Sign in to see ${field}: only officers and the municipality itself may`);
  if (viewer.role === 'officer') return next();
  const code = (ctx.source as { code?: unknown }).code;
  if (viewer.role === 'municipality' && typeof code === 'string' && viewer.municipalityCode === code) return next();
  throw DomainError.forbidden(`Only officers and the municipality itself may see ${field}`);
};
