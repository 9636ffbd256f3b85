import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class MunicipalityFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  province?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  labourMarketRegion?: string;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  nameContains?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  urbanisation?: number;
}
