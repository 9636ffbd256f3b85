/** Municipality texts (ar): keys `<code>.municipality` (readers.ts), third person: what the household brings and needs. ICU MessageFormat. */
import type { Catalogue } from '../types.js';

const checked = '{status, select, verified { تحقق موظف مختص من ذلك.} other { الأسرة هي التي قالت ذلك، ولم يتحقق منه موظف مختص بعد.}}';

export const municipalityAr: Catalogue = {
  // ── issue 11, part H2 (proposals): the response deadline ──
  'proposal.respond_by.municipality': 'يرجى الرد على هذا الاقتراح في موعد أقصاه {respondBy, date, long}. لدى الأسرة الموعد النهائي نفسه.',
  // --- H3 (issue 11): why a household was proposed, for the municipality (matching/scoring/supporting.ts) ---
  'labour.shortage_exact.municipality': 'لدى أحد أفراد الأسرة مهنة فيها نقص في العمال في {municipality}: {isco}.',
  'labour.shortage_group.municipality': 'لدى أحد أفراد الأسرة مهنة من مجموعة مهن فيها نقص في العمال في {municipality}: {isco}.',
  'labour.shortage_minor_group.municipality': 'لدى أحد أفراد الأسرة مهنة ({isco}) قريبة من مهنة فيها نقص في العمال في {municipality}: {listed}.',
  'labour.shortage_sub_major_group.municipality': 'لدى أحد أفراد الأسرة مهنة ({isco}) في نفس مجال مهنة فيها نقص في العمال في {municipality}: {listed}.',
  'labour.study_institution.municipality': 'أحد أفراد الأسرة يريد أن يدرس، وفي {municipality} {institution, select, mbo {مدرسة للتعليم المهني} hbo {جامعة للعلوم التطبيقية} other {جامعة}}.',
  'labour.retrain_mbo.municipality': 'أحد أفراد الأسرة يريد أن يتعلم مهنة جديدة، وفي {municipality} مدرسة للتعليم المهني.',
  'labour.open_employers.municipality': 'الأسرة تبحث عن عمل. عدد أصحاب العمل في {municipality} الذين يريدون توظيف القادمين الجدد: {count, number}.',
  'setting.fit.municipality': 'تفضل الأسرة العيش في {preferred, select, urban {مدينة} suburban {بلدة} other {الريف}}، و{municipality} {urbanisation, select, 1 {مدينة كبيرة} 2 {مدينة} 3 {بلدة} 4 {بلدة صغيرة} other {منطقة قرى}}.',
  'network.family_here.municipality': `للأسرة أقارب في {municipality}.${checked}`,
  'network.community_tie_here.municipality': 'تعرف الأسرة أشخاصًا من جالية في {municipality}.',
  'network.community_language.municipality': 'في {municipality} جالية تتحدث لغة من لغات الأسرة: {language}.',
  'network.self_organisations.municipality': 'في {municipality} {count, plural, zero {لا توجد منظمات} one {منظمة واحدة} two {منظمتان} few {# منظمات} many {# منظمة} other {# منظمة}} يديرها قادمون جدد، ويمكنها مساعدة الأسرة على الاستقرار.',
  'network.buddy_schemes.municipality': 'في {municipality} {count, plural, zero {لا توجد برامج مرافقة يمكنها دعم الأسرة} one {برنامج مرافقة واحد يمكنه دعم الأسرة} two {برنامجا مرافقة يمكنهما دعم الأسرة} few {# برامج مرافقة يمكنها دعم الأسرة} many {# برنامج مرافقة يمكنه دعم الأسرة} other {# برنامج مرافقة يمكنه دعم الأسرة}}.',
  'services.care_available.municipality': 'تحتاج الأسرة إلى {need} بالقرب منها، وهذا متوفر في {municipality}.',
  'services.accessible_homes.municipality': 'تحتاج الأسرة إلى {need}، وفي {municipality} مساكن من هذا النوع.',
  'services.primary_school.municipality': 'في الأسرة {children, plural, zero {لا أطفال} one {طفل واحد} two {طفلان} few {# أطفال} many {# طفلًا} other {# طفل}} في سن المدرسة الابتدائية (من 4 إلى 11 سنة)، وفي {municipality} مدارس ابتدائية.',
  'services.secondary_school.municipality': 'في الأسرة {children, plural, zero {لا أطفال} one {طفل واحد} two {طفلان} few {# أطفال} many {# طفلًا} other {# طفل}} في سن المدرسة الثانوية (من 12 إلى 17 سنة)، وفي {municipality} مدارس ثانوية.',
  'services.language_courses.municipality': 'في الأسرة {adults, plural, zero {لا بالغين يتعلمون} one {شخص بالغ واحد ما زال يتعلم} two {شخصان بالغان ما زالا يتعلمان} few {# أشخاص بالغين ما زالوا يتعلمون} many {# شخصًا بالغًا ما زالوا يتعلمون} other {# شخص بالغ ما زالوا يتعلمون}} اللغة الهولندية، وفي {municipality} دروس في اللغة الهولندية.',
  'ties.distance.municipality': `{kind, select, study_place {لدى أحد أفراد الأسرة مكان دراسة} other {لدى أحد أفراد الأسرة عمل}} {km, plural, =0 {في {municipality}} other {على بعد {km, number} كم من {municipality}}}.${checked}`,
  'priorities.wanted_exact.municipality': 'لدى أحد أفراد الأسرة مهنة تريدها {municipality} بشكل خاص: {isco}.',
  'priorities.wanted_group.municipality': 'لدى أحد أفراد الأسرة مهنة من مجموعة مهن تريدها {municipality} بشكل خاص: {isco}.',
  'priorities.wanted_minor_group.municipality': 'لدى أحد أفراد الأسرة مهنة ({isco}) قريبة من مهنة تريدها {municipality} بشكل خاص: {listed}.',
  'priorities.wanted_sub_major_group.municipality': 'لدى أحد أفراد الأسرة مهنة ({isco}) في نفس مجال مهنة تريدها {municipality} بشكل خاص: {listed}.',
  'unit.pinned.municipality': 'اختار موظف مختص {municipality} لهذه الأسرة.',
  'unit.linked_merged.municipality': 'تنتقل الأسرة مع أقارب لها، وهم مقترحون للبلدية نفسها أيضًا.',
  // --- end H3 ---
  // --- issue 16: e-mails (mail-codes.ts) ---
  'mail.notice.subject.municipality': "{count, plural, zero {لا توجد رسائل جديدة لبلديتكم} one {توجد رسالة جديدة لبلديتكم} two {توجد رسالتان جديدتان لبلديتكم} few {توجد # رسائل جديدة لبلديتكم} many {توجد # رسالة جديدة لبلديتكم} other {توجد # رسالة جديدة لبلديتكم}}",
  'mail.notice.body.municipality': "{count, plural, zero {لا توجد رسائل جديدة لبلديتكم في التطبيق الذي يجمع بين القادمين الجدد والبلديات.} one {توجد رسالة جديدة لبلديتكم في التطبيق الذي يجمع بين القادمين الجدد والبلديات.} two {توجد رسالتان جديدتان لبلديتكم في التطبيق الذي يجمع بين القادمين الجدد والبلديات.} few {توجد # رسائل جديدة لبلديتكم في التطبيق الذي يجمع بين القادمين الجدد والبلديات.} many {توجد # رسالة جديدة لبلديتكم في التطبيق الذي يجمع بين القادمين الجدد والبلديات.} other {توجد # رسالة جديدة لبلديتكم في التطبيق الذي يجمع بين القادمين الجدد والبلديات.}}",
  'mail.notice.readHere.municipality': "{count, plural, zero {سجّلوا الدخول لتقرؤوا الرسائل:} one {سجّلوا الدخول لتقرؤوا الرسالة:} two {سجّلوا الدخول لتقرؤوا الرسالتين:} few {سجّلوا الدخول لتقرؤوا الرسائل:} many {سجّلوا الدخول لتقرؤوا الرسائل:} other {سجّلوا الدخول لتقرؤوا الرسائل:}}",
  'mail.notice.why.municipality': "ما تقوله الرسالة تقرؤونه في التطبيق فقط. تصلكم هذه الرسالة لأن البريد الإلكتروني مفعّل في حسابكم. لا تريدون رسائل بالبريد الإلكتروني بعد الآن؟ أوقفوها في صفحة الرسائل في التطبيق.",
  'mail.reset.subject.municipality': "كلمة مرور جديدة لالتطبيق الذي يجمع بين القادمين الجدد والبلديات",
  'mail.reset.body.municipality': "طلبتم كلمة مرور جديدة. الرابط أدناه يعمل مرة واحدة، لمدة {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}.",
  'mail.reset.readHere.municipality': "اختاروا كلمة مرور جديدة هنا:",
  'mail.reset.notYou.municipality': "لم تطلبوا ذلك؟ لا تفعلوا شيئًا. تبقى كلمة المرور كما هي.",
};
