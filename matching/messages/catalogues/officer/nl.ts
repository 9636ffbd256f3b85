/** Teksten voor de medewerker (nl): sleutels `<code>.officer` (readers.ts), over het huishouden in de derde persoon, met cijfers. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

// Issue 11, beoordeling van een run door de medewerker (H1): scoringsredenen, filters, notities, oordelen en uitkomsten.
// Passendheid op de schaal 0–1; de plaatsingswaarde is de term van het huishouden in de doelfunctie (plaatsingswaarde,
// voorrang, stabiliteitsbonus en passendheid), apart getoond en zo genoemd.
const fit = (p: string) => `{${p}Known, select, yes {{${p}, number, ::.00}} other {niet vastgelegd}}`;
const value = (p: string) => `{${p}, number, ::.000}`;
/** The fit at the outcome, left out when there is none (not placed). */
const atOutcome = '{outcomeFitKnown, select, yes {, bij de uitkomst {outcomeFit, number, ::.00}} other {}}';
const kind = '{kind, select, family {familie} community {gemeenschap} job_contract {werk} study_place {studieplaats} other {beste match}}';
const tieKind = '{kind, select, job_contract {arbeidscontract} study_place {studieplaats} family {familie in de eerste graad (dichtbij wonen)} other {band}}';
/** A verified tie with its article-free adjective right: "gecontroleerd arbeidscontract", "gecontroleerde studieplaats". */
const verifiedTie = '{kind, select, job_contract {gecontroleerd arbeidscontract} study_place {gecontroleerde studieplaats} family {gecontroleerde familie in de eerste graad (dichtbij wonen)} other {gecontroleerde band}}';
const status = '{status, select, declared {opgegeven door het huishouden, niet gecontroleerd} other {gecontroleerd door een medewerker}}';
// issue 11, HB: fits of linked households are the unit's mean; a higher fit outweighed by the stability bonus
const linkedMean = '{linked, plural, =1 {} other { (gemiddelden over de # gekoppelde huishoudens die samen worden geplaatst)}}';
const higherFit = '{fitHigher, select, yes { De passendheid is daar hoger: de stabiliteitsbonus voor het behouden van de plaatsing uit de ankerrun woog bij de uitkomst zwaarder.} other {}}';
const fitting = 'in deze ronde bij het huishouden passen (de behoeften, het bereik van de harde banden, en een woning van de juiste grootte en genoeg plaatsen vrij in de capaciteit van de ronde voor deze periode)';
const fittingOne = 'in deze ronde bij het huishouden past (de behoeften, het bereik van de harde banden, en een woning van de juiste grootte en genoeg plaatsen vrij in de capaciteit van de ronde voor deze periode)';
/** The same conditions in a main clause: "… passen in deze ronde bij het huishouden (…)". */
const why = '(de behoeften, het bereik van de harde banden, en een woning van de juiste grootte en genoeg plaatsen vrij in de capaciteit van de ronde voor deze periode)';

