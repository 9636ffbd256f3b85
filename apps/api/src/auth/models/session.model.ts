import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES } from '#persistence/entities/account.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r.toUpperCase(), r])) as Record<string, string>;
registerEnumType(RoleEnum, { name: 'Role', description: 'What an account may do' });

@ObjectType()
export class Account {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: string;

  @Field(() => String, { nullable: true })
  municipalityCode: string | null;

  @Field(() => String, { nullable: true })
  householdId: string | null;

  @Field()
  disabled: boolean;
}

@ObjectType()
export class Session {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => Account)
  account: Account;
}
