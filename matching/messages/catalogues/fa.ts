/** Persian. زبان ساده (B1): جمله‌های کوتاه، کلمه‌های روزمره، با کلمه‌های دری؛ ICU MessageFormat. Not yet reviewed by a native speaker. */
import type { Catalogue } from './types.js';

const yourTie = '{kind, select, job_contract {کار شما} study_place {محل تحصیل شما} family {خانواده شما} other {ارتباط شما با یک جا}}';
const YourTie = yourTie;
// issue 11, HB: why a place that fitted a little better was not chosen (the stability bonus kept an earlier placement)
const keptEarlier = 'اما در یک محاسبه قبلی در همین دور، شما همین جایی را که گرفتید از قبل داشتید. وقتی فرق کم باشد، چنین جایی را نگه می‌داریم.';
const tieKind = '{kind, select, job_contract {قرارداد کار بررسی‌شده} study_place {جای تحصیل بررسی‌شده} family {خانواده درجه اول بررسی‌شده (زندگی در نزدیکی آن)} other {ارتباط بررسی‌شده}}';
const hh = (n: string) => `{${n}, plural, one {# خانوار} other {# خانوار}}`;
const pref = '{kind, select, family {خانواده شما آنجا زندگی می‌کند} community {جامعه شما آنجاست} job_contract {نزدیک کار شما} study_place {نزدیک محل تحصیل شما} other {مناسب‌ترین جا برای شما}}';

// H4 (issue 11, waiting status): a mean per round is said in whole households; 0 means "fewer than one".
const lastRounds = (n: string) => `{${n}, plural, one {آخرین دور} other {# دور آخر}}`;

// why others went first: the verb agrees with the number (one household / more households)
const some = (one: string, many: string) =>
  `{hidden, select, yes {کمتر از {threshold} خانوار ${many}} other {{count, plural, one {# خانوار ${one}} other {# خانوار ${many}}}}}`;
const afterYou = (one: string, many: string) =>
  some(`که در صف انتظار بعد از شما بود، در شاروالی‌ای خانه گرفت که شما هم می‌توانستید در آن زندگی کنید.${one}`, `که در صف انتظار بعد از شما بودند، در شاروالی‌ای خانه گرفتند که شما هم می‌توانستید در آن زندگی کنید.${many}`);
const officerLater = (reason: string) =>
  some(`با {band}، که در صف انتظار بعد از این خانوار بود، در جایی جای داده شد که برای این خانوار هم قابل قبول بود: ${reason}`, `با {band}، که در صف انتظار بعد از این خانوار بودند، در جایی جای داده شدند که برای این خانوار هم قابل قبول بود: ${reason}`);
const lastRound = 'در دور قبلی، در مجموع همه شاروالی‌ها،';

