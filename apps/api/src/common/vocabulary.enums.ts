/**
 * GraphQL enums of the vocabulary (matching/vocabulary): the enum values are the stored codes, named in upper
 * snake case (HOMES_1_2 ↔ 'homes_1_2', JOB_CONTRACT ↔ 'job_contract', SIZE_BAND ↔ 'sizeBand', CORE_LP ↔
 * 'core-lp'). One list each, imported; each value says what it means (the schema-descriptions test checks it).
 */
import { registerEnumType } from '@nestjs/graphql';
import {
  ASSIGNMENT_SORTS, AUDIT_ACTOR_ROLES, ROUND_STATUSES, FAIRNESS_DIMENSIONS, FAIRNESS_FLAGS, FAIRNESS_SUBJECTS, HOME_BANDS, PREFERRED_PLACE_KINDS, ROLES, RUN_STAGES, RUN_STATUSES,
  SOLVE_STATUSES, SOLVER_CHOICES, STABLE_RERUN_KEPT, TIE_KINDS, TIE_STATUSES, URGENCIES, HOUSEHOLD_EVENTS, PROPOSAL_CHANGE_EFFECTS,
  type FairnessDimension, type FairnessFlag, type RoundStatus, type FairnessSubject, type Role, type RunStage, type RunStatus, type SolveStatus, type SolverName,
  type StableRerunKept, type AssignmentSort,
} from '#matching/vocabulary/index.js';
import { CRITERIA, type Criterion } from '#matching/model/types.js';
import { OTHERS_FIRST_CATEGORIES } from '#matching/explain/others-first.js';
import { MOVE_CAUSES } from '#matching/rounds/compare.js';

/** The GraphQL name of a stored code: upper snake case ('homes_1_2' → HOMES_1_2, 'sizeBand' → SIZE_BAND, 'core-lp' → CORE_LP). */
export function enumValueName(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
}

/**
 * Registers a GraphQL enum whose values are `values` (the stored strings), named by `enumValueName`. `meanings`
 * describes each value (shown in the schema); without it, `description` must name every value.
 * @throws Error when two values get the same name.
 */
export function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string, meanings?: Readonly<Record<T, string>>): Record<string, T> {
  const enumObject = Object.fromEntries(values.map((value) => [enumValueName(value), value])) as Record<string, T>;
  if (Object.keys(enumObject).length !== values.length) throw new Error(`enum ${name}: two values have the same GraphQL name`);
  const valuesMap = meanings ? Object.fromEntries(values.map((value) => [enumValueName(value), { description: meanings[value] }])) : undefined;
  registerEnumType(enumObject, { name, description, valuesMap });
  return enumObject;
}

