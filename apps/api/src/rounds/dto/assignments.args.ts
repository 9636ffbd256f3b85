import type { Type } from '@nestjs/common';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { ASSIGNMENT_SORTS, type AssignmentSort } from '#matching/vocabulary/index.js';
import { PageArgs } from '../../common/page.args.js';
import { AssignmentSortEnum } from '../../common/vocabulary.enums.js';

/** The filters of a run's assignments (matching/rounds/review.ts); each one given narrows the list. */
function WithAssignmentFilter<TBase extends Type<object>>(Base: TBase) {
  @ArgsType()
  class AssignmentFilter extends Base {
    @Field(() => String, { nullable: true, description: 'Only the households proposed to this municipality (CBS code, e.g. GM0363)' })
    @IsOptional()
    @IsString()
    municipalityCode?: string | null;

    @Field(() => ID, { nullable: true, description: 'Only this household' })
    @IsOptional()
    @IsUUID('all', { message: 'householdId must be a household id (a UUID)' })
    householdId?: string | null;

    @Field(() => Boolean, { nullable: true, description: 'true: only placed households; false: only households not placed; omitted: both' })
    @IsOptional()
    @IsBoolean()
    placed?: boolean | null;

    @Field(() => Boolean, {
      nullable: true,
      description: 'true: only households whose outcome differs from the comparison run (`Run.comparedWithRunId`: the run this one is anchored on, '
        + 'else the latest run of the round with an answer made before this one); false: only those whose outcome is the same. '
        + 'BAD_USER_INPUT (moved) when the run has no comparison run',
    })
    @IsOptional()
    @IsBoolean()
    moved?: boolean | null;

    @Field(() => Boolean, {
      nullable: true,
      description: 'true: only households with a hard tie as the round took them (a verified job contract or study place, or verified first-degree family they want to live near); false: only those without',
    })
    @IsOptional()
    @IsBoolean()
    hardTie?: boolean | null;

    @Field(() => Boolean, { nullable: true, description: 'true: only households with an officer’s override in this run (pinned, or with a forbidden pair); false: only those without' })
    @IsOptional()
    @IsBoolean()
    override?: boolean | null;
  }
  return AssignmentFilter;
}

/** The filters alone: how many assignments a filter keeps (`Run.assignmentCount`). */
@ArgsType()
export class AssignmentCountArgs extends WithAssignmentFilter(class {}) {}

/** Which of a run's assignments to give: one page, filtered and sorted, with texts in a language. */
@ArgsType()
export class AssignmentsArgs extends WithAssignmentFilter(PageArgs(50)) {
  @Field(() => AssignmentSortEnum, { defaultValue: 'queue', description: 'Order: QUEUE (default) by queue position under the round’s priority rule, position 1 first; FIT by the household’s fit at its outcome, highest first, unplaced last, equal fits in queue order' })
  @IsIn([...ASSIGNMENT_SORTS])
  sort: AssignmentSort;

  @Field(() => String, { nullable: true, description: 'Language of the rendered texts (nl or en; other languages get English); else Accept-Language, else English' })
  @IsOptional()
  @IsString()
  locale?: string | null;
}
