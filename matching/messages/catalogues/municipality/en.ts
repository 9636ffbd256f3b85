/** Municipality texts (en): keys `<code>.municipality` (readers.ts), third person: what the household brings and needs. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

const checked = '{status, select, verified { An officer has checked this.} other { The household said so; an officer has not checked it yet.}}';

export const municipalityEn: Catalogue = {
  // ── issue 11, part H2 (proposals): the response deadline ──
  'proposal.respond_by.municipality': 'Answer this proposal by {respondBy, date, long}. The household has the same deadline.',
  // --- H3 (issue 11): why a household was proposed, for the municipality (matching/scoring/supporting.ts) ---
  'labour.shortage_exact.municipality': 'A member of the household has a profession that {municipality} lists as a shortage occupation: {isco}.',
  'labour.shortage_group.municipality': 'A member of the household has a profession in a group that {municipality} lists as short of workers: {isco}.',
  'labour.shortage_minor_group.municipality': 'A member of the household has a profession ({isco}) close to a shortage occupation of {municipality}: {listed}.',
  'labour.shortage_sub_major_group.municipality': 'A member of the household has a profession ({isco}) in the same field as a shortage occupation of {municipality}: {listed}.',
  'labour.study_institution.municipality': 'A member of the household wants to study, and {municipality} has {institution, select, mbo {an MBO school (vocational training)} hbo {a university of applied sciences} other {a university}}.',
  'labour.retrain_mbo.municipality': 'A member of the household wants to learn a new profession, and {municipality} has an MBO school (vocational training).',
  'labour.open_employers.municipality': 'The household is looking for work, and {count, plural, one {# employer in {municipality} wants} other {# employers in {municipality} want}} to hire newcomers.',
  'setting.fit.municipality': 'The household would like to live in {preferred, select, urban {a city} suburban {a town} other {the countryside}}, and {municipality} is {urbanisation, select, 1 {a big city} 2 {a city} 3 {a town} 4 {a small town} other {a village area}}.',
  'network.family_here.municipality': `The household has family in {municipality}.${checked}`,
  'network.community_tie_here.municipality': 'The household knows people from a community in {municipality}.',
  'network.community_language.municipality': 'A community in {municipality} speaks a language of the household: {language}.',
  'network.self_organisations.municipality': '{municipality} has {count, plural, one {# organisation run by newcomers that can help} other {# organisations run by newcomers that can help}} the household settle.',
  'network.buddy_schemes.municipality': '{municipality} has {count, plural, one {# buddy programme} other {# buddy programmes}} that can support the household.',
  'services.care_available.municipality': 'The household needs {need} nearby, and {municipality} has it.',
  'services.accessible_homes.municipality': 'The household needs {need}, and {municipality} has such homes.',
  'services.primary_school.municipality': 'The household has {children, plural, one {# child} other {# children}} of primary-school age (4 to 11), and {municipality} has primary schools.',
  'services.secondary_school.municipality': 'The household has {children, plural, one {# child} other {# children}} of secondary-school age (12 to 17), and {municipality} has secondary schools.',
  'services.language_courses.municipality': '{adults, plural, one {# adult in the household is} other {# adults in the household are}} still learning Dutch, and {municipality} has Dutch courses.',
  'ties.distance.municipality': `{kind, select, study_place {A member of the household has a place of study} other {A member of the household has a job}} {km, plural, =0 {in {municipality}} other {{km, number} km from {municipality}}}.${checked}`,
  'priorities.wanted_exact.municipality': 'A member of the household has a profession that {municipality} especially wants: {isco}.',
  'priorities.wanted_group.municipality': 'A member of the household has a profession in a group that {municipality} especially wants: {isco}.',
  'priorities.wanted_minor_group.municipality': 'A member of the household has a profession ({isco}) close to one that {municipality} especially wants: {listed}.',
  'priorities.wanted_sub_major_group.municipality': 'A member of the household has a profession ({isco}) in the same field as one that {municipality} especially wants: {listed}.',
  'unit.pinned.municipality': 'A placement officer chose {municipality} for this household.',
  'unit.linked_merged.municipality': 'The household moves together with relatives, who are proposed to the same municipality.',
  // --- end H3 ---
  // --- issue 16: e-mails (mail-codes.ts) ---
  'mail.notice.subject.municipality': "{count, plural, one {There is a new message for your municipality} other {There are # new messages for your municipality}}",
  'mail.notice.body.municipality': "{count, plural, one {There is a new message for your municipality in the app that brings newcomers and municipalities together.} other {There are # new messages for your municipality in the app that brings newcomers and municipalities together.}}",
  'mail.notice.readHere.municipality': "{count, plural, one {Sign in to read the message:} other {Sign in to read the messages:}}",
  'mail.notice.why.municipality': "You can read what a message says only in the app. You get this e-mail because e-mail is on for your account. Do you not want e-mail any more? Turn it off under Messages in the app.",
  'mail.reset.subject.municipality': "A new password for the app that brings newcomers and municipalities together",
  'mail.reset.body.municipality': "You asked for a new password. The link below works once, for {minutes, plural, one {# minute} other {# minutes}}.",
  'mail.reset.readHere.municipality': "Choose a new password here:",
  'mail.reset.notYou.municipality': "Did you not ask for this? Then do nothing. Your password stays the same.",
};
