import { Args, ArgsType, Context, Field, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { fairnessCountedCode, fairnessGroupParams } from '#matching/rounds/fairness.js';
import { StatementsService } from '../waiting-list/statements.service.js';
import { Statement } from '../waiting-list/models/statement.model.js';
import { FairnessGroup, FairnessReport, FairnessSuppressed } from './models/run.model.js';
import { acceptLanguage, type RequestContext } from '../common/request-context.js';

/** The language of a fairness report's texts. */
@ArgsType()
export class FairnessTextArgs {
  @Field(() => String, { nullable: true, description: 'Language of the text: nl or en (officers read Dutch or English; ar and uk give English); else Accept-Language, else English' })
  @IsOptional()
  @IsString()
  locale?: string | null;
}

/**
 * The officer's texts of a fairness report (Run.fairness, officers only): the flag rule and whose gender and age
 * were counted, from the officer catalogue (`fairness.*.officer`) in the officer's language.
 */
@Resolver(() => FairnessReport)
export class FairnessReportResolver {
  constructor(private readonly statements: StatementsService) {}

  @ResolveField(() => String, { description: 'The rule behind the flags, in a sentence in the officer’s language' })
  async rule(@Parent() report: FairnessReport, @Args() args: FairnessTextArgs, @Context() context: RequestContext): Promise<string> {
    const locale = this.statements.locale(args.locale, acceptLanguage(context));
    const params = { minGroupSize: report.minGroupSize, points: Math.round(report.maxShortfall * 1000) / 10 };
    return (await this.statements.sayAs('officer', 'fairness.rule', params, locale)).text;
  }

  @ResolveField(() => Statement, {
    description: 'Whose gender and age the report counted (the main applicant of each household), in a sentence in the officer’s language',
  })
  whoIsCounted(@Parent() report: FairnessReport, @Args() args: FairnessTextArgs, @Context() context: RequestContext): Promise<Statement> {
    const locale = this.statements.locale(args.locale, acceptLanguage(context));
    return this.statements.sayAs('officer', fairnessCountedCode(report.counted), {}, locale);
  }
}

/** A fairness group's name in the officer's words (`fairness.group.officer`), beside its stored value. */
@Resolver(() => FairnessGroup)
export class FairnessGroupResolver {
  constructor(private readonly statements: StatementsService) {}

  @ResolveField(() => Statement, {
    description: 'The group in words in the officer’s language (e.g. “Women”, “Aged 18-24”, “Needing a home for 5 or more people”, “Not stated”); an origin region is shown as registered',
  })
  label(@Parent() group: FairnessGroup, @Args() args: FairnessTextArgs, @Context() context: RequestContext): Promise<Statement> {
    const locale = this.statements.locale(args.locale, acceptLanguage(context));
    return this.statements.sayAs('officer', 'fairness.group', fairnessGroupParams(group.dimension, group.group), locale);
  }
}

/**
 * Why some households of a dimension are not in the report, in the officer's words (`fairness.suppressed.officer`):
 * how many, the threshold, and that the next smallest group is hidden too where the totals would give a group away.
 */
@Resolver(() => FairnessSuppressed)
export class FairnessSuppressedResolver {
  constructor(private readonly statements: StatementsService) {}

  @ResolveField(() => Statement, {
    description: 'What is not shown and why (groups below the threshold, and the next smallest where needed, so that nobody can be recognised), in the officer’s language',
  })
  text(@Parent() hidden: FairnessSuppressed, @Args() args: FairnessTextArgs, @Context() context: RequestContext): Promise<Statement> {
    const locale = this.statements.locale(args.locale, acceptLanguage(context));
    return this.statements.sayAs('officer', 'fairness.suppressed', { dimension: hidden.dimension, hiddenHouseholds: hidden.households, threshold: hidden.threshold }, locale);
  }
}
