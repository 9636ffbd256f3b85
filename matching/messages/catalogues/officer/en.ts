/** Officer texts (en): keys `<code>.officer` (readers.ts), about the household in the third person, with figures. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

// Issue 11, officer review (H1): scoring reasons, filters, unit notes, verdicts and outcomes of a run.
// Fit is on the 0–1 scale; the placement value is the household's term in the objective (placement value, priority,
// stability bonus and fit), shown apart and named so.
const fit = (p: string) => `{${p}Known, select, yes {{${p}, number, ::.00}} other {not recorded}}`;
const value = (p: string) => `{${p}, number, ::.000}`;
/** The fit at the outcome, left out when there is none (not placed). */
const atOutcome = '{outcomeFitKnown, select, yes {, at the outcome {outcomeFit, number, ::.00}} other {}}';
const kind = '{kind, select, family {family} community {community} job_contract {job} study_place {place of study} other {best match}}';
const tieKind = '{kind, select, job_contract {job contract} study_place {study place} family {first-degree family (to live near)} other {tie}}';
const status = '{status, select, declared {declared by the household, not verified} other {verified by an officer}}';
// issue 11, HB: fits of linked households are the unit's mean; a higher fit outweighed by the stability bonus
const linkedMean = '{linked, plural, =1 {} other { (means over the # linked households placed together)}}';
const higherFit = '{fitHigher, select, yes { The fit is higher there: the stability bonus for keeping the anchor run’s placement at the outcome outweighed it.} other {}}';
const fitting = 'fit the household in this round (its needs, the reach of its hard ties, and a home of its band and enough person places free in the round’s capacity for this period)';

