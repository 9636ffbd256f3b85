import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { DomainError } from '#common/domain-error.js';
import { CurrentViewer, Roles } from '../auth/access.decorator.js';
import { Ownership, type Viewer } from '../auth/viewer.js';
import { isUuid } from '../common/uuid.js';
import { StatementsService } from './statements.service.js';
import { WaitingListService } from './waiting-list.service.js';
import { WaitingListOverview, WaitingStatus } from './models/waiting-status.model.js';
import { acceptLanguage, type RequestContext } from '../common/request-context.js';

@Resolver()
export class WaitingListResolver {
  constructor(
    private readonly waiting: WaitingListService,
    private readonly statements: StatementsService,
  ) {}

  @Roles('newcomer')
  @Query(() => WaitingStatus, { description: 'My place in the queue, my wait estimate and why others went first, in my language.' })
  myWaitingStatus(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
    @Args('locale', { type: () => String, nullable: true, description: 'nl, en, ar, uk, ti, fa, tr or so; else Accept-Language, else English' }) locale: string | null,
  ): Promise<WaitingStatus> {
    if (!viewer.householdId) throw DomainError.forbidden();
    return this.waiting.status(viewer.householdId, this.statements.locale(locale, acceptLanguage(context)));
  }

  @Roles('officer')
  @Query(() => WaitingStatus, { description: 'A household’s waiting status as the household sees it.' })
  waitingStatus(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
    @Args('householdId', { type: () => ID, description: 'Household.id' }) householdId: string,
    @Args('locale', { type: () => String, nullable: true, description: 'nl, en, ar, uk, ti, fa, tr or so; else Accept-Language, else English' }) locale: string | null,
  ): Promise<WaitingStatus> {
    Ownership.household(viewer, householdId);
    if (!isUuid(householdId)) throw DomainError.notFound(`household ${householdId}`);
    return this.waiting.status(householdId, this.statements.locale(locale, acceptLanguage(context)));
  }

  @Roles('officer')
  @Query(() => WaitingListOverview, { description: 'The waiting list as a whole: bottlenecks, longest waits, households nobody can take.' })
  waitingList(
    @Context() context: RequestContext,
    @Args('locale', { type: () => String, nullable: true, description: 'Language of the reasons: nl, en, ar, uk, ti, fa, tr or so; else Accept-Language, else English' }) locale: string | null,
  ): Promise<WaitingListOverview> {
    return this.waiting.overview(this.statements.locale(locale, acceptLanguage(context)));
  }
}
