import { Args, ArgsType, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ListPageArgs, PageArgs, pageOf } from '../common/page.args.js';
import { MovedHousehold, RunComparison } from './models/run.model.js';
import { PreRunCheck, UnhonourableTieView, UnitWithoutFitView } from './models/pre-run-check.model.js';

/*
 * Lists of a computed answer (compareRuns, preRunCheck) that grow with the round's households: each is given a page
 * at a time with its count beside it, so the query budget
 * (apps/api/src/common/query-limits.ts) costs them by their `limit`. Access is the parent query's (officers).
 */

@Resolver(() => RunComparison)
export class RunComparisonListsResolver {
  @ResolveField(() => [MovedHousehold], { description: 'Households whose outcome differs between the runs, a page at a time (every one up to 500 when not paged); movedCount gives how many there are' })
  moved(@Parent() comparison: RunComparison, @Args() page: ListPageArgs): MovedHousehold[] {
    return pageOf(comparison.moved, page);
  }

  @ResolveField(() => Int, { description: 'Households whose outcome differs between the runs, all pages together' })
  movedCount(@Parent() comparison: RunComparison): number {
    return comparison.moved.length;
  }
}

/**
 * The pre-run check's lists: 50 at a time when not paged. Each item carries municipalities within reach and what
 * capacity would honour it, so a page of 500 would cost far beyond the query budget; the counts say how many there are.
 */
@ArgsType()
export class PreRunCheckPageArgs extends PageArgs(50) {}

@Resolver(() => PreRunCheck)
export class PreRunCheckListsResolver {
  @ResolveField(() => [UnhonourableTieView], { description: 'Verified hard ties the capacities cannot honour, a page at a time (the first 50 when not paged); unhonourableTieCount gives how many there are' })
  unhonourableTies(@Parent() check: PreRunCheck, @Args() page: PreRunCheckPageArgs): UnhonourableTieView[] {
    return pageOf(check.unhonourableTies, page);
  }

  @ResolveField(() => Int, { description: 'Verified hard ties the capacities cannot honour, all pages together' })
  unhonourableTieCount(@Parent() check: PreRunCheck): number {
    return check.unhonourableTies.length;
  }

  @ResolveField(() => [UnitWithoutFitView], { description: 'Households (with their linked households) no municipality of the round can take, a page at a time (the first 50 when not paged); withoutFitCount gives how many units there are' })
  withoutFit(@Parent() check: PreRunCheck, @Args() page: PreRunCheckPageArgs): UnitWithoutFitView[] {
    return pageOf(check.withoutFit, page);
  }

  @ResolveField(() => Int, { description: 'Units (a household with its linked households) no municipality of the round can take, all pages together' })
  withoutFitCount(@Parent() check: PreRunCheck): number {
    return check.withoutFit.length;
  }
}
