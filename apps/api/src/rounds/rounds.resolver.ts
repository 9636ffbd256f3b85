import { CsvFile } from '../common/csv-file.model.js';
import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/access.decorator.js';
import { RateLimit } from '../auth/rate-limit.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { RoundsService } from './rounds.service.js';
import { Round, RoundCapacity, RoundPin, RoundPolicy } from './models/round.model.js';
import { Assignment, MunicipalityFill, Run, RunComparison } from './models/run.model.js';
import { toFill } from './run.mapper.js';
import { CreateRoundInput, RoundCapacityInput, RoundPolicyInput } from './dto/round.input.js';
import { AssignmentCountArgs, AssignmentsArgs } from './dto/assignments.args.js';
import type { ReviewFilter } from '#matching/rounds/review.js';
import { PreRunCheck } from './models/pre-run-check.model.js';
import { StatementsService } from '../waiting-list/statements.service.js';
import { MAX_FORBIDDEN_PAIRS_PER_ROUND, MAX_PINS_PER_ROUND } from '#persistence/repositories/round.repository.js';
import { ListPageArgs, pageOf } from '../common/page.args.js';
import { batchLoader } from '../common/request-batch.js';
import { acceptLanguage, type RequestContext } from '../common/request-context.js';

@Resolver(() => Round)
export class RoundsResolver {
  constructor(private readonly rounds: RoundsService) {}

  @Roles('officer')
  @Query(() => [Round], { description: 'Matching rounds, newest first, a page at a time (every round up to 500 when not paged).' })
  async roundList(@Args() page: ListPageArgs): Promise<Round[]> {
    return this.rounds.list(page);
  }

  @Roles('officer')
  @Query(() => RoundPolicy, {
    description: 'The policy a new round gets for every value createRound’s policy leaves out (the defaults), so a form can show them. Officers only.',
  })
  defaultRoundPolicy(): RoundPolicy {
    return this.rounds.defaultPolicy();
  }

  @Roles('officer')
  @Query(() => Round, { description: 'One matching round by id; NOT_FOUND when there is none. Officers only.' })
  round(@Args('id', { type: () => ID, description: 'The round’s id' }) id: string): Promise<Round> {
    return this.rounds.get(id);
  }

  @Roles('officer')
  @Query(() => PreRunCheck, {
    description: 'Before running: verified hard ties the round’s current capacities cannot honour (and what capacity would), households no municipality can take, and demand against capacity per home band.',
  })
  preRunCheck(@Args('roundId', { type: () => ID, description: 'The round’s id' }) roundId: string): Promise<PreRunCheck> {
    return this.rounds.preRunCheck(roundId);
  }

  // A list of rounds reads each of the four lists below with one query for all its rounds (request-batch.ts).
  @ResolveField(() => [Run], { description: 'The round’s runs, oldest first, a page at a time (every run up to 500 when not paged)' })
  async runs(@Parent() round: Round, @Args() page: ListPageArgs, @Context() context: object): Promise<Run[]> {
    return pageOf((await batchLoader(context, 'Round.runs', (ids: readonly string[]) => this.rounds.runsOfRounds(ids)).load(round.id)) ?? [], page);
  }

  @ResolveField(() => [RoundCapacity], { description: 'Capacity available to this round per municipality' })
  async capacities(@Parent() round: Round, @Context() context: object): Promise<RoundCapacity[]> {
    return (await batchLoader(context, 'Round.capacities', (ids: readonly string[]) => this.rounds.capacitiesOf(ids)).load(round.id)) ?? [];
  }

  @ResolveField(() => [RoundPin], { description: `Households an officer pinned to a municipality in this round (at most ${MAX_PINS_PER_ROUND})` })
  async pins(@Parent() round: Round, @Context() context: object): Promise<RoundPin[]> {
    return (await batchLoader(context, 'Round.pins', (ids: readonly string[]) => this.rounds.pinsOf(ids)).load(round.id)) ?? [];
  }

  @ResolveField(() => [RoundPin], { description: `Household–municipality pairs an officer ruled out (at most ${MAX_FORBIDDEN_PAIRS_PER_ROUND})` })
  async forbiddenPairs(@Parent() round: Round, @Context() context: object): Promise<RoundPin[]> {
    return (await batchLoader(context, 'Round.forbiddenPairs', (ids: readonly string[]) => this.rounds.forbiddenPairsOf(ids)).load(round.id)) ?? [];
  }

