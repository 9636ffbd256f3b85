/** Municipality texts (uk): keys `<code>.municipality` (readers.ts), third person: what the household brings and needs. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

/** A need in the genitive, after "потребує" (the household needs …): said in full, no label after a colon. */
const needGen = '{need, select, hospital {лікарні} mental_health {психологічної допомоги} chronic_care {догляду при тривалій хворобі} wheelchair {житла для інвалідного візка} ground_floor {житла без сходів} other {особливої допомоги}}';
const checked = '{status, select, verified { Працівник служби це перевірив.} other { Про це повідомила сама сімʼя; працівник служби ще не перевірив це.}}';

export const municipalityUk: Catalogue = {
  // ── issue 11, part H2 (proposals): the response deadline ──
  'proposal.respond_by.municipality': 'Не пізніше {respondBy, date, long} дайте відповідь на цю пропозицію. Домогосподарство має той самий строк.',
  // --- H3 (issue 11): why a household was proposed, for the municipality (matching/scoring/supporting.ts) ---
  'labour.shortage_exact.municipality': 'Один із членів сімʼї має професію, якої бракує в {municipality}: {isco}.',
  'labour.shortage_group.municipality': 'Один із членів сімʼї має професію з групи, де в {municipality} бракує працівників: {isco}.',
  'labour.shortage_minor_group.municipality': 'Один із членів сімʼї має професію ({isco}), близьку до професії, якої бракує в {municipality}: {listed}.',
  'labour.shortage_sub_major_group.municipality': 'Один із членів сімʼї має професію ({isco}) у тій самій галузі, що й професія, якої бракує в {municipality}: {listed}.',
  'labour.study_institution.municipality': 'Один із членів сімʼї хоче навчатися, і в {municipality} є {institution, select, mbo {професійна школа} hbo {університет прикладних наук} other {університет}}.',
  'labour.retrain_mbo.municipality': 'Один із членів сімʼї хоче здобути нову професію, і в {municipality} є професійна школа.',
  'labour.open_employers.municipality': 'Сімʼя шукає роботу, і в {municipality} {count, plural, one {# роботодавець хоче} few {# роботодавці хочуть} many {# роботодавців хочуть} other {# роботодавця хочуть}} наймати новоприбулих.',
  'setting.fit.municipality': 'Сімʼя хотіла б жити {preferred, select, urban {у місті} suburban {у невеликому місті} other {у селі}}, а {municipality} — це {urbanisation, select, 1 {велике місто} 2 {місто} 3 {містечко} 4 {невелике містечко} other {сільська місцевість}}.',
  'network.family_here.municipality': `Сімʼя має родичів у {municipality}.${checked}`,
  'network.community_tie_here.municipality': 'Сімʼя знає людей із громади в {municipality}.',
  'network.community_language.municipality': 'У {municipality} є громада, що говорить мовою сімʼї ({language}).',
  'network.self_organisations.municipality': 'У {municipality} {count, plural, one {є # організація новоприбулих, яка може} few {є # організації новоприбулих, які можуть} many {є # організацій новоприбулих, які можуть} other {є # організації новоприбулих, які можуть}} допомогти сімʼї облаштуватися.',
  'network.buddy_schemes.municipality': 'У {municipality} {count, plural, one {є # програма наставництва, яка може} few {є # програми наставництва, які можуть} many {є # програм наставництва, які можуть} other {є # програми наставництва, які можуть}} підтримати сімʼю.',
  'services.care_available.municipality': `Сімʼя потребує поблизу ${needGen}. У {municipality} це є.`,
  'services.accessible_homes.municipality': `Сімʼя потребує ${needGen}. У {municipality} є таке житло.`,
  'services.primary_school.municipality': 'У сімʼї {children, plural, one {# дитина} few {# дитини} many {# дітей} other {# дитини}} віком від 4 до 11 років, і в {municipality} є початкові школи.',
  'services.secondary_school.municipality': 'У сімʼї {children, plural, one {# дитина} few {# дитини} many {# дітей} other {# дитини}} віком від 12 до 17 років, і в {municipality} є середні школи.',
  'services.language_courses.municipality': '{adults, plural, one {# дорослий у сімʼї ще вивчає} few {# дорослі в сімʼї ще вивчають} many {# дорослих у сімʼї ще вивчають} other {# дорослого в сімʼї ще вивчають}} нідерландську мову, і в {municipality} є курси нідерландської мови.',
  'ties.distance.municipality': `{kind, select, study_place {Один із членів сімʼї має місце навчання} other {Один із членів сімʼї має роботу}} {km, plural, =0 {у {municipality}} other {за {km, number} км від {municipality}}}.${checked}`,
  'priorities.wanted_exact.municipality': 'Один із членів сімʼї має професію, яку {municipality} особливо шукає: {isco}.',
  'priorities.wanted_group.municipality': 'Один із членів сімʼї має професію з групи, яку {municipality} особливо шукає: {isco}.',
  'priorities.wanted_minor_group.municipality': 'Один із членів сімʼї має професію ({isco}), близьку до тієї, яку {municipality} особливо шукає: {listed}.',
  'priorities.wanted_sub_major_group.municipality': 'Один із членів сімʼї має професію ({isco}) у тій самій галузі, що й та, яку {municipality} особливо шукає: {listed}.',
  'unit.pinned.municipality': 'Працівник служби обрав {municipality} для цієї сімʼї.',
  'unit.linked_merged.municipality': 'Сімʼя переїжджає разом із родичами, яких теж пропонують цьому муніципалітету.',
  // --- end H3 ---
  // --- issue 16: e-mails (mail-codes.ts) ---
  'mail.notice.subject.municipality': "{count, plural, one {Для вашого муніципалітету є # нове повідомлення} few {Для вашого муніципалітету є # нові повідомлення} many {Для вашого муніципалітету є # нових повідомлень} other {Для вашого муніципалітету є # нового повідомлення}}",
  'mail.notice.body.municipality': "{count, plural, one {У застосунку, що поєднує новоприбулих і муніципалітети, для вашого муніципалітету є # нове повідомлення.} few {У застосунку, що поєднує новоприбулих і муніципалітети, для вашого муніципалітету є # нові повідомлення.} many {У застосунку, що поєднує новоприбулих і муніципалітети, для вашого муніципалітету є # нових повідомлень.} other {У застосунку, що поєднує новоприбулих і муніципалітети, для вашого муніципалітету є # нового повідомлення.}}",
  'mail.notice.readHere.municipality': "{count, plural, one {Увійдіть, щоб прочитати повідомлення:} few {Увійдіть, щоб прочитати повідомлення:} many {Увійдіть, щоб прочитати повідомлення:} other {Увійдіть, щоб прочитати повідомлення:}}",
  'mail.notice.why.municipality': "Що написано в повідомленні, ви прочитаєте тільки в застосунку. Ви отримуєте цей лист, бо для вашого облікового запису увімкнено електронну пошту. Не хочете більше листів? Вимкніть їх у розділі «Повідомлення» в застосунку.",
  'mail.reset.subject.municipality': "Новий пароль для застосунку, що поєднує новоприбулих і муніципалітети",
  'mail.reset.body.municipality': "Ви попросили новий пароль. Посилання нижче працює один раз, {minutes, plural, one {# хвилину} few {# хвилини} many {# хвилин} other {# хвилини}}.",
  'mail.reset.readHere.municipality': "Виберіть новий пароль тут:",
  'mail.reset.notYou.municipality': "Ви цього не просили? Тоді нічого не робіть. Ваш пароль не зміниться.",
};
