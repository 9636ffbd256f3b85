/** English. Plain language: short sentences, common words. ICU MessageFormat. */
import type { Catalogue } from './types.js';

const yourTie = '{kind, select, job_contract {your job} study_place {your place of study} family {your family} other {your tie}}';
const YourTie = '{kind, select, job_contract {Your job} study_place {Your place of study} family {Your family} other {Your tie}}';
// issue 11, HB: why a place that fitted a little better was not chosen (the stability bonus kept an earlier placement)
const keptEarlier = 'But in an earlier calculation of this round you already had the place you got. We keep such a place when the difference is small.';
const tieKind = '{kind, select, job_contract {job contract} study_place {study place} family {first-degree family (to live near)} other {tie}}';
const hh = (n: string) => `{${n}, plural, one {# household} other {# households}}`;
const pref = '{kind, select, family {your family lives there} community {your community is there} job_contract {near your job} study_place {near your place of study} other {your best match}}';

// H4 (issue 11, newcomer's waiting status): a mean per round is said in whole households; 0 means "fewer than one".
const perRoundHh = (n: string) => `{${n}, plural, =0 {fewer than one household} one {about # household} other {about # households}}`;
const lastRounds = (n: string) => `{${n}, plural, one {the last round} other {the last # rounds}}`;

export const en: Catalogue = {
  // labour market
  'labour.shortage_exact': '{municipality} needs people in your profession: {isco}.',
  'labour.shortage_group': '{municipality} needs people in a group of jobs that includes your profession: {isco}.',
  'labour.shortage_minor_group': '{municipality} needs people in a job close to your profession: {listed}.',
  'labour.shortage_sub_major_group': '{municipality} needs people in a job in the same field as your profession: {listed}.',
  'labour.study_institution': 'In {municipality}, you can study at {institution}.',
  'labour.retrain_mbo': 'In {municipality}, you can learn a new profession at an MBO school.',
  'labour.open_employers': 'In {municipality}, {count, plural, one {# employer wants} other {# employers want}} to hire newcomers.',
  'labour.no_match': 'We found no work or study that fits person {member} of your household in {municipality}.',
  'setting.fit': 'You want to live in {preferred}. {municipality} is {urbanisation, select, 1 {a big city} 2 {a city} 3 {a town} 4 {a small town} other {a village area}}.',
  // networks
  'network.family_here': 'You have family in {municipality}.{status, select, declared { You told us this. An officer has not checked it yet.} other {}}',
  'network.community_tie_here': 'You know people from a community in {municipality}.',
  'network.community_language': 'In {municipality}, there is a community that speaks {language}.',
  'network.self_organisations': '{municipality} has {count, plural, one {# organisation} other {# organisations}} run by newcomers.',
  'network.buddy_schemes': '{municipality} has {count, plural, one {# buddy programme} other {# buddy programmes}}. A buddy is a local person who helps you.',
  'network.none': 'We found no family or community of yours in {municipality}.',
  // services
  'services.care_available': '{municipality} has the care you need: {need}.',
  'services.care_unavailable': '{municipality} does not have the care you need: {need}.',
  'services.accessible_homes': '{municipality} has homes that fit your need: {need}.',
  'services.no_accessible_homes': '{municipality} has no homes that fit your need: {need}.',
  'services.primary_school': '{municipality} has primary schools for your {children, plural, one {child} other {# children}} aged 4 to 11.',
  'services.no_primary_school': '{municipality} has no primary school for your {children, plural, one {child} other {# children}} aged 4 to 11.',
  'services.secondary_school': '{municipality} has secondary schools for your {children, plural, one {child} other {# children}} aged 12 to 17.',
  'services.no_secondary_school': '{municipality} has no secondary school for your {children, plural, one {child} other {# children}} aged 12 to 17.',
  'services.language_courses': '{municipality} has Dutch courses for {adults, plural, one {the adult} other {the # adults}} in your household who are still learning Dutch.',
  'services.no_language_courses': '{municipality} has no Dutch courses for {adults, plural, one {the adult} other {the # adults}} in your household who are still learning Dutch.',
  // ties
  'ties.distance': '{municipality} is {km, number} km from your {kind}.{status, select, declared { You told us about this. An officer has not checked it yet, so it counts as a wish, not as a rule.} other {}}',
  'ties.unknown_location': 'We do not know how far {municipality} is from your {kind}.{status, select, declared { You told us about this. An officer has not checked it yet, so it counts as a wish, not as a rule.} other {}}',
  // priorities
  'priorities.wanted_exact': '{municipality} especially wants people in your profession: {isco}.',
  'priorities.wanted_group': '{municipality} especially wants people in a group of jobs that includes your profession: {isco}.',
  'priorities.wanted_minor_group': '{municipality} especially wants people in a job close to yours: {listed}.',
  'priorities.wanted_sub_major_group': '{municipality} especially wants people in a job in the same field as yours: {listed}.',
  'priorities.none_matched': '{municipality} has no special need for your profession.',
  'score.no_applicable_criteria': 'We had no information to compare {municipality} with your wishes.',
  // hard constraints
  'filter.care_unavailable': '{municipality} is not possible for you. It does not have the care you need: {need}.',
  'filter.accessibility_unavailable': '{municipality} is not possible for you. It has no homes that fit your need: {need}.',
  'filter.capacity_insufficient': '{municipality} is not possible for you. In this period, it does not have enough {resource} free.',
  'filter.forbidden_pair': '{municipality} is not possible for you. An officer decided this.',
  'filter.outside_tie_reach': `{municipality} is not possible for you. It is {km, number} km from ${yourTie} in {tiePlace}. An officer checked ${yourTie}, so you can only live within {reachKm, number} km of it.`,
  'filter.tie_place_unknown': `{municipality} is not possible for you. An officer checked ${yourTie} in {tiePlace}, but {tiePlace} is not on our list of municipalities. So we cannot find places near it.`,
  // notes on a household
  'unit.linked_merged': 'You will live in the same municipality as the relatives you asked to stay close to.',
  'unit.pinned': 'An officer chose {municipality} for your household.',
  'unit.pin_conflict': 'Your relatives were linked to different municipalities: {municipalities}. The first choice of the officer is used.',
  'unit.pin_overrides_filter': 'An officer chose {municipality} for you, even though it does not meet all your needs.',
  'unit.pin_unknown_municipality': 'An officer chose a municipality that is not on our list: {municipality}. An officer will check this.',
  // explanations
  'explain.placed': '{fits, select, true {You are matched with {municipality}. {pinned, select, null {{fittingKnown, select, yes {It was number {rank} of the {fitting, plural, one {# municipality} other {# municipalities}} that could take your household in this round.} other {It was number {rank} of the {options, plural, one {# place} other {# places}} we compared for you.}}} other {An officer chose this place for you.{fittingKnown, select, yes { It was number {rank} of the {fitting, plural, one {# municipality} other {# municipalities}} that could take your household in this round.} other {}}}}} other {You are matched with {municipality}. An officer chose this place for you.}}',
  'explain.unplaced': 'You were not matched in this round. You stay on the waiting list. {fittingKnown, select, yes {{fitting, plural, =0 {No municipality could take your household in this round: none meets all your needs and still had a home of your size free in this period.} one {# municipality could take your household in this round. You did not get a place there this time.} other {# municipalities could take your household in this round. You did not get a place there this time.}}} other {We compared {options, plural, one {# place} other {# places}} for you.}}',
  'explain.alt_capacity': 'In this period, {municipality} had no more {resource} free for you.',
  'explain.alt_room_available': '{fitHigher, select, no {{municipality} still had room for you.} other {{municipality} fitted you better and still had room.}} This result may not be the best one. An officer will check it.',
  'explain.alt_not_higher': `{fitHigher, select, yes {{municipality} fitted you a little better. ${keptEarlier}} no {{municipality} did not fit you better than the place you got.} other {{municipality} was not a better choice for you than the place you got.}}`,
  'explain.alt_pinned_elsewhere': 'An officer chose {pinned} for you, so {municipality} was not possible.',
  'explain.preferred_chosen': `You got {municipality} (${pref}).`,
  'explain.preferred_filtered': `{municipality} (${pref}) is not possible: it cannot meet a need of your household.`,
  'explain.preferred_not_option': `{municipality} (${pref}) was not one of the places we compared for you.`,
  'explain.preferred_unknown_municipality': `{municipality} (${pref}) is not on our list of municipalities.`,
  'explain.preferred_within_reach': `${YourTie} is in {municipality}. The place you got is within {reachKm, number} km of it{fitHigher, select, no {, and it fitted you at least as well.} yes {. {municipality} fitted you a little better. ${keptEarlier}} other {.}}`,
  // queue
  'queue.rule': 'Who goes first: households with an urgent medical need, then with an urgent social need, then everyone else. Within each group, the earliest residence permit goes first.',
  'queue.position': 'You are number {position} of {ofTotal} on the waiting list. {sameBand, plural, =0 {No household ahead of you needs a home of your size.} one {# household ahead of you needs a home of your size.} other {# households ahead of you need a home of your size.}}',
  'queue.moved_up': 'You moved up {moved, plural, one {# place} other {# places}} since the last round. You were number {previous}. Now you are number {current}.',
  'queue.moved_down': 'You moved down since the last round. You were number {previous}. Now you are number {current}.',
  'queue.unchanged': 'Your place on the list did not change. You are number {current}.',
  'queue.joined': 'You are new on the waiting list. You are number {current}.',
  'queue.left': 'You are no longer on the waiting list.',
  'queue.reason.placed_ahead': `${hh('count')} ahead of you found a home.`,
  'queue.reason.left_ahead': `${hh('count')} ahead of you found a home or left the list.`,
  'queue.reason.new_urgent_ahead': '{count, plural, one {# new household has} other {# new households have}} an urgent need. They come before you.',
  'queue.reason.new_earlier_ahead': '{count, plural, one {# new household has} other {# new households have}} an older residence permit. They come before you.',
  'queue.reason.overtaken': '{count, plural, one {# household now comes} other {# households now come}} before you because of urgency.',
  'queue.reason.passed': `You now come before ${hh('count')} because of urgency.`,
  'queue.reason.own_urgency_changed': 'Your status changed from {from} to {to}.',
  // wait estimate
  'wait.estimate.rounds': '{exact, select, yes {Expected wait: about {high, plural, one {# matching round} other {# matching rounds}}.} other {Expected wait: {low} to {high, plural, one {# matching round} other {# matching rounds}}.}}',
  'wait.estimate.months': '{exact, select, yes {That is about {high, plural, one {# month} other {# months}}.} other {{low, plural, =0 {That is within about {high, plural, one {# month} other {# months}}.} other {That is about {low, number} to {high, plural, one {# month} other {# months}}.}}}}',
  'wait.estimate.none': 'We cannot estimate your waiting time yet.',
  'wait.estimate.basis': `{roundsObserved, plural, =0 {There has been no matching round yet, so there is nothing to count yet.} other {In ${lastRounds('roundsObserved')}, {total, plural, =0 {no household like yours found a home.} one {# household like yours found a home.} other {# households like yours found a home: {perRound, plural, =0 {fewer than one} other {about #}} per round on average.}}}}{reason, select, none { {aheadOfYou, plural, =0 {No household like yours is ahead of you.} one {# household like yours is ahead of you.} other {# households like yours are ahead of you.}}} no_free_home_now { But in this period, the municipalities that can take you have no free home of your size left. So we cannot say yet when your turn comes.} urgent_take_all { But just as many households with an urgent need joined ahead of you. So the list did not move for you, and we cannot say yet when your turn comes.} no_recent_placements { So we cannot say yet when your turn comes.} no_history {} other { But no municipality can take a household like yours now. So these rounds do not tell when your turn comes.}}`,
  'wait.estimate.not_a_promise': 'This is an estimate, not a promise. It can change.',
  'wait.driver.no_history': 'There have been no matching rounds yet. So we cannot estimate your wait.',
  'wait.driver.no_municipality_meets_needs': 'No municipality can meet all your needs now: {needs}. An officer will look for a solution.',
  // HA (issue 11, waiting status): ties whose areas do not overlap; nothing taking part within reach.
  'wait.driver.hard_tie_reaches_apart': 'An officer checked your ties with {tiePlaces}. You must live close to each of these places. But they are too far apart: no municipality is close enough to all of them. An officer will look for a solution.',
  'wait.driver.no_municipality_in_reach': 'No municipality that takes part is in the area where you can live. An officer will look for a solution.',
  'wait.driver.no_home_of_band': '{municipalities, plural, one {# municipality meets your needs. But it has no} other {# municipalities meet your needs. But none of them has}} {band} with room for {persons, plural, one {# person} other {# people}}, not in this period and not in the last year. An officer will look for a solution.',
  'wait.driver.no_free_home_now': '{municipalities, plural, one {# municipality can take a household like yours. But in this period it has no} other {# municipalities can take a household like yours. But in this period none of them has}} {band} with room for {persons, plural, one {# person} other {# people}} free any more. New homes come with the next period.',
  'wait.estimate.fitting': '{municipalities, plural, =0 {No municipality can take a household like yours.} one {# municipality can take a household like yours: it meets your needs and has {band} with room for {persons, plural, one {# person} other {# people}} (free or not).} other {# municipalities can take a household like yours: they meet your needs and have {band} with room for {persons, plural, one {# person} other {# people}} (free or not).}}',
  'wait.driver.no_recent_placements': 'In the last {rounds, plural, one {round} other {# rounds}}, no household like yours found a home in the places that fit you. So we cannot estimate your wait.',
  'wait.driver.large_home_scarce': 'There are few {band}: {perRound, plural, =0 {fewer than one} other {about #}} per round on average in the municipalities that fit you.',
  'wait.driver.hard_need_limits_places': '{municipalities, plural, =0 {None of the {total} municipalities has {need}.} one {Only # of {total} municipalities has {need}.} other {Only # of {total} municipalities have {need}.}}',
  'wait.driver.few_acceptable_places': 'Your household can only go to {municipalities, plural, one {# municipality} other {# municipalities}}.',
  'wait.driver.hard_tie_reach': `An officer checked ${yourTie} in {tiePlace}. So you can only live within {reachKm, number} km of it. {municipalities, plural, =0 {No municipality is in that area.} one {# municipality is in that area.} other {# municipalities are in that area.}}`,
  'wait.driver.many_ahead': '{ahead, plural, one {# household like yours is} other {# households like yours are}} ahead of you. {perRound, plural, =0 {On average, fewer than one of them finds a home per round.} one {On average, about # of them finds a home per round.} other {On average, about # of them find a home per round.}}',
  'wait.driver.urgent_first': 'Households with an urgent need go first. {ahead, plural, =0 {None of them is ahead of you now.} one {Now # is ahead of you.} other {Now # are ahead of you.}} {perRound, plural, =0 {On average, fewer than one new one comes per round.} one {On average, about # new one comes per round.} other {On average, about # new ones come per round.}}',
  'wait.driver.own_urgency': 'Your household has {urgency}. So you go before others.',
  'wait.driver.few_rounds_observed': 'We have seen only {rounds, plural, one {# round} other {# rounds}} so far. So this estimate is rough.',
  // others
  'others.urgency': "In the last round, in all municipalities together, {count, plural, one {# household} other {# households}} had a more urgent situation than you. So they went first.", // HA (issue 11): last round, all municipalities; only households for which this is the reason under the queue rule
  'others.hard_tie': "In the last round, in all municipalities together, {count, plural, one {# household} other {# households}} after you in the queue got a home of your size. They had a job or a place of study nearby and had to live close to it.", // HA (issue 11): last round, all municipalities; only households for which this is the reason under the queue rule
  'others.family_tie': "In the last round, in all municipalities together, {count, plural, one {# household} other {# households}} after you in the queue got a home of your size near their family.", // HA (issue 11): last round, all municipalities; only households for which this is the reason under the queue rule
  'others.earlier_permit': "In the last round, in all municipalities together, {count, plural, one {# household} other {# households}} that needed a home of your size had the same urgency as you and an older residence permit. So they came before you in the queue.", // HA (issue 11): last round, all municipalities; only households for which this is the reason under the queue rule
  'others.smaller_homes_more_available': 'Most free homes were small: {placedShare, number, percent} of the households that found a home needed {band}.',
  'others.profession_needed': "In the last round, in all municipalities together, {count, plural, one {# household} other {# households}} after you in the queue got a home of your size in a municipality that needs their profession.", // HA (issue 11): last round, all municipalities; only households for which this is the reason under the queue rule
  'others.none_placed_in_band': 'In the last round, there were no free {band}.',
  'others.small_groups_hidden': 'Very small groups are not shown. This protects the privacy of other people.',
  // why others went first (per household, from the run): for the household, then for the officer
  'others_first.more_urgent': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} got a home before you, in a municipality where you could also live. They came after you, but they had an urgent situation. Urgent situations go first.',
  'others_first.officer_pin': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} after you in the queue got a home in a municipality where you could also live. An officer chose that place for them.',
  'others_first.their_hard_tie': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} after you in the queue got a home in a municipality where you could also live. They have a job, a study place or close family nearby and must live near it.',
  'others_first.their_needs': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} after you in the queue got a home in a municipality where you could also live. They need care or an adapted home, and that municipality has it.',
  'others_first.linked_family': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} after you in the queue got a home in a municipality where you could also live. They moved there together with their family.',
  'others_first.priority_trade_off': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} after you in the queue got a home in a municipality where you could also live. That place fitted them better than it fitted you. The rules allow this only when that difference is bigger than the difference between your places in the queue.',
  'others_first.officer.more_urgent': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} of {band} placed where this household was acceptable arrived later (later permit date) but were more urgent.',
  'others_first.officer.officer_pin': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} of {band} later in the queue were placed where this household was acceptable: pinned by an officer.',
  'others_first.officer.their_hard_tie': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} of {band} later in the queue were placed where this household was acceptable: a verified hard tie (job, study or first-degree family).',
  'others_first.officer.their_needs': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} of {band} later in the queue were placed where this household was acceptable: a care or accessibility need met there.',
  'others_first.officer.linked_family': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} of {band} later in the queue were placed where this household was acceptable: linked households placed together.',
  'others_first.officer.priority_trade_off': '{hidden, select, yes {Fewer than {threshold} households} other {{count, plural, one {# household} other {# households}}}} of {band} later in the queue were placed where this household was acceptable: the priority rule\'s trade-off (their fit gain outweighed the queue).',
  // officer view
  'waiting.no_municipality_meets_needs': 'No municipality meets all needs: {needs}. Action needed.',
  // HA (issue 11): ties apart, for the officer's list of households no municipality can take.
  'waiting.hard_tie_reaches_apart': 'Checked hard ties in {tiePlaces} are too far apart: no municipality is within reach of all of them. Action needed.',
  'waiting.no_free_home_this_period': '{municipalities, plural, one {# municipality meets the needs, but it has no} other {# municipalities meet the needs, but none has}} {band} with room for {persons, plural, one {# person} other {# people}} free in this period. Action needed.',
  'waiting.no_acceptable_municipality': 'None of the {listed, plural, one {# acceptable municipality is} other {# acceptable municipalities are}} known. Action needed.',
  'unplaced.tie_no_room': `You were not matched in this round. An officer checked ${yourTie} in {tiePlace}. So you can only live within {reachKm, number} km of it. In that area, {municipalities, plural, one {# municipality meets} other {# municipalities meet}} your needs. But none of them had enough {resource} free for you. You need {needed, number}. The most that was free in one municipality was {freeInReach, number}. You stay on the waiting list. We will not send you further away.`,
  'unplaced.tie_no_room.officer': `Not placed: verified ${tieKind} in {tiePlace} (reach {reachKm, number} km). Within reach, {municipalities, plural, one {# municipality meets} other {# municipalities meet}} the needs, but none had enough {resource} free: needed {needed, number}, most free in one municipality {freeInReach, number}. To honour the tie, add capacity within reach or pin.`,
  'unplaced.tie_no_room_combined': `You were not matched in this round. An officer checked ${yourTie} in {tiePlace}. So you can only live within {reachKm, number} km of it. In that area, {municipalities, plural, one {# municipality meets} other {# municipalities meet}} your needs. But none of them had both a home of your size and enough places free for you. You stay on the waiting list. We will not send you further away.`,
  'unplaced.tie_no_room_combined.officer': `Not placed: verified ${tieKind} in {tiePlace} (reach {reachKm, number} km). Within reach, {municipalities, plural, one {# municipality meets} other {# municipalities meet}} the needs, but none had a home of the band and enough person places free at the same time. To honour the tie, add capacity within reach or pin.`,
  'unplaced.tie_needs_unmet': `You were not matched in this round. An officer checked ${yourTie} in {tiePlace}. So you can only live within {reachKm, number} km of it. But no municipality in that area can meet all the needs of your household. An officer will look for a solution.`,
  'unplaced.tie_needs_unmet.officer': `Not placed: verified ${tieKind} in {tiePlace} (reach {reachKm, number} km), but no municipality within reach meets all needs (care, accessibility, forbidden pairs, the reach of other hard ties). Action needed: pin or review the tie.`,
  'unplaced.tie_place_unknown': `You were not matched in this round. An officer checked ${yourTie} in {tiePlace}. But {tiePlace} is not taking part in this round, so we cannot find a place near it. An officer will look for a solution.`,
  'unplaced.tie_place_unknown.officer': `Not placed: verified ${tieKind} in {tiePlace}, which is not one of this round's municipalities, so no municipality is known to be within reach. Action needed: add the municipality to the round or pin.`,
  'queue.status':
    '{status, select, proposed {{proposal, select, contested {You asked for a review of your proposal for {municipality}. A placement officer will decide.} contest_rejected {A placement officer looked at your request: the proposal for {municipality} stays. Now we wait for the answer of {municipality}.} other {{youAnswered, select, yes {You said yes to the proposal for {municipality}. Now we wait for the answer of {municipality}.} other {You have a proposal for a home in {municipality}. Read the proposal and give your answer.}}}}} accepted {You and {municipality} both said yes. You will live in {municipality}. The municipality will tell you when you can move in.} placed {You live in {municipality} now.} withdrawn {You are no longer on the waiting list.} other {{proposal, select, declined {{municipality} said no to the proposal. You are on the waiting list again. Your place still depends on the date of your residence permit.} contest_upheld {A placement officer agreed with your request. The proposal for {municipality} has stopped. You are on the waiting list again.} withdrawn {A placement officer stopped the proposal for {municipality}. You are on the waiting list again.} expired {The time to answer the proposal for {municipality} is over. You are on the waiting list again.} other {You are on the waiting list.}}}}',
  // labels
  'label.need.hospital': 'a hospital',
  'label.need.mental_health': 'mental health care',
  'label.need.chronic_care': 'care for a long-term illness',
  'label.need.wheelchair': 'a home for a wheelchair',
  'label.need.ground_floor': 'a home without stairs',
  'label.urgency.medical': 'medical urgency',
  'label.urgency.social': 'social urgency',
  'label.urgency.none': 'no urgency',
  'label.tie.family': 'family',
  'label.tie.community': 'community',
  'label.tie.job_contract': 'job',
  'label.tie.study_place': 'place of study',
  'label.tie.best_score': 'best match',
  'label.institution.mbo': 'an MBO school (vocational training)',
  'label.institution.hbo': 'a university of applied sciences (HBO)',
  'label.institution.university': 'a university',
  'label.setting.urban': 'a city',
  'label.setting.suburban': 'a town',
  'label.setting.rural': 'the countryside',
  'label.setting.no_preference': 'any kind of place',
  'label.resource.persons': 'places',
  'label.resource.homes_1_2': 'homes for 1 or 2 people',
  'label.resource.homes_3_4': 'homes for 3 or 4 people',
  'label.resource.homes_5_plus': 'homes for 5 or more people',
  'wait.driver.urgent_take_all': `In ${lastRounds('rounds')}, ${perRoundHh('perRound')} like yours found a home per round on average. But ${perRoundHh('urgentPerRound')} with an urgent need joined ahead of you per round. So the list did not move for you, and we cannot estimate your wait yet.`,

  // ── issue 11, part H2 (proposals): what both sides plan around ──
  'proposal.respond_by': 'Please answer this proposal by {respondBy, date, long}.',
  'proposal.contact': 'Your contact person at {municipality} is {name}. You can reach them at {reach}.',
  'proposal.expected_move_in': '{municipality} expects you to move in on {expectedMoveIn, date, long}. This date may still change.',
  // --- H3 (issue 11): an ISCO-08 title in the reader's language (matching/messages/isco-title.ts) ---
  'name.isco_official': '{en}',
  // --- end H3 ---
  // --- issue 16: e-mails (mail-codes.ts) ---
  'mail.notice.subject': "{count, plural, one {There is a new message for you} other {There are # new messages for you}}",
  'mail.notice.body': "{count, plural, one {There is a new message for you in the app Housing after your residence permit.} other {There are # new messages for you in the app Housing after your residence permit.}}",
  'mail.notice.readHere': "{count, plural, one {Sign in to read the message:} other {Sign in to read the messages:}}",
  'mail.notice.why': "You can read what a message says only in the app. You get this e-mail because e-mail is on for your account. Do you not want e-mail any more? Turn it off under Messages in the app.",
  'mail.reset.subject': "A new password for the app Housing after your residence permit",
  'mail.reset.body': "You asked for a new password. The link below works once, for {minutes, plural, one {# minute} other {# minutes}}.",
  'mail.reset.readHere': "Choose a new password here:",
  'mail.reset.notYou': "Did you not ask for this? Then do nothing. Your password stays the same.",
};
