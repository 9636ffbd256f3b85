import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ListPageArgs, pageOf } from '../common/page.args.js';
import { UnplaceableHousehold, WaitingListOverview } from './models/waiting-status.model.js';

/**
 * The households no municipality can take grow with the waiting list: given a page at a time (every one up to 500
 * when not paged) with their count, so the query budget costs the list by its `limit`. Access is waitingListOverview's.
 */
@Resolver(() => WaitingListOverview)
export class WaitingListOverviewListsResolver {
  @ResolveField(() => [UnplaceableHousehold], {
    description: 'Households no municipality can take this period (none meets their needs, or none has a home of their band and enough person places free), a page at a time (every one up to 500 when not paged); unplaceableCount gives how many there are',
  })
  unplaceable(@Parent() overview: WaitingListOverview, @Args() page: ListPageArgs): UnplaceableHousehold[] {
    return pageOf(overview.unplaceable, page);
  }

  @ResolveField(() => Int, { description: 'Households no municipality can take this period, all pages together' })
  unplaceableCount(@Parent() overview: WaitingListOverview): number {
    return overview.unplaceable.length;
  }
}
