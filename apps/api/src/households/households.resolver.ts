import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Household, HouseholdPage } from './models/household.model.js';
import { HouseholdsService } from './households.service.js';
import { CurrentViewer, Roles } from '../auth/access.decorator.js';
import { Ownership, type Viewer } from '../auth/viewer.js';
import { CorrectProfileInput, HouseholdFilterInput, HouseholdPageArgs, RegisterHouseholdInput, UpdatePreferencesInput } from './dto/register-household.input.js';

@Resolver(() => Household)
export class HouseholdsResolver {
  constructor(private readonly service: HouseholdsService) {}

  @Roles('officer')
  @Mutation(() => Household, { description: 'Registers a newcomer household; it joins the waiting list.' })
  registerHousehold(@Args('input') input: RegisterHouseholdInput): Promise<Household> {
    return this.service.register(input);
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
  @Mutation(() => Household, { description: 'Corrects members (professions, languages, education…) and ties while the household waits.' })
  correctHouseholdProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CorrectProfileInput,
  ): Promise<Household> {
    Ownership.household(viewer, id);
    return this.service.correctProfile(id, input);
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
}