  @Roles('officer')
  @Mutation(() => Round, { description: 'Creates a round and snapshots its cohort, profiles and free capacity.' })
  createRound(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'Name, period, cohort, municipalities and policy of the new round' }) input: CreateRoundInput): Promise<Round> {
    return this.rounds.create(input, viewer);
  }

  @Roles('officer')
  @Mutation(() => Round, { description: 'Changes a draft round’s policy (weights, options, solver, priority weight, tie reach, stability bonus); what the input leaves out stays. CONFLICT once published.' })
  setRoundPolicy(@CurrentViewer() viewer: Viewer, @Args('roundId', { type: () => ID, description: 'The round’s id' }) roundId: string, @Args('input', { description: 'The policy values to change' }) input: RoundPolicyInput): Promise<Round> {
    return this.rounds.setPolicy(roundId, input, viewer);
  }

  @Roles('officer')
  @Mutation(() => RoundCapacity, {
    description:
      'Changes the capacity a municipality offers in this draft round (officers). Refused (BAD_USER_INPUT on persons) when there are fewer person places than the homes need (a home for 1–2 people houses at least 1, 3–4 at least 3, 5 or more at least 5); unusual but possible figures come back with `warnings`.',
  })
  setRoundCapacity(
    @CurrentViewer() viewer: Viewer,
    @Args('roundId', { type: () => ID, description: 'The draft round' }) roundId: string,
    @Args('municipalityCode', { description: 'CBS code of a municipality taking part in the round' }) municipalityCode: string,
    @Args('input', { description: 'Person places and homes per size band for this round' }) input: RoundCapacityInput,
  ): Promise<RoundCapacity> {
    return this.rounds.setCapacity(roundId, municipalityCode, input, viewer);
  }

  @Roles('officer')
  @Mutation(() => [RoundPin], { description: `Places a household in a municipality whatever the optimiser prefers; returns the round’s pins. A round holds at most ${MAX_PINS_PER_ROUND} pins (CONFLICT beyond).` })
  pinHousehold(
    @CurrentViewer() viewer: Viewer,
    @Args('roundId', { type: () => ID, description: 'The round’s id' }) roundId: string,
    @Args('householdId', { type: () => ID, description: 'The household’s id (a member of the round’s cohort)' }) householdId: string,
    @Args('municipalityCode', { description: 'CBS code of the municipality, e.g. GM0363' }) municipalityCode: string,
  ): Promise<RoundPin[]> {
    return this.rounds.pin(roundId, householdId, municipalityCode, viewer);
  }

  @Roles('officer')
  @Mutation(() => [RoundPin], { description: 'Takes a household’s pin away in a draft round; returns the round’s pins.' })
  unpinHousehold(
    @CurrentViewer() viewer: Viewer,
    @Args('roundId', { type: () => ID, description: 'The round’s id' }) roundId: string,
    @Args('householdId', { type: () => ID, description: 'The household’s id (a member of the round’s cohort)' }) householdId: string,
  ): Promise<RoundPin[]> {
    return this.rounds.unpin(roundId, householdId, viewer);
  }

  @Roles('officer')
  @Mutation(() => [RoundPin], { description: `Rules out a municipality for a household in this round; returns the round’s forbidden pairs. A round holds at most ${MAX_FORBIDDEN_PAIRS_PER_ROUND} (CONFLICT beyond).` })
  forbidPair(
    @CurrentViewer() viewer: Viewer,
    @Args('roundId', { type: () => ID, description: 'The round’s id' }) roundId: string,
    @Args('householdId', { type: () => ID, description: 'The household’s id (a member of the round’s cohort)' }) householdId: string,
    @Args('municipalityCode', { description: 'CBS code of the municipality, e.g. GM0363' }) municipalityCode: string,
  ): Promise<RoundPin[]> {
    return this.rounds.forbid(roundId, householdId, municipalityCode, viewer);
  }

  @Roles('officer')
  @Mutation(() => [RoundPin], { description: 'Allows a forbidden household–municipality pair again in a draft round; returns the round’s forbidden pairs.' })
  allowPair(
    @CurrentViewer() viewer: Viewer,
    @Args('roundId', { type: () => ID, description: 'The round’s id' }) roundId: string,
    @Args('householdId', { type: () => ID, description: 'The household’s id (a member of the round’s cohort)' }) householdId: string,
    @Args('municipalityCode', { description: 'CBS code of the municipality, e.g. GM0363' }) municipalityCode: string,
  ): Promise<RoundPin[]> {
    return this.rounds.allow(roundId, householdId, municipalityCode, viewer);
  }

  @Roles('officer')
  @RateLimit('expensive')
  @Mutation(() => Run, {
    description:
      'Starts a run and returns at once; poll run(id) for status and results. The run is anchored on the round’s latest run with an answer '
      + '(households stay where it placed them unless moving gains more than the policy’s stability bonus), or on anchorRunId, or on none with fresh: true.',
  })
  runRound(
    @CurrentViewer() viewer: Viewer,
    @Args('roundId', { type: () => ID, description: 'The round’s id' }) roundId: string,
    @Args('anchorRunId', { type: () => ID, nullable: true, description: 'Anchor on this run of the round (it must have an answer) instead of the latest' }) anchorRunId?: string,
    @Args('fresh', { type: () => Boolean, nullable: true, description: 'true: anchor on no run (a fresh solve); not with anchorRunId' }) fresh?: boolean,
  ): Promise<Run> {
    return this.rounds.run(roundId, viewer, { anchorRunId, fresh });
  }

  @Roles('officer')
  @RateLimit('expensive')
  @Mutation(() => Run, { description: 'Runs again with exactly the options of an earlier run.' })
  rerun(@CurrentViewer() viewer: Viewer, @Args('runId', { type: () => ID, description: 'The run to repeat' }) runId: string): Promise<Run> {
    return this.rounds.rerun(runId, viewer);
  }

  @Roles('officer')
  @RateLimit('expensive')
  @Mutation(() => CsvFile, { description: 'A run’s placements as CSV for a case system: every household of the round in queue order with its case reference, position, municipality (code and name), fit, hard tie, override and whether it moved (no names). A mutation because it is audited (run.export). BAD_USER_INPUT for a run without an answer.' })
  exportRunPlacements(@CurrentViewer() viewer: Viewer, @Args('runId', { type: () => ID, description: 'The run (it must have an answer)' }) runId: string): Promise<CsvFile> {
    return this.rounds.exportPlacements(runId, viewer);
  }

  @Roles('officer')
  @Mutation(() => Run, { description: 'Cancels a queued or running run: its worker stops and it is marked cancelled.' })
  cancelRun(@CurrentViewer() viewer: Viewer, @Args('runId', { type: () => ID, description: 'The queued or running run to cancel' }) runId: string): Promise<Run> {
    return this.rounds.cancelRun(runId, viewer);
  }

  @Roles('officer')
  @Query(() => RunComparison, { description: 'Who moved between two runs.' })
  compareRuns(@Args('a', { type: () => ID, description: 'The earlier run (both must have an answer)' }) a: string, @Args('b', { type: () => ID, description: 'The later run' }) b: string): Promise<RunComparison> {
    return this.rounds.compare(a, b);
  }
}

