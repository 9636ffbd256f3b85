import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ListPageArgs, pageOf } from '../common/page.args.js';
import { MunicipalityView, ProposedHousehold } from './models/views.model.js';

/**
 * The households proposed to a municipality grow with every round: given a page at a time (every one up to 500 when
 * not paged) with their count, so the query budget costs the list by its `limit`. Access is myMunicipality's.
 */
@Resolver(() => MunicipalityView)
export class MunicipalityViewListsResolver {
  @ResolveField(() => [ProposedHousehold], { description: 'The households proposed to it, a page at a time (every one up to 500 when not paged); proposalCount gives how many there are' })
  proposals(@Parent() view: MunicipalityView, @Args() page: ListPageArgs): ProposedHousehold[] {
    return pageOf(view.proposals, page);
  }

  @ResolveField(() => Int, { description: 'The households proposed to it, all pages together' })
  proposalCount(@Parent() view: MunicipalityView): number {
    return view.proposals.length;
  }
}
