import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ListPageArgs } from '../common/page.args.js';
import { ViewsService } from './views.service.js';
import { MunicipalityView, ProposedHousehold } from './models/views.model.js';

/**
 * The households proposed to a municipality grow with every round: given a page at a time (every one up to 500 when
 * not paged) with their count, so the query budget costs the list by its `limit`, and only the page is built (with
 * its texts). Access is myMunicipality's.
 */
@Resolver(() => MunicipalityView)
export class MunicipalityViewListsResolver {
  constructor(private readonly views: ViewsService) {}

  @ResolveField(() => [ProposedHousehold], { description: 'The households proposed to it, a page at a time (every one up to 500 when not paged); proposalCount gives how many there are' })
  proposals(@Parent() view: MunicipalityView, @Args() page: ListPageArgs): Promise<ProposedHousehold[]> {
    return this.views.proposedHouseholds(view.proposalSource, page);
  }

  @ResolveField(() => Int, { description: 'The households proposed to it, all pages together' })
  proposalCount(@Parent() view: MunicipalityView): number {
    return view.proposalSource.proposals.length;
  }
}
