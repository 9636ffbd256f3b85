import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { RunStage } from '#matching/vocabulary/runs.js';
import type { RunStatus } from '#matching/vocabulary/lifecycle.js';
import { RunStageEnum, RunStatusEnum } from '../../common/vocabulary.enums.js';

@ObjectType({ description: 'Where a run is, as the `runProgress` subscription reports it each time its status, stage or progress changes.' })
export class RunProgress {
  @Field(() => ID, { description: 'The run’s id' }) runId: string;
  @Field(() => RunStatusEnum, { description: 'Where the run is in its life cycle; the last event of a subscription has a final status' }) status: RunStatus;
  @Field(() => RunStageEnum, { nullable: true, description: 'What a running run is doing; null before it starts' }) stage: RunStage | null;
  @Field(() => Float, { description: 'How far the computation is, 0–1 (1 when it succeeded)' }) progress: number;
}
