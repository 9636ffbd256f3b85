import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { REASON_LENGTH } from '#matching/vocabulary/lifecycle.js';

/** How a reason's length reads in a field's description: "3–1000 characters" (REASON_LENGTH). */
export const REASON_CHARACTERS = `${REASON_LENGTH.min}–${REASON_LENGTH.max} characters`;

/**
 * A required free-text reason of a decision (REASON_LENGTH, matching/vocabulary/lifecycle.ts): a GraphQL `String!`
 * described as `description` followed by the length it may have, and checked so that the validation pipe names the
 * field with one message, the first rule that fails: `missing` (default "a reason is required") when it is absent or
 * not text, "must explain <explains> (at least 3 characters)" when shorter, "must be at most 1000 characters" when
 * longer. A service that trims the text checks the trimmed length itself.
 */
export function ReasonField(description: string, explains: string, missing = 'a reason is required'): PropertyDecorator {
  // the order stacked decorators run in (bottom first), so the pipe reports the rules as written above
  return applyDecorators(
    MaxLength(REASON_LENGTH.max, { message: `must be at most ${REASON_LENGTH.max} characters` }),
    MinLength(REASON_LENGTH.min, { message: `must explain ${explains} (at least ${REASON_LENGTH.min} characters)` }),
    IsString({ message: missing }),
    Field({ description: `${description} (${REASON_CHARACTERS})` }),
  );
}
