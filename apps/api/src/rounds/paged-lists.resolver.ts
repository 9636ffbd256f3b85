import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ListPageArgs, pageOf } from '../common/page.args.js';
import { MovedHousehold, RunComparison } from './models/run.model.js';
import { PreRunCheck, UnhonourableTieView, UnitWithoutFitView } from './models/pre-run-check.model.js';

/*
 * Lists of a computed answer (compareRuns, preRunCheck) that grow with the round's households: each is given a page
 * at a time (every item up to 500 when not paged) with its count beside it, so the query budget
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

@Resolver(() => PreRunCheck)
export class PreRunCheckListsResolver {
  @ResolveField(() => [UnhonourableTieView], { description: 'Verified hard ties the capacities cannot honour, a page at a time (every one up to 500 when not paged); unhonourableTieCount gives how many there are' })
  unhonourableTies(@Parent() check: PreRunCheck, @Args() page: ListPageArgs): UnhonourableTieView[] {
    return pageOf(check.unhonourableTies, page);
  }

  @ResolveField(() => Int, { description: 'Verified hard ties the capacities cannot honour, all pages together' })
  unhonourableTieCount(@Parent() check: PreRunCheck): number {
    return check.unhonourableTies.length;
  }

  @ResolveField(() => [UnitWithoutFitView], { description: 'Households (with their linked households) no municipality of the round can take, a page at a time (every one up to 500 when not paged); withoutFitCount gives how many units there are' })
  withoutFit(@Parent() check: PreRunCheck, @Args() page: ListPageArgs): UnitWithoutFitView[] {
    return pageOf(check.withoutFit, page);
  }

  @ResolveField(() => Int, { description: 'Units (a household with its linked households) no municipality of the round can take, all pages together' })
  withoutFitCount(@Parent() check: PreRunCheck): number {
    return check.withoutFit.length;
  }
}
