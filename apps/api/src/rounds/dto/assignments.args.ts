import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/page.args.js';

/** Which of a run's assignments to give: one page, optionally of one municipality or one household. */
@ArgsType()
export class AssignmentsArgs extends PageArgs(50) {
  @Field(() => String, { nullable: true, description: 'Only the households proposed to this municipality (CBS code)' })
  @IsOptional()
  @IsString()
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this household' })
  @IsOptional()
  @IsUUID('all', { message: 'householdId must be a household id (a UUID)' })
  householdId?: string | null;

  @Field(() => String, { nullable: true, description: 'Language of the rendered statements (nl, en, ar or uk); else Accept-Language, else English' })
  @IsOptional()
  @IsString()
  locale?: string | null;
}