export const HomeBandEnum = graphqlEnum(HOME_BANDS, 'HomeBand', 'Home size band a household needs and a municipality states capacity in', {
  homes_1_2: 'A home for 1 or 2 persons',
  homes_3_4: 'A home for 3 or 4 persons',
  homes_5_plus: 'A home for 5 or more persons',
});
export const UrgencyEnum = graphqlEnum(URGENCIES, 'Urgency', 'Urgency category used by the queue priority rule (most urgent first)', {
  medical: 'Medical urgency: goes first in the queue',
  social: 'Social urgency: after medical urgency, before households without urgency',
  none: 'No urgency: queued by permit date',
});
export const TieKindEnum = graphqlEnum(TIE_KINDS, 'TieKind', 'Kind of tie a household has to a municipality', {
  family: 'Family lives there (hard when verified, first-degree and the household wants to live near them)',
  community: 'A community of the household’s language lives there (never hard)',
  job_contract: 'A job contract there (hard when verified)',
  study_place: 'A study place there (hard when verified)',
});
export const HouseholdEventEnum = graphqlEnum(HOUSEHOLD_EVENTS, 'HouseholdEvent', 'What changed a household after a proposal or a placement (matching/vocabulary/household-changes.ts)', {
  birth: 'A child was born into the household',
  arrival: 'A family member arrived later (a nareiziger, through family reunification)',
  departure: 'A member left the household (a divorce or separation)',
  death: 'A member died',
});
export const ProposalChangeEffectEnum = graphqlEnum(PROPOSAL_CHANGE_EFFECTS, 'ProposalChangeEffect', 'What a change of the household did to its proposal (matching/vocabulary/household-changes.ts)', {
  none: 'It has no proposal that lasts: the next round sees the household as it is now',
  told: 'It lives there already: the municipality was told; the placement stays as it was',
  adjusted: 'The proposal counts the new number of persons (same home size); the municipality was told',
  review: 'The home may no longer fit: the proposal waits on an officer (resolveHouseholdChange); the municipality and the officers were told',
});
export const TieStatusEnum = graphqlEnum(TIE_STATUSES, 'TieStatus', 'DECLARED: the newcomer said so, not yet verified; VERIFIED: an officer saw the evidence and wrote a note');
export const OthersFirstCategoryEnum = graphqlEnum(OTHERS_FIRST_CATEGORIES, 'OthersFirstCategory', 'Why a household later in the queue was placed before an earlier one (why others went first); the first that applies', {
  more_urgent: 'It came later but has a more urgent category, so it is earlier in the queue',
  officer_pin: 'An officer pinned it there',
  their_hard_tie: 'It has a hard tie (verified job contract, study place or first-degree family), so its options are limited to the tie’s reach',
  their_needs: 'It has a care or accessibility need that is met there',
  linked_family: 'It is placed together with linked households (one unit)',
  priority_trade_off: 'None of these: under the priority rule its gain in fit there outweighed the difference in queue position',
});
export const MoveCauseEnum = graphqlEnum(MOVE_CAUSES, 'MoveCause', 'Why a household moved between two runs: the first that applies', {
  pin: 'It was pinned in the later run',
  forbid: 'Its earlier municipality was forbidden for it in the later run',
  capacity: 'The capacity of its earlier or later municipality changed',
  weights: 'The criterion weights changed (round-wide)',
  priority: 'The priority rule’s trade-off or the queue changed (round-wide)',
  cascade: 'None of these: it moved because others moved',
});
export const PreferredPlaceKindEnum = graphqlEnum(PREFERRED_PLACE_KINDS, 'PreferredPlaceKind', 'Why a place is preferred: a tie of the household, or its best score', {
  family: 'Family lives there',
  community: 'A community of the household’s language lives there',
  job_contract: 'The household has a job contract there',
  study_place: 'The household has a study place there',
  best_score: 'It is the household’s best-scoring option',
});

export const RoleEnum = graphqlEnum(ROLES, 'Role', 'What an account may do', {
  admin: 'Manages accounts',
  officer: 'Placement officer: registers households, runs rounds, reviews runs, contests and the audit trail',
  municipality: 'Staff of one municipality: its profile, capacity and the proposals made to it',
  newcomer: 'A newcomer: reads and answers about their own household only',
} satisfies Record<Role, string>);
export const AuditActorRoleEnum = graphqlEnum(AUDIT_ACTOR_ROLES, 'AuditActorRole', 'Who did an audited action: the role of the signed-in account (ADMIN, OFFICER, MUNICIPALITY, NEWCOMER), or SYSTEM: the service itself (e.g. the seed on start)');

