import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { RoleEnum } from '../models/session.model.js';
import type { Role } from '#matching/vocabulary/roles.js';

@InputType({ description: 'A new account (admins only).' })
export class CreateAccountInput {
  @Field({ description: 'E-mail address to sign in with; at most 254 characters, unique' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'Password, 12 to 72 characters; stored only as a hash' })
  @MinLength(12, { message: 'password must have at least 12 characters' })
  @MaxLength(72, { message: 'password must have at most 72 characters' })
  password: string;

  @Field(() => RoleEnum, { description: 'What the account may do' })
  @IsIn(Object.values(RoleEnum))
  role: Role;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality (e.g. GM0363): required for municipality accounts, else omitted' })
  @IsOptional()
  @Matches(/^GM[0-9]{4}$/, { message: 'municipalityCode must be a CBS code such as GM0363' })
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the household: required for newcomer accounts, else omitted' })
  @IsOptional()
  @IsUUID()
  householdId?: string | null;
}
