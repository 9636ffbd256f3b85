/** Municipality texts (nl): keys `<code>.municipality` (readers.ts), third person: what the household brings and needs. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

const checked = '{status, select, verified { Een medewerker heeft dit gecontroleerd.} other { Het huishouden heeft dit zelf gezegd; een medewerker heeft het nog niet gecontroleerd.}}';

export const municipalityNl: Catalogue = {
  // ── issue 11, part H2 (proposals): the response deadline ──
  'proposal.respond_by.municipality': 'Geef uiterlijk op {respondBy, date, long} antwoord op dit voorstel. Het huishouden heeft dezelfde termijn.',
  // --- H3 (issue 11): waarom een huishouden is voorgesteld, voor de gemeente (matching/scoring/supporting.ts) ---
  'labour.shortage_exact.municipality': 'Iemand in het huishouden heeft een beroep dat in {municipality} een tekortberoep is: {isco}.',
  'labour.shortage_group.municipality': 'Iemand in het huishouden heeft een beroep uit een groep tekortberoepen van {municipality}: {isco}.',
  'labour.shortage_minor_group.municipality': 'Iemand in het huishouden heeft een beroep ({isco}) dat lijkt op een tekortberoep van {municipality}: {listed}.',
  'labour.shortage_sub_major_group.municipality': 'Iemand in het huishouden heeft een beroep ({isco}) in hetzelfde vakgebied als een tekortberoep van {municipality}: {listed}.',
  'labour.study_institution.municipality': 'Iemand in het huishouden wil studeren, en {municipality} heeft {institution, select, mbo {een mbo-school} hbo {een hogeschool} other {een universiteit}}.',
  'labour.retrain_mbo.municipality': 'Iemand in het huishouden wil een nieuw beroep leren, en {municipality} heeft een mbo-school.',
  'labour.open_employers.municipality': 'Het huishouden zoekt werk, en in {municipality} {count, plural, one {wil # werkgever} other {willen # werkgevers}} nieuwkomers aannemen.',
  'setting.fit.municipality': 'Het huishouden wil graag wonen in {preferred, select, urban {een stad} suburban {een kleinere stad} other {een dorp op het platteland}}, en {municipality} is {urbanisation, select, 1 {een grote stad} 2 {een stad} 3 {een kleinere stad} 4 {een dorp of kleine stad} other {een gebied met dorpen}}.',
  'network.family_here.municipality': `Het huishouden heeft familie in {municipality}.${checked}`,
  'network.community_tie_here.municipality': 'Het huishouden kent mensen uit een gemeenschap in {municipality}.',
  'network.community_language.municipality': 'In {municipality} woont een gemeenschap die een taal van het huishouden spreekt: {language}.',
  'network.self_organisations.municipality': '{municipality} heeft {count, plural, one {# organisatie van nieuwkomers die het huishouden kan helpen} other {# organisaties van nieuwkomers die het huishouden kunnen helpen}}.',
  'network.buddy_schemes.municipality': '{municipality} heeft {count, plural, one {# maatjesproject dat het huishouden kan steunen} other {# maatjesprojecten die het huishouden kunnen steunen}}.',
  'services.care_available.municipality': 'Het huishouden heeft {need} in de buurt nodig, en {municipality} heeft dit.',
  'services.accessible_homes.municipality': 'Het huishouden heeft {need} nodig, en {municipality} heeft zulke woningen.',
  'services.primary_school.municipality': 'Het huishouden heeft {children, plural, one {# kind} other {# kinderen}} van 4 tot 11 jaar (basisschool), en {municipality} heeft basisscholen.',
  'services.secondary_school.municipality': 'Het huishouden heeft {children, plural, one {# kind} other {# kinderen}} van 12 tot 17 jaar (middelbare school), en {municipality} heeft middelbare scholen.',
  'services.language_courses.municipality': '{adults, plural, one {# volwassene in het huishouden leert} other {# volwassenen in het huishouden leren}} nog Nederlands, en {municipality} heeft Nederlandse lessen.',
  'ties.distance.municipality': `{kind, select, study_place {Iemand in het huishouden heeft een studieplaats} other {Iemand in het huishouden heeft werk}} {km, plural, =0 {in {municipality}} other {op {km, number} km van {municipality}}}.${checked}`,
  'priorities.wanted_exact.municipality': 'Iemand in het huishouden heeft een beroep waar {municipality} vooral mensen voor zoekt: {isco}.',
  'priorities.wanted_group.municipality': 'Iemand in het huishouden heeft een beroep uit een groep waar {municipality} vooral mensen voor zoekt: {isco}.',
  'priorities.wanted_minor_group.municipality': 'Iemand in het huishouden heeft een beroep ({isco}) dat lijkt op een beroep waar {municipality} vooral mensen voor zoekt: {listed}.',
  'priorities.wanted_sub_major_group.municipality': 'Iemand in het huishouden heeft een beroep ({isco}) in hetzelfde vakgebied als een beroep waar {municipality} vooral mensen voor zoekt: {listed}.',
  'unit.pinned.municipality': 'Een medewerker heeft {municipality} gekozen voor dit huishouden.',
  'unit.linked_merged.municipality': 'Het huishouden verhuist samen met familie, die ook aan deze gemeente wordt voorgesteld.',
  // --- einde H3 ---
  // --- issue 16: e-mails (mail-codes.ts) ---
  'mail.notice.subject.municipality': "{count, plural, one {Er is een nieuw bericht voor uw gemeente} other {Er zijn # nieuwe berichten voor uw gemeente}}",
  'mail.notice.body.municipality': "{count, plural, one {Er staat een nieuw bericht voor uw gemeente in de app die nieuwkomers en gemeenten bij elkaar brengt.} other {Er staan # nieuwe berichten voor uw gemeente in de app die nieuwkomers en gemeenten bij elkaar brengt.}}",
  'mail.notice.readHere.municipality': "{count, plural, one {Log in om het bericht te lezen:} other {Log in om de berichten te lezen:}}",
  'mail.notice.why.municipality': "Wat er in een bericht staat, leest u alleen in de app. U krijgt deze e-mail omdat e-mail aan staat voor uw account. Wilt u geen e-mail meer? Zet het uit bij Berichten in de app.",
  'mail.reset.subject.municipality': "Een nieuw wachtwoord voor de app die nieuwkomers en gemeenten bij elkaar brengt",
  'mail.reset.body.municipality': "U hebt gevraagd om een nieuw wachtwoord. De link hieronder werkt één keer, en {minutes, plural, one {# minuut} other {# minuten}} lang.",
  'mail.reset.readHere.municipality': "Kies hier een nieuw wachtwoord:",
  'mail.reset.notYou.municipality': "Hebt u dit niet gevraagd? Doe dan niets. Uw wachtwoord blijft hetzelfde.",
};
