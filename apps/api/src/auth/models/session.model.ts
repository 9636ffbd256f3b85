import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../../common/vocabulary.enums.js';
import type { Role } from '#matching/vocabulary/roles.js';
import type { Locale } from '#matching/messages/locales.js';
import { LocaleEnum } from '../../common/locale.enum.js';

export { RoleEnum };

@ObjectType({ description: 'An account that can sign in. Admins read every account; anyone signed in reads their own (`me`).' })
export class Account {
  @Field(() => ID, { description: 'The account’s id' })
  id: string;

  @Field({ description: 'E-mail address used to sign in (unique)' })
  email: string;

  @Field(() => RoleEnum, { description: 'What the account may do' })
  role: Role;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality a municipality account acts for (e.g. GM0363); null for other roles' })
  municipalityCode: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the household a newcomer account belongs to; null for other roles' })
  householdId: string | null;

  @Field({ description: 'True when an admin disabled the account: it cannot sign in and its tokens no longer work' })
  disabled: boolean;

  @Field(() => LocaleEnum, { description: 'The language the person reads: the e-mails the service sends them are in it (set on the welcome page, and when they change the site’s language while signed in)' })
  locale: Locale;

  @Field({ description: 'Whether new notifications are also e-mailed to the account’s address (on by default; only when the service sends e-mail, `mailEnabled`)' })
  emailNotifications: boolean;
}

@ObjectType({ description: 'A signed-in session: the token to send and the account it belongs to.' })
export class Session {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  token: string;

  @Field({ description: 'When the token stops working (UTC); sign in again after it' })
  expiresAt: Date;

  @Field(() => Account, { description: 'The account signed in' })
  account: Account;
}
