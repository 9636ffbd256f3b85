import type { MunicipalityEntity } from '#persistence/entities/municipality.entity.js';

/**
 * How a message names a retired municipality, e.g. `municipality GM0457 (Weesp) was retired on
 * 2022-03-24 (successor GM0363)`; for domain errors that refuse new use of it.
 */
export function retiredMunicipality(entity: Pick<MunicipalityEntity, 'cbsCode' | 'name' | 'retiredOn' | 'successorCodes'>): string {
  const successors = entity.successorCodes.length ? ` (successor ${entity.successorCodes.join(', ')})` : '';
  return `municipality ${entity.cbsCode} (${entity.name}) was retired on ${entity.retiredOn}${successors}`;
}
