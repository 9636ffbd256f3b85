import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Locale } from '#matching/messages/index.js';

@ObjectType({
  description:
    'An ISCO-08 occupation group (major, sub-major, minor or unit group) with its official titles (ESCO, European Commission). Public reference data: anyone may read it. `title(locale)` gives the title for a reader.',
})
export class IscoOccupation {
  @Field({ description: 'Code of 1–4 digits; each digit narrows the group.' })
  code: string;

  @Field(() => Int, { description: '1 major group … 4 unit group' })
  level: number;

  @Field({ description: 'Official English title (ESCO’s wording of the ILO title).' })
  titleEn: string;

  @Field(() => String, { nullable: true, description: 'Official Dutch title (ESCO’s Dutch label); null where the reference data has none.' })
  titleNl: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the group one level up; null for a major group.' })
  parentCode: string | null;

  /**
   * The language `title` uses when no `locale` argument is given: the language of the view that returned this
   * occupation (e.g. `myMunicipalityView(locale)`); unset elsewhere (then the Accept-Language header, else English).
   * Not a GraphQL field.
   */
  viewLocale?: Locale;
}
