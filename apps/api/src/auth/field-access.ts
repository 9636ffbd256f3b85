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
