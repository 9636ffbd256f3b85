import { DomainError } from '#common/domain-error.js';

/**
 * The refusal of anything that would give an erased case data or a way in again (an account, a letter, new
 * preferences): CONFLICT. An erased case stays erased; a household that comes back is registered anew.
 */
export function erasedCaseError(reference: string): DomainError {
  return new DomainError('CONFLICT', `The personal data of case ${reference} was erased: it cannot be changed or get an account; register the household anew`);
}
