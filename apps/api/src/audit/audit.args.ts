import { ArgsType, Field, IntersectionType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { PageArgs } from '../common/page.args.js';

/** Filters of `auditEvents` and `auditEventCount`: all optional, combined with AND. */
@ArgsType()
export class AuditFilterArgs {
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

/** `auditEvents`: the filters and a page (100 events when no limit is given). */
@ArgsType()
export class AuditEventsArgs extends IntersectionType(AuditFilterArgs, PageArgs(100), ArgsType) {}