export const officerEn: Catalogue = {
  // labour market
  'labour.shortage_exact.officer': 'Member {member}: {municipality} lists their occupation as a shortage occupation: {isco}.',
  'labour.shortage_group.officer': 'Member {member}: {municipality} lists the shortage group {listed}, which contains their occupation {isco}.',
  'labour.shortage_minor_group.officer': 'Member {member}: {municipality} lists the shortage occupation {listed}, in the same minor group as their occupation {isco} (partial credit).',
  'labour.shortage_sub_major_group.officer': 'Member {member}: {municipality} lists the shortage occupation {listed}, in the same sub-major group as their occupation {isco} (small credit).',
  'labour.study_institution.officer': 'Member {member} wants to study; {municipality} has {institution}.',
  'labour.retrain_mbo.officer': 'Member {member} wants to retrain; {municipality} has an MBO school.',
  'labour.open_employers.officer': 'Member {member} wants work; {municipality} has {count, plural, one {# employer} other {# employers}} open to hiring newcomers.',
  'labour.no_match.officer': 'Member {member}: nothing in the labour market of {municipality} matches their occupation or plans.',
  'setting.fit.officer': 'Preferred setting: {preferred}. {municipality} is {urbanisation, select, 1 {a big city} 2 {a city} 3 {a town} 4 {a small town} other {a rural area}} (CBS urbanisation class {urbanisation}).',
  // networks
  'network.family_here.officer': `The household has family in {municipality} (${status}).`,
  'network.community_tie_here.officer': 'The household named a community in {municipality}.',
  'network.community_language.officer': '{municipality} has a community that speaks {language}.',
  'network.self_organisations.officer': '{municipality} has {count, plural, one {# self-organisation} other {# self-organisations}} of newcomers.',
  'network.buddy_schemes.officer': '{municipality} has {count, plural, one {# buddy scheme} other {# buddy schemes}}.',
  'network.none.officer': 'No family or community of the household was found in {municipality}.',
  // services
  'services.care_available.officer': '{municipality} offers the care the household needs: {need}.',
  'services.care_unavailable.officer': '{municipality} does not offer the care the household needs: {need} (possible only under a pin).',
  'services.accessible_homes.officer': '{municipality} has homes for this need: {need}.',
  'services.no_accessible_homes.officer': '{municipality} has no homes for this need: {need} (possible only under a pin).',
  'services.primary_school.officer': '{municipality} has primary schools for the {children, plural, one {child} other {# children}} aged 4 to 11.',
  'services.no_primary_school.officer': '{municipality} has no primary school for the {children, plural, one {child} other {# children}} aged 4 to 11.',
  'services.secondary_school.officer': '{municipality} has secondary schools for the {children, plural, one {child} other {# children}} aged 12 to 17.',
  'services.no_secondary_school.officer': '{municipality} has no secondary school for the {children, plural, one {child} other {# children}} aged 12 to 17.',
  'services.language_courses.officer': '{municipality} has Dutch courses for the {adults, plural, one {adult} other {# adults}} below B1 in Dutch.',
  'services.no_language_courses.officer': '{municipality} has no Dutch courses for the {adults, plural, one {adult} other {# adults}} below B1 in Dutch.',
  // ties
  'ties.distance.officer': `{municipality} is {km, number} km from the household’s {kind} (${status}).`,
  'ties.unknown_location.officer': `The distance from {municipality} to the household’s {kind} is not known: its place is not one of the municipalities (${status}).`,
  // municipality priorities
  'priorities.wanted_exact.officer': 'Member {member}: {municipality} wants their occupation most: {isco}.',
  'priorities.wanted_group.officer': 'Member {member}: {municipality} wants the group {listed} most, which contains their occupation {isco}.',
  'priorities.wanted_minor_group.officer': 'Member {member}: {municipality} wants {listed} most, in the same minor group as their occupation {isco} (partial credit).',
  'priorities.wanted_sub_major_group.officer': 'Member {member}: {municipality} wants {listed} most, in the same sub-major group as their occupation {isco} (small credit).',
  'priorities.none_matched.officer': 'No member’s occupation matches what {municipality} wants most.',
  'score.no_applicable_criteria.officer': 'No criterion applies with a weight above 0 at {municipality}, so the fit there is 0.',
  // hard constraints
  'filter.care_unavailable.officer': 'Ruled out: {municipality} does not offer the care a member household needs: {need}.',
  'filter.accessibility_unavailable.officer': 'Ruled out: {municipality} has no homes for a need of a member household: {need}.',
  'filter.capacity_insufficient.officer': 'Ruled out: in this round {municipality} has {capacity, number} {resource} free for this period, and the household needs {needed, number}.',
  'filter.forbidden_pair.officer': 'Ruled out: an officer forbade {municipality} for this household in this round.',
  'filter.outside_tie_reach.officer': `Ruled out: {municipality} is {km, number} km from the verified ${tieKind} in {tiePlace}, beyond its reach of {reachKm, number} km.`,
  'filter.tie_place_unknown.officer': `Ruled out: the verified ${tieKind} is in {tiePlace}, which is not one of this round’s municipalities, so no municipality is known to be within reach.`,
  // notes on a household
  'unit.linked_merged.officer': 'Linked households are placed together as one unit.',
  'unit.pinned.officer': 'Pinned by an officer to {municipality}.',
  'unit.pin_conflict.officer': 'Linked households were pinned to different municipalities: {municipalities}. The first pin is used.',
  'unit.pin_overrides_filter.officer': 'The pin to {municipality} overrides a hard constraint that would have ruled it out.',
  'unit.pin_unknown_municipality.officer': 'Pinned to {municipality}, which is not one of this round’s municipalities.',
  // outcome and verdicts
  'explain.placed.officer': `{fits, select, true {{pinned, select, null {Placed in {municipality}: number {rank} by placement value {fittingKnown, select, yes {of the {fitting, plural, one {# municipality} other {# municipalities}} that ${fitting}; the solver compared the best {options, number} of them.} other {of the {options, plural, one {# place} other {# places}} the solver compared.}}} other {Placed in {municipality} by an officer’s pin: the solver compared only that place.{fittingKnown, select, yes { By placement value it is number {rank} of the {fitting, plural, one {# municipality} other {# municipalities}} that ${fitting}.} other {}}}}} other {Placed in {municipality} by an officer’s pin, although it does not fit the household (a filter was overridden).}} Fit ${fit('fit')} on the scale 0 to 1{linked, plural, =1 {} other { (the mean over the # linked households placed together; this household alone ${fit('ownFit')})}}; placement value ${value('value')}.`,
  'explain.unplaced.officer': `Not placed in this round. {fittingKnown, select, yes {{fitting, plural, =0 {No municipality ${fitting}.} one {# municipality ${fitting}; the alternatives say why it did not take the household.} other {# municipalities ${fitting}; the alternatives say why none took the household.}}} other {The solver compared {options, plural, one {# place} other {# places}}.}}`,
  'explain.alt_capacity.officer': `{municipality}: no {resource} left free for this household in this round ({used, number} of {capacity, number} taken, the household needs {needed, number}). {priceExceedsGain, select, true {Making room there would cost other households more than this household would gain.} other {Moving the household there would gain more than the price of the capacity: the answer may not be optimal.}} Fit there ${fit('fit')}${atOutcome}${linkedMean}; net placement value there ${value('netValueThere')}, at the outcome ${value('netValueOutcome')}.`,
  'explain.alt_room_available.officer': `{municipality} had a higher placement value and still had room: the answer may not be optimal. Fit there ${fit('fit')}${atOutcome}${linkedMean}; net placement value there ${value('netValueThere')}, at the outcome ${value('netValueOutcome')}.`,
  'explain.alt_not_higher.officer': `{municipality}: placement value ${value('value')}, not higher than the outcome’s ${value('outcomeValue')}. Fit there ${fit('fit')}${atOutcome}${linkedMean}.${higherFit}`,
  'explain.alt_pinned_elsewhere.officer': '{municipality}: not possible, the household is pinned to {pinned}.',
  'explain.preferred_chosen.officer': `Preferred place {municipality} (${kind}): chosen.`,
  'explain.preferred_filtered.officer': `Preferred place {municipality} (${kind}): ruled out by a hard constraint (see the filter reasons).`,
  'explain.preferred_not_option.officer': `Preferred place {municipality} (${kind}): it fits, but {pinned, select, null {it was not among the places kept for the solver (only the best by placement value are kept).} other {the household is pinned to {pinned}.}}`,
  'explain.preferred_unknown_municipality.officer': `Preferred place {municipality} (${kind}): not one of this round’s municipalities.`,
  'explain.preferred_within_reach.officer': `Preferred place {municipality} (verified ${tieKind}): not chosen, but the outcome lies within {reachKm, number} km of it, with a placement value of ${value('outcomeValue')} against ${value('value')} there. Fit there ${fit('fit')}${atOutcome}${linkedMean}.${higherFit}`,
  // Fairness report (issue 11, H5): whose traits were counted, and the flag rule.
  'fairness.counted.main_applicant.officer':
    'Gender and age are those of the main applicant of each household: the member registered as applicant, or the first adult if nobody is. '
    + 'Each household counts once in every breakdown. Household size counts all members. The origin region is that of the household.',
  'fairness.counted.first_member.officer':
    'This report was made before a correction. Gender and age are those of the member registered first, who may be a child. '
    + 'Every age under 25 was counted as 18 to 24. Run the round again to get a corrected report.',
  'fairness.group.officer':
    '{stated, select, no {Not stated} other {{dimension, select, gender {{group, select, female {Women} male {Men} other {Gender X}}} '
    + 'sizeBand {{group, select, homes_1_2 {Needing a home for 1 or 2 people} homes_3_4 {Needing a home for 3 or 4 people} other {Needing a home for 5 or more people}}} '
    + 'ageBand {Aged {group}} other {{group}}}}}',
  'fairness.suppressed.officer':
    '{dimension, select, gender {By gender} sizeBand {By household size} ageBand {By age} other {By origin region}}, '
    + '{hiddenHouseholds, plural, one {# household is} other {# households are}} not shown: they are in groups of fewer than {threshold} households, '
    + 'or in the next smallest group, hidden too so that a small group cannot be worked out from the totals. This way nobody can be recognised.',
  'fairness.rule.officer':
    'A group is flagged when it has at least {minGroupSize, plural, one {# household} other {# households}} and its placement rate, average fit '
    + 'or share placed in the preferred setting is more than {points, plural, one {# percentage point} other {# percentage points}} below the whole round.',
  // --- issue 16: e-mails (mail-codes.ts) ---
  'mail.notice.subject.officer': "{count, plural, one {There is a new message for you} other {There are # new messages for you}}",
  'mail.notice.body.officer': "{count, plural, one {There is a new message for you in the placement app: about a proposal that needs your attention.} other {There are # new messages for you in the placement app: about proposals that need your attention.}}",
  'mail.notice.readHere.officer': "{count, plural, one {Sign in to read the message:} other {Sign in to read the messages:}}",
  'mail.notice.why.officer': "You can read what a message says only in the app. You get this e-mail because e-mail is on for your account. Turn it off under Messages in the app.",
};
