import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { RoleEnum } from '../models/session.model.js';

@InputType()
export class CreateAccountInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @MinLength(12, { message: 'password must have at least 12 characters' })
  @MaxLength(72, { message: 'password must have at most 72 characters' })
  password: string;

  @Field(() => RoleEnum)
  @IsIn(Object.values(RoleEnum))
  role: string;

  @Field(() => String, { nullable: true, description: 'Required for municipality accounts' })
  @IsOptional()
  @Matches(/^GM[0-9]{4}$/, { message: 'municipalityCode must be a CBS code such as GM0363' })
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for newcomer accounts' })
  @IsOptional()
  @IsUUID()
  householdId?: string | null;
}
