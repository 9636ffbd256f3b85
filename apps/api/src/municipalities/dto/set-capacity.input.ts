import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_CAPACITY } from '#matching/vocabulary/capacity-check.js';

@InputType({
  description:
    'Quota of one municipality for one period. Whole numbers from 0 to 100,000; person places must be at least what the homes need (1 per home for 1–2 people, 3 per home for 3–4, 5 per home for 5 or more).',
})
export class SetCapacityInput {
  @Field(() => Int, { description: 'Person places (taakstelling), 0–100,000' })
  @IsInt()
  @Min(0, { message: 'persons must not be below zero' })
  @Max(MAX_CAPACITY)
  persons: number;

  @Field(() => Int, { description: 'Homes for 1–2 persons, 0–100,000' })
  @IsInt()
  @Min(0, { message: 'homes1to2 must not be below zero' })
  @Max(MAX_CAPACITY)
  homes1to2: number;

  @Field(() => Int, { description: 'Homes for 3–4 persons, 0–100,000' })
  @IsInt()
  @Min(0, { message: 'homes3to4 must not be below zero' })
  @Max(MAX_CAPACITY)
  homes3to4: number;

  @Field(() => Int, { description: 'Homes for 5 or more persons, 0–100,000' })
  @IsInt()
  @Min(0, { message: 'homes5plus must not be below zero' })
  @Max(MAX_CAPACITY)
  homes5plus: number;
}
