import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { HomeBandEnum, TieKindEnum } from '../../common/vocabulary.enums.js';
import type { HomeBand } from '#matching/vocabulary/home-bands.js';

@ObjectType({ description: 'A municipality by CBS code and name.' })
export class MunicipalityRef {
  @Field({ description: 'CBS code, e.g. GM0363' }) code: string;
  @Field({ description: 'Its name; the code when the municipality is not known' }) name: string;
}

@ObjectType({ description: 'A household by id and case reference (officers only).' })
export class HouseholdRef {
  @Field(() => ID, { description: 'The household’s id' }) id: string;
  @Field({ description: 'Its case reference' }) reference: string;
}

@ObjectType({ description: 'How many municipalities fail for one reason: a fits code (fit.needs_unmet, fit.capacity_short:<resource>, fit.outside_reach…) or forbidden.' })
export class MisfitCount {
  @Field({ description: 'The reason: a fits code such as fit.needs_unmet, fit.capacity_short:homes_5_plus (the resource after the colon), fit.outside_reach, or forbidden (an officer forbade the pair)' }) key: string;
  @Field(() => Int, { description: 'Municipalities that fail for it' }) municipalities: number;
}

@ObjectType({ description: 'Capacity to add in one municipality (only the resources that are short) so that it can take the household.' })
export class CapacityToAddView {
  @Field(() => MunicipalityRef, { description: 'The municipality' }) municipality: MunicipalityRef;
  @Field(() => Int, { description: 'Person places to add (0 when enough)' }) persons: number;
  @Field(() => Int, { description: 'Homes for 1–2 persons to add' }) homes1to2: number;
  @Field(() => Int, { description: 'Homes for 3–4 persons to add' }) homes3to4: number;
  @Field(() => Int, { description: 'Homes for 5 or more persons to add' }) homes5plus: number;
}

@ObjectType({ description: 'A verified hard tie the round’s capacities cannot honour: no municipality within reach can take its household (with its linked households).' })
export class UnhonourableTieView {
  @Field(() => HouseholdRef, { description: 'The household whose tie this is' }) household: HouseholdRef;
  @Field(() => [HouseholdRef], { description: 'Its unit: the linked households placed together' }) unit: HouseholdRef[];
  @Field(() => TieKindEnum, { description: 'Kind of tie' }) kind: string;
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
  @Field(() => [HouseholdRef], { description: 'The household and the households linked to it' }) unit: HouseholdRef[];
  @Field(() => [MisfitCount], { description: 'Over all municipalities: how many fail for each reason' }) why: MisfitCount[];
}

@ObjectType({ description: 'Demand against capacity for one home size band.' })
export class BandBalanceView {
  @Field(() => HomeBandEnum, { description: 'The home band' }) band: HomeBand;
  @Field(() => Int, { description: 'Households of the round needing a home of this band' }) households: number;
  @Field(() => Int, { description: 'Persons in those households' }) persons: number;
  @Field(() => Int, { description: 'Homes of this band in the round’s capacity, all municipalities together' }) homes: number;
  @Field(() => Int, { description: 'Households minus homes, at least 0: that many of the band cannot be placed' }) shortOfHomes: number;
  @Field(() => Int, { description: 'Households of the band with a verified hard tie' }) withHardTie: number;
}

@ObjectType({ description: 'What an officer should see before running a round, from the round’s households, current capacities and policy, without solving. A conflict listed is certain; a household not listed may still wait when others take the room first.' })
export class PreRunCheck {
  @Field(() => ID, { description: 'The round checked' }) roundId: string;
  @Field(() => Float, { description: 'Reach of job and study ties, km (round policy)' }) placeReachKm: number;
  @Field(() => Float, { description: 'Reach of first-degree family ties the household wants to live near, km (round policy)' }) familyReachKm: number;
  @Field(() => [UnhonourableTieView], { description: 'Verified hard ties the capacities cannot honour' }) unhonourableTies: UnhonourableTieView[];
  @Field(() => [UnitWithoutFitView], { description: 'Households (with their linked households) no municipality of the round can take' }) withoutFit: UnitWithoutFitView[];
  @Field(() => [BandBalanceView], { description: 'Demand against capacity per home band, smallest band first' }) bands: BandBalanceView[];
  @Field(() => Int, { description: 'Person places in the round’s capacity, all municipalities together' }) personPlacesAvailable: number;
  @Field(() => Int, { description: 'Persons in the round’s households' }) personPlacesNeeded: number;
  @Field(() => Int, { description: 'Units an officer pinned: not checked (a pin overrides filters and reach)' }) pinnedUnits: number;
}
