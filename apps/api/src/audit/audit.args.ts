import { ArgsType, Field, IntersectionType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
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

  @Field(() => Boolean, { nullable: true, description: 'False: leave out the reads of a case (household.view, household.view_medical, household.export), so a case’s history shows what changed; default true' })
  @IsOptional()
  @IsBoolean()
  withReads?: boolean | null;
}

/** `auditEvents`: the filters and a page (100 events when no limit is given). */
@ArgsType()
export class AuditEventsArgs extends IntersectionType(AuditFilterArgs, PageArgs(100), ArgsType) {}
