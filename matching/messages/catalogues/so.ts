/** Somali. Luqad fudud (B1): jumlado gaagaaban, erayo caadi ah. ICU MessageFormat. Not yet reviewed by a native speaker. */
import type { Catalogue } from './types.js';

const yourTie = '{kind, select, job_contract {shaqadaada} study_place {goobta waxbarashadaada} family {qaraabadaada} other {xiriirkaaga meesha}}';
const YourTie = '{kind, select, job_contract {Shaqadaadu waxay ku taal} study_place {Goobta waxbarashadaadu waxay ku taal} family {Qaraabadaadu waxay ku nool yihiin} other {Meesha aad xiriirka la leedahay waxay ku taal}}';
// issue 11, HB: why a place that fitted a little better was not chosen (the stability bonus kept an earlier placement)
const keptEarlier = 'Laakiin xisaab hore oo wareeggan ka mid ah, horeba waxaad haysatay meesha aad heshay. Meel sidaas ah waan kuu haynaa marka farqigu yar yahay.';
const tieKind = '{kind, select, job_contract {qandaraas shaqo oo la hubiyay} study_place {goob waxbarasho oo la hubiyay} family {qaraabo heerka koowaad oo la hubiyay (in meel u dhow la dego)} other {xiriir la hubiyay}}';
const hh = (n: string) => `{${n}, plural, one {# qoys} other {# qoys}}`;
const pref = '{kind, select, family {qaraabadaada ayaa halkaas ku nool} community {bulshadaada ayaa halkaas joogta} job_contract {u dhow shaqadaada} study_place {u dhow goobta waxbarashadaada} other {meesha kuugu habboon}}';
const tieDistance = '{kind, select, family {qaraabadaada} community {bulshadaada} job_contract {shaqadaada} study_place {goobta waxbarashadaada} other {meesha kuugu habboon}}';
const declaredWish = '{status, select, declared { Adiga ayaa tan noo sheegay. Hawlwadeen weli ma hubin. Sidaa darteed waa rabitaan, ma aha xeer.} other {}}';

// H4 (issue 11): celcelis wareeg kasta waxaa lagu sheegaa qoysas dhan; 0 waa "wax ka yar hal".
const lastRounds = (n: string) => `{${n}, plural, one {wareeggii ugu dambeeyay} other {# wareeg ee ugu dambeeyay}}`;
const notMatched = 'Wareeggan laguma qoondayn.';
const onlyWithin = 'Sidaa darteed waxaad ku noolaan kartaa oo keliya meel halkaas u jirta {reachKm, number} km ama ka yar.';
const stayNotFar = 'Waxaad ku sii jiraysaa liiska sugitaanka. Meel ka sii fog kuuma dirayno.';
const solution = 'Hawlwadeen ayaa xal raadin doona.';
const lastRoundAll = 'Wareeggii hore, dhammaan degmooyinka marka la isku daro,';
const othersHh = '{hidden, select, yes {Wax ka yar {threshold} qoys} other {{count, plural, one {# qoys} other {# qoys}}}}';
const othersAfter = `${othersHh} oo liiska sugitaanka kaaga dambeeyay ayaa guri ka helay degmo aad adiguna ku noolaan kartay.`;
const othersOfficer = `${othersHh} oo u baahan {band}, oo liiska ka dambeeyay, ayaa la dejiyay meel qoyskan loo aqbali karay:`;

