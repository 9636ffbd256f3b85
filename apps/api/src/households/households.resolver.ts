import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Household, HouseholdPage } from './models/household.model.js';
import { HouseholdsService } from './households.service.js';
import { CurrentViewer, Roles } from '../auth/access.decorator.js';
import { Ownership, type Viewer } from '../auth/viewer.js';
import { CorrectProfileInput, HouseholdFilterInput, HouseholdPageArgs, RegisterHouseholdInput, UpdatePreferencesInput, VerifyTieArgs } from './dto/register-household.input.js';

@Resolver(() => Household)
export class HouseholdsResolver {
  constructor(private readonly service: HouseholdsService) {}

  @Roles('officer')
  @Mutation(() => Household, { description: 'Registers a newcomer household; it joins the waiting list. Its ties are verified by the officer (each needs verificationNote).' })
  registerHousehold(@CurrentViewer() viewer: Viewer, @Args('input') input: RegisterHouseholdInput): Promise<Household> {
    return this.service.register(viewer, input);
  }

  @Roles('officer', 'newcomer')
  @Query(() => Household, { description: 'A household; a newcomer may read only their own.' })
  household(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Household> {
    Ownership.household(viewer, id);
    return this.service.get(id);
  }

  @Roles('officer')
  @Query(() => Household)
  householdByReference(@Args('reference') reference: string): Promise<Household> {
    return this.service.getByReference(reference);
  }

  @Roles('officer')
  @Query(() => HouseholdPage, { description: 'Households by permit date (oldest first).' })
  households(
    @Args('filter', { type: () => HouseholdFilterInput, nullable: true }) filter: HouseholdFilterInput | undefined,
    @Args() page: HouseholdPageArgs,
  ): Promise<HouseholdPage> {
    return this.service.list(filter ?? {}, { offset: page.offset, limit: page.limit });
  }

  @Roles('officer', 'newcomer')
  @Mutation(() => Household, {
    description:
      'Corrects members (professions, languages, education…) and ties while the household waits. A new or changed tie is DECLARED when ' +
      'a newcomer sends it, VERIFIED when an officer does (with verificationNote); a tie sent as stored keeps its status.',
  })
  correctHouseholdProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CorrectProfileInput,
  ): Promise<Household> {
    Ownership.household(viewer, id);
    return this.service.correctProfile(viewer, id, input);
  }

  @Roles('officer', 'newcomer')
  @Mutation(() => Household, { description: 'Changes preferred setting and criterion weights between rounds.' })
  updateHouseholdPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePreferencesInput,
  ): Promise<Household> {
    Ownership.household(viewer, id);
    return this.service.updatePreferences(id, input);
  }

  @Roles('officer')
  @Mutation(() => Household, {
    description:
      'Verifies a tie after seeing its evidence (a contract, an enrolment, a family record): it becomes VERIFIED, and a verified job ' +
      'contract, study place or first-degree family tie to live near becomes a hard tie in later rounds. Audited. Returns the household.',
  })
  verifyTie(@CurrentViewer() viewer: Viewer, @Args() args: VerifyTieArgs): Promise<Household> {
    return this.service.verifyTie(viewer, args.tieId, args.note);
  }
}
