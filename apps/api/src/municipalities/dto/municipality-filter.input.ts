import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@InputType({ description: 'Filters on the municipality list; all given filters must match.' })
export class MunicipalityFilterInput {
  @Field({ nullable: true, description: 'Province, exactly as CBS writes it, e.g. Noord-Holland' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  province?: string;

  @Field({ nullable: true, description: 'Labour-market region (arbeidsmarktregio), exactly as CBS writes it' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  labourMarketRegion?: string;

  @Field({
    nullable: true,
    description: 'Part of the name; case, accents, apostrophe variants (’ \' ‘ ʼ), hyphens and spaces do not matter: “sudwest fryslan” finds Súdwest-Fryslân',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  nameContains?: string;

  @Field(() => Int, { nullable: true, description: 'CBS urbanisation class 1 (very strongly urban) … 5 (not urban)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  urbanisation?: number;

  @Field({ nullable: true, defaultValue: false, description: 'Also list retired municipalities (merged or split); default current ones only' })
  @IsOptional()
  @IsBoolean()
  includeRetired?: boolean;
}
