import type { ScoringHousehold, ScoringMunicipality } from '../../model/types.js';
import { PreparedModel } from '../prepare.js';
import type { Reason } from '../reasons.js';
import type { CriterionFn } from './types.js';

/** Runs one criterion on a household in one of the given municipalities; returns score and reasons. */
export function run(fn: CriterionFn, h: ScoringHousehold, munis: readonly ScoringMunicipality[], at: string): { score: number | null; reasons: Reason[] } {
  const model = new PreparedModel(munis);
  const reasons: Reason[] = [];
  const score = fn(model.prepareHousehold(h), model.byId.get(at)!, model, reasons);
  const silent = fn(model.prepareHousehold(h), model.byId.get(at)!, model, null);
  if (silent !== score) throw new Error('criterion gives a different score without a reason sink');
  return { score, reasons };
}
