import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { DomainError } from '#common/domain-error.js';
import { CurrentViewer, Roles } from '../auth/access.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { StatementsService } from '../waiting-list/statements.service.js';
import { ViewsService } from './views.service.js';
import { MunicipalityView, NewcomerProposalView } from './models/views.model.js';
import { acceptLanguage, type RequestContext } from '../common/request-context.js';

@Resolver()
export class ViewsResolver {
  constructor(
    private readonly views: ViewsService,
    private readonly statements: StatementsService,
  ) {}

  @Roles('newcomer')
  @Query(() => NewcomerProposalView, { nullable: true, description: 'My proposal: where, what to expect, and why; null while I wait.' })
  myProposalView(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
    @Args('locale', { type: () => String, nullable: true, description: 'Language of the texts: nl, en, ar, uk, ti, fa, tr or so (or a tag such as ar-SY); else Accept-Language, else English' }) locale: string | null,
  ): Promise<NewcomerProposalView | null> {
    if (!viewer.householdId) throw DomainError.forbidden();
    return this.views.newcomerProposal(viewer.householdId, this.statements.locale(locale, acceptLanguage(context)));
  }

  @Roles('municipality')
  @Query(() => MunicipalityView, { description: 'My municipality: profile versions, capacity and fill, proposed households.' })
  myMunicipalityView(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
    @Args('locale', { type: () => String, nullable: true, description: 'Language of the texts: nl, en, ar, uk, ti, fa, tr or so (or a tag such as ar-SY); else Accept-Language, else English' }) locale: string | null,
  ): Promise<MunicipalityView> {
    if (!viewer.municipalityCode) throw DomainError.forbidden();
    return this.views.municipalityView(viewer.municipalityCode, this.statements.locale(locale, acceptLanguage(context)));
  }
}