export const fa: Catalogue = {
  // labour market
  'labour.shortage_exact': 'شاروالی {municipality} به کسانی نیاز دارد که شغل شما را دارند: {isco}.',
  'labour.shortage_group': 'شاروالی {municipality} به کسانی در یک گروه از شغل‌ها نیاز دارد که شغل شما هم جزو آن است: {isco}.',
  'labour.shortage_minor_group': 'شاروالی {municipality} به کسانی با شغلی نزدیک به شغل شما نیاز دارد: {listed}.',
  'labour.shortage_sub_major_group': 'شاروالی {municipality} به کسانی با شغلی در همان رشته کاری شما نیاز دارد: {listed}.',
  'labour.study_institution': 'در {municipality} می‌توانید در {institution} تحصیل کنید.',
  'labour.retrain_mbo': 'در {municipality} می‌توانید در یک مکتب MBO (آموزش مسلکی) یک شغل جدید یاد بگیرید.',
  'labour.open_employers': 'در {municipality} {count, plural, one {# کارفرما می‌خواهد تازه‌واردان را به کار بگیرد} other {# کارفرما می‌خواهند تازه‌واردان را به کار بگیرند}}.',
  'labour.no_match': 'در {municipality} کار یا تحصیلی پیدا نکردیم که برای شخص {member} از خانوار شما مناسب باشد.',
  'setting.fit': 'شما می‌خواهید در {preferred} زندگی کنید. {municipality} {urbanisation, select, 1 {یک شهر بزرگ} 2 {یک شهر} 3 {یک شهر کوچک‌تر} 4 {یک قریه یا شهر کوچک} other {منطقه‌ای با چند قریه}} است.',
  // networks
  'network.family_here': 'شما در {municipality} خانواده دارید.{status, select, declared { این را خودتان به ما گفتید. یک کارمند هنوز آن را بررسی نکرده است.} other {}}',
  'network.community_tie_here': 'شما در {municipality} کسانی را از یک جامعه می‌شناسید.',
  'network.community_language': 'در {municipality} جامعه‌ای زندگی می‌کند که به {language} صحبت می‌کند.',
  'network.self_organisations': 'در {municipality} {count, plural, one {# موسسه هست که تازه‌واردان آن را اداره می‌کنند} other {# موسسه هست که تازه‌واردان آن‌ها را اداره می‌کنند}}.',
  'network.buddy_schemes': 'در {municipality} {count, plural, one {# برنامه همراه} other {# برنامه همراه}} وجود دارد. همراه کسی از همان محل است که به شما کمک می‌کند.',
  'network.none': 'در {municipality} هیچ خانواده یا جامعه‌ای از شما پیدا نکردیم.',
  // services
  'services.care_available': 'در {municipality} مراقبتی که به آن نیاز دارید وجود دارد: {need}.',
  'services.care_unavailable': 'در {municipality} مراقبتی که به آن نیاز دارید وجود ندارد: {need}.',
  'services.accessible_homes': 'در {municipality} خانه‌هایی هست که برای نیاز شما مناسب است: {need}.',
  'services.no_accessible_homes': 'در {municipality} هیچ خانه‌ای نیست که برای نیاز شما مناسب باشد: {need}.',
  'services.primary_school': 'در {municipality} مکتب ابتدایی برای {children, plural, one {فرزند} other {# فرزند}} 4 تا 11 ساله شما هست.',
  'services.no_primary_school': 'در {municipality} هیچ مکتب ابتدایی برای {children, plural, one {فرزند} other {# فرزند}} 4 تا 11 ساله شما نیست.',
  'services.secondary_school': 'در {municipality} مکتب متوسطه برای {children, plural, one {فرزند} other {# فرزند}} 12 تا 17 ساله شما هست.',
  'services.no_secondary_school': 'در {municipality} هیچ مکتب متوسطه برای {children, plural, one {فرزند} other {# فرزند}} 12 تا 17 ساله شما نیست.',
  'services.language_courses': 'در {municipality} کورس زبان هالندی برای {adults, plural, one {فرد بزرگسال خانوار شما که هنوز هالندی یاد می‌گیرد} other {# فرد بزرگسال خانوار شما که هنوز هالندی یاد می‌گیرند}} وجود دارد.',
  'services.no_language_courses': 'در {municipality} هیچ کورس زبان هالندی برای {adults, plural, one {فرد بزرگسال خانوار شما که هنوز هالندی یاد می‌گیرد} other {# فرد بزرگسال خانوار شما که هنوز هالندی یاد می‌گیرند}} وجود ندارد.',
  // ties
  'ties.distance': 'فاصله {municipality} تا {kind} شما {km, number} کیلومتر است.{status, select, declared { این را خودتان به ما گفتید. یک کارمند هنوز آن را بررسی نکرده است. پس این یک خواسته است، نه یک قاعده.} other {}}',
  'ties.unknown_location': 'ما نمی‌دانیم فاصله {municipality} تا {kind} شما چقدر است.{status, select, declared { این را خودتان به ما گفتید. یک کارمند هنوز آن را بررسی نکرده است. پس این یک خواسته است، نه یک قاعده.} other {}}',
  // priorities
  'priorities.wanted_exact': 'شاروالی {municipality} مخصوصاً کسانی را می‌خواهد که شغل شما را دارند: {isco}.',
  'priorities.wanted_group': 'شاروالی {municipality} مخصوصاً کسانی را می‌خواهد که در یک گروه از شغل‌ها کار می‌کنند که شغل شما هم جزو آن است: {isco}.',
  'priorities.wanted_minor_group': 'شاروالی {municipality} مخصوصاً کسانی را می‌خواهد که شغلی نزدیک به شغل شما دارند: {listed}.',
  'priorities.wanted_sub_major_group': 'شاروالی {municipality} مخصوصاً کسانی را می‌خواهد که شغلی در همان رشته کاری شما دارند: {listed}.',
  'priorities.none_matched': 'شاروالی {municipality} به‌طور خاص دنبال کسانی با شغل شما نیست.',
  'score.no_applicable_criteria': 'ما معلوماتی نداشتیم تا {municipality} را با خواسته‌های شما مقایسه کنیم.',
  // hard constraints
  'filter.care_unavailable': 'رفتن به {municipality} برای شما ممکن نیست. آنجا مراقبتی که به آن نیاز دارید وجود ندارد: {need}.',
  'filter.accessibility_unavailable': 'رفتن به {municipality} برای شما ممکن نیست. آنجا هیچ خانه‌ای نیست که برای نیاز شما مناسب باشد: {need}.',
  'filter.capacity_insufficient': 'رفتن به {municipality} برای شما ممکن نیست. آنجا در این دوره زمانی به اندازه کافی {resource} خالی نیست.',
  'filter.forbidden_pair': 'رفتن به {municipality} برای شما ممکن نیست. یک کارمند این را تصمیم گرفت.',
  'filter.outside_tie_reach': `رفتن به {municipality} برای شما ممکن نیست. فاصله آن تا ${yourTie} در {tiePlace} {km, number} کیلومتر است. یک کارمند ${yourTie} را بررسی کرده است. به همین دلیل فقط می‌توانید در محدوده {reachKm, number} کیلومتری آن زندگی کنید.`,
  'filter.tie_place_unknown': `رفتن به {municipality} برای شما ممکن نیست. یک کارمند ${yourTie} در {tiePlace} را بررسی کرده است، اما {tiePlace} در لست شاروالی‌های ما نیست. به همین دلیل نمی‌توانیم جاهای نزدیک آن را پیدا کنیم.`,
  // notes on a household
  'unit.linked_merged': 'شما و اعضای خانواده‌ای که می‌خواهید نزدیک آن‌ها زندگی کنید، در یک شاروالی زندگی خواهید کرد.',
  'unit.pinned': 'یک کارمند {municipality} را برای خانوار شما انتخاب کرد.',
  'unit.pin_conflict': 'اعضای خانواده شما به شاروالی‌های مختلف وصل شده‌اند: {municipalities}. اولین انتخاب کارمند اعتبار دارد.',
  'unit.pin_overrides_filter': 'یک کارمند {municipality} را برای شما انتخاب کرد، با اینکه این شاروالی برای همه نیازهای شما مناسب نیست.',
  'unit.pin_unknown_municipality': 'یک کارمند شاروالی‌ای را انتخاب کرد که در لست ما نیست: {municipality}. یک کارمند این را بررسی می‌کند.',
  // explanations
  'explain.placed': '{fits, select, true {شما به {municipality} وصل شدید. {pinned, select, null {{fittingKnown, select, yes {از میان {fitting, plural, one {# شاروالی که در این دور می‌توانست خانوار شما را بپذیرد} other {# شاروالی که در این دور می‌توانستند خانوار شما را بپذیرند}}، این جا شماره {rank} بود.} other {از میان {options, plural, one {# جایی} other {# جایی}} که برای شما مقایسه کردیم، این جا شماره {rank} بود.}}} other {یک کارمند این جا را برای شما انتخاب کرد.{fittingKnown, select, yes { از میان {fitting, plural, one {# شاروالی که در این دور می‌توانست خانوار شما را بپذیرد} other {# شاروالی که در این دور می‌توانستند خانوار شما را بپذیرند}}، این جا شماره {rank} بود.} other {}}}}} other {شما به {municipality} وصل شدید. یک کارمند این جا را برای شما انتخاب کرد.}}',
  'explain.unplaced': 'شما در این دور به هیچ شاروالی وصل نشدید. شما در لست انتظار می‌مانید. {fittingKnown, select, yes {{fitting, plural, =0 {در این دور هیچ شاروالی نمی‌توانست خانوار شما را بپذیرد: هیچ شاروالی نبود که همه نیازهای شما را برآورده کند و در این دوره زمانی هنوز یک خانه خالی به اندازه خانوار شما داشته باشد.} one {# شاروالی در این دور می‌توانست خانوار شما را بپذیرد. این بار آنجا جایی به شما نرسید.} other {# شاروالی در این دور می‌توانستند خانوار شما را بپذیرند. این بار آنجا جایی به شما نرسید.}}} other {ما {options, plural, one {# جا} other {# جا}} را برای شما مقایسه کردیم.}}',
  'explain.alt_capacity': 'در این دوره زمانی، {municipality} دیگر {resource} خالی برای شما نداشت.',
  'explain.alt_room_available': '{fitHigher, select, no {شاروالی {municipality} هنوز برای شما جا داشت.} other {شاروالی {municipality} برای شما مناسب‌تر بود و هنوز جا داشت.}} شاید این نتیجه بهترین نتیجه نباشد. یک کارمند این را بررسی می‌کند.',
  'explain.alt_not_higher': `{fitHigher, select, yes {شاروالی {municipality} کمی برای شما مناسب‌تر بود. ${keptEarlier}} no {شاروالی {municipality} برای شما از جایی که گرفتید مناسب‌تر نبود.} other {شاروالی {municipality} برای شما انتخاب بهتری از جایی که گرفتید نبود.}}`,
  'explain.alt_pinned_elsewhere': 'یک کارمند {pinned} را برای شما انتخاب کرد. به همین دلیل {municipality} ممکن نبود.',
  'explain.preferred_chosen': `شما {municipality} را گرفتید (${pref}).`,
  'explain.preferred_filtered': `رفتن به {municipality} (${pref}) ممکن نیست: این شاروالی نمی‌تواند یکی از نیازهای خانوار شما را برآورده کند.`,
  'explain.preferred_not_option': `شاروالی {municipality} (${pref}) جزو جاهایی نبود که برای شما مقایسه کردیم.`,
  'explain.preferred_unknown_municipality': `شاروالی {municipality} (${pref}) در لست شاروالی‌های ما نیست.`,
  'explain.preferred_within_reach': `${YourTie} در {municipality} است. جایی که گرفتید در محدوده {reachKm, number} کیلومتری آن است{fitHigher, select, no { و دست‌کم به همان اندازه برای شما مناسب بود.} yes {. شاروالی {municipality} کمی برای شما مناسب‌تر بود. ${keptEarlier}} other {.}}`,
  // queue
  'queue.rule': 'چه کسی اول است: اول خانوارهایی که یک دلیل طبی فوری دارند، بعد خانوارهایی که یک دلیل اجتماعی فوری دارند، بعد همه دیگران. در هر گروه، کسی که زودتر اجازه اقامت گرفته است، اول است.',
  'queue.position': 'شما در لست انتظار شماره {position} از {ofTotal} هستید. {sameBand, plural, =0 {هیچ خانواری که جلوتر از شما است، به خانه‌ای به اندازه خانوار شما نیاز ندارد.} one {# خانوار که جلوتر از شما است، به خانه‌ای به اندازه خانوار شما نیاز دارد.} other {# خانوار که جلوتر از شما هستند، به خانه‌ای به اندازه خانوار شما نیاز دارند.}}',
  'queue.moved_up': 'از دور قبلی تا حالا {moved, plural, one {# جا} other {# جا}} بالا رفته‌اید. شماره شما {previous} بود. حالا شماره شما {current} است.',
  'queue.moved_down': 'از دور قبلی تا حالا پایین رفته‌اید. شماره شما {previous} بود. حالا شماره شما {current} است.',
  'queue.unchanged': 'جای شما در لست تغییر نکرده است. شماره شما {current} است.',
  'queue.joined': 'شما تازه به لست انتظار اضافه شده‌اید. شماره شما {current} است.',
  'queue.left': 'شما دیگر در لست انتظار نیستید.',
  'queue.reason.placed_ahead': '{count, plural, one {# خانوار که جلوتر از شما بود، خانه گرفت.} other {# خانوار که جلوتر از شما بودند، خانه گرفتند.}}',
  'queue.reason.left_ahead': '{count, plural, one {# خانوار که جلوتر از شما بود، خانه گرفت یا از لست خارج شد.} other {# خانوار که جلوتر از شما بودند، خانه گرفتند یا از لست خارج شدند.}}',
  'queue.reason.new_urgent_ahead': '{count, plural, one {# خانوار جدید وضعیت فوری دارد. این خانوار جلوتر از شما قرار می‌گیرد.} other {# خانوار جدید وضعیت فوری دارند. آن‌ها جلوتر از شما قرار می‌گیرند.}}',
  'queue.reason.new_earlier_ahead': '{count, plural, one {# خانوار جدید اجازه اقامت قدیمی‌تری دارد. این خانوار جلوتر از شما قرار می‌گیرد.} other {# خانوار جدید اجازه اقامت قدیمی‌تری دارند. آن‌ها جلوتر از شما قرار می‌گیرند.}}',
  'queue.reason.overtaken': '{count, plural, one {# خانوار حالا به خاطر فوریت، جلوتر از شما است.} other {# خانوار حالا به خاطر فوریت، جلوتر از شما هستند.}}',
  'queue.reason.passed': `شما حالا به خاطر فوریت، جلوتر از ${hh('count')} هستید.`,
  'queue.reason.own_urgency_changed': 'وضعیت شما از {from} به {to} تغییر کرد.',
  // wait estimate
  'wait.estimate.rounds': '{exact, select, yes {مدت انتظار تخمینی: تقریباً {high, plural, one {# دور} other {# دور}}.} other {مدت انتظار تخمینی: {low} تا {high, plural, one {# دور} other {# دور}}.}}',
  'wait.estimate.months': '{exact, select, yes {یعنی تقریباً {high, plural, one {# ماه} other {# ماه}}.} other {{low, plural, =0 {یعنی تقریباً {high, plural, one {# ماه} other {# ماه}} یا کمتر.} other {یعنی تقریباً {low, number} تا {high, plural, one {# ماه} other {# ماه}}.}}}}',
  'wait.estimate.none': 'ما هنوز نمی‌توانیم مدت انتظار شما را تخمین بزنیم.',
  'wait.estimate.basis': `{roundsObserved, plural, =0 {هنوز هیچ دوری انجام نشده است. پس هنوز چیزی برای شمردن نیست.} other {در ${lastRounds('roundsObserved')}، {total, plural, =0 {هیچ خانواری مثل شما خانه نگرفت.} one {# خانوار مثل شما خانه گرفت.} other {# خانوار مثل شما خانه گرفتند: به طور متوسط {perRound, plural, =0 {کمتر از یک خانوار} other {حدود # خانوار}} در هر دور.}}}}{reason, select, none { {aheadOfYou, plural, =0 {هیچ خانواری مثل شما جلوتر از شما نیست.} one {# خانوار مثل شما جلوتر از شما است.} other {# خانوار مثل شما جلوتر از شما هستند.}}} no_free_home_now { اما در این دوره زمانی، شاروالی‌هایی که می‌توانند شما را بپذیرند، دیگر هیچ خانه خالی به اندازه خانوار شما ندارند. به همین دلیل هنوز نمی‌توانیم بگوییم نوبت شما چه وقت می‌رسد.} urgent_take_all { اما به همان تعداد، خانوارهایی با وضعیت فوری جلوتر از شما اضافه شدند. به همین دلیل لست برای شما جلو نرفت، و هنوز نمی‌توانیم بگوییم نوبت شما چه وقت می‌رسد.} no_recent_placements { به همین دلیل هنوز نمی‌توانیم بگوییم نوبت شما چه وقت می‌رسد.} no_history {} other { اما حالا هیچ شاروالی نمی‌تواند خانواری مثل شما را بپذیرد. به همین دلیل این دورها نشان نمی‌دهند که نوبت شما چه وقت می‌رسد.}}`,
  'wait.estimate.not_a_promise': 'این یک تخمین است، نه یک وعده. ممکن است تغییر کند.',
  'wait.driver.no_history': 'هنوز هیچ دوری انجام نشده است. به همین دلیل نمی‌توانیم مدت انتظار شما را تخمین بزنیم.',
  'wait.driver.no_municipality_meets_needs': 'حالا هیچ شاروالی نمی‌تواند همه نیازهای شما را برآورده کند: {needs}. یک کارمند دنبال راه حل می‌گردد.',
  // HA (issue 11, waiting status): ties whose areas do not overlap; nothing taking part within reach.
  'wait.driver.hard_tie_reaches_apart': 'یک کارمند ارتباط‌های شما با {tiePlaces} را بررسی کرد. شما باید نزدیک هر کدام از این جاها زندگی کنید. اما این جاها از هم خیلی دور هستند: هیچ شاروالی به اندازه کافی به همه آن‌ها نزدیک نیست. یک کارمند دنبال راه حل می‌گردد.',
  'wait.driver.no_municipality_in_reach': 'هیچ‌کدام از شاروالی‌هایی که در این برنامه شرکت دارند، در منطقه‌ای نیست که شما می‌توانید در آن زندگی کنید. یک کارمند دنبال راه حل می‌گردد.',
  'wait.driver.no_home_of_band': '{municipalities, plural, one {# شاروالی برای نیازهای شما مناسب است. اما این شاروالی هیچ} other {# شاروالی برای نیازهای شما مناسب هستند. اما هیچ‌کدام از این شاروالی‌ها}} {band} با جا برای {persons, plural, one {# نفر} other {# نفر}} ندارد، نه در این دوره زمانی و نه در سال گذشته. یک کارمند دنبال راه حل می‌گردد.',
  'wait.driver.no_free_home_now': '{municipalities, plural, one {# شاروالی می‌تواند خانواری مثل شما را بپذیرد. اما در این دوره زمانی این شاروالی دیگر هیچ} other {# شاروالی می‌توانند خانواری مثل شما را بپذیرند. اما در این دوره زمانی هیچ‌کدام از آن‌ها دیگر}} {band} خالی با جا برای {persons, plural, one {# نفر} other {# نفر}} ندارد. خانه‌های جدید با دوره زمانی بعدی می‌آیند.',
  'wait.estimate.fitting': '{municipalities, plural, =0 {هیچ شاروالی نمی‌تواند خانواری مثل شما را بپذیرد.} one {# شاروالی می‌تواند خانواری مثل شما را بپذیرد: نیازهای شما را برآورده می‌کند و {band} با جا برای {persons, plural, one {# نفر} other {# نفر}} دارد (خالی یا نه).} other {# شاروالی می‌توانند خانواری مثل شما را بپذیرند: نیازهای شما را برآورده می‌کنند و {band} با جا برای {persons, plural, one {# نفر} other {# نفر}} دارند (خالی یا نه).}}',
  'wait.driver.no_recent_placements': `در ${lastRounds('rounds')} هیچ خانواری مثل شما در جاهایی که برای شما مناسب است، خانه نگرفت. به همین دلیل نمی‌توانیم مدت انتظار شما را تخمین بزنیم.`,
  'wait.driver.large_home_scarce': '{band} کم است: به طور متوسط {perRound, plural, =0 {کمتر از یکی} other {حدود #}} در هر دور، در شاروالی‌هایی که برای شما مناسب هستند.',
  'wait.driver.hard_need_limits_places': '{municipalities, plural, =0 {هیچ‌کدام از {total} شاروالی {need} ندارد.} one {فقط # شاروالی از {total} شاروالی {need} دارد.} other {فقط # شاروالی از {total} شاروالی {need} دارند.}}',
  'wait.driver.few_acceptable_places': 'خانوار شما فقط می‌تواند به {municipalities, plural, one {# شاروالی} other {# شاروالی}} برود.',
  'wait.driver.hard_tie_reach': `یک کارمند ${yourTie} در {tiePlace} را بررسی کرد. به همین دلیل فقط می‌توانید در محدوده {reachKm, number} کیلومتری آن زندگی کنید. {municipalities, plural, =0 {در این منطقه هیچ شاروالی نیست.} one {در این منطقه # شاروالی هست.} other {در این منطقه # شاروالی هست.}}`,
  'wait.driver.many_ahead': '{ahead, plural, one {# خانوار مثل شما جلوتر از شما است.} other {# خانوار مثل شما جلوتر از شما هستند.}} {perRound, plural, =0 {به طور متوسط، در هر دور کمتر از یک خانوار از آن‌ها خانه می‌گیرد.} one {به طور متوسط، در هر دور حدود # خانوار از آن‌ها خانه می‌گیرد.} other {به طور متوسط، در هر دور حدود # خانوار از آن‌ها خانه می‌گیرند.}}',
  'wait.driver.urgent_first': 'خانوارهایی که وضعیت فوری دارند، اول می‌روند. {ahead, plural, =0 {حالا هیچ‌کدام از آن‌ها جلوتر از شما نیست.} one {حالا # خانوار از آن‌ها جلوتر از شما است.} other {حالا # خانوار از آن‌ها جلوتر از شما هستند.}} {perRound, plural, =0 {به طور متوسط، در هر دور کمتر از یک خانوار فوری جدید اضافه می‌شود.} one {به طور متوسط، در هر دور حدود # خانوار فوری جدید اضافه می‌شود.} other {به طور متوسط، در هر دور حدود # خانوار فوری جدید اضافه می‌شوند.}}',
  'wait.driver.own_urgency': 'خانوار شما {urgency} دارد. به همین دلیل شما جلوتر از دیگران هستید.',
  'wait.driver.few_rounds_observed': 'ما تا حالا فقط {rounds, plural, one {# دور} other {# دور}} را دیده‌ایم. به همین دلیل این تخمین خیلی دقیق نیست.',
  // others (HA, issue 11): last round, all municipalities; only households for which this is the reason under the queue rule
  'others.urgency': `${lastRound} {count, plural, one {# خانوار وضعیتی فوری‌تر از شما داشت. به همین دلیل آن خانوار اول رفت.} other {# خانوار وضعیتی فوری‌تر از شما داشتند. به همین دلیل آن‌ها اول رفتند.}}`,
  'others.hard_tie': `${lastRound} {count, plural, one {# خانوار که در صف انتظار بعد از شما بود، خانه‌ای به اندازه خانوار شما گرفت. این خانوار در همان نزدیکی کار یا تحصیل داشت و باید نزدیک آن زندگی می‌کرد.} other {# خانوار که در صف انتظار بعد از شما بودند، خانه‌ای به اندازه خانوار شما گرفتند. آن‌ها در همان نزدیکی کار یا تحصیل داشتند و باید نزدیک آن زندگی می‌کردند.}}`,
  'others.family_tie': `${lastRound} {count, plural, one {# خانوار که در صف انتظار بعد از شما بود، خانه‌ای به اندازه خانوار شما در نزدیکی خانواده‌اش گرفت.} other {# خانوار که در صف انتظار بعد از شما بودند، خانه‌ای به اندازه خانوار شما در نزدیکی خانواده‌شان گرفتند.}}`,
  'others.earlier_permit': `${lastRound} {count, plural, one {# خانوار که به خانه‌ای به اندازه خانوار شما نیاز داشت، همان درجه فوریت شما و یک اجازه اقامت قدیمی‌تر داشت. به همین دلیل در صف انتظار جلوتر از شما بود.} other {# خانوار که به خانه‌ای به اندازه خانوار شما نیاز داشتند، همان درجه فوریت شما و یک اجازه اقامت قدیمی‌تر داشتند. به همین دلیل در صف انتظار جلوتر از شما بودند.}}`,
  'others.smaller_homes_more_available': 'بیشتر خانه‌های خالی کوچک بودند: {placedShare, number, percent} از خانوارهایی که خانه گرفتند، به {band} نیاز داشتند.',
  'others.profession_needed': `${lastRound} {count, plural, one {# خانوار که در صف انتظار بعد از شما بود، خانه‌ای به اندازه خانوار شما در شاروالی‌ای گرفت که به شغل آن‌ها نیاز دارد.} other {# خانوار که در صف انتظار بعد از شما بودند، خانه‌ای به اندازه خانوار شما در شاروالی‌ای گرفتند که به شغل آن‌ها نیاز دارد.}}`,
  'others.none_placed_in_band': 'در دور قبلی هیچ {band} خالی نبود.',
  'others.small_groups_hidden': 'گروه‌های خیلی کوچک را نشان نمی‌دهیم. به این ترتیب از حریم خصوصی دیگران محافظت می‌کنیم.',
  // why others went first (per household, from the run): for the household, then for the officer
  'others_first.more_urgent': some('قبل از شما در شاروالی‌ای خانه گرفت که شما هم می‌توانستید در آن زندگی کنید. این خانوار بعد از شما آمده بود، اما وضعیتش فوری بود.', 'قبل از شما در شاروالی‌ای خانه گرفتند که شما هم می‌توانستید در آن زندگی کنید. آن‌ها بعد از شما آمده بودند، اما وضعیت‌شان فوری بود.') + ' وضعیت‌های فوری اول می‌روند.',
  'others_first.officer_pin': afterYou('', '') + ' یک کارمند آن جا را برای آن‌ها انتخاب کرد.',
  'others_first.their_hard_tie': afterYou('', '') + ' آن‌ها در همان نزدیکی کار، تحصیل یا اعضای نزدیک خانواده دارند و باید نزدیک آن زندگی کنند.',
  'others_first.their_needs': afterYou('', '') + ' آن‌ها به مراقبت یا به خانه‌ای که برای نیازشان آماده شده باشد نیاز دارند، و آن شاروالی این را دارد.',
  'others_first.linked_family': afterYou('', '') + ' آن‌ها همراه با خانواده خود به آنجا رفتند.',
  'others_first.priority_trade_off': afterYou('', '') + ' آن جا برای آن‌ها مناسب‌تر بود تا برای شما. قاعده‌ها این را فقط وقتی اجازه می‌دهند که این فرق بزرگ‌تر از فرق بین جای شما و جای آن‌ها در صف انتظار باشد.',
  'others_first.officer.more_urgent': some('با {band}، که در جایی جای داده شد که برای این خانوار هم قابل قبول بود، دیرتر آمد (تاریخ اجازه اقامت دیرتر) اما فوری‌تر بود.', 'با {band}، که در جایی جای داده شدند که برای این خانوار هم قابل قبول بود، دیرتر آمدند (تاریخ اجازه اقامت دیرتر) اما فوری‌تر بودند.'),
  'others_first.officer.officer_pin': officerLater('یک کارمند آن را تثبیت کرده بود.'),
  'others_first.officer.their_hard_tie': officerLater('یک ارتباط محکم تأییدشده (کار، تحصیل یا خانواده درجه اول).'),
  'others_first.officer.their_needs': officerLater('یک نیاز مراقبتی یا دسترسی که آنجا برآورده می‌شود.'),
  'others_first.officer.linked_family': officerLater('خانوارهای به هم وصل‌شده با هم جای داده شدند.'),
  'others_first.officer.priority_trade_off': officerLater('موازنه قاعده اولویت (سود آن‌ها در مناسب بودن از فرق در صف انتظار بیشتر بود).'),
  // officer view
  'waiting.no_municipality_meets_needs': 'هیچ شاروالی همه نیازها را برآورده نمی‌کند: {needs}. اقدام لازم است.',
  // HA (issue 11): ties apart, for the officer's list of households no municipality can take.
  'waiting.hard_tie_reaches_apart': 'ارتباط‌های محکم بررسی‌شده در {tiePlaces} از هم خیلی دور هستند: هیچ شاروالی در محدوده همه آن‌ها نیست. اقدام لازم است.',
  'waiting.no_free_home_this_period': '{municipalities, plural, one {# شاروالی نیازها را برآورده می‌کند، اما در این دوره زمانی هیچ} other {# شاروالی نیازها را برآورده می‌کنند، اما در این دوره زمانی هیچ‌کدام}} {band} خالی با جا برای {persons, plural, one {# نفر} other {# نفر}} ندارد. اقدام لازم است.',
  'waiting.no_acceptable_municipality': 'هیچ‌کدام از {listed, plural, one {# شاروالی قابل قبول} other {# شاروالی قابل قبول}} شناخته‌شده نیست. اقدام لازم است.',
  'unplaced.tie_no_room': `شما در این دور به هیچ شاروالی وصل نشدید. یک کارمند ${yourTie} در {tiePlace} را بررسی کرد. به همین دلیل فقط می‌توانید در محدوده {reachKm, number} کیلومتری آن زندگی کنید. در این منطقه {municipalities, plural, one {# شاروالی نیازهای شما را برآورده می‌کند} other {# شاروالی نیازهای شما را برآورده می‌کنند}}. اما هیچ‌کدام از این شاروالی‌ها به اندازه کافی {resource} خالی برای شما نداشت. شما به {needed, number} عدد نیاز دارید. بیشترین تعداد خالی در یک شاروالی {freeInReach, number} عدد بود. شما در لست انتظار می‌مانید. ما شما را به جای دورتر نمی‌فرستیم.`,
  'unplaced.tie_no_room.officer': `جای داده نشد: ${tieKind} در {tiePlace} (محدوده {reachKm, number} کیلومتر). در این محدوده {municipalities, plural, one {# شاروالی نیازها را برآورده می‌کند} other {# شاروالی نیازها را برآورده می‌کنند}}، اما هیچ‌کدام به اندازه کافی {resource} خالی نداشت: لازم {needed, number}، بیشترین تعداد خالی در یک شاروالی {freeInReach, number}. برای رعایت این ارتباط: در این محدوده ظرفیت اضافه کنید یا یک شاروالی را تثبیت کنید.`,
  'unplaced.tie_no_room_combined': `شما در این دور به هیچ شاروالی وصل نشدید. یک کارمند ${yourTie} در {tiePlace} را بررسی کرد. به همین دلیل فقط می‌توانید در محدوده {reachKm, number} کیلومتری آن زندگی کنید. در این منطقه {municipalities, plural, one {# شاروالی نیازهای شما را برآورده می‌کند} other {# شاروالی نیازهای شما را برآورده می‌کنند}}. اما هیچ‌کدام از این شاروالی‌ها هم‌زمان هم یک خانه به اندازه خانوار شما و هم جای خالی کافی برای شما نداشت. شما در لست انتظار می‌مانید. ما شما را به جای دورتر نمی‌فرستیم.`,
  'unplaced.tie_no_room_combined.officer': `جای داده نشد: ${tieKind} در {tiePlace} (محدوده {reachKm, number} کیلومتر). در این محدوده {municipalities, plural, one {# شاروالی نیازها را برآورده می‌کند} other {# شاروالی نیازها را برآورده می‌کنند}}، اما هیچ‌کدام هم‌زمان هم یک خانه به اندازه درست و هم جای خالی کافی برای افراد نداشت. برای رعایت این ارتباط: در این محدوده ظرفیت اضافه کنید یا یک شاروالی را تثبیت کنید.`,
  'unplaced.tie_needs_unmet': `شما در این دور به هیچ شاروالی وصل نشدید. یک کارمند ${yourTie} در {tiePlace} را بررسی کرد. به همین دلیل فقط می‌توانید در محدوده {reachKm, number} کیلومتری آن زندگی کنید. اما هیچ شاروالی در این منطقه نمی‌تواند همه نیازهای خانوار شما را برآورده کند. یک کارمند دنبال راه حل می‌گردد.`,
  'unplaced.tie_needs_unmet.officer': `جای داده نشد: ${tieKind} در {tiePlace} (محدوده {reachKm, number} کیلومتر)، اما هیچ شاروالی در این محدوده همه نیازها را برآورده نمی‌کند (مراقبت، دسترسی، ترکیب‌های ممنوع، محدوده ارتباط‌های محکم دیگر). اقدام لازم: یک شاروالی را تثبیت کنید یا ارتباط را دوباره بررسی کنید.`,
  'unplaced.tie_place_unknown': `شما در این دور به هیچ شاروالی وصل نشدید. یک کارمند ${yourTie} در {tiePlace} را بررسی کرد. اما {tiePlace} در این دور شرکت ندارد. به همین دلیل نمی‌توانیم جایی در نزدیکی آن پیدا کنیم. یک کارمند دنبال راه حل می‌گردد.`,
  'unplaced.tie_place_unknown.officer': `جای داده نشد: ${tieKind} در {tiePlace}، که جزو شاروالی‌های این دور نیست. پس هیچ شاروالی در محدوده آن شناخته‌شده نیست. اقدام لازم: این شاروالی را به دور اضافه کنید یا یک شاروالی را تثبیت کنید.`,
  'queue.status':
    '{status, select, proposed {{proposal, select, contested {شما خواستید که پیشنهاد شما برای {municipality} دوباره بررسی شود. یک کارمند اسکان تصمیم می‌گیرد.} contest_rejected {یک کارمند اسکان درخواست شما را بررسی کرد: پیشنهاد برای {municipality} باقی می‌ماند. حالا منتظر جواب {municipality} هستیم.} other {{youAnswered, select, yes {شما به پیشنهاد برای {municipality} بله گفتید. حالا منتظر جواب {municipality} هستیم.} other {شما یک پیشنهاد برای خانه‌ای در {municipality} دارید. پیشنهاد را بخوانید و جواب خود را بدهید.}}}}} accepted {شما و {municipality} هر دو بله گفتید. شما در {municipality} زندگی خواهید کرد. شاروالی به شما می‌گوید چه وقت می‌توانید نقل مکان کنید.} placed {شما حالا در {municipality} زندگی می‌کنید.} withdrawn {شما دیگر در لست انتظار نیستید.} other {{proposal, select, declined {شاروالی {municipality} به پیشنهاد نه گفت. شما دوباره در لست انتظار هستید. جای شما هنوز هم به تاریخ اجازه اقامت شما بستگی دارد.} contest_upheld {یک کارمند اسکان با درخواست شما موافق است. پیشنهاد برای {municipality} متوقف شد. شما دوباره در لست انتظار هستید.} withdrawn {یک کارمند اسکان پیشنهاد برای {municipality} را متوقف کرد. شما دوباره در لست انتظار هستید.} expired {وقت جواب دادن به پیشنهاد برای {municipality} تمام شد. شما دوباره در لست انتظار هستید.} other {شما در لست انتظار هستید.}}}}',
  // labels
  'label.need.hospital': 'یک شفاخانه',
  'label.need.mental_health': 'مراقبت صحت روانی',
  'label.need.chronic_care': 'مراقبت برای یک مریضی دراز مدت',
  'label.need.wheelchair': 'خانه‌ای مناسب برای ویلچر',
  'label.need.ground_floor': 'خانه‌ای بدون زینه',
  'label.urgency.medical': 'فوریت طبی',
  'label.urgency.social': 'فوریت اجتماعی',
  'label.urgency.none': 'بدون فوریت',
  'label.tie.family': 'خانواده',
  'label.tie.community': 'جامعه',
  'label.tie.job_contract': 'کار',
  'label.tie.study_place': 'محل تحصیل',
  'label.tie.best_score': 'مناسب‌ترین جا',
  'label.institution.mbo': 'یک مکتب MBO (آموزش مسلکی)',
  'label.institution.hbo': 'یک پوهنتون علوم کاربردی (HBO)',
  'label.institution.university': 'یک پوهنتون',
  'label.setting.urban': 'یک شهر',
  'label.setting.suburban': 'یک شهر کوچک‌تر',
  'label.setting.rural': 'یک قریه بیرون از شهر',
  'label.setting.no_preference': 'هر نوع جا',
  'label.resource.persons': 'جا',
  'label.resource.homes_1_2': 'خانه برای 1 یا 2 نفر',
  'label.resource.homes_3_4': 'خانه برای 3 یا 4 نفر',
  'label.resource.homes_5_plus': 'خانه برای 5 نفر یا بیشتر',
  'wait.driver.urgent_take_all': `در ${lastRounds('rounds')}، {perRound, plural, =0 {به طور متوسط در هر دور کمتر از یک خانوار مثل شما خانه گرفت} one {به طور متوسط در هر دور حدود # خانوار مثل شما خانه گرفت} other {به طور متوسط در هر دور حدود # خانوار مثل شما خانه گرفتند}}. اما {urgentPerRound, plural, =0 {به طور متوسط در هر دور کمتر از یک خانوار با وضعیت فوری جلوتر از شما اضافه شد} one {به طور متوسط در هر دور حدود # خانوار با وضعیت فوری جلوتر از شما اضافه شد} other {به طور متوسط در هر دور حدود # خانوار با وضعیت فوری جلوتر از شما اضافه شدند}}. به همین دلیل لست برای شما جلو نرفت، و هنوز نمی‌توانیم مدت انتظار شما را تخمین بزنیم.`,

  // ── issue 11, part H2 (proposals): what both sides plan around ──
  'proposal.respond_by': 'لطفاً حداکثر تا {respondBy, date, long} به این پیشنهاد جواب بدهید.',
  'proposal.contact': 'شخص تماس شما در {municipality}، {name} است. می‌توانید از این راه با این شخص تماس بگیرید: {reach}.',
  'proposal.expected_move_in': 'شاروالی {municipality} انتظار دارد که شما در تاریخ {expectedMoveIn, date, long} نقل مکان کنید. این تاریخ هنوز ممکن است تغییر کند.',
  // --- H3 (issue 11): an ISCO-08 title in the reader's language (matching/messages/isco-title.ts) ---
  'name.isco_official': '{nl} / {en} (نام‌های رسمی به هالندی و انگلیسی)',
  // --- end H3 ---
  // --- issue 16: e-mails (mail-codes.ts) ---
  'mail.notice.subject': '{count, plural, one {یک پیام جدید برای شما آمده است} other {# پیام جدید برای شما آمده است}}',
  'mail.notice.body': '{count, plural, one {در اپلیکیشن «خانه بعد از اجازه اقامت» یک پیام جدید برای شما هست.} other {در اپلیکیشن «خانه بعد از اجازه اقامت» # پیام جدید برای شما هست.}}',
  'mail.notice.readHere': '{count, plural, one {برای خواندن پیام وارد شوید:} other {برای خواندن پیام‌ها وارد شوید:}}',
  'mail.notice.why': 'متن پیام را فقط در اپلیکیشن می‌توانید بخوانید. این ایمیل را می‌گیرید، چون ایمیل برای حساب شما روشن است. دیگر ایمیل نمی‌خواهید؟ آن را در بخش «پیام‌ها» در اپلیکیشن خاموش کنید.',
  'mail.reset.subject': 'یک رمز جدید برای اپلیکیشن «خانه بعد از اجازه اقامت»',
  'mail.reset.body': 'شما یک رمز جدید خواستید. لینک زیر فقط یک بار و برای {minutes, plural, one {# دقیقه} other {# دقیقه}} کار می‌کند.',
  'mail.reset.readHere': 'رمز جدید را اینجا انتخاب کنید:',
  'mail.reset.notYou': 'شما این را نخواسته‌اید؟ پس هیچ کاری نکنید. رمز شما همان می‌ماند.',
};
