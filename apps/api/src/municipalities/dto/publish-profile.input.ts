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
import { SUPPORTED_LOCALES, type Locale } from '#matching/messages/locales.js';

@InputType({ description: 'A translation of a profile’s free text (the original is Dutch).' })
export class TextTranslationInput {
  @Field(() => LocaleEnum, { description: 'The translation’s language: EN, AR or UK (NL is the original itself; one translation per language)' })
  @IsIn(SUPPORTED_LOCALES)
  locale: Locale;

  @Field({ description: 'The translated text, 1–5000 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  text: string;
}

const ISCO = /^[0-9]{1,4}$/;

@InputType()
export class LabourMarketInput {
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(200)
  @Matches(ISCO, { each: true, message: 'each shortage occupation must be an ISCO-08 code of 1–4 digits' })
  shortageOccupations: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  sectors: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  employersOpenToNewcomers: string[];
}

@InputType()
export class CommunityInput {
  @Field(() => String, { nullable: true, description: 'Language code: ISO 639-1 such as "ar", or ISO 639-3 such as "prs" (also "ara"); stored as ISO 639-1 where one exists, else ISO 639-3' })
  @IsOptional()
  @LanguageCode()
  language?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  originRegion?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  size?: number | null;
}

@InputType()
export class NetworksInput {
  @Field(() => [CommunityInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CommunityInput)
  communities: CommunityInput[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  selfOrganisations: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  buddySchemes: string[];
}

@InputType()
export class ServicesInput {
  @Field({ defaultValue: false }) @IsBoolean() hospital: boolean;
  @Field({ defaultValue: false }) @IsBoolean() mentalHealthCare: boolean;
  @Field({ defaultValue: false }) @IsBoolean() primarySchools: boolean;
  @Field({ defaultValue: false }) @IsBoolean() secondarySchools: boolean;
  @Field({ defaultValue: false }) @IsBoolean() mbo: boolean;
  @Field({ defaultValue: false }) @IsBoolean() hbo: boolean;
  @Field({ defaultValue: false }) @IsBoolean() university: boolean;
  @Field({ defaultValue: false }) @IsBoolean() dutchLanguageCourses: boolean;
  @Field({ defaultValue: false }) @IsBoolean() accessibleHomes: boolean;
}

@InputType()
export class PrioritiesInput {
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  @Matches(ISCO, { each: true, message: 'each wanted occupation must be an ISCO-08 code of 1–4 digits' })
  wantedOccupations: string[];

  @Field(() => String, { nullable: true, description: 'What the municipality looks for, in its own words, written in Dutch (up to 2000 characters); null for none' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  statement?: string | null;

  @Field(() => [TextTranslationInput], { defaultValue: [], description: 'Translations of `statement` into English, Arabic or Ukrainian (only with a statement)' })
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => TextTranslationInput)
  statementTranslations: TextTranslationInput[];
}

@InputType({ description: 'A new version of a municipality’s self-profile. Free texts are written in Dutch, with optional translations.' })
export class PublishProfileInput {
  @Field(() => LabourMarketInput)
  @ValidateNested()
  @Type(() => LabourMarketInput)
  labourMarket: LabourMarketInput;

  @Field(() => NetworksInput)
  @ValidateNested()
  @Type(() => NetworksInput)
  networks: NetworksInput;

  @Field(() => ServicesInput)
  @ValidateNested()
  @Type(() => ServicesInput)
  services: ServicesInput;

  @Field({ description: 'What a newcomer can expect here, written in Dutch (the original; 1–5000 characters). Newcomers read their language when a translation exists, else this text, marked as the Dutch original.' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  whatToExpect: string;

  @Field(() => [TextTranslationInput], { defaultValue: [], description: 'Translations of `whatToExpect` into English, Arabic or Ukrainian; each language at most once' })
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => TextTranslationInput)
  whatToExpectTranslations: TextTranslationInput[];

  @Field(() => PrioritiesInput)
  @ValidateNested()
  @Type(() => PrioritiesInput)
  priorities: PrioritiesInput;
}
