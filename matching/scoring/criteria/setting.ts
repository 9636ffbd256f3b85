import type { PreferredSetting } from '../../model/types.js';
import { reason } from '../reasons.js';
import type { CriterionFn } from './types.js';

/** Fit of a preferred setting per CBS urbanisation class 1 (very strongly urban) … 5 (not urban). */
export const SETTING_FIT: Readonly<Record<Exclude<PreferredSetting, 'no_preference'>, readonly [number, number, number, number, number]>> = {
  urban: [1, 0.75, 0.5, 0.25, 0],
  suburban: [0.25, 0.75, 1, 0.75, 0.25],
  rural: [0, 0.25, 0.5, 0.75, 1],
};

/** Preferred setting vs urbanisation class; null for 'no_preference'. */
export const setting: CriterionFn = (h, pm, _model, sink) => {
  const pref = h.h.preferredSetting;
  if (pref === 'no_preference') return null;
  sink?.push(reason('setting.fit', { preferred: pref, urbanisation: pm.m.urbanisation }));
  return SETTING_FIT[pref][pm.m.urbanisation - 1];
};
