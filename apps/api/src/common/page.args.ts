import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

/** Most items one page of any list may hold. */
export const MAX_PAGE_SIZE = 500;

/** A page of a list: skip `offset` items (0 or more), then give at most `limit` (1 to MAX_PAGE_SIZE). */
export interface Page {
  readonly offset: number;
  readonly limit: number;
}

/**
 * The `offset` and `limit` arguments of a list field, with `defaultLimit` items when the caller gives no limit.
 * The validation pipe refuses a value out of range before the resolver runs, as BAD_USER_INPUT naming the
 * argument (e.g. `limit: must not be greater than 500`): no resolver clamps. Extend it with the list's own
 * arguments: `class AuditEventsArgs extends PageArgs(100) { … }`.
 */
export function PageArgs(defaultLimit: number): Type<Page> {
  @ArgsType()
  class PageArgsWithDefault implements Page {
    @Field(() => Int, { defaultValue: 0, description: 'Items to skip (0 or more)' })
    @IsInt()
    @Min(0)
    offset: number;

    @Field(() => Int, { defaultValue: defaultLimit, description: `Items to give, 1 to ${MAX_PAGE_SIZE}` })
    @IsInt()
    @Min(1)
    @Max(MAX_PAGE_SIZE)
    limit: number;
  }
  return PageArgsWithDefault;
}
