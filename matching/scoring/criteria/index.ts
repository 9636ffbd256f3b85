import type { Criterion } from '../../model/types.js';
import { labour } from './labour.js';
import { network } from './network.js';
import { priorities } from './priorities.js';
import { services } from './services.js';
import { setting } from './setting.js';
import { ties } from './ties.js';
import type { CriterionFn } from './types.js';

export type { CriterionFn } from './types.js';

/** All criteria, in the fixed order used in breakdowns (the order of CRITERIA). */
export const CRITERION_FNS: Readonly<Record<Criterion, CriterionFn>> = { labour, setting, network, services, ties, priorities };