export const so: Catalogue = {
  'labour.shortage_exact': '{municipality} waxay u baahan tahay dad xirfaddaada leh: {isco}.',
  'labour.shortage_group': '{municipality} waxay u baahan tahay dad ka shaqeeya koox xirfado ah oo xirfaddaadu ka mid tahay: {isco}.',
  'labour.shortage_minor_group': '{municipality} waxay u baahan tahay dad ka shaqeeya xirfad u dhow xirfaddaada: {listed}.',
  'labour.shortage_sub_major_group': '{municipality} waxay u baahan tahay dad ka shaqeeya xirfad ku jirta isla qaybta xirfaddaadu ku jirto: {listed}.',
  'labour.study_institution': 'Gudaha {municipality} waxaad wax ku baran kartaa {institution}.',
  'labour.retrain_mbo': 'Gudaha {municipality} waxaad xirfad cusub ku baran kartaa dugsi MBO ah (tababar xirfadeed).',
  'labour.open_employers': 'Gudaha {municipality}, {count, plural, one {# shaqo-bixiye ayaa doonaya inuu shaqo siiyo} other {# shaqo-bixiye ayaa doonaya inay shaqo siiyaan}} dadka dalka ku cusub.',
  'labour.no_match': 'Gudaha {municipality} kama aanaan helin shaqo ama waxbarasho ku habboon qofka {member} ee qoyskaaga.',
  'setting.fit': 'Waxaad rabtaa inaad ku noolaato {preferred}. {municipality} waa {urbanisation, select, 1 {magaalo weyn} 2 {magaalo} 3 {magaalo ka yar} 4 {tuulo ama magaalo yar} other {deegaan tuulooyin ah}}.',
  'network.family_here': 'Waxaad qaraabo ku leedahay {municipality}.{status, select, declared { Adiga ayaa tan noo sheegay. Hawlwadeen weli ma hubin.} other {}}',
  'network.community_tie_here': 'Waxaad taqaannaa dad ka mid ah bulsho ku nool {municipality}.',
  'network.community_language': 'Gudaha {municipality} waxaa ku nool bulsho ku hadasha {language}.',
  'network.self_organisations': '{municipality} waxay leedahay {count, plural, one {# urur} other {# urur}} oo ay maamulaan dad dalka ku cusub.',
  'network.buddy_schemes': '{municipality} waxay leedahay {count, plural, one {# barnaamij saaxiib (buddy)} other {# barnaamij saaxiib (buddy)}}. Saaxiibkaas waa qof deegaanka ku nool oo ku caawiya.',
  'network.none': 'Gudaha {municipality} kama aanaan helin qaraabadaada ama bulshadaada.',
  'services.care_available': '{municipality} waxay leedahay daryeelka aad u baahan tahay: {need}.',
  'services.care_unavailable': '{municipality} ma laha daryeelka aad u baahan tahay: {need}.',
  'services.accessible_homes': '{municipality} waxay leedahay guryo ku habboon baahidaada: {need}.',
  'services.no_accessible_homes': '{municipality} ma laha guryo ku habboon baahidaada: {need}.',
  'services.primary_school': '{municipality} waxay leedahay dugsiyo hoose oo loogu talagalay {children, plural, one {ilmahaaga} other {# carruur ah oo aad leedahay}} ee da’doodu tahay 4 ilaa 11 sano.',
  'services.no_primary_school': '{municipality} ma laha dugsi hoose oo loogu talagalay {children, plural, one {ilmahaaga} other {# carruur ah oo aad leedahay}} ee da’doodu tahay 4 ilaa 11 sano.',
  'services.secondary_school': '{municipality} waxay leedahay dugsiyo sare oo loogu talagalay {children, plural, one {ilmahaaga} other {# carruur ah oo aad leedahay}} ee da’doodu tahay 12 ilaa 17 sano.',
  'services.no_secondary_school': '{municipality} ma laha dugsi sare oo loogu talagalay {children, plural, one {ilmahaaga} other {# carruur ah oo aad leedahay}} ee da’doodu tahay 12 ilaa 17 sano.',
  'services.language_courses': '{municipality} waxay leedahay casharro af-Holandiis ah oo loogu talagalay {adults, plural, one {qofka waaweyn} other {# qof oo waaweyn}} ee qoyskaaga ee weli baranaya af-Holandiiska.',
  'services.no_language_courses': '{municipality} ma laha casharro af-Holandiis ah oo loogu talagalay {adults, plural, one {qofka waaweyn} other {# qof oo waaweyn}} ee qoyskaaga ee weli baranaya af-Holandiiska.',
  'ties.distance': `{municipality} waxay {km, number} km u jirtaa ${tieDistance}.${declaredWish}`,
  'ties.unknown_location': `Ma naqaanno inta {municipality} u jirto ${tieDistance}.${declaredWish}`,
  'priorities.wanted_exact': '{municipality} waxay si gaar ah u rabtaa dad xirfaddaada leh: {isco}.',
  'priorities.wanted_group': '{municipality} waxay si gaar ah u rabtaa dad ka shaqeeya koox xirfado ah oo xirfaddaadu ka mid tahay: {isco}.',
  'priorities.wanted_minor_group': '{municipality} waxay si gaar ah u rabtaa dad ka shaqeeya xirfad u dhow xirfaddaada: {listed}.',
  'priorities.wanted_sub_major_group': '{municipality} waxay si gaar ah u rabtaa dad ka shaqeeya xirfad ku jirta isla qaybta xirfaddaadu ku jirto: {listed}.',
  'priorities.none_matched': '{municipality} si gaar ah uma raadinayso dad xirfaddaada leh.',
  'score.no_applicable_criteria': 'Ma aanaan haysan macluumaad aan ku barbar dhigno {municipality} iyo rabitaannadaada.',
  'filter.care_unavailable': '{municipality} suurtagal kuuma aha. Ma laha daryeelka aad u baahan tahay: {need}.',
  'filter.accessibility_unavailable': '{municipality} suurtagal kuuma aha. Ma laha guryo ku habboon baahidaada: {need}.',
  'filter.capacity_insufficient': '{municipality} suurtagal kuuma aha. Muddadan ma haysato {resource} ku filan oo bannaan.',
  'filter.forbidden_pair': '{municipality} suurtagal kuuma aha. Hawlwadeen ayaa sidaas go’aamiyay.',
  'filter.outside_tie_reach': `{municipality} suurtagal kuuma aha. Waxay {km, number} km u jirtaa ${yourTie} ee ku sugan {tiePlace}. Hawlwadeen ayaa hubiyay ${yourTie}. ${onlyWithin}`,
  'filter.tie_place_unknown': `{municipality} suurtagal kuuma aha. Hawlwadeen ayaa hubiyay ${yourTie} ee ku sugan {tiePlace}, laakiin {tiePlace} kuma jirto liiskayaga degmooyinka. Sidaa darteed ma heli karno meelo u dhow.`,
  'unit.linked_merged': 'Waxaad ku noolaan doontaa isla degmada ay ku nool yihiin qaraabada aad rabtay inaad u dhowaato.',
  'unit.pinned': 'Hawlwadeen ayaa qoyskaaga u doortay {municipality}.',
  'unit.pin_conflict': 'Qaraabadaada waxaa lagu xiray degmooyin kala duwan: {municipalities}. Waxaa la raacayaa doorashada ugu horreysa ee hawlwadeenka.',
  'unit.pin_overrides_filter': 'Hawlwadeen ayaa kuu doortay {municipality}, in kasta oo degmadani aysan buuxin dhammaan baahiyahaaga.',
  'unit.pin_unknown_municipality': 'Hawlwadeen ayaa doortay degmo aan ku jirin liiskayaga: {municipality}. Hawlwadeen ayaa arrintan hubin doona.',
  'explain.placed': '{fits, select, true {Waxaa laguu qoondeeyay {municipality}. {pinned, select, null {{fittingKnown, select, yes {Tani waxay ahayd lambarka {rank} ee {fitting, plural, one {# degmo oo wareeggan qaadan kartay qoyskaaga} other {# degmo oo wareeggan qaadan karay qoyskaaga}}.} other {Tani waxay ahayd lambarka {rank} ee {options, plural, one {# meel} other {# meelood}} oo aan kuu barbar dhignay.}}} other {Hawlwadeen ayaa meeshan kuu doortay.{fittingKnown, select, yes { Tani waxay ahayd lambarka {rank} ee {fitting, plural, one {# degmo oo wareeggan qaadan kartay qoyskaaga} other {# degmo oo wareeggan qaadan karay qoyskaaga}}.} other {}}}}} other {Waxaa laguu qoondeeyay {municipality}. Hawlwadeen ayaa meeshan kuu doortay.}}',
  'explain.unplaced': 'Wareeggan laguma qoondayn. Waxaad ku sii jiraysaa liiska sugitaanka. {fittingKnown, select, yes {{fitting, plural, =0 {Wareeggan ma jirin degmo qaadan kartay qoyskaaga: ma jirin degmo buuxisa dhammaan baahiyahaaga oo weli muddadan haysatay guri bannaan oo cabbirka qoyskaaga ah.} one {# degmo ayaa wareeggan qaadan kartay qoyskaaga. Markan meel kama aadan helin halkaas.} other {# degmo ayaa wareeggan qaadan karay qoyskaaga. Markan meel kama aadan helin halkaas.}}} other {Waxaan kuu barbar dhignay {options, plural, one {# meel} other {# meelood}}.}}',
  'explain.alt_capacity': 'Muddadan {municipality} ma haysan {resource} kale oo kuu bannaan.',
  'explain.alt_room_available': '{fitHigher, select, no {{municipality} weli meel ayay kuu haysatay.} other {{municipality} si ka fiican ayay kuugu habboonayd, weli meel ayay kuu haysatay.}} Natiijadani waxaa laga yaabaa inaysan ahayn tan ugu fiican. Hawlwadeen ayaa hubin doona.',
  'explain.alt_not_higher': `{fitHigher, select, yes {{municipality} xoogaa ayay kaaga habboonayd meesha aad heshay. ${keptEarlier}} no {{municipality} kaagama habboonayn meesha aad heshay.} other {{municipality} ma ahayn doorasho kaaga fiican meesha aad heshay.}}`,
  'explain.alt_pinned_elsewhere': 'Hawlwadeen ayaa kuu doortay {pinned}. Sidaa darteed {municipality} suurtagal ma ahayn.',
  'explain.preferred_chosen': `Waxaad heshay {municipality} (${pref}).`,
  'explain.preferred_filtered': `{municipality} (${pref}) suurtagal ma aha: degmadu ma buuxin karto baahi ka mid ah baahiyaha qoyskaaga.`,
  'explain.preferred_not_option': `{municipality} (${pref}) kama mid ahayn meelaha aan kuu barbar dhignay.`,
  'explain.preferred_unknown_municipality': `{municipality} (${pref}) kuma jirto liiskayaga degmooyinka.`,
  'explain.preferred_within_reach': `${YourTie} {municipality}. Meesha aad heshay waxay halkaas u jirtaa {reachKm, number} km ama ka yar{fitHigher, select, no {, waxayna kuugu habboon tahay ugu yaraan si la mid ah.} yes {. {municipality} xoogaa ayay kaaga habboonayd. ${keptEarlier}} other {.}}`,
  'queue.rule': 'Yaa horreeya: marka hore qoysaska leh sabab caafimaad oo degdeg ah, kadib kuwa leh sabab bulsho oo degdeg ah, kadibna dhammaan kuwa kale. Koox kasta gudaheeda, qoyska sharciga deganaanshaha ugu horreeya helay ayaa horreeya.',
  'queue.position': 'Liiska sugitaanka waxaad ku tahay lambarka {position} ee {ofTotal}. {sameBand, plural, =0 {Ma jiro qoys kaa horreeya oo u baahan guri cabbirka qoyskaaga ah.} one {# qoys oo kaa horreeya ayaa u baahan guri cabbirka qoyskaaga ah.} other {# qoys oo kaa horreeya ayaa u baahan guri cabbirka qoyskaaga ah.}}',
  'queue.moved_up': 'Tan iyo wareeggii hore, {moved, plural, one {# meel} other {# meelood}} ayaad kor ugu dhaqaaqday. Waxaad ahayd lambarka {previous}. Hadda waxaad tahay lambarka {current}.',
  'queue.moved_down': 'Tan iyo wareeggii hore, dib ayaad ugu dhacday liiska. Waxaad ahayd lambarka {previous}. Hadda waxaad tahay lambarka {current}.',
  'queue.unchanged': 'Meeshaada liiska ma isbeddelin. Waxaad tahay lambarka {current}.',
  'queue.joined': 'Waxaad ku cusub tahay liiska sugitaanka. Waxaad tahay lambarka {current}.',
  'queue.left': 'Mar dambe kuma jirtid liiska sugitaanka.',
  'queue.reason.placed_ahead': `${hh('count')} oo kaa horreeyay ayaa guri helay.`,
  'queue.reason.left_ahead': `${hh('count')} oo kaa horreeyay ayaa guri helay ama ka baxay liiska.`,
  'queue.reason.new_urgent_ahead': '{count, plural, one {# qoys oo cusub ayaa leh xaalad degdeg ah. Wuu kaa horreeyaa.} other {# qoys oo cusub ayaa leh xaalad degdeg ah. Waxay kaa horreeyaan.}}',
  'queue.reason.new_earlier_ahead': '{count, plural, one {# qoys oo cusub ayaa leh sharci deganaansho oo ka hor bilaabmay kaaga. Wuu kaa horreeyaa.} other {# qoys oo cusub ayaa leh sharci deganaansho oo ka hor bilaabmay kaaga. Waxay kaa horreeyaan.}}',
  'queue.reason.overtaken': `${hh('count')} ayaa hadda kaa horreeya, maxaa yeelay xaaladdoodu waa degdeg.`,
  'queue.reason.passed': `Hadda waxaad ka horreysaa ${hh('count')}, maxaa yeelay xaaladdaadu waa degdeg.`,
  'queue.reason.own_urgency_changed': 'Xaaladdaadu way isbeddeshay: hore waxay ahayd {from}, hadda waa {to}.',
  'wait.estimate.rounds': '{exact, select, yes {Sugitaanka la filayo: qiyaastii {high, plural, one {# wareeg} other {# wareeg}}.} other {Sugitaanka la filayo: {low} ilaa {high, plural, one {# wareeg} other {# wareeg}}.}}',
  'wait.estimate.months': '{exact, select, yes {Taasi waa qiyaastii {high, plural, one {# bil} other {# bilood}}.} other {{low, plural, =0 {Taasi waa qiyaastii {high, plural, one {# bil} other {# bilood}} gudahood.} other {Taasi waa qiyaastii {low, number} ilaa {high, plural, one {# bil} other {# bilood}}.}}}}',
  'wait.estimate.none': 'Weli ma qiyaasi karno muddada aad sugayso.',
  'wait.estimate.basis': `{roundsObserved, plural, =0 {Weli wareeg ma dhicin. Sidaa darteed weli wax la tiriyo ma jiraan.} other {Intii lagu jiray ${lastRounds('roundsObserved')}, {total, plural, =0 {ma jirin qoys kaaga la mid ah oo guri helay.} one {# qoys oo kaaga la mid ah ayaa guri helay.} other {# qoys oo kaaga la mid ah ayaa guri helay: celcelis ahaan {perRound, plural, =0 {wax ka yar hal} other {qiyaastii #}} wareeg kasta.}}}}{reason, select, none { {aheadOfYou, plural, =0 {Ma jiro qoys kaaga la mid ah oo kaa horreeya.} one {# qoys oo kaaga la mid ah ayaa kaa horreeya.} other {# qoys oo kaaga la mid ah ayaa kaa horreeya.}}} no_free_home_now { Laakiin muddadan, degmooyinka ku qaadan kara ma haystaan guri bannaan oo cabbirka qoyskaaga ah. Sidaa darteed weli ma sheegi karno goorta ay noobaddaadu timaaddo.} urgent_take_all { Laakiin tiro la mid ah oo qoysas ah oo xaalad degdeg ah leh ayaa kaa hor soo galay. Sidaa darteed liisku kuuma dhaqaaqin, weli mana sheegi karno goorta ay noobaddaadu timaaddo.} no_recent_placements { Sidaa darteed weli ma sheegi karno goorta ay noobaddaadu timaaddo.} no_history {} other { Laakiin hadda ma jirto degmo qaadan karta qoys kaaga la mid ah. Sidaa darteed wareegyadani ma sheegayaan goorta ay noobaddaadu timaaddo.}}`,
  'wait.estimate.not_a_promise': 'Tani waa qiyaas, ma aha ballan. Way isbeddeli kartaa.',
  'wait.driver.no_history': 'Weli wareegyo ma dhicin. Sidaa darteed ma qiyaasi karno muddada aad sugayso.',
  'wait.driver.no_municipality_meets_needs': `Hadda ma jirto degmo buuxin karta dhammaan baahiyahaaga: {needs}. ${solution}`,
  // HA (issue 11, waiting status): ties whose areas do not overlap; nothing taking part within reach.
  'wait.driver.hard_tie_reaches_apart': `Hawlwadeen ayaa hubiyay xiriirrada aad la leedahay {tiePlaces}. Waa inaad ku noolaataa meel u dhow mid kasta oo meelahaas ka mid ah. Laakiin meelahaasi aad ayay u kala fog yihiin: ma jirto degmo si ku filan ugu dhow dhammaantood. ${solution}`,
  'wait.driver.no_municipality_in_reach': `Ma jirto degmo ka qayb qaadata oo ku taal aagga aad ku noolaan karto. ${solution}`,
  'wait.driver.no_home_of_band': `{municipalities, plural, one {# degmo ayaa buuxisa baahiyahaaga. Laakiin ma laha} other {# degmo ayaa buuxiya baahiyahaaga. Laakiin midkoodna ma laha}} {band} oo qaadi kara {persons, plural, one {# qof} other {# qof}}. Ma jirin muddadan, mana jirin sannadkii la soo dhaafay. ${solution}`,
  'wait.driver.no_free_home_now': '{municipalities, plural, one {# degmo ayaa qaadan karta qoys kaaga la mid ah. Laakiin muddadan ma haysato} other {# degmo ayaa qaadan kara qoys kaaga la mid ah. Laakiin muddadan midkoodna ma haysto}} {band} bannaan oo qaadi kara {persons, plural, one {# qof} other {# qof}}. Guryo cusub ayaa iman doona muddada xigta.',
  'wait.estimate.fitting': '{municipalities, plural, =0 {Ma jirto degmo qaadan karta qoys kaaga la mid ah.} one {# degmo ayaa qaadan karta qoys kaaga la mid ah: waxay buuxisaa baahiyahaaga, waxayna leedahay {band} oo qaadi kara {persons, plural, one {# qof} other {# qof}} (bannaan ama aan bannaanayn).} other {# degmo ayaa qaadan kara qoys kaaga la mid ah: waxay buuxiyaan baahiyahaaga, waxayna leeyihiin {band} oo qaadi kara {persons, plural, one {# qof} other {# qof}} (bannaan ama aan bannaanayn).}}',
  'wait.driver.no_recent_placements': `Intii lagu jiray ${lastRounds('rounds')}, ma jirin qoys kaaga la mid ah oo guri ka helay meelaha kuu habboon. Sidaa darteed ma qiyaasi karno muddada aad sugayso.`,
  'wait.driver.large_home_scarce': 'Waxaa yar {band}: celcelis ahaan {perRound, plural, =0 {wax ka yar hal} other {qiyaastii #}} wareeg kasta, degmooyinka kuu habboon.',
  'wait.driver.hard_need_limits_places': '{municipalities, plural, =0 {{total} degmo midkoodna ma laha {need}.} one {{total} degmo dhexdood, # keliya ayaa leh {need}.} other {{total} degmo dhexdood, # keliya ayaa leh {need}.}}',
  'wait.driver.few_acceptable_places': 'Qoyskaagu wuxuu u guuri karaa oo keliya {municipalities, plural, one {# degmo} other {# degmo}}.',
  'wait.driver.hard_tie_reach': `Hawlwadeen ayaa hubiyay ${yourTie} ee ku sugan {tiePlace}. ${onlyWithin} {municipalities, plural, =0 {Aaggaas ma jirto degmo ku taal.} one {Aaggaas waxaa ku taal # degmo.} other {Aaggaas waxaa ku yaal # degmo.}}`,
  'wait.driver.many_ahead': '{ahead, plural, one {# qoys oo kaaga la mid ah ayaa kaa horreeya.} other {# qoys oo kaaga la mid ah ayaa kaa horreeya.}} {perRound, plural, =0 {Celcelis ahaan, wareeg kasta waxaa guri hela wax ka yar hal qoys oo iyaga ka mid ah.} one {Celcelis ahaan, wareeg kasta waxaa guri hela qiyaastii # qoys oo iyaga ka mid ah.} other {Celcelis ahaan, wareeg kasta waxaa guri hela qiyaastii # qoys oo iyaga ka mid ah.}}',
  'wait.driver.urgent_first': 'Qoysaska xaaladda degdegga ah leh ayaa horreeya. {ahead, plural, =0 {Hadda midkoodna kaama horreeyo.} one {Hadda # qoys oo iyaga ka mid ah ayaa kaa horreeya.} other {Hadda # qoys oo iyaga ka mid ah ayaa kaa horreeya.}} {perRound, plural, =0 {Celcelis ahaan, wareeg kasta waxaa yimaada wax ka yar hal qoys oo cusub.} one {Celcelis ahaan, wareeg kasta waxaa yimaada qiyaastii # qoys oo cusub.} other {Celcelis ahaan, wareeg kasta waxaa yimaada qiyaastii # qoys oo cusub.}}',
  'wait.driver.own_urgency': 'Qoyskaagu wuxuu leeyahay {urgency}. Sidaa darteed waad ka horreysaa dadka kale.',
  'wait.driver.few_rounds_observed': 'Ilaa hadda waxaan aragnay oo keliya {rounds, plural, one {# wareeg} other {# wareeg}}. Sidaa darteed qiyaastani waa mid guud oo keliya.',
  'others.urgency': `${lastRoundAll} {count, plural, one {# qoys ayaa lahaa xaalad kaaga degdeg badan. Sidaa darteed wuu kaa horreeyay.} other {# qoys ayaa lahaa xaalad kaaga degdeg badan. Sidaa darteed way kaa horreeyeen.}}`, // HA (issue 11): last round, all municipalities; only households for which this is the reason under the queue rule
  'others.hard_tie': `${lastRoundAll} {count, plural, one {# qoys oo liiska sugitaanka kaaga dambeeyay ayaa helay guri cabbirka qoyskaaga ah. Wuxuu lahaa shaqo ama waxbarasho agagaarka ah, waxaana khasab ku ahayd inuu meel u dhow ku noolaado.} other {# qoys oo liiska sugitaanka kaaga dambeeyay ayaa helay guri cabbirka qoyskaaga ah. Waxay lahaayeen shaqo ama waxbarasho agagaarka ah, waxaana khasab ku ahayd inay meel u dhow ku noolaadaan.}}`, // HA (issue 11): last round, all municipalities; only households for which this is the reason under the queue rule
  'others.family_tie': `${lastRoundAll} {count, plural, one {# qoys oo liiska sugitaanka kaaga dambeeyay ayaa helay guri cabbirka qoyskaaga ah, meel u dhow qaraabadiisa.} other {# qoys oo liiska sugitaanka kaaga dambeeyay ayaa helay guri cabbirka qoyskaaga ah, meel u dhow qaraabadooda.}}`, // HA (issue 11): last round, all municipalities; only households for which this is the reason under the queue rule
  'others.earlier_permit': `${lastRoundAll} {count, plural, one {# qoys oo u baahnaa guri cabbirka qoyskaaga ah ayaa lahaa isla heerka degdegga ee aad leedahay iyo sharci deganaansho oo ka hor bilaabmay kaaga. Sidaa darteed wuxuu kaaga horreeyay liiska sugitaanka.} other {# qoys oo u baahnaa guri cabbirka qoyskaaga ah ayaa lahaa isla heerka degdegga ee aad leedahay iyo sharci deganaansho oo ka hor bilaabmay kaaga. Sidaa darteed waxay kaaga horreeyeen liiska sugitaanka.}}`, // HA (issue 11): last round, all municipalities; only households for which this is the reason under the queue rule
  'others.smaller_homes_more_available': 'Guryaha bannaanaa intooda badan way yaraayeen: {placedShare, number, percent} ka mid ah qoysaska guri helay waxay u baahnaayeen {band}.',
  'others.profession_needed': `${lastRoundAll} {count, plural, one {# qoys oo liiska sugitaanka kaaga dambeeyay ayaa guri cabbirka qoyskaaga ah ka helay degmo u baahan xirfaddiisa.} other {# qoys oo liiska sugitaanka kaaga dambeeyay ayaa guri cabbirka qoyskaaga ah ka helay degmo u baahan xirfaddooda.}}`, // HA (issue 11): last round, all municipalities; only households for which this is the reason under the queue rule
  'others.none_placed_in_band': 'Wareeggii hore ma jirin {band} bannaan.',
  'others.small_groups_hidden': 'Kooxaha aadka u yar ma muujinno. Sidaas ayaan ku ilaalinnaa asturnaanta dadka kale.',
  // why others went first (per household, from the run): for the household, then for the officer
  'others_first.more_urgent': `${othersHh} ayaa guri helay adiga kahor, degmo aad adiguna ku noolaan kartay. Waxay yimaadeen adiga kadib, laakiin xaaladdoodu waxay ahayd degdeg. Xaaladaha degdegga ah ayaa horreeya.`,
  'others_first.officer_pin': `${othersAfter} Hawlwadeen ayaa meeshaas u doortay.`,
  'others_first.their_hard_tie': `${othersAfter} Waxay leeyihiin shaqo, waxbarasho ama qaraabo dhow oo agagaarka ah, waana inay meel u dhow ku noolaadaan.`,
  'others_first.their_needs': `${othersAfter} Waxay u baahan yihiin daryeel ama guri la habeeyay, degmadaasna way leedahay.`,
  'others_first.linked_family': `${othersAfter} Waxay halkaas la degeen qaraabadooda.`,
  'others_first.priority_trade_off': `${othersAfter} Meeshaasi iyaga ayay uga habboonayd adiga. Xeerarku tan waxay oggol yihiin oo keliya marka farqigaasi ka weyn yahay farqiga u dhexeeya meelahiinna liiska sugitaanka.`,
  'others_first.officer.more_urgent': `${othersHh} oo u baahan {band}, oo la dejiyay meel qoyskan loo aqbali karay, ayaa yimid goor dambe (taariikh sharci oo dambe) laakiin waxay ahaayeen kuwo ka degdeg badan.`,
  'others_first.officer.officer_pin': `${othersOfficer} hawlwadeen ayaa go’aan ku xiray (pin).`,
  'others_first.officer.their_hard_tie': `${othersOfficer} xiriir adag oo la hubiyay (shaqo, waxbarasho ama qaraabo heerka koowaad).`,
  'others_first.officer.their_needs': `${othersOfficer} baahi daryeel ama gelitaan (accessibility) oo halkaas lagu buuxiyay.`,
  'others_first.officer.linked_family': `${othersOfficer} qoysas isku xiran oo meel wada la dejiyay.`,
  'others_first.officer.priority_trade_off': `${othersOfficer} miisaanka xeerka mudnaanta (faa’iidada habboonaanta ee ay heleen ayaa ka culusayd kaalinta liiska).`,
  'waiting.no_municipality_meets_needs': 'Ma jirto degmo buuxisa dhammaan baahiyaha: {needs}. Tallaabo ayaa loo baahan yahay.',
  // HA (issue 11): ties apart, for the officer's list of households no municipality can take.
  'waiting.hard_tie_reaches_apart': 'Xiriirrada adag ee la hubiyay ee ku sugan {tiePlaces} aad ayay u kala fog yihiin: ma jirto degmo u dhow dhammaantood. Tallaabo ayaa loo baahan yahay.',
  'waiting.no_free_home_this_period': '{municipalities, plural, one {# degmo ayaa buuxisa baahiyaha, laakiin muddadan ma haysato} other {# degmo ayaa buuxiya baahiyaha, laakiin muddadan midkoodna ma haysto}} {band} bannaan oo qaadi kara {persons, plural, one {# qof} other {# qof}}. Tallaabo ayaa loo baahan yahay.',
  'waiting.no_acceptable_municipality': '{listed, plural, one {# degmo oo la aqbali karo lama yaqaan.} other {# degmo oo la aqbali karo midkoodna lama yaqaan.}} Tallaabo ayaa loo baahan yahay.',
  'unplaced.tie_no_room': `${notMatched} Hawlwadeen ayaa hubiyay ${yourTie} ee ku sugan {tiePlace}. ${onlyWithin} Aaggaas, {municipalities, plural, one {# degmo ayaa buuxisa} other {# degmo ayaa buuxiya}} baahiyahaaga. Laakiin midkoodna kuuma haysan {resource} bannaan oo ku filan. Waxaad u baahan tahay {needed, number}. Hal degmo gudaheeda, ugu badnaan {freeInReach, number} ayaa bannaanaa. ${stayNotFar}`,
  'unplaced.tie_no_room.officer': `Lama dejin: ${tieKind} ee {tiePlace} (fogaan {reachKm, number} km). Fogaantaas gudaheeda, {municipalities, plural, one {# degmo ayaa buuxisa} other {# degmo ayaa buuxiya}} baahiyaha, laakiin midkoodna ma haysan {resource} bannaan oo ku filan: loo baahan yahay {needed, number}, ugu badnaan hal degmo bannaan {freeInReach, number}. Si xiriirka loo ixtiraamo: ku dar awood fogaanta gudaheeda ama ku xir (pin).`,
  'unplaced.tie_no_room_combined': `${notMatched} Hawlwadeen ayaa hubiyay ${yourTie} ee ku sugan {tiePlace}. ${onlyWithin} Aaggaas, {municipalities, plural, one {# degmo ayaa buuxisa} other {# degmo ayaa buuxiya}} baahiyahaaga. Laakiin midkoodna kuuma haysan isku mar guri cabbirka qoyskaaga ah iyo meelo bannaan oo ku filan. ${stayNotFar}`,
  'unplaced.tie_no_room_combined.officer': `Lama dejin: ${tieKind} ee {tiePlace} (fogaan {reachKm, number} km). Fogaantaas gudaheeda, {municipalities, plural, one {# degmo ayaa buuxisa} other {# degmo ayaa buuxiya}} baahiyaha, laakiin midkoodna ma haysan isku mar guri cabbirkiisu sax yahay iyo meelo bannaan oo ku filan. Si xiriirka loo ixtiraamo: ku dar awood fogaanta gudaheeda ama ku xir (pin).`,
  'unplaced.tie_needs_unmet': `${notMatched} Hawlwadeen ayaa hubiyay ${yourTie} ee ku sugan {tiePlace}. ${onlyWithin} Laakiin ma jirto degmo aaggaas ku taal oo buuxin karta dhammaan baahiyaha qoyskaaga. ${solution}`,
  'unplaced.tie_needs_unmet.officer': `Lama dejin: ${tieKind} ee {tiePlace} (fogaan {reachKm, number} km), laakiin ma jirto degmo fogaantaas gudaheeda ah oo buuxisa dhammaan baahiyaha (daryeel, gelitaan, isku-darka la mamnuucay, fogaanta xiriirrada kale ee adag). Tallaabo ayaa loo baahan yahay: ku xir (pin) ama dib u eeg xiriirka.`,
  'unplaced.tie_place_unknown': `${notMatched} Hawlwadeen ayaa hubiyay ${yourTie} ee ku sugan {tiePlace}. Laakiin {tiePlace} kama qayb qaadanayso wareeggan. Sidaa darteed ma heli karno meel u dhow. ${solution}`,
  'unplaced.tie_place_unknown.officer': `Lama dejin: ${tieKind} ee {tiePlace}, oo aan ka mid ahayn degmooyinka wareeggan. Sidaa darteed lama yaqaan degmo fogaanta gudaheeda ah. Tallaabo ayaa loo baahan yahay: degmada ku dar wareegga ama ku xir (pin).`,
  'queue.status':
    '{status, select, proposed {{proposal, select, contested {Waxaad codsatay in dib loo eego soo jeedintaada ku saabsan {municipality}. Hawlwadeenka meelaynta ayaa go’aan gaari doona.} contest_rejected {Hawlwadeenka meelaynta ayaa eegay codsigaaga: soo jeedinta ku saabsan {municipality} way sii jiraysaa. Hadda waxaan sugaynaa jawaabta {municipality}.} other {{youAnswered, select, yes {Waxaad oggolaatay soo jeedinta ku saabsan {municipality}. Hadda waxaan sugaynaa jawaabta {municipality}.} other {Waxaad haysataa soo jeedin guri oo ku yaal {municipality}. Akhri soo jeedinta oo bixi jawaabtaada.}}}}} accepted {Adiga iyo {municipality} labadiinaba waad oggolaateen. Waxaad ku noolaan doontaa {municipality}. Degmadu waxay kuu sheegi doontaa goorta aad u guuri karto.} placed {Hadda waxaad ku nooshahay {municipality}.} withdrawn {Mar dambe kuma jirtid liiska sugitaanka.} other {{proposal, select, declined {{municipality} way diiday soo jeedinta. Mar kale ayaad ku jirtaa liiska sugitaanka. Meeshaadu weli waxay ku xiran tahay taariikhda sharcigaaga deganaanshaha.} contest_upheld {Hawlwadeenka meelaynta ayaa ku raacay codsigaaga. Soo jeedinta ku saabsan {municipality} waa la joojiyay. Mar kale ayaad ku jirtaa liiska sugitaanka.} withdrawn {Hawlwadeenka meelaynta ayaa joojiyay soo jeedinta ku saabsan {municipality}. Mar kale ayaad ku jirtaa liiska sugitaanka.} expired {Waqtigii aad uga jawaabi lahayd soo jeedinta ku saabsan {municipality} wuu dhammaaday. Mar kale ayaad ku jirtaa liiska sugitaanka.} other {Waxaad ku jirtaa liiska sugitaanka.}}}}',
  'label.need.hospital': 'isbitaal',
  'label.need.mental_health': 'daryeelka caafimaadka maskaxda',
  'label.need.chronic_care': 'daryeel cudur muddo dheer socda',
  'label.need.wheelchair': 'guri ku habboon kursiga giraangiraha leh',
  'label.need.ground_floor': 'guri aan jaranjaro lahayn',
  'label.urgency.medical': 'xaalad caafimaad oo degdeg ah',
  'label.urgency.social': 'xaalad bulsho oo degdeg ah',
  'label.urgency.none': 'xaalad aan degdeg ahayn',
  'label.tie.family': 'qaraabo',
  'label.tie.community': 'bulsho',
  'label.tie.job_contract': 'shaqo',
  'label.tie.study_place': 'goob waxbarasho',
  'label.tie.best_score': 'meesha ugu habboon',
  'label.institution.mbo': 'dugsi MBO ah (tababar xirfadeed)',
  'label.institution.hbo': 'kulliyad xirfadeed oo sare (HBO)',
  'label.institution.university': 'jaamacad',
  'label.setting.urban': 'magaalo',
  'label.setting.suburban': 'magaalo ka yar',
  'label.setting.rural': 'tuulo miyiga ku taal',
  'label.setting.no_preference': 'meel kasta',
  'label.resource.persons': 'meelo',
  'label.resource.homes_1_2': 'guryo loogu talagalay 1 ama 2 qof',
  'label.resource.homes_3_4': 'guryo loogu talagalay 3 ama 4 qof',
  'label.resource.homes_5_plus': 'guryo loogu talagalay 5 qof ama ka badan',
  'wait.driver.urgent_take_all': `Intii lagu jiray ${lastRounds('rounds')}, wareeg kasta celcelis ahaan {perRound, plural, =0 {wax ka yar hal qoys oo kaaga la mid ah} one {qiyaastii # qoys oo kaaga la mid ah} other {qiyaastii # qoys oo kaaga la mid ah}} ayaa guri helay. Laakiin wareeg kasta, celcelis ahaan {urgentPerRound, plural, =0 {wax ka yar hal qoys} one {qiyaastii # qoys} other {qiyaastii # qoys}} oo xaalad degdeg ah leh ayaa kaa hor soo galay. Sidaa darteed liisku kuuma dhaqaaqin, weli mana qiyaasi karno muddada aad sugayso.`,

  // ── issue 11, part H2 (proposals): what both sides plan around ──
  'proposal.respond_by': 'Fadlan ka jawaab soo jeedintan ugu dambeyn {respondBy, date, long}.',
  'proposal.contact': 'Qofka aad kala xiriirto {municipality} waa {name}. Waxaad qofkan kula xiriiri kartaa {reach}.',
  'proposal.expected_move_in': '{municipality} waxay filaysaa inaad guurto {expectedMoveIn, date, long}. Taariikhdani weli way isbeddeli kartaa.',
  // --- H3 (issue 11): an ISCO-08 title in the reader's language (matching/messages/isco-title.ts) ---
  'name.isco_official': '{nl} / {en} (magacyada rasmiga ah ee af-Holandiiska iyo af-Ingiriisiga)',
  // --- end H3 ---
  // --- issue 16: e-mails (mail-codes.ts) ---
  'mail.notice.subject': '{count, plural, one {Fariin cusub ayaa kuu timid} other {# fariimood oo cusub ayaa kuu yimid}}',
  'mail.notice.body': '{count, plural, one {Fariin cusub ayaa kuugu jirta app-ka Guri kadib sharciga deganaanshaha.} other {# fariimood oo cusub ayaa kuugu jira app-ka Guri kadib sharciga deganaanshaha.}}',
  'mail.notice.readHere': '{count, plural, one {Gal si aad u akhrido fariinta:} other {Gal si aad u akhrido fariimaha:}}',
  'mail.notice.why': 'Waxa fariintu sheegayso waxaad ku akhrin kartaa oo keliya app-ka. Iimaylkan waxaad u heshay sababtoo ah iimaylku wuu u shidan yahay akoonkaaga. Ma rabtaa inaadan mar dambe iimayl helin? Ka dami qaybta Fariimaha ee app-ka.',
  'mail.reset.subject': 'Furo sir ah oo cusub oo loogu talagalay app-ka Guri kadib sharciga deganaanshaha',
  'mail.reset.body': 'Waxaad codsatay furo sir ah oo cusub. Linkiga hoose wuxuu shaqeeyaa hal mar keliya, muddo {minutes, plural, one {# daqiiqo} other {# daqiiqo}}.',
  'mail.reset.readHere': 'Halkan ka dooro furo sir ah oo cusub:',
  'mail.reset.notYou': 'Adigu ma codsan tan? Markaas waxba ha samayn. Furahaaga sirta ah isma beddelayo.',
};
