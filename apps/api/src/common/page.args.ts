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

/**
 * Paging for a list that used to be given whole: `offset` 0 and `limit` MAX_PAGE_SIZE when left out, so a client
 * that never pages still gets every item up to 500, and the query budget can cost the list by its `limit`
 * (apps/api/src/common/query-limits.ts) instead of by an unbounded size.
 */
@ArgsType()
export class ListPageArgs extends PageArgs(MAX_PAGE_SIZE) {}

/** The items of `page` from a list already in memory (in its order): `items.slice(offset, offset + limit)`. */
export function pageOf<T>(items: readonly T[], page: Page): T[] {
  return items.slice(page.offset, page.offset + page.limit);
}
