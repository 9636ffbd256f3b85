import { Field, ObjectType } from '@nestjs/graphql';
import { ACCESS_CODE_PURPOSES, ACCESS_CODE_REFUSALS, ACCESS_CODE_ROLES, type AccessCodePurpose, type AccessCodeRefusal, type AccessCodeRole } from '#matching/vocabulary/access-codes.js';
import type { Locale } from '#matching/messages/locales.js';
import { graphqlEnum } from '../../common/vocabulary.enums.js';
import { LocaleEnum } from '../../common/locale.enum.js';

export const AccessCodePurposeEnum = graphqlEnum(ACCESS_CODE_PURPOSES, 'AccessCodePurpose', 'What an access code lets its holder do (matching/vocabulary/access-codes.ts)', {
  invitation: 'Make an account and choose its password (someone without an account yet)',
  password_reset: 'Choose a new password for an existing account; every session of the account ends',
});

export const AccessCodeRoleEnum = graphqlEnum(ACCESS_CODE_ROLES, 'AccessCodeRole', 'Whom an access code is for', {
  newcomer: 'A newcomer: the account belongs to one household',
  municipality: 'A member of a municipality’s staff: the account acts for one municipality',
});

@ObjectType({ description: 'An access code just made: shown once to the member of staff who made it, for a letter or a message. Only its hash is stored.' })
export class IssuedAccessCode {
  @Field({ description: 'The code, in four groups of four characters (e.g. K7QM-3XD9-P2TW-8HRV); it cannot be read again later' })
  code: string;

  @Field({ description: 'The path of the welcome page with the code in its fragment (`/welcome#code=…`), for the letter’s link and QR code; put the site’s address before it' })
  path: string;

  @Field(() => AccessCodePurposeEnum, { description: 'INVITATION when the person has no account yet; PASSWORD_RESET when the letter gives an existing account a new password' })
  purpose: AccessCodePurpose;

  @Field(() => AccessCodeRoleEnum, { description: 'Whom the code is for' })
  role: AccessCodeRole;

  @Field({ description: 'When the code stops working (UTC)' })
  expiresAt: Date;

  @Field(() => LocaleEnum, { description: 'The language of the letter' })
  locale: Locale;

  @Field(() => String, { nullable: true, description: 'Case reference of the household (newcomer codes); null for staff' })
  householdReference: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the municipality (staff codes); null for newcomers' })
  municipalityName: string | null;

  @Field(() => String, { nullable: true, description: 'The e-mail address the account signs in with, when it is fixed already (staff, or a reset); null when the newcomer chooses one' })
  email: string | null;
}

export const AccessCodeRefusalEnum = graphqlEnum(ACCESS_CODE_REFUSALS, 'AccessCodeRefusal', 'Why an access code cannot be used', {
  malformed: 'It is not 16 letters and digits of the code alphabet (a typing mistake)',
  unknown: 'No code like it was ever made (check it against the letter)',
  used: 'It has been used already (sign in with the address and password chosen then)',
  revoked: 'A newer letter for the same person replaced it, or the account it resets was disabled since',
  expired: 'It is past its time (ask for a new letter)',
});

@ObjectType({ description: 'What an access code is for, as its holder sees it before using it (no names, no case data); or why it cannot be used.' })
export class AccessCodeCheck {
  @Field(() => AccessCodeRefusalEnum, { nullable: true, description: 'Why the code cannot be used; null when it can (then the other fields are set)' })
  refusal: AccessCodeRefusal | null;

  @Field(() => AccessCodePurposeEnum, { nullable: true, description: 'INVITATION: make an account; PASSWORD_RESET: a new password for an existing one' })
  purpose: AccessCodePurpose | null;

  @Field(() => AccessCodeRoleEnum, { nullable: true, description: 'Whom the code is for' })
  role: AccessCodeRole | null;

  @Field(() => Date, { nullable: true, description: 'When the code stops working (UTC)' })
  expiresAt: Date | null;

  @Field(() => LocaleEnum, { nullable: true, description: 'The language of the letter the code came in: the welcome page starts in it' })
  locale: Locale | null;

  @Field(() => String, { nullable: true, description: 'Name of the municipality (staff codes); null for newcomers' })
  municipalityName: string | null;

  @Field(() => String, { nullable: true, description: 'The e-mail address the account signs in with when it is fixed (staff, or a reset); null when the holder chooses one' })
  email: string | null;
}

@ObjectType({ description: 'Whether a household can get into the app: its accounts and its letter that still works (officers).' })
export class HouseholdAppAccess {
  @Field(() => [String], { description: 'The e-mail addresses the household’s enabled accounts sign in with; empty when it has none' })
  accountEmails: string[];

  @Field(() => AccessCodePurposeEnum, { nullable: true, description: 'What the household’s letter that still works is for; null when no letter works (none made, used, replaced or expired)' })
  openLetterPurpose: AccessCodePurpose | null;

  @Field(() => Date, { nullable: true, description: 'Until when that letter’s code works (UTC); null when no letter works' })
  openLetterExpiresAt: Date | null;
}