export const RoundStatusEnum = graphqlEnum(ROUND_STATUSES, 'RoundStatus', 'Where a round is in its life cycle', {
  draft: 'Editable: policy, pins, forbidden pairs and capacity can change, and it can be run',
  published: 'One of its runs was published as proposals; it no longer changes',
} satisfies Record<RoundStatus, string>);
export const RunStatusEnum = graphqlEnum(RUN_STATUSES, 'RunStatus', 'Where a matching run is in its life cycle', {
  queued: 'Waiting to start (can be cancelled)',
  running: 'Running (can be cancelled); see stage and progress',
  succeeded: 'Finished within its time limit; the answer is checked and stored',
  timed_out: 'Hit its time limit: with an answer (hasAnswer) it can be reviewed and published like a succeeded run; stopped by the watchdog it has none',
  failed: 'An error, an infeasible instance, or the service restarted during the run (see message)',
  cancelled: 'An officer cancelled it before it finished',
} satisfies Record<RunStatus, string>);
export const SolveStatusEnum = graphqlEnum(SOLVE_STATUSES, 'SolveStatus', 'What the solver reported', {
  optimal: 'Proven optimal (or the certified gap is at most 1e-9)',
  feasible: 'A checked answer, not proven optimal, found within the time limit',
  infeasible: 'Pins alone exceed a capacity (see message); nobody placed',
  timed_out: 'The time limit stopped the solver; the answer is the best checked one it had',
  error: 'The instance was refused or the solver failed (see message); nobody placed',
} satisfies Record<SolveStatus, string>);
export const RunStageEnum = graphqlEnum(RUN_STAGES, 'RunStage', 'What a running run is doing', {
  starting: 'Loading the round’s data',
  scoring: 'Scoring every household’s options',
  solving: 'Solving the allocation',
  explaining: 'Writing the reasons for each household',
  done: 'Finished computing; the results are being stored',
} satisfies Record<RunStage, string>);
const SOLVER_MEANINGS: Record<SolverName, string> = {
  'core-lp': 'Lagrangian core LP with HiGHS and a greedy repair: every size, certified gap',
  'lagrangian-greedy': 'Lagrangian prices with a greedy answer, without HiGHS: every size, certified gap',
  'highs-mip': 'Exact integer program with HiGHS: small rounds',
  'highs-lp': 'LP relaxation with HiGHS, rounded: small and medium rounds',
  'javascript-lp-solver': 'Exact integer program in pure JavaScript: tiny rounds, for comparison',
};
export const SolverChoiceEnum = graphqlEnum(SOLVER_CHOICES, 'SolverChoice', 'The solver a round’s policy asks for', {
  auto: 'The default: the core-LP solver, which handles every size',
  ...SOLVER_MEANINGS,
});
export const StableRerunKeptEnum = graphqlEnum(STABLE_RERUN_KEPT, 'StableRerunKept', 'Which answer an anchored run returned', {
  solver: 'The solver’s answer',
  repaired_anchor: 'The anchor run’s answer, made to fit this run’s pins, forbidden pairs and capacity, because it scored higher',
} satisfies Record<StableRerunKept, string>);

export const FairnessDimensionEnum = graphqlEnum(FAIRNESS_DIMENSIONS, 'FairnessDimension', 'What a fairness breakdown groups households by', {
  gender: 'Gender of the main applicant (see FairnessReport.counted)',
  sizeBand: 'The household’s home band (all members counted)',
  ageBand: 'Age band of the main applicant in the year the round was created: 0-17, 18-24, 25-34, 35-49, 50-64, 65+',
  originRegion: 'The household’s region of origin',
} satisfies Record<FairnessDimension, string>);
export const FairnessFlagEnum = graphqlEnum(FAIRNESS_FLAGS, 'FairnessFlag', 'Why a fairness group is flagged (FairnessReport.rule)', {
  placement_rate_low: 'Its placement rate is below the cohort’s by more than the rule allows',
  fit_low: 'Its average fit is below the cohort’s by more than the rule allows',
  preferred_setting_low: 'Its share placed in their preferred setting is below the cohort’s by more than the rule allows',
} satisfies Record<FairnessFlag, string>);
export const FairnessSubjectEnum = graphqlEnum(FAIRNESS_SUBJECTS, 'FairnessSubject', 'Whose gender and age a fairness report counts', {
  main_applicant: 'The household’s main applicant: the member registered as applicant (the first by position if several), else the first adult; one person per household',
  first_member: 'Reports made before issue 11: the member registered first, whatever their role or age (every age under 25 was counted as 18-24)',
} satisfies Record<FairnessSubject, string>);

export const CriterionEnum = graphqlEnum(CRITERIA, 'Criterion', 'A scoring criterion', {
  labour: 'Work: the household’s professions against the municipality’s labour market',
  setting: 'Living environment: urban, suburban or rural against the household’s preference',
  network: 'Family, a community of the household’s language, self-organisations and buddy schemes there',
  services: 'Care, accessible homes, schools and Dutch courses the household needs, there',
  ties: 'Distance to the household’s job contract or study place',
  priorities: 'The municipality’s own priorities (wanted occupations)',
} satisfies Record<Criterion, string>);
export const AssignmentSortEnum = graphqlEnum(ASSIGNMENT_SORTS, 'AssignmentSort', 'Order of a run’s assignments in the officer’s review', {
  queue: 'By position in the round’s queue under the priority rule (the queue frozen when the round was created), position 1 first',
  fit: 'By the household’s fit at its outcome (0–1), highest first; households not placed last; equal fits in queue order',
} satisfies Record<AssignmentSort, string>);
