import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TieKindEnum } from '../../common/vocabulary.enums.js';

@ObjectType({ description: 'A municipality by CBS code and name.' })
export class MunicipalityRef {
  @Field() code: string;
  @Field({ description: 'Its name; the code when the municipality is not known' }) name: string;
}

@ObjectType({ description: 'A household by id and case reference (officers only).' })
export class HouseholdRef {
  @Field(() => ID) id: string;
  @Field() reference: string;
}

@ObjectType({ description: 'How many municipalities fail for one reason: a fits code (fit.needs_unmet, fit.capacity_short:<resource>, fit.outside_reach…) or forbidden.' })
export class MisfitCount {
  @Field() key: string;
  @Field(() => Int) municipalities: number;
}

@ObjectType({ description: 'Capacity to add in one municipality (only the resources that are short) so that it can take the household.' })
export class CapacityToAddView {
  @Field(() => MunicipalityRef) municipality: MunicipalityRef;
  @Field(() => Int) persons: number;
  @Field(() => Int) homes1to2: number;
  @Field(() => Int) homes3to4: number;
  @Field(() => Int) homes5plus: number;
}

@ObjectType({ description: 'A verified hard tie the round’s capacities cannot honour: no municipality within reach can take its household (with its linked households).' })
export class UnhonourableTieView {
  @Field(() => HouseholdRef, { description: 'The household whose tie this is' }) household: HouseholdRef;
  @Field(() => [HouseholdRef], { description: 'Its unit: the linked households placed together' }) unit: HouseholdRef[];
  @Field(() => TieKindEnum) kind: string;
  @Field(() => MunicipalityRef, { description: 'The tie’s municipality' }) tiePlace: MunicipalityRef;
  @Field(() => Float, { description: 'The tie’s reach in km under the round policy' }) reachKm: number;
  @Field({ description: 'False when the tie’s municipality is not in the round (nothing is within reach: add it or pin)' }) known: boolean;
  @Field(() => [MunicipalityRef], { description: 'Municipalities of the round within reach of every hard tie of the unit' }) withinReach: MunicipalityRef[];
  @Field(() => [MisfitCount], { description: 'Within reach: how many municipalities fail for each reason' }) why: MisfitCount[];
  @Field(() => [CapacityToAddView], { description: 'What capacity would honour it, least to add first (the tie’s own municipality first on equal terms); empty when raising capacity cannot help (needs unmet or forbidden within reach)' })
  honourWith: CapacityToAddView[];
}

@ObjectType({ description: 'A household (with its linked households) that no municipality of the round can take at all.' })
export class UnitWithoutFitView {
  @Field(() => [HouseholdRef]) unit: HouseholdRef[];
  @Field(() => [MisfitCount], { description: 'Over all municipalities: how many fail for each reason' }) why: MisfitCount[];
}

@ObjectType({ description: 'Demand against capacity for one home size band.' })
export class BandBalanceView {
  @Field({ description: 'homes_1_2, homes_3_4 or homes_5_plus' }) band: string;
  @Field(() => Int) households: number;
  @Field(() => Int) persons: number;
  @Field(() => Int) homes: number;
  @Field(() => Int, { description: 'Households minus homes, at least 0: that many of the band cannot be placed' }) shortOfHomes: number;
  @Field(() => Int, { description: 'Households of the band with a verified hard tie' }) withHardTie: number;
}

@ObjectType({ description: 'What an officer should see before running a round, from the round’s households, current capacities and policy, without solving. A conflict listed is certain; a household not listed may still wait when others take the room first.' })
export class PreRunCheck {
  @Field(() => ID) roundId: string;
  @Field(() => Float, { description: 'Reach of job and study ties, km (round policy)' }) placeReachKm: number;
  @Field(() => Float, { description: 'Reach of first-degree family ties the household wants to live near, km (round policy)' }) familyReachKm: number;
  @Field(() => [UnhonourableTieView]) unhonourableTies: UnhonourableTieView[];
  @Field(() => [UnitWithoutFitView]) withoutFit: UnitWithoutFitView[];
  @Field(() => [BandBalanceView]) bands: BandBalanceView[];
  @Field(() => Int) personPlacesAvailable: number;
  @Field(() => Int) personPlacesNeeded: number;
  @Field(() => Int, { description: 'Units an officer pinned: not checked (a pin overrides filters and reach)' }) pinnedUnits: number;
}
