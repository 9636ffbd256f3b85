import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';

@InputType()
export class ProposalResponseInput {
  @Field({ description: 'true to accept; false to decline (municipality) or contest (newcomer)' })
  @IsBoolean()
  accept: boolean;

  @Field(() => String, { nullable: true, description: 'Required when not accepting' })
  @ValidateIf((o: ProposalResponseInput) => !o.accept || o.reason != null)
  @IsString({ message: 'reason is required when you do not accept' })
  @MinLength(3, { message: 'reason is required when you do not accept' })
  @MaxLength(1000)
  reason?: string | null;
}

@InputType()
export class ContestReviewInput {
  @Field({ description: 'true: the contest is right, withdraw the proposal; false: the proposal stands' })
  @IsBoolean()
  uphold: boolean;

  @Field()
  @IsString()
  @MinLength(3, { message: 'note must explain the decision' })
  @MaxLength(1000)
  note: string;
}

@InputType()
export class ProposalFilterInput {
  @Field({ nullable: true }) @IsOptional() @IsString() roundId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() municipalityCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() householdId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() status?: string;
}
