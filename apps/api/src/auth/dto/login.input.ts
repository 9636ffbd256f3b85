import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateBy } from 'class-validator';
import { RoleEnum } from '../models/session.model.js';
import type { Role } from '#matching/vocabulary/roles.js';
import { SUPPORTED_LOCALES, type Locale } from '#matching/messages/locales.js';
import { LocaleEnum } from '../../common/locale.enum.js';
import { newPasswordProblem, PASSWORD_MAX_BYTES, PASSWORD_MIN_CHARACTERS, PASSWORD_MIN_DISTINCT } from '../passwords.js';

/** A new password's rule (`newPasswordProblem`): BAD_USER_INPUT `password: must …` when it fails. */
export function IsNewPassword(): PropertyDecorator {
  return ValidateBy({
    name: 'isNewPassword',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && newPasswordProblem(value) === null,
      defaultMessage: (args) => `${args?.property ?? 'password'} ${typeof args?.value === 'string' ? newPasswordProblem(args.value) : 'must be a string'}`,
    },
  });
}

/** What a new password must be (`newPasswordProblem`), for the schema's descriptions. */
export const NEW_PASSWORD_RULE = `At least ${PASSWORD_MIN_CHARACTERS} characters (Unicode code points: an emoji counts as one) and at most ${PASSWORD_MAX_BYTES} bytes in UTF-8, every byte counting; at least ${PASSWORD_MIN_DISTINCT} different characters and not only spaces. Stored only as an Argon2id hash`;

@InputType({ description: 'A new account (admins only).' })
export class CreateAccountInput {
  @Field({ description: 'E-mail address to sign in with; at most 254 characters, unique' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ description: `Password. ${NEW_PASSWORD_RULE}` })
  @IsNewPassword()
  password: string;

  @Field(() => RoleEnum, { description: 'What the account may do' })
  @IsIn(Object.values(RoleEnum))
  role: Role;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality (e.g. GM0363): required for municipality accounts, else omitted' })
  @IsOptional()
  @Matches(/^GM[0-9]{4}$/, { message: 'municipalityCode must be a CBS code such as GM0363' })
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the household: a newcomer account needs this or householdReference, else omitted' })
  @IsOptional()
  @IsUUID()
  householdId?: string | null;

  @Field(() => String, { nullable: true, description: 'Case reference of the household (e.g. HH-000123), as staff know it: a newcomer account needs this or householdId (not both), else omitted' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  householdReference?: string | null;
}

@InputType({ description: 'What a person sets of their own account; fields left out stay as they are.' })
export class MySettingsInput {
  @Field(() => LocaleEnum, { nullable: true, description: 'The language I read (the e-mails I get are in it)' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether new notifications are also e-mailed to me' })
  @IsOptional()
  @IsBoolean()
  emailNotifications?: boolean | null;
}
