import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { iscoTitle, negotiateLocale } from '#matching/messages/index.js';
import { CEFR, ISCED } from '#common/taxonomy.js';
import { IscoOccupation } from './models/isco-occupation.model.js';
import { CefrLevelInfo, IscedLevelInfo } from './models/taxonomy-level.model.js';
import { TaxonomyService } from './taxonomy.service.js';
import { Public } from '../auth/access.decorator.js';
import { acceptLanguage, type RequestContext } from '../common/request-context.js';

@Resolver()
export class TaxonomyResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Public()
  @Query(() => [IscoOccupation], { description: 'Search ISCO-08 occupations by code prefix or title (English or Dutch); codes first, then by code.' })
  occupations(
    @Args('search', { defaultValue: '', description: 'Code prefix (e.g. 512) or part of the English or Dutch title (case and accents do not matter)' }) search: string,
    @Args('level', { type: () => Int, nullable: true, description: '1 major group … 4 unit group; all levels when omitted' }) level: number | null,
    @Args('limit', { type: () => Int, defaultValue: 20, description: 'At most this many, 1–100' }) limit: number,
  ): Promise<IscoOccupation[]> {
    return this.taxonomy.searchOccupations(search, level ?? undefined, limit);
  }

  @Public()
  @Query(() => IscoOccupation, { description: 'One ISCO-08 occupation group by code; NOT_FOUND when unknown.' })
  occupation(@Args('code', { description: 'ISCO-08 code of 1–4 digits' }) code: string): Promise<IscoOccupation> {
    return this.taxonomy.occupation(code);
  }

  @Public()
  @Query(() => [CefrLevelInfo], { description: 'The CEFR language levels A1 … C2.' })
  cefrLevels(): CefrLevelInfo[] {
    return CEFR.map((level) => ({ ...level }));
  }

  @Public()
  @Query(() => [IscedLevelInfo], { description: 'The ISCED 2011 education levels 0 … 8.' })
  iscedLevels(): IscedLevelInfo[] {
    return ISCED.map((level) => ({ ...level }));
  }
}

@Resolver(() => IscoOccupation)
export class IscoOccupationResolver {
  @ResolveField(() => String, {
    description:
      'The title for a reader: Dutch for nl, English for en; for ar and uk, which have no official source, the Dutch title with the English one, marked as the official titles (never translated by hand). English where the Dutch title is missing. Language: the `locale` argument, else the language of the view that returned this occupation, else the Accept-Language header, else English.',
  })
  title(
    @Parent() occupation: IscoOccupation,
    @Context() context: RequestContext,
    @Args('locale', { type: () => String, nullable: true, description: 'nl, en, ar, uk, ti, fa, tr or so (or a tag such as ar-SY); see the field description for the default' }) locale: string | null,
  ): string {
    const language = negotiateLocale(locale || occupation.viewLocale || acceptLanguage(context) || null);
    return iscoTitle({ en: occupation.titleEn, nl: occupation.titleNl }, language);
  }
}
