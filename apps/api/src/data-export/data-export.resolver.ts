import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { HouseholdDataExport } from '#matching/vocabulary/data-export.js';
import { CurrentViewer, Roles } from '../auth/access.decorator.js';
import { RateLimit } from '../auth/rate-limit.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { StatementsService } from '../waiting-list/statements.service.js';
import { DataExportService } from './data-export.service.js';
import { acceptLanguage, type RequestContext } from '../common/request-context.js';

const LOCALE_ARG = { type: () => String, nullable: true, description: 'Language of the texts in it (runs’ outcomes): nl, en, ar, uk, ti, fa, tr or so (or a tag such as ar-SY); else Accept-Language, else English' } as const;

/** Everything stored about a household, for its own people and for officers answering a written request (issue 16). */
@Resolver()
export class DataExportResolver {
  constructor(
    private readonly exports: DataExportService,
    private readonly statements: StatementsService,
  ) {}

  @Roles('newcomer')
  @RateLimit('expensive')
  @Query(() => GraphQLJSON, {
    description:
      'Everything stored about my household (AVG/GDPR art. 15 and 20), in the format newcomer-matching/household-data version 1 (matching/vocabulary/data-export.ts): the household, its accounts, proposals, every run that considered it with the outcome in words, its messages, its history and who of the staff opened it. Recorded (household.export).',
  })
  myHouseholdData(@CurrentViewer() viewer: Viewer, @Context() context: RequestContext, @Args('locale', LOCALE_ARG) locale: string | null): Promise<HouseholdDataExport> {
    return this.exports.export(viewer, viewer.householdId ?? '', this.statements.locale(locale, acceptLanguage(context)));
  }

  @Roles('officer')
  @RateLimit('expensive')
  @Query(() => GraphQLJSON, {
    description: 'Everything stored about a household, as myHouseholdData gives it to the household (officers, answering a written request of the person). Recorded (household.export).',
  })
  householdData(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
    @Args('householdId', { type: () => ID, description: 'The household' }) householdId: string,
    @Args('locale', LOCALE_ARG) locale: string | null,
  ): Promise<HouseholdDataExport> {
    return this.exports.export(viewer, householdId, this.statements.locale(locale, acceptLanguage(context)));
  }
}
