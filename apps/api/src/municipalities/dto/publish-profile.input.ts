import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LanguageCode } from '../../common/language-code.js';
import { LocaleEnum } from '../../common/locale.enum.js';
import { LIST_LIMITS } from '../../common/input-limits.js';
import { SUPPORTED_LOCALES, type Locale } from '#matching/messages/locales.js';

@InputType({ description: 'A translation of a profile’s free text (the original is Dutch).' })
export class TextTranslationInput {
  @Field(() => LocaleEnum, { description: 'The translation’s language: any but NL (NL is the original itself; one translation per language)' })
  @IsIn(SUPPORTED_LOCALES)
  locale: Locale;

  @Field({ description: 'The translated text, 1–5000 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  text: string;
}

const ISCO = /^[0-9]{1,4}$/;

@InputType({ description: 'The labour market part of a profile.' })
export class LabourMarketInput {
  @Field(() => [String], { defaultValue: [], description: 'Shortage occupations as ISCO-08 codes of 1–4 digits (up to 200), each known' })
  @ArrayMaxSize(200)
  @Matches(ISCO, { each: true, message: 'each shortage occupation must be an ISCO-08 code of 1–4 digits' })
  shortageOccupations: string[];

  @Field(() => [String], { defaultValue: [], description: 'Main sectors (up to 50, each up to 100 characters)' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  sectors: string[];

  @Field(() => [String], { defaultValue: [], description: 'Employers open to hiring newcomers, by name (up to 200, each up to 200 characters)' })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  employersOpenToNewcomers: string[];
}

@InputType({ description: 'A community of newcomers in the municipality.' })
export class CommunityInput {
  @Field(() => String, { nullable: true, description: 'Language code: ISO 639-1 such as "ar", or ISO 639-3 such as "prs" (also "ara"); stored as ISO 639-1 where one exists, else ISO 639-3' })
  @IsOptional()
  @LanguageCode()
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'Region of origin, up to 60 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  originRegion?: string | null;

  @Field(() => Int, { nullable: true, description: 'Approximate number of people, ≥ 0' })
  @IsOptional()
  @IsInt()
  @Min(0)
  size?: number | null;
}

@InputType({ description: 'The networks part of a profile.' })
export class NetworksInput {
  @Field(() => [CommunityInput], { defaultValue: [], description: 'Communities (up to 100)' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CommunityInput)
  communities: CommunityInput[];

  @Field(() => [String], { defaultValue: [], description: 'Organisations run by newcomers, by name (up to 100)' })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  selfOrganisations: string[];

  @Field(() => [String], { defaultValue: [], description: 'Buddy programmes, by name (up to 100)' })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  buddySchemes: string[];
}

@InputType({ description: 'Services present in or near the municipality (true: present; default false).' })
export class ServicesInput {
  @Field({ defaultValue: false, description: 'A hospital' }) @IsBoolean() hospital: boolean;
  @Field({ defaultValue: false, description: 'Mental health care' }) @IsBoolean() mentalHealthCare: boolean;
  @Field({ defaultValue: false, description: 'Primary schools (ages 4–11)' }) @IsBoolean() primarySchools: boolean;
  @Field({ defaultValue: false, description: 'Secondary schools (ages 12–17)' }) @IsBoolean() secondarySchools: boolean;
  @Field({ defaultValue: false, description: 'An MBO school (vocational training)' }) @IsBoolean() mbo: boolean;
  @Field({ defaultValue: false, description: 'A university of applied sciences (HBO)' }) @IsBoolean() hbo: boolean;
  @Field({ defaultValue: false, description: 'A research university' }) @IsBoolean() university: boolean;
  @Field({ defaultValue: false, description: 'Dutch courses for adults' }) @IsBoolean() dutchLanguageCourses: boolean;
  @Field({ defaultValue: false, description: 'Homes for people in a wheelchair or who cannot climb stairs' }) @IsBoolean() accessibleHomes: boolean;
}

@InputType({ description: 'What the municipality looks for most.' })
export class PrioritiesInput {
  @Field(() => [String], { defaultValue: [], description: 'Occupations wanted most as ISCO-08 codes of 1–4 digits (up to 50), each known' })
  @ArrayMaxSize(50)
  @Matches(ISCO, { each: true, message: 'each wanted occupation must be an ISCO-08 code of 1–4 digits' })
  wantedOccupations: string[];

  @Field(() => String, { nullable: true, description: 'What the municipality looks for, in its own words, written in Dutch (up to 2000 characters); null for none' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  statement?: string | null;

  @Field(() => [TextTranslationInput], { defaultValue: [], description: 'Translations of `statement` into the other languages newcomers read (only with a statement); each language at most once' })
  @ArrayMaxSize(LIST_LIMITS.profileTranslations)
  @ValidateNested({ each: true })
  @Type(() => TextTranslationInput)
  statementTranslations: TextTranslationInput[];
}

@InputType({ description: 'A new version of a municipality’s self-profile. Free texts are written in Dutch, with optional translations.' })
export class PublishProfileInput {
  @Field(() => LabourMarketInput, { description: 'Labour market' })
  @ValidateNested()
  @Type(() => LabourMarketInput)
  labourMarket: LabourMarketInput;

  @Field(() => NetworksInput, { description: 'Networks' })
  @ValidateNested()
  @Type(() => NetworksInput)
  networks: NetworksInput;

  @Field(() => ServicesInput, { description: 'Services' })
  @ValidateNested()
  @Type(() => ServicesInput)
  services: ServicesInput;

  @Field({ description: 'What a newcomer can expect here, written in Dutch (the original; 1–5000 characters). Newcomers read their language when a translation exists, else this text, marked as the Dutch original.' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  whatToExpect: string;

  @Field(() => [TextTranslationInput], { defaultValue: [], description: 'Translations of `whatToExpect` into the other languages newcomers read; each language at most once' })
  @ArrayMaxSize(LIST_LIMITS.profileTranslations)
  @ValidateNested({ each: true })
  @Type(() => TextTranslationInput)
  whatToExpectTranslations: TextTranslationInput[];

  @Field(() => PrioritiesInput, { description: 'Priorities' })
  @ValidateNested()
  @Type(() => PrioritiesInput)
  priorities: PrioritiesInput;
}
