import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { negotiateLocale, type Locale } from '#matching/messages/index.js';
import { IscoOccupation } from '../taxonomy/models/isco-occupation.model.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { LabourMarket, MunicipalityProfile, Priorities, ProfileText } from './models/municipality-profile.model.js';
import { readText } from './profile-text.js';
import { acceptLanguage, type RequestContext } from '../common/request-context.js';

const LOCALE_ARG = {
  type: () => String,
  nullable: true,
  description: 'The reader’s language: nl, en, ar, uk, ti, fa, tr or so (or a tag such as ar-SY). Default: the language of the view that returned the profile, else the Accept-Language header, else English.',
} as const;

/** The reader's language: the argument, else the view's language, else Accept-Language, else English. */
function readerLocale(requested: string | null, viewLocale: Locale | undefined, context: RequestContext): Locale {
  return negotiateLocale(requested || viewLocale || acceptLanguage(context) || null);
}

/** A profile's free text for one reader (issue 11: written in Dutch, with translations). */
@Resolver(() => MunicipalityProfile)
export class MunicipalityProfileTextResolver {
  @ResolveField(() => ProfileText, {
    description:
      '“What you can expect” for a reader: in their language when the original or a translation is in it, else the original (Dutch since issue 11), marked (`isOriginal`, `locale`, `inRequestedLanguage`). Readable by anyone who may read the profile.',
  })
  whatToExpectIn(@Parent() profile: MunicipalityProfile, @Context() context: RequestContext, @Args('locale', LOCALE_ARG) locale: string | null): ProfileText {
    const translations = Object.fromEntries(profile.whatToExpectTranslations.map((t) => [t.locale, t.text]));
    return readText(profile.whatToExpect, profile.textLocale, translations, readerLocale(locale, profile.viewLocale, context));
  }
}

/** A profile's shortage occupations with their titles (issue 11: profiles showed bare ISCO-08 codes). */
@Resolver(() => LabourMarket)
export class LabourMarketResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => [IscoOccupation], {
    description:
      'The shortage occupations as ISCO-08 groups with their official titles (`title(locale)`), in the order of `shortageOccupations`. Readable by anyone who may read the profile.',
  })
  shortageOccupationGroups(@Parent() labourMarket: LabourMarket): Promise<IscoOccupation[]> {
    return this.taxonomy.occupationsOf(labourMarket.shortageOccupations, labourMarket.viewLocale);
  }
}

/** A profile's wanted occupations with their titles, and its statement for a reader. */
@Resolver(() => Priorities)
export class PrioritiesResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => [IscoOccupation], {
    description:
      'The occupations the municipality wants most as ISCO-08 groups with their official titles (`title(locale)`), in the order of `wantedOccupations`. Readable by anyone who may read the profile.',
  })
  wantedOccupationGroups(@Parent() priorities: Priorities): Promise<IscoOccupation[]> {
    return this.taxonomy.occupationsOf(priorities.wantedOccupations, priorities.viewLocale);
  }

  @ResolveField(() => ProfileText, {
    nullable: true,
    description: 'The statement for a reader, chosen like `whatToExpectIn` (their language, else the original, marked); null when there is no statement.',
  })
  statementIn(@Parent() priorities: Priorities, @Context() context: RequestContext, @Args('locale', LOCALE_ARG) locale: string | null): ProfileText | null {
    if (priorities.statement === null) return null;
    const translations = Object.fromEntries(priorities.statementTranslations.map((t) => [t.locale, t.text]));
    return readText(priorities.statement, priorities.textLocale, translations, readerLocale(locale, priorities.viewLocale, context));
  }
}
