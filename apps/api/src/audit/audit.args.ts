import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { PageArgs } from '../common/page.args.js';

@ArgsType()
export class AuditEventsArgs extends PageArgs(100) {
  @Field(() => String, { nullable: true, description: 'e.g. round, run, proposal, reference_data' })
  @IsOptional()
  @IsString()
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. round.publish' })
  @IsOptional()
  @IsString()
  action?: string | null;
}
