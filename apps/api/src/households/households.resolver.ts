import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Household, HouseholdPage } from './models/household.model.js';
import { HouseholdsService } from './households.service.js';
import { HouseholdFilterInput, RegisterHouseholdInput, UpdatePreferencesInput } from './dto/register-household.input.js';

@Resolver(() => Household)
export class HouseholdsResolver {
  constructor(private readonly service: HouseholdsService) {}

  @Mutation(() => Household, { description: 'Registers a newcomer household; it joins the waiting list.' })
  registerHousehold(@Args('input') input: RegisterHouseholdInput): Promise<Household> {
    return this.service.register(input);
  }

  @Query(() => Household)
  household(@Args('id', { type: () => ID }) id: string): Promise<Household> {
    return this.service.get(id);
  }

  @Query(() => Household)
  householdByReference(@Args('reference') reference: string): Promise<Household> {
    return this.service.getByReference(reference);
  }

  @Query(() => HouseholdPage, { description: 'Households by permit date (oldest first).' })
  households(
    @Args('filter', { type: () => HouseholdFilterInput, nullable: true }) filter: HouseholdFilterInput | undefined,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<HouseholdPage> {
    return this.service.list(filter ?? {}, offset, limit);
  }

  @Mutation(() => Household, { description: 'Changes preferred setting and criterion weights between rounds.' })
  updateHouseholdPreferences(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePreferencesInput,
  ): Promise<Household> {
    return this.service.updatePreferences(id, input);
  }
}