export const officerNl: Catalogue = {
  // arbeidsmarkt
  'labour.shortage_exact.officer': 'Lid {member}: {municipality} noemt het beroep als tekortberoep: {isco}.',
  'labour.shortage_group.officer': 'Lid {member}: {municipality} noemt de tekortgroep {listed}, waar het beroep {isco} bij hoort.',
  'labour.shortage_minor_group.officer': 'Lid {member}: {municipality} noemt het tekortberoep {listed}, in dezelfde beroepsgroep als {isco} (gedeeltelijke score).',
  'labour.shortage_sub_major_group.officer': 'Lid {member}: {municipality} noemt het tekortberoep {listed}, in hetzelfde vakgebied als {isco} (kleine score).',
  'labour.study_institution.officer': 'Lid {member} wil studeren; {municipality} heeft {institution}.',
  'labour.retrain_mbo.officer': 'Lid {member} wil omscholen; {municipality} heeft een mbo-school.',
  'labour.open_employers.officer': 'Lid {member} zoekt werk; {municipality} heeft {count, plural, one {# werkgever} other {# werkgevers}} die nieuwkomers willen aannemen.',
  'labour.no_match.officer': 'Lid {member}: niets op de arbeidsmarkt van {municipality} past bij het beroep of de plannen.',
  'setting.fit.officer': 'Gewenste woonomgeving: {preferred}. {municipality} is {urbanisation, select, 1 {een grote stad} 2 {een stad} 3 {een kleinere stad} 4 {een dorp of kleine stad} other {een gebied met dorpen}} (stedelijkheidsklasse {urbanisation} van het CBS).',
  // netwerken
  'network.family_here.officer': `Het huishouden heeft familie in {municipality} (${status}).`,
  'network.community_tie_here.officer': 'Het huishouden noemde een gemeenschap in {municipality}.',
  'network.community_language.officer': 'In {municipality} woont een gemeenschap die {language} spreekt.',
  'network.self_organisations.officer': '{municipality} heeft {count, plural, one {# zelforganisatie} other {# zelforganisaties}} van nieuwkomers.',
  'network.buddy_schemes.officer': '{municipality} heeft {count, plural, one {# buddyproject} other {# buddyprojecten}}.',
  'network.none.officer': 'Geen familie of gemeenschap van het huishouden gevonden in {municipality}.',
  // voorzieningen
  'services.care_available.officer': '{municipality} biedt de zorg die het huishouden nodig heeft: {need}.',
  'services.care_unavailable.officer': '{municipality} biedt niet de zorg die het huishouden nodig heeft: {need} (alleen mogelijk bij vastzetten).',
  'services.accessible_homes.officer': '{municipality} heeft woningen voor deze behoefte: {need}.',
  'services.no_accessible_homes.officer': '{municipality} heeft geen woningen voor deze behoefte: {need} (alleen mogelijk bij vastzetten).',
  'services.primary_school.officer': '{municipality} heeft basisscholen voor {children, plural, one {het kind} other {de # kinderen}} van 4 tot 11 jaar.',
  'services.no_primary_school.officer': '{municipality} heeft geen basisschool voor {children, plural, one {het kind} other {de # kinderen}} van 4 tot 11 jaar.',
  'services.secondary_school.officer': '{municipality} heeft middelbare scholen voor {children, plural, one {het kind} other {de # kinderen}} van 12 tot 17 jaar.',
  'services.no_secondary_school.officer': '{municipality} heeft geen middelbare school voor {children, plural, one {het kind} other {de # kinderen}} van 12 tot 17 jaar.',
  'services.language_courses.officer': '{municipality} heeft Nederlandse lessen voor {adults, plural, one {de volwassene} other {de # volwassenen}} onder B1 in het Nederlands.',
  'services.no_language_courses.officer': '{municipality} heeft geen Nederlandse lessen voor {adults, plural, one {de volwassene} other {de # volwassenen}} onder B1 in het Nederlands.',
  // banden
  'ties.distance.officer': `{municipality} ligt {km, number} km van de plaats van {kind} van het huishouden (${status}).`,
  'ties.unknown_location.officer': `De afstand van {municipality} tot de plaats van {kind} van het huishouden is onbekend: die plaats is geen van de gemeenten (${status}).`,
  // prioriteiten van de gemeente
  'priorities.wanted_exact.officer': 'Lid {member}: {municipality} wil vooral mensen met dit beroep: {isco}.',
  'priorities.wanted_group.officer': 'Lid {member}: {municipality} wil vooral de groep {listed}, waar het beroep {isco} bij hoort.',
  'priorities.wanted_minor_group.officer': 'Lid {member}: {municipality} wil vooral {listed}, in dezelfde beroepsgroep als {isco} (gedeeltelijke score).',
  'priorities.wanted_sub_major_group.officer': 'Lid {member}: {municipality} wil vooral {listed}, in hetzelfde vakgebied als {isco} (kleine score).',
  'priorities.none_matched.officer': 'Geen beroep van een lid past bij wat {municipality} vooral zoekt.',
  'score.no_applicable_criteria.officer': 'Geen criterium telt mee met een gewicht boven 0 in {municipality}; de passendheid daar is 0.',
  // harde voorwaarden
  'filter.care_unavailable.officer': 'Uitgesloten: {municipality} biedt niet de zorg die een huishouden van de eenheid nodig heeft: {need}.',
  'filter.accessibility_unavailable.officer': 'Uitgesloten: {municipality} heeft geen woningen voor een behoefte van een huishouden van de eenheid: {need}.',
  'filter.capacity_insufficient.officer': 'Uitgesloten: in deze ronde heeft {municipality} voor deze periode {capacity, number} {resource} vrij, en het huishouden heeft er {needed, number} nodig.',
  'filter.forbidden_pair.officer': 'Uitgesloten: een medewerker heeft {municipality} in deze ronde voor dit huishouden verboden.',
  'filter.outside_tie_reach.officer': `Uitgesloten: {municipality} ligt {km, number} km van het gecontroleerde ${tieKind} in {tiePlace}, verder dan het bereik van {reachKm, number} km.`,
  'filter.tie_place_unknown.officer': `Uitgesloten: het gecontroleerde ${tieKind} ligt in {tiePlace}, dat niet bij de gemeenten van deze ronde hoort. Er is dus geen gemeente bekend binnen bereik.`,
  // notities bij een huishouden
  'unit.linked_merged.officer': 'Gekoppelde huishoudens worden samen als één eenheid geplaatst.',
  'unit.pinned.officer': 'Door een medewerker vastgezet op {municipality}.',
  'unit.pin_conflict.officer': 'Gekoppelde huishoudens zijn vastgezet op verschillende gemeenten: {municipalities}. De eerste vastzetting geldt.',
  'unit.pin_overrides_filter.officer': 'De vastzetting op {municipality} gaat voor een harde voorwaarde die de gemeente anders zou uitsluiten.',
  'unit.pin_unknown_municipality.officer': 'Vastgezet op {municipality}, dat niet bij de gemeenten van deze ronde hoort.',
  // uitkomst en oordelen
  'explain.placed.officer': `{fits, select, true {{pinned, select, null {Geplaatst in {municipality}: nummer {rank} op plaatsingswaarde {fittingKnown, select, yes {van de {fitting, plural, one {# gemeente die ${fittingOne}} other {# gemeenten die ${fitting}}}; de solver vergeleek de beste {options, number} daarvan.} other {van de {options, plural, one {# plaats} other {# plaatsen}} die de solver vergeleek.}}} other {Geplaatst in {municipality} door een vastzetting van een medewerker: de solver vergeleek alleen die plaats.{fittingKnown, select, yes { Op plaatsingswaarde is het nummer {rank} van de {fitting, plural, one {# gemeente die ${fittingOne}} other {# gemeenten die ${fitting}}}.} other {}}}}} other {Geplaatst in {municipality} door een vastzetting van een medewerker, hoewel de gemeente niet bij het huishouden past (een filter is opzijgezet).}} Passendheid ${fit('fit')} op de schaal 0 tot 1{linked, plural, =1 {} other { (het gemiddelde over de # gekoppelde huishoudens die samen zijn geplaatst; dit huishouden alleen ${fit('ownFit')})}}; plaatsingswaarde ${value('value')}.`,
  'explain.unplaced.officer': `Niet geplaatst in deze ronde. {fittingKnown, select, yes {{fitting, plural, =0 {Geen gemeente past in deze ronde bij het huishouden ${why}.} one {# gemeente past in deze ronde bij het huishouden ${why}; de alternatieven zeggen waarom die het huishouden niet nam.} other {# gemeenten passen in deze ronde bij het huishouden ${why}; de alternatieven zeggen waarom geen ervan het huishouden nam.}}} other {De solver vergeleek {options, plural, one {# plaats} other {# plaatsen}}.}}`,
  'explain.alt_capacity.officer': `{municipality}: geen {resource} meer vrij voor dit huishouden in deze ronde ({used, number} van {capacity, number} bezet, het huishouden heeft er {needed, number} nodig). {priceExceedsGain, select, true {Daar plaats maken kost andere huishoudens meer dan dit huishouden wint.} other {Het huishouden daar plaatsen wint meer dan de prijs van de capaciteit: de uitkomst is misschien niet optimaal.}} Passendheid daar ${fit('fit')}${atOutcome}${linkedMean}; netto plaatsingswaarde daar ${value('netValueThere')}, bij de uitkomst ${value('netValueOutcome')}.`,
  'explain.alt_room_available.officer': `{municipality} had een hogere plaatsingswaarde en nog plaats: de uitkomst is misschien niet optimaal. Passendheid daar ${fit('fit')}${atOutcome}${linkedMean}; netto plaatsingswaarde daar ${value('netValueThere')}, bij de uitkomst ${value('netValueOutcome')}.`,
  'explain.alt_not_higher.officer': `{municipality}: plaatsingswaarde ${value('value')}, niet hoger dan die van de uitkomst (${value('outcomeValue')}). Passendheid daar ${fit('fit')}${atOutcome}${linkedMean}.${higherFit}`,
  'explain.alt_pinned_elsewhere.officer': '{municipality}: niet mogelijk, het huishouden is vastgezet op {pinned}.',
  'explain.preferred_chosen.officer': `Voorkeursplaats {municipality} (${kind}): gekozen.`,
  'explain.preferred_filtered.officer': `Voorkeursplaats {municipality} (${kind}): uitgesloten door een harde voorwaarde (zie de filterredenen).`,
  'explain.preferred_not_option.officer': `Voorkeursplaats {municipality} (${kind}): de gemeente past, maar {pinned, select, null {hoorde niet bij de plaatsen die de solver vergeleek (alleen de beste op plaatsingswaarde blijven over).} other {het huishouden is vastgezet op {pinned}.}}`,
  'explain.preferred_unknown_municipality.officer': `Voorkeursplaats {municipality} (${kind}): hoort niet bij de gemeenten van deze ronde.`,
  'explain.preferred_within_reach.officer': `Voorkeursplaats {municipality} (${verifiedTie}): niet gekozen, maar de uitkomst ligt binnen {reachKm, number} km daarvan, met een plaatsingswaarde van ${value('outcomeValue')} tegen ${value('value')} daar. Passendheid daar ${fit('fit')}${atOutcome}${linkedMean}.${higherFit}`,
  // Fairnessrapport (issue 11, H5): wiens kenmerken zijn geteld, en de regel voor markeringen.
  'fairness.counted.main_applicant.officer':
    'Geslacht en leeftijd zijn die van de hoofdaanvrager van elk huishouden: het lid dat als aanvrager is ingeschreven, of de eerste volwassene als niemand dat is. '
    + 'Elk huishouden telt één keer mee in elke uitsplitsing. Bij de grootte tellen alle leden mee. De herkomstregio is die van het huishouden.',
  'fairness.counted.first_member.officer':
    'Dit rapport is gemaakt vóór een correctie. Geslacht en leeftijd zijn die van het lid dat als eerste is ingeschreven; dat kan een kind zijn. '
    + 'Elke leeftijd onder 25 is geteld als 18 tot 24. Voer de ronde opnieuw uit voor een gecorrigeerd rapport.',
  'fairness.group.officer':
    '{stated, select, no {Niet opgegeven} other {{dimension, select, gender {{group, select, female {Vrouwen} male {Mannen} other {Gender X}}} '
    + 'sizeBand {{group, select, homes_1_2 {Met een woning nodig voor 1 of 2 personen} homes_3_4 {Met een woning nodig voor 3 of 4 personen} other {Met een woning nodig voor 5 of meer personen}}} '
    + 'ageBand {{group} jaar} other {{group}}}}}',
  'fairness.suppressed.officer':
    '{dimension, select, gender {Naar geslacht} sizeBand {Naar grootte van het huishouden} ageBand {Naar leeftijd} other {Naar herkomstregio}} '
    + '{hiddenHouseholds, plural, one {wordt # huishouden} other {worden # huishoudens}} niet getoond: ze vallen in groepen van minder dan {threshold} huishoudens, '
    + 'of in de kleinste andere groep, die ook verborgen is zodat een kleine groep niet uit de totalen is terug te rekenen. Zo is niemand te herkennen.',
  'fairness.rule.officer':
    'Een groep krijgt een markering als die minstens {minGroupSize, plural, one {# huishouden} other {# huishoudens}} telt en het plaatsingspercentage, '
    + 'de gemiddelde passendheid of het aandeel in de gewenste woonomgeving meer dan {points, plural, one {# procentpunt} other {# procentpunten}} lager is dan in de hele ronde.',
  // --- issue 16: e-mails (mail-codes.ts) ---
  'mail.notice.subject.officer': "{count, plural, one {Er is een nieuw bericht voor u} other {Er zijn # nieuwe berichten voor u}}",
  'mail.notice.body.officer': "{count, plural, one {Er staat een nieuw bericht voor u in de plaatsingsapp: over een voorstel dat uw aandacht vraagt.} other {Er staan # nieuwe berichten voor u in de plaatsingsapp: over voorstellen die uw aandacht vragen.}}",
  'mail.notice.readHere.officer': "{count, plural, one {Log in om het bericht te lezen:} other {Log in om de berichten te lezen:}}",
  'mail.notice.why.officer': "Wat er in een bericht staat, leest u alleen in de app. U krijgt deze e-mail omdat e-mail aan staat voor uw account. Zet het uit bij Berichten in de app.",
};
