import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A Dutch municipality (CBS reference data) and its published self-profile. Public: anyone may read it, except its profile history and capacity figures (officers and the municipality itself).' })
export class Municipality {
  @Field({ description: 'CBS code, e.g. GM0363' })
  code: string;

  @Field({ description: 'Name as CBS writes it, e.g. ’s-Gravenhage' })
  name: string;

  @Field({ description: 'Province, e.g. Noord-Holland' })
  province: string;

  @Field({ description: 'One of the 35 arbeidsmarktregio’s' })
  labourMarketRegion: string;

  @Field(() => Int, { description: 'Inhabitants on 1 January 2024 (CBS)' })
  population: number;

  @Field(() => Int, { description: 'CBS stedelijkheid: 1 very strongly urban … 5 not urban' })
  urbanisation: number;

  @Field(() => Float, { description: 'Latitude of the area centroid (WGS84, degrees)' })
  lat: number;

  @Field(() => Float, { description: 'Longitude of the area centroid (WGS84, degrees)' })
  lon: number;

  @Field({ description: 'True when the municipality no longer exists (merged or split); kept for history, no new capacity or rounds' })
  retired: boolean;

  @Field(() => String, { nullable: true, description: 'Day it ceased to exist (YYYY-MM-DD, CBS date of the re-division); null while current' })
  retiredOn: string | null;

  @Field(() => [String], { description: 'CBS codes of the municipalities that continue a retired one (e.g. Weesp GM0457 → GM0363); empty while current' })
  successorCodes: string[];
}
