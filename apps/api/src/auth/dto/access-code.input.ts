import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { SUPPORTED_LOCALES, type Locale } from '#matching/messages/locales.js';
import { LocaleEnum } from '../../common/locale.enum.js';
import { IsNewPassword, NEW_PASSWORD_RULE } from './login.input.js';

@InputType({ description: 'An invitation letter for a household (officers): its newcomers make an account with it, or, when the household has one, give it a new password.' })
export class InviteHouseholdInput {
  @Field(() => ID, { description: 'The household' })
  @IsUUID('all', { message: 'householdId must be a UUID' })
  householdId: string;

  @Field(() => LocaleEnum, { description: 'The language of the letter (the welcome page starts in it)' })
  @IsIn(SUPPORTED_LOCALES)
  locale: Locale;
}

@InputType({ description: 'An invitation for a member of a municipality’s staff (officers and admins); several people may act for one municipality.' })
export class InviteMunicipalityStaffInput {
  @Field({ description: 'CBS code of the municipality (e.g. GM0363)' })
  @Matches(/^GM[0-9]{4}$/, { message: 'municipalityCode must be a CBS code such as GM0363' })
  municipalityCode: string;

  @Field({ description: 'The e-mail address the person will sign in with; at most 254 characters. When it has an account of this municipality already, the invitation gives it a new password' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field(() => LocaleEnum, { description: 'The language of the message (the welcome page starts in it)' })
  @IsIn(SUPPORTED_LOCALES)
  locale: Locale;
}

@InputType({ description: 'Uses an access code once: makes the account (an invitation) or sets a new password (a reset), then signs in.' })
export class RedeemAccessCodeInput {
  @Field({ description: 'The code as on the letter; case, spaces and dashes do not matter' })
  @IsString()
  @MaxLength(40)
  code: string;

  @Field(() => String, { nullable: true, description: 'The e-mail address to sign in with: required when the code leaves it to its holder (AccessCodeInfo.email is null), else ignored' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @Field({ description: `The new password. ${NEW_PASSWORD_RULE}` })
  @IsNewPassword()
  password: string;

  @Field(() => LocaleEnum, { nullable: true, description: 'The language chosen on the welcome page: the account’s language from now on (e-mails are in it); default the code’s' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale | null;
}

@InputType({ description: 'A new password by e-mail, asked for on the sign-in page.' })
export class RequestPasswordResetInput {
  @Field({ description: 'The e-mail address the account signs in with; at most 254 characters' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field(() => LocaleEnum, { description: 'The language of the e-mail (the page’s language)' })
  @IsIn(SUPPORTED_LOCALES)
  locale: Locale;
}
