import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Locale } from '#matching/messages/locales.js';
import { LocaleEnum } from '../../common/locale.enum.js';

@ObjectType({ description: 'A translation of a profile’s free text.' })
export class TextTranslation {
  @Field(() => LocaleEnum, { description: 'Language of the translation (never the original’s)' })
  locale: Locale;

  @Field({ description: 'The translated text, as the municipality gave it' })
  text: string;
}

@ObjectType({
  description:
    'A profile’s free text as one reader gets it: in the reader’s language when the original or a translation is in it, else the original (Dutch for profiles published since issue 11), marked as such.',
})
export class ProfileText {
  @Field({ description: 'The text' })
  text: string;

  @Field(() => LocaleEnum, { description: 'Language of `text`' })
  locale: Locale;

  @Field({ description: 'True when `text` is the original as the municipality wrote it (e.g. the Dutch original), false for a translation' })
  isOriginal: boolean;

  @Field(() => LocaleEnum, { description: 'Language of the original: NL for profiles published since issue 11; EN for older versions, whose texts were English' })
  originalLocale: Locale;

  @Field({ description: 'True when `text` is in the language asked for; false when the reader gets the original because no translation exists' })
  inRequestedLanguage: boolean;
}

@ObjectType({ description: 'The labour market as the municipality describes it. Public, like the whole profile.' })
export class LabourMarket {
  @Field(() => [String], { description: 'Shortage occupations as ISCO-08 codes (any level; titles: `shortageOccupationGroups`)' })
  shortageOccupations: string[];

  @Field(() => [String], { description: 'Main economic sectors, in the municipality’s words' })
  sectors: string[];

  @Field(() => [String], { description: 'Employers open to hiring newcomers, by name' })
  employersOpenToNewcomers: string[];

  /** The language of the view this profile was returned in, if any (default of the occupations' `title`). Not a GraphQL field. */
  viewLocale?: Locale;
}

@ObjectType({ description: 'A community of newcomers living in the municipality (no names of people).' })
export class Community {
  @Field(() => String, { nullable: true, description: 'Language code: ISO 639-1 where one exists, else ISO 639-3' })
  language: string | null;

  @Field(() => String, { nullable: true, description: 'Region of origin in the municipality’s words, e.g. Horn of Africa; null when not given' })
  originRegion: string | null;

  @Field(() => Int, { nullable: true, description: 'Approximate number of people' })
  size: number | null;
}

@ObjectType({ description: 'Networks that help newcomers settle. Public, like the whole profile.' })
export class Networks {
  @Field(() => [Community], { description: 'Communities of newcomers, by language or region' })
  communities: Community[];

  @Field(() => [String], { description: 'Organisations run by newcomers, by name' })
  selfOrganisations: string[];

  @Field(() => [String], { description: 'Buddy programmes (a local person who helps a newcomer), by name' })
  buddySchemes: string[];
}

@ObjectType({ description: 'Services in or near the municipality (true: present). Public, like the whole profile.' })
export class Services {
  @Field({ description: 'A hospital' }) hospital: boolean;
  @Field({ description: 'Mental health care' }) mentalHealthCare: boolean;
  @Field({ description: 'Primary schools (ages 4–11)' }) primarySchools: boolean;
  @Field({ description: 'Secondary schools (ages 12–17)' }) secondarySchools: boolean;
  @Field({ description: 'An MBO school (vocational training)' }) mbo: boolean;
  @Field({ description: 'A university of applied sciences (HBO)' }) hbo: boolean;
  @Field({ description: 'A research university' }) university: boolean;
  @Field({ description: 'Dutch courses for adults' }) dutchLanguageCourses: boolean;
  @Field({ description: 'Homes for people in a wheelchair or who cannot climb stairs' }) accessibleHomes: boolean;
}

@ObjectType({ description: 'What the municipality looks for most. Public, like the whole profile.' })
export class Priorities {
  @Field(() => [String], { description: 'ISCO-08 codes of professions the municipality wants most (titles: `wantedOccupationGroups`)' })
  wantedOccupations: string[];

  @Field(() => String, { nullable: true, description: 'The statement as written (the original, in the profile’s `textLocale`); null for none. For a reader use `statementIn`.' })
  statement: string | null;

  @Field(() => [TextTranslation], { description: 'Translations of `statement`, by language' })
  statementTranslations: TextTranslation[];

  /** The profile's `textLocale` (the statement's language); for `statementIn`. Not a GraphQL field. */
  textLocale: Locale;

  /** The language of the view this profile was returned in, if any (default of `statementIn`). Not a GraphQL field. */
  viewLocale?: Locale;
}

@ObjectType({ description: 'One published version of a municipality’s self-profile; versions are never overwritten. The latest (Municipality.profile) is public; older versions (profileVersions) only for officers and the municipality itself.' })
export class MunicipalityProfile {
  @Field({ description: 'Id of this version' })
  id: string;

  @Field({ description: 'CBS code of the municipality, e.g. GM0363' })
  municipalityCode: string;

  @Field(() => Int, { description: 'Version number, 1 for the first; each publication adds one' })
  version: number;

  @Field(() => LabourMarket, { description: 'Labour market: shortage occupations, sectors, employers' })
  labourMarket: LabourMarket;

  @Field(() => Networks, { description: 'Communities, newcomer organisations, buddy programmes' })
  networks: Networks;

  @Field(() => Services, { description: 'Care, schools, education and housing services present' })
  services: Services;

  @Field({
    description:
      'In the municipality’s words: what a newcomer can expect here, as written (the original, in `textLocale`: Dutch for versions published since issue 11). For a reader use `whatToExpectIn`.',
  })
  whatToExpect: string;

  @Field(() => LocaleEnum, {
    description: 'Language the free texts (`whatToExpect`, `priorities.statement`) were written in: NL since issue 11; EN for older versions, whose texts were English and have no Dutch original',
  })
  textLocale: Locale;

  @Field(() => [TextTranslation], { description: 'Translations of `whatToExpect`, by language' })
  whatToExpectTranslations: TextTranslation[];

  /** The language of the view this profile was returned in, if any (default of `whatToExpectIn`). Not a GraphQL field. */
  viewLocale?: Locale;

  @Field(() => Priorities, { description: 'What the municipality looks for most' })
  priorities: Priorities;

  @Field({ description: 'Generated from public data for demonstration, not written by the municipality' })
  isDemo: boolean;

  @Field({ description: 'When this version was published' })
  publishedAt: Date;
}
