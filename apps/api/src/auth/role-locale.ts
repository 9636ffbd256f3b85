import { localesOfRole, type Locale } from '#matching/messages/locales.js';
import type { Role } from '#matching/vocabulary/roles.js';
import { DomainError } from '#common/domain-error.js';

/**
 * BAD_USER_INPUT on `field` when `role`'s pages and texts do not exist in `locale` (`localesOfRole`: the staff's only
 * in Dutch, English, Arabic and Ukrainian), so a member of staff is never set to read a language their pages lack.
 * Nothing when `locale` is left out.
 */
export function checkLocaleOfRole(field: string, role: Role, locale: Locale | null | undefined): void {
  if (!locale) return;
  const offered = localesOfRole(role);
  if (!offered.includes(locale)) {
    throw DomainError.badInput([{ field, message: `the ${role}’s pages and texts are in ${offered.map((l) => l.toUpperCase()).join(', ')}, not ${locale.toUpperCase()}` }]);
  }
}
