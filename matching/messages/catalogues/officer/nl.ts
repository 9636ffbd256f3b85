/** Officer texts (nl): keys `<code>.officer` (readers.ts), about the household in the third person, with figures. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

export const officerNl: Catalogue = {
  // Fairnessrapport (issue 11, H5): wiens kenmerken zijn geteld, en de regel voor markeringen.
  'fairness.counted.main_applicant.officer':
    'Geslacht en leeftijd zijn die van de hoofdaanvrager van elk huishouden: het lid dat als aanvrager is ingeschreven, of de eerste volwassene als niemand dat is. '
    + 'Elk huishouden telt één keer mee in elke uitsplitsing. Bij de grootte tellen alle leden mee. De herkomstregio is die van het huishouden.',
  'fairness.counted.first_member.officer':
    'Dit rapport is gemaakt vóór een correctie. Geslacht en leeftijd zijn die van het lid dat als eerste is ingeschreven; dat kan een kind zijn. '
    + 'Elke leeftijd onder 25 is geteld als 18 tot 24. Voer de ronde opnieuw uit voor een gecorrigeerd rapport.',
  'fairness.rule.officer':
    'Een groep krijgt een markering als die minstens {minGroupSize, plural, one {# huishouden} other {# huishoudens}} telt en het plaatsingspercentage, '
    + 'de gemiddelde passendheid of het aandeel in de gewenste woonomgeving meer dan {points, plural, one {# procentpunt} other {# procentpunten}} lager is dan in de hele ronde.',
};
