import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationArguments } from 'class-validator';
import { isNormalLanguage, normaliseLanguage } from '#matching/vocabulary/index.js';

/**
 * A language code field of an input: any accepted spelling (ISO 639-1, 639-2/B, 639-2/T or 639-3, any case) is
 * turned into the vocabulary's normal form before validation, so only the normal form reaches services and
 * storage; anything else is refused as BAD_USER_INPUT naming the field, e.g. `members[0].languages[1].language`.
 */
export function LanguageCode(): PropertyDecorator {
  const normalise = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (normaliseLanguage(value) ?? value) : value));
  const validate = ValidateBy({
    name: 'isLanguageCode',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isNormalLanguage(value),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'language'} must be a language code, ISO 639-1 such as "ar" or ISO 639-3 such as "prs"; ${JSON.stringify(args?.value)} is not one`,
    },
  });
  return (target: object, key: string | symbol) => {
    normalise(target, key);
    validate(target, key as string);
  };
}
