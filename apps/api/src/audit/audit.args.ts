import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { PageArgs } from '../common/page.args.js';

/** Filters of `auditEvents`: all optional, combined with AND. */
@ArgsType()
export class AuditEventsArgs extends PageArgs(100) {
  @Field(() => String, { nullable: true, description: 'Only events about this kind of thing, e.g. round, run, proposal, household, reference_data' })
  @IsOptional()
  @IsString()
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events about this thing (its id)' })
  @IsOptional()
  @IsString()
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action, e.g. round.publish' })
  @IsOptional()
  @IsString()
  action?: string | null;
}
