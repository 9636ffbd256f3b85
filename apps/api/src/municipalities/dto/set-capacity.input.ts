import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

@InputType({ description: 'Quota of one municipality for one period.' })
export class SetCapacityInput {
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'persons must not be below zero' })
  @Max(100000)
  persons: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'homes1to2 must not be below zero' })
  @Max(100000)
  homes1to2: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'homes3to4 must not be below zero' })
  @Max(100000)
  homes3to4: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'homes5plus must not be below zero' })
  @Max(100000)
  homes5plus: number;
}
