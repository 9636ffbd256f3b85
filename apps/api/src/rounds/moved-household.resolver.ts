import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { batchLoader } from '../common/request-batch.js';
import { MovedHousehold } from './models/run.model.js';
import { RoundsService } from './rounds.service.js';

/** What the officer reads of a household that moved between two runs, beyond its id (access: compareRuns', officers). */
@Resolver(() => MovedHousehold)
export class MovedHouseholdResolver {
  constructor(private readonly rounds: RoundsService) {}

  // A page of moved households reads their references with one query (request-batch.ts).
  @ResolveField(() => String, { nullable: true, description: 'The household’s case reference (e.g. HH-000123), as officers find it; null when the household no longer exists' })
  async householdReference(@Parent() moved: MovedHousehold, @Context() context: object): Promise<string | null> {
    return (await batchLoader(context, 'MovedHousehold.householdReference', (ids: readonly string[]) => this.rounds.householdReferences(ids)).load(moved.householdId)) ?? null;
  }
}
