import { ValidationPipe, type ArgumentMetadata, type PipeTransform, type Type, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldProblem } from '#common/domain-error.js';

/**
 * class-validator errors as BAD_USER_INPUT with ONE problem per field (at most MAX_REPORTED_PROBLEMS), named by its path (e.g. `reason`,
 * `members[0].birthYear`, `contact.email`): the first rule that fails in the order the rules are written on the
 * property (top to bottom). class-validator runs a property's decorators bottom-up, so the first rule written is the
 * last constraint it reports. A message that begins with the property's name (class-validator's defaults, e.g.
 * "limit must not be greater than 500") loses that name, since the path says it: `limit: must not be greater than 500`.
 */
export function fieldProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const first = Object.values(error.constraints ?? {}).at(-1);
    // A field refused as a whole (a list over its size, say) is one problem: its items are not reported one by one.
    if (first !== undefined) return [{ field: path, message: withoutPropertyName(first, error.property) }];
    return fieldProblems(error.children ?? [], path);
  });
}

/**
 * Most problems one refusal reports (the first, in input order): a request with thousands of bad list items gets a
 * short answer, not one that is ten times its own size (issue 14, tester).
 */
export const MAX_REPORTED_PROBLEMS = 20;

/** `message` without a leading `<property> ` (class-validator's default messages start with the property's name). */
function withoutPropertyName(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainError.badInput(fieldProblems(errors).slice(0, MAX_REPORTED_PROBLEMS)),
  });
}

/**
 * The validation of `createValidationPipe` for an argument of class `type`, for an argument whose TypeScript type is
 * `type | null` or `type | undefined`: TypeScript records such a parameter's type as `Object`, and the global pipe
 * then validates nothing (issue 14: the proposals filter's ids reached the database unchecked). Null and undefined
 * pass as they are. Use it as the argument's own pipe: `@Args('filter', { type: () => X, nullable: true }, validatedAs(X))`.
 */
export function validatedAs(type: Type<unknown>): PipeTransform {
  const pipe = createValidationPipe();
  return {
    transform: (value: unknown, metadata: ArgumentMetadata) => (value === null || value === undefined ? value : pipe.transform(value, { ...metadata, metatype: type })),
  };
}
