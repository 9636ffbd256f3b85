import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A municipality the reference-data step added.' })
export class AddedMunicipality {
  @Field({ description: 'CBS code' }) code: string;
  @Field({ description: 'Name (CBS)' }) name: string;
}

@ObjectType({ description: 'A municipality the reference-data step retired (kept for history).' })
export class RetiredMunicipality {
  @Field({ description: 'CBS code' }) code: string;
  @Field({ description: 'Name (CBS)' }) name: string;
  @Field({ description: 'YYYY-MM-DD: CBS date of the re-division, else the day of the step' }) retiredOn: string;
  @Field(() => [String], { description: 'CBS codes that continue it, where the succession list says so' }) successorCodes: string[];
}

@ObjectType({ description: 'One attribute the reference-data step changed, values as text.' })
export class FieldChange {
  @Field({ description: 'name, province, labourMarketRegion, population, urbanisation, lat, lon, retiredOn or successorCodes' }) field: string;
  @Field(() => String, { nullable: true, description: 'Value before, as text; null when there was none' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'Value after, as text; null when there is none' }) after: string | null;
}

@ObjectType({ description: 'A municipality whose attributes, successors or retirement the reference-data step changed.' })
export class UpdatedMunicipality {
  @Field({ description: 'CBS code' }) code: string;
  @Field({ description: 'Name (CBS)' }) name: string;
  @Field(() => [FieldChange], { description: 'The attributes that changed' }) changes: FieldChange[];
}

@ObjectType({ description: 'What applying the CBS municipality list changed; all lists ordered by CBS code.' })
export class MunicipalitySyncReport {
  @Field(() => [AddedMunicipality], { description: 'Codes new in the list' }) added: AddedMunicipality[];
  @Field(() => [RetiredMunicipality], { description: 'Codes no longer in the list' }) retired: RetiredMunicipality[];
  @Field(() => [UpdatedMunicipality], { description: 'Codes whose attributes changed' }) updated: UpdatedMunicipality[];
  @Field(() => Int, { description: 'Municipalities already stored that the step left as they were' }) unchanged: number;
  @Field(() => Int, { description: 'added + retired + updated; 0 when the database already matched the list' }) changes: number;
}
