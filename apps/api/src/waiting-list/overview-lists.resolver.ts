import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ListPageArgs } from '../common/page.args.js';
import { WaitingListService } from './waiting-list.service.js';
import { UnplaceableHousehold, WaitingListOverview } from './models/waiting-status.model.js';

/**
 * The households no municipality can take grow with the waiting list: given a page at a time (every one up to 500
 * when not paged) with their count, so the query budget costs the list by its `limit`, and only the page's reasons are
 * put in words. Access is waitingListOverview's.
 */
@Resolver(() => WaitingListOverview)
export class WaitingListOverviewListsResolver {
  constructor(private readonly waitingList: WaitingListService) {}

  @ResolveField(() => [UnplaceableHousehold], {
    description: 'Households no municipality can take this period (none meets their needs, or none has a home of their band and enough person places free), a page at a time (every one up to 500 when not paged); unplaceableCount gives how many there are',
  })
  unplaceable(@Parent() overview: WaitingListOverview, @Args() page: ListPageArgs): Promise<UnplaceableHousehold[]> {
    return this.waitingList.unplaceable(overview.unplaceableSource, page);
  }

  @ResolveField(() => Int, { description: 'Households no municipality can take this period, all pages together' })
  unplaceableCount(@Parent() overview: WaitingListOverview): number {
    return overview.unplaceableSource.households.length;
  }
}
