import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/access.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { Household } from '../households/models/household.model.js';
import { HouseholdsService } from '../households/households.service.js';
import { EraseHouseholdInput } from './erase-household.input.js';
import { ErasureService } from './erasure.service.js';

/** An officer's erasure of a case on request (issue 16; the scheduled pass is ErasureService's own). */
@Resolver()
export class ErasureResolver {
  constructor(
    private readonly erasure: ErasureService,
    private readonly households: HouseholdsService,
  ) {}

  @Roles('officer')
  @Mutation(() => Household, {
    description:
      'Erases a case’s personal data on the household’s request (AVG/GDPR art. 17): members, ties, needs, notes, accounts, messages, the free texts of its proposals, its entries in rounds’ frozen models and runs’ explanations, and what the audit trail recorded of them; the case reference, status, permit date, proposals’ figures and the rounds’ figures stay (matching/vocabulary/retention.ts). Audited (household.erase) with the reason. CONFLICT when erased already, when a proposal still awaits a decision or a move, or when the household is in a round not yet published.',
  })
  async eraseHousehold(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'Which case, and why' }) input: EraseHouseholdInput): Promise<Household> {
    const erased = await this.erasure.eraseOnRequest(viewer, input.householdId, input.reason);
    return this.households.get(erased.id);
  }
}