@Resolver(() => Run)
export class RunsResolver {
  constructor(
    private readonly rounds: RoundsService,
    private readonly statements: StatementsService,
  ) {}

  @Roles('officer')
  @Query(() => Run, { description: 'One matching run by id, with its status, figures and (with an answer) its assignments for review; NOT_FOUND when there is none. Officers only.' })
  run(@Args('id', { type: () => ID, description: 'The run’s id' }) id: string): Promise<Run> {
    return this.rounds.getRun(id);
  }

  @ResolveField(() => [MunicipalityFill], { description: 'Fill against capacity per municipality' })
  fill(@Parent() run: Run): MunicipalityFill[] {
    return run.fillRows ? toFill(run.fillRows) : [];
  }

  @ResolveField(() => [Assignment], {
    description: 'One page of the run’s assignments for the officer’s review: per household its reference, queue position, municipality (code and name), fit, '
      + 'placement value, the reasons and the alternatives, each with the officer’s text. Filters narrow the list (they combine); sorted by queue position '
      + 'unless `sort: FIT`; page with offset/limit (up to 500) and count with assignmentCount. Officers only (the query `run` is).',
  })
  assignments(@Parent() run: Run, @Args() args: AssignmentsArgs, @Context() context: RequestContext): Promise<Assignment[]> {
    const { offset, limit, locale, sort } = args;
    return this.rounds.assignments(run.id, reviewFilter(args), sort, { offset, limit }, this.statements.locale(locale, acceptLanguage(context)));
  }

  @ResolveField(() => Int, { description: 'How many of the run’s assignments the filters keep (the same filters as assignments); with no filter, every household of the run' })
  async assignmentCount(@Parent() run: Run, @Args() args: AssignmentCountArgs, @Context() context: object): Promise<number> {
    const filter = reviewFilter(args);
    // unfiltered (a list of runs with their sizes): one count query for every run of the request
    if (Object.values(filter).every((v) => v === null)) {
      return (await batchLoader(context, 'Run.assignmentCount', (ids: readonly string[]) => this.rounds.assignmentTotals(ids)).load(run.id)) ?? 0;
    }
    return this.rounds.assignmentCount(run.id, filter);
  }

  @ResolveField(() => ID, {
    nullable: true,
    description: 'The run the review’s `moved` filter and `Assignment.moved` compare with: the run this one is anchored on, else the latest run of the same round with an answer created before it; null when there is none',
  })
  comparedWithRunId(@Parent() run: Run): Promise<string | null> {
    return this.rounds.comparedWithRunId(run.id);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Gap in percent, for display' })
  gapPercent(@Parent() run: Run): number | null {
    return run.gap === null ? null : Math.round(run.gap * 10000) / 100;
  }
}

/** The review filters of the assignments arguments (matching/rounds/review.ts). */
function reviewFilter(args: AssignmentCountArgs): ReviewFilter {
  return {
    municipality: args.municipalityCode ?? null,
    household: args.householdId ?? null,
    placed: args.placed ?? null,
    moved: args.moved ?? null,
    hardTie: args.hardTie ?? null,
    override: args.override ?? null,
  };
}
