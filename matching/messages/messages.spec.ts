import { IntlMessageFormat } from 'intl-messageformat';
import { EXPLAIN_CODES } from '../explain/types.js';
import { OTHERS_FIRST_CODES, othersFirstMessages } from '../explain/others-first.js';
import { REASON_CODES } from '../scoring/reasons.js';
import { WAITING_CODES } from '../waiting/codes.js';
import { LABEL_SETS } from './codes.js';
import { argumentsOf, CATALOGUES, MESSAGE_CODES, MESSAGE_PARAMS, MESSAGE_READER, localeOfTag, localesOfRole, negotiateLocale, READER_LOCALES, render, renderAll, RTL_LOCALES, STAFF_LOCALES, SUPPORTED_LOCALES, UNREVIEWED_LOCALES, type Locale } from './index.js';

/** The languages a message key must exist in: its reader's (officer texts: Dutch and English). */
const localesOf = (code: string) => READER_LOCALES[MESSAGE_READER[code]];

const SAMPLE: Record<string, unknown> = {
  member: 2, isco: '2142', listed: '214', group: '21', institution: 'hbo', educationLevel: 6, aspiration: 'any_work', count: 3,
  preferred: 'rural', urbanisation: 4, household: 'H1', language: 'ar', need: 'hospital', children: 2, adults: 1,
  kind: 'job_contract', municipality: 'GM0363', km: 12.5, resource: 'homes_5_plus', needed: 1, capacity: 0,
  households: ['H1', 'H2'], code: 'filter.care_unavailable', fit: 0.8, outcomeFit: 0.7, value: 1.8, outcomeValue: 1.7, rank: 2, options: 14, fitting: 212, fits: true, isOption: true,
  fitKnown: 'yes', outcomeFitKnown: 'yes', fittingKnown: 'yes', used: 2, linked: 2, ownFit: 0.63, ownFitKnown: 'yes', fitHigher: 'yes',
  binding: [{ resource: 'homes_5_plus', used: 2, capacity: 2, needed: 1 }], netValueThere: 0.4, netValueOutcome: 0.5, priceExceedsGain: true,
  pinned: 'GM0344', reasons: [], position: 12, ofTotal: 340, ahead: 11, sameBand: 4, band: 'homes_5_plus', previous: 15, current: 12, moved: 3,
  from: 'none', to: 'medical', low: 2, high: 4, mean: 3.5, aheadOfYou: 4, roundsObserved: 6, needs: ['hospital', 'wheelchair'],
  rounds: 3, perRound: 4, total: 12, urgency: 'medical', placedShare: 0.72, municipalities: 5, persons: 12,
  status: 'proposed', proposal: 'open', youAnswered: 'no', hidden: 'no', threshold: 3, tiePlace: 'GM0344', tiePlaces: ['GM1581', 'GM0150'], reachKm: 30, freeInReach: 0,
  minGroupSize: 10, points: 10, dimension: 'sizeBand', stated: 'yes', hiddenHouseholds: 4,
  respondBy: '2026-12-15', expectedMoveIn: '2027-02-01', name: 'Anouk de Vries', reach: ['a.devries@amsterdam.nl', '+31 20 123 4567'],
  urgentPerRound: 5, reason: 'none', minutes: 60,
};
const sample = (code: string) => {
  const p = Object.fromEntries(MESSAGE_PARAMS[code].map((k) => [k, SAMPLE[k]]));
  if (code.startsWith('unit.')) { if ('municipalities' in p) p.municipalities = ['GM0363', 'GM0344']; if ('group' in p) p.group = 'L1'; }
  if (code.startsWith('waiting.')) p.listed = 2;
  return p;
};

describe('reasons stored before a code gained a parameter', () => {
  it('render with the value that was true then (ties were declared), not as the bare code', () => {
    const stored = render('ties.distance', { kind: 'job_contract', municipality: 'GM0344', km: 12 }, 'en');
    expect(stored.missing).toBe(false);
    expect(stored.text).toBe(render('ties.distance', { kind: 'job_contract', municipality: 'GM0344', km: 12, status: 'declared' }, 'en').text);
    // outcomes gained `pinned` and `linked` (not stored): without them they read as before, never as the bare code
    for (const locale of SUPPORTED_LOCALES) {
      expect(render('explain.placed', { municipality: 'GM0344', fit: 0.8, value: 1.8, rank: 2, options: 65, fitting: null, fits: true, isOption: true }, locale).missing).toBe(false);
    }
    for (const locale of ['nl', 'en']) {
      expect(render('explain.placed.officer', { municipality: 'GM0344', fit: 0.8, value: 1.8, rank: 2, options: 65, fitting: null, fits: true, isOption: true }, locale).missing).toBe(false);
    }
    for (const code of ['network.family_here', 'ties.unknown_location']) {
      for (const locale of SUPPORTED_LOCALES) expect(render(code, { household: 'h1', kind: 'study_place', municipality: 'GM0344' }, locale).missing).toBe(false);
    }
  });
});

describe('message catalogues', () => {
  it('cover every code of the matching core in every language', () => {
    const sources = [...REASON_CODES, ...EXPLAIN_CODES, ...WAITING_CODES, ...OTHERS_FIRST_CODES];
    for (const c of sources) expect(MESSAGE_CODES).toContain(c);
    const missing = MESSAGE_CODES.flatMap((c) => localesOf(c).filter((l) => CATALOGUES[l][c] === undefined).map((l) => `${l}:${c}`));
    expect(missing).toEqual([]);
  });
  it('have no keys that are not codes', () => {
    const extra = SUPPORTED_LOCALES.flatMap((l) => Object.keys(CATALOGUES[l]).filter((k) => !MESSAGE_CODES.includes(k)).map((k) => `${l}:${k}`));
    expect(extra).toEqual([]);
  });
  it('every message parses and uses only declared parameters', () => {
    const bad: string[] = [];
    for (const l of SUPPORTED_LOCALES) for (const [code, msg] of Object.entries(CATALOGUES[l])) {
      let all: Set<string>;
      try { all = argumentsOf(new IntlMessageFormat(msg!, l).getAst()).all; } catch (e) { bad.push(`${l}:${code}: ${(e as Error).message}`); continue; }
      for (const a of all) if (!MESSAGE_PARAMS[code]?.includes(a)) bad.push(`${l}:${code}: undeclared {${a}}`);
    }
    expect(bad).toEqual([]);
  });
  it('finds the arguments of a message at every depth: plain, formatted, inside plural, select and tags', () => {
    const ast = new IntlMessageFormat('{a} {n, number} {d, date} {k, select, x {<b>{inTag}</b>} other {{inSelect}}} {c, plural, one {# {inPlural}} other {}}', 'en').getAst();
    const { simple, all } = argumentsOf(ast);
    expect([...simple].sort()).toEqual(['a', 'inPlural', 'inSelect', 'inTag']);
    expect([...all].sort()).toEqual(['a', 'c', 'd', 'inPlural', 'inSelect', 'inTag', 'k', 'n']);
  });
  it('renders every code with sample params without leftovers, in every language', () => {
    const bad: string[] = [];
    for (const code of MESSAGE_CODES) for (const l of localesOf(code)) {
      const r = render(code, sample(code), l);
      // '..' catches a sentence's full stop after an abbreviation that ends a date (uk: '14 грудня 2026 р..')
      if (r.missing || r.locale !== l || /[{}]/.test(r.text) || /undefined|NaN|\[object/.test(r.text) || /\.\./.test(r.text)) bad.push(`${l}:${code}: ${r.text}`);
    }
    expect(bad).toEqual([]);
  });
  it('has a label for every enumerated value in every language', () => {
    const missing = SUPPORTED_LOCALES.flatMap((l) => Object.entries(LABEL_SETS).flatMap(([s, vs]) => vs.filter((v) => !CATALOGUES[l][`label.${s}.${v}`]).map((v) => `${l}:${s}.${v}`)));
    expect(missing).toEqual([]);
  });
});

describe('render', () => {
  it('inserts names, titles, labels, numbers and lists', () => {
    const names = { municipality: (id: string) => ({ GM0363: 'Amsterdam', GM0344: 'Utrecht' })[id], isco: (c: string) => (c === '2161' ? 'building architect' : undefined) };
    expect(render('labour.shortage_exact', { member: 1, isco: '2161', municipality: 'GM0363' }, 'en', { names }).text).toBe('Amsterdam needs people in your profession: building architect.');
    expect(render('ties.distance', { kind: 'job_contract', municipality: 'GM0344', km: 12.5, status: 'verified' }, 'nl', { names }).text).toBe('Utrecht ligt 12,5 km van uw werk.');
    expect(render('ties.distance', { kind: 'job_contract', municipality: 'GM0344', km: 12.5, status: 'declared' }, 'en', { names }).text)
      .toBe('Utrecht is 12.5 km from your job. You told us about this. An officer has not checked it yet, so it counts as a wish, not as a rule.');
    expect(render('network.family_here', { household: 'H1', municipality: 'GM0363', status: 'declared' }, 'nl', { names }).text)
      .toBe('U heeft familie in Amsterdam. U heeft ons dit verteld. Een medewerker heeft het nog niet gecontroleerd.');
    expect(render('filter.outside_tie_reach', { household: 'H1', kind: 'job_contract', tiePlace: 'GM0344', km: 41.3, reachKm: 30, municipality: 'GM0363' }, 'en', { names }).text)
      .toBe('Amsterdam is not possible for you. It is 41.3 km from your job in Utrecht. An officer checked your job, so you can only live within 30 km of it.');
    const short = { household: 'H1', kind: 'job_contract', tiePlace: 'GM0344', reachKm: 30, resource: 'homes_1_2', needed: 1, freeInReach: 0, municipalities: 4 };
    expect(render('unplaced.tie_no_room', short, 'en', { names }).text).toBe(
      'You were not matched in this round. An officer checked your job in Utrecht. So you can only live within 30 km of it. In that area, 4 municipalities meet your needs. '
      + 'But none of them had enough homes for 1 or 2 people free for you. You need 1. The most that was free in one municipality was 0. You stay on the waiting list. We will not send you further away.');
    expect(render('unplaced.tie_no_room.officer', short, 'en', { names }).text).toBe(
      'Not placed: verified job contract in Utrecht (reach 30 km). Within reach, 4 municipalities meet the needs, but none had enough homes for 1 or 2 people free: needed 1, most free in one municipality 0. To honour the tie, add capacity within reach or pin.');
    expect(render('explain.preferred_within_reach', { reachKm: 30, fit: 0.5, outcomeFit: 0.6, value: 1.5, outcomeValue: 1.6, municipality: 'GM0344', kind: 'job_contract' }, 'en', { names }).text)
      .toBe('Your job is in Utrecht. The place you got is within 30 km of it, and it fitted you at least as well.');
    expect(render('wait.driver.no_municipality_meets_needs', { needs: ['hospital', 'wheelchair'] }, 'en').text).toBe('No municipality can meet all your needs now: a hospital and a home for a wheelchair. An officer will look for a solution.');
    expect(render('explain.alt_capacity', { binding: [{ resource: 'homes_5_plus', used: 3, capacity: 3, needed: 1 }], fit: 0.9, outcomeFit: null, netValueThere: 0, netValueOutcome: 0, priceExceedsGain: true, municipality: 'GM0363' }, 'en', { names }).text)
      .toBe('In this period, Amsterdam had no more homes for 5 or more people free for you.');
    expect(render('wait.estimate.rounds', { low: 3, high: 3 }, 'en').text).toBe('Expected wait: about 3 matching rounds.');
    expect(render('wait.estimate.rounds', { low: 2, high: 4 }, 'en').text).toBe('Expected wait: 2 to 4 matching rounds.');
    expect(render('others.smaller_homes_more_available', { band: 'homes_1_2', placedShare: 0.72 }, 'en').text).toBe('Most free homes were small: 72% of the households that found a home needed homes for 1 or 2 people.');
  });
  it('falls back to English, then to the code flagged missing', () => {
    expect(render('queue.left', {}, 'fr')).toEqual({ text: 'You are no longer on the waiting list.', locale: 'en', missing: false });
    expect(render('no.such_code', {}, 'ar')).toEqual({ text: 'no.such_code', locale: 'ar', missing: true });
    expect(render('queue.reason.placed_ahead', {}, 'uk').missing).toBe(true); // a required param is missing
  });
  it('renderAll renders structured items in order', () => {
    const out = renderAll([{ code: 'wait.driver.no_history', params: {} }, { code: 'others.urgency', params: { count: 5 } }], 'nl');
    expect(out.map((o) => o.text)).toEqual(['Er zijn nog geen rondes geweest. Daarom kunnen we uw wachttijd niet schatten.', 'In de vorige ronde, in alle gemeenten samen, hadden 5 huishoudens een dringendere situatie dan u. Zij gingen daarom voor.']);
  });
  it('Arabic plural forms render for 0, 1, 2, 3, 11, 100', () => {
    const texts = [0, 1, 2, 3, 11, 100].map((count) => render('queue.reason.placed_ahead', { count }, 'ar').text);
    expect(texts).toEqual([
      'لم تجد أي أسرة كانت أمامك مسكنًا.',
      'وجدت أسرة واحدة كانت أمامك مسكنًا.',
      'وجدت أسرتان كانتا أمامك مسكنًا.',
      'وجدت 3 أسر كانت أمامك مسكنًا.',
      'وجدت 11 أسرة كانت أمامك مسكنًا.',
      'وجدت 100 أسرة كانت أمامك مسكنًا.',
    ]);
    // every Arabic count message renders distinctly for the six categories where it has them
    const counts = [0, 1, 2, 3, 11, 100].map((n) => render('explain.unplaced', { options: 65, fitting: n }, 'ar').text);
    expect(new Set(counts).size).toBe(6);
  });
  it('the fitting count says one person or many people (a single person was told "room for 1 people")', () => {
    const fitting = (persons: number, locale: string) => render('wait.estimate.fitting', { municipalities: 339, band: 'homes_1_2', persons }, locale).text;
    expect(fitting(1, 'en')).toBe('339 municipalities can take a household like yours: they meet your needs and have homes for 1 or 2 people with room for 1 person (free or not).');
    expect(fitting(12, 'en')).toContain('with room for 12 people (free or not).');
    expect(render('wait.estimate.fitting', { municipalities: 1, band: 'homes_1_2', persons: 1 }, 'en').text).toContain('it meets your needs and has homes for 1 or 2 people with room for 1 person (free or not).');
    expect(fitting(1, 'nl')).toContain('met plaats voor 1 persoon (vrij of niet).');
    expect(fitting(12, 'nl')).toContain('met plaats voor 12 personen (vrij of niet).');
    expect(render('wait.estimate.fitting', { municipalities: 1, band: 'homes_1_2', persons: 1 }, 'nl').text).toContain('met plaats voor 1 persoon (vrij of niet).');
    // the other texts that name the household's person places
    for (const code of ['wait.driver.no_home_of_band', 'wait.driver.no_free_home_now', 'waiting.no_free_home_this_period']) {
      const text = (persons: number, locale: string) => render(code, { municipalities: 3, band: 'homes_1_2', persons }, locale).text;
      expect({ code, en: text(1, 'en'), nl: text(1, 'nl') }).toEqual({ code, en: expect.stringMatching(/room for 1 person[ ,]/), nl: expect.stringMatching(/plaats voor 1 persoon[ ,]/) });
      expect({ code, en: text(4, 'en'), nl: text(4, 'nl') }).toEqual({ code, en: expect.stringMatching(/room for 4 people[ ,]/), nl: expect.stringMatching(/plaats voor 4 personen[ ,]/) });
    }
  });
  it('one municipality is "it", not "none of them" (nl, en)', () => {
    for (const code of ['wait.driver.no_home_of_band', 'wait.driver.no_free_home_now', 'waiting.no_free_home_this_period']) {
      const one = (locale: string) => render(code, { municipalities: 1, band: 'homes_1_2', persons: 2 }, locale).text;
      expect({ code, en: /none of them|none has/.test(one('en')), nl: /geen van/.test(one('nl')) }).toEqual({ code, en: false, nl: false });
      expect(render(code, { municipalities: 3, band: 'homes_1_2', persons: 2 }, 'en').text).toMatch(/none (of them )?has/);
    }
  });
  it('Ukrainian plural forms: one, few, many', () => {
    expect([1, 3, 5, 21].map((count) => /\d+ \S+/.exec(render('others.urgency', { count }, 'uk').text)?.[0])).toEqual(['1 сімʼя', '3 сімʼї', '5 сімей', '21 сімʼя']);
  });
});

describe('negotiateLocale', () => {
  it('picks the best supported language', () => {
    expect(negotiateLocale('ar-SY,ar;q=0.9,en;q=0.5')).toBe('ar');
    expect(negotiateLocale('fr-FR,uk;q=0.8,nl;q=0.9')).toBe('nl');
    expect(negotiateLocale('uk')).toBe('uk');
    expect(negotiateLocale('nl-BE')).toBe('nl');
    expect(negotiateLocale('fr, de;q=0.5')).toBe('en');
    expect(negotiateLocale('ar;q=0, uk;q=0.1')).toBe('uk');
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('*')).toBe('en');
  });

  it('reads the newcomer languages, Dari and Iranian Persian as Persian (fa)', () => {
    expect(negotiateLocale('ti-ER,en;q=0.5')).toBe('ti');
    expect(negotiateLocale('prs-AF,ps;q=0.9')).toBe('fa');
    expect(negotiateLocale('pes')).toBe('fa');
    expect(negotiateLocale('tr-TR')).toBe('tr');
    expect(negotiateLocale('so')).toBe('so');
  });

  it('takes no name of an object’s own machinery for a language ("constructor", "__proto__", "toString")', () => {
    for (const tag of ['constructor', 'Constructor-XY', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(localeOfTag(tag)).toBeNull();
      expect(negotiateLocale(tag)).toBe('en');
      expect(render('proposal.respond_by', { respondBy: '2026-12-15' }, tag).locale).toBe('en');
    }
  });
});

describe('the newcomer languages (issue 16)', () => {
  it('give a member of staff only the languages their texts exist in', () => {
    expect(localesOfRole('newcomer')).toEqual(SUPPORTED_LOCALES);
    for (const role of ['municipality', 'officer', 'admin'] as const) expect(localesOfRole(role)).toEqual(STAFF_LOCALES);
    expect(READER_LOCALES.municipality).toEqual(STAFF_LOCALES);
    expect(UNREVIEWED_LOCALES).toEqual(['ti', 'fa', 'tr', 'so']);
    expect(RTL_LOCALES).toEqual(['ar', 'fa']);
  });

  it('write dates in the Gregorian calendar and numbers in Latin digits in every language, Persian too', () => {
    for (const l of SUPPORTED_LOCALES) {
      const text = render('proposal.respond_by', { respondBy: '2026-12-15' }, l).text;
      expect(text).toContain('2026');
      expect(text).toContain('15');
      expect(text).not.toMatch(/[۰-۹٠-٩]/);
    }
  });

  it('tell a municipality reading a newcomer language in English (render falls back)', () => {
    const r = render('proposal.respond_by.municipality', { respondBy: '2027-01-01' }, 'tr');
    expect(r.locale).toBe('en');
    expect(r.missing).toBe(false);
  });
});

describe('why others went first (per household)', () => {
  it('says "fewer than k" for a hidden count and the number otherwise, in every language', () => {
    const o = { household: 'H1', band: 'homes_1_2' as const, threshold: 3, total: 7, counts: [{ category: 'more_urgent' as const, count: null }, { category: 'priority_trade_off' as const, count: 6 }] };
    const [urgent, tradeOff] = othersFirstMessages(o, 'newcomer');
    expect(render(urgent.code, urgent.params, 'en').text).toMatch(/^Fewer than 3 households got a home before you/);
    expect(render(tradeOff.code, tradeOff.params, 'nl').text).toMatch(/^6 huishoudens na u in de wachtrij/);
    const officer = othersFirstMessages(o, 'officer');
    expect(officer.map((m) => m.code)).toEqual(['others_first.officer.more_urgent', 'others_first.officer.priority_trade_off']);
    for (const l of SUPPORTED_LOCALES) expect(render(officer[1].code, officer[1].params, l).text).toContain('6');
  });
});

describe('officer texts of a run review and the counts they say (issue 11)', () => {
  const names = { municipality: (id: string) => ({ GM0363: 'Amsterdam', GM0344: 'Utrecht' } as Record<string, string>)[id] };
  const placed = { municipality: 'GM0363', fit: 0.8234, value: 1.9234, rank: 1, options: 65, fitting: 212, fits: true, isOption: true, pinned: null, linked: 1, ownFit: 0.8234 };
  it('explain.placed counts the municipalities that fit, not the maxOptions cut-off, and shows fit on 0–1 apart from the placement value', () => {
    expect(render('explain.placed', placed, 'en', { names }).text).toBe('You are matched with Amsterdam. It was number 1 of the 212 municipalities that could take your household in this round.');
    expect(render('explain.placed.officer', placed, 'en', { names }).text).toBe(
      'Placed in Amsterdam: number 1 by placement value of the 212 municipalities that fit the household in this round (its needs, the reach of its hard ties, and a home of its band and enough person places free in the round’s capacity for this period); '
      + 'the solver compared the best 65 of them. Fit 0.82 on the scale 0 to 1; placement value 1.923.');
    expect(render('explain.placed.officer', placed, 'nl', { names }).text).toContain('Passendheid 0,82 op de schaal 0 tot 1; plaatsingswaarde 1,923.');
  });
  it('an explanation stored before fits and fitting counts were recorded says what it knows, never an old figure as a fit', () => {
    const old = { ...placed, fit: null, fitting: null };
    expect(render('explain.placed', old, 'en', { names }).text).toBe('You are matched with Amsterdam. It was number 1 of the 65 places we compared for you.');
    expect(render('explain.placed.officer', old, 'en', { names }).text).toBe('Placed in Amsterdam: number 1 by placement value of the 65 places the solver compared. Fit not recorded on the scale 0 to 1; placement value 1.923.');
    const alt = { binding: [{ resource: 'homes_5_plus', used: 3, capacity: 3, needed: 1 }], fit: null, outcomeFit: null, netValueThere: 1.2, netValueOutcome: 1.5, priceExceedsGain: true, municipality: 'GM0344', linked: 1 };
    expect(render('explain.alt_capacity.officer', alt, 'nl', { names }).text).toContain('Passendheid daar niet vastgelegd; netto plaatsingswaarde daar 1,200');
  });
  // issue 11, HB: a pinned household, a linked unit's fit, and a place that fitted better but lost to the stability bonus
  it('a pinned household: the text says the officer chose the place and the solver compared only it, never "the best 1"', () => {
    const pinned = { ...placed, rank: 2, options: 1, fitting: 53, pinned: 'GM0363' };
    const officerEn = render('explain.placed.officer', pinned, 'en', { names }).text;
    expect(officerEn).toMatch(/^Placed in Amsterdam by an officer’s pin: the solver compared only that place\. By placement value it is number 2 of the 53 municipalities that fit/);
    expect(officerEn).not.toMatch(/best 1\b/);
    const officerNl = render('explain.placed.officer', pinned, 'nl', { names }).text;
    expect(officerNl).toMatch(/^Geplaatst in Amsterdam door een vastzetting van een medewerker: de solver vergeleek alleen die plaats\. Op plaatsingswaarde is het nummer 2 van de 53 gemeenten/);
    expect(officerNl).not.toMatch(/beste 1\b/);
    expect(render('explain.placed', pinned, 'en', { names }).text).toBe(
      'You are matched with Amsterdam. An officer chose this place for you. It was number 2 of the 53 municipalities that could take your household in this round.');
    for (const l of SUPPORTED_LOCALES) {
      const r = render('explain.placed', pinned, l, { names });
      expect(r.missing).toBe(false);
      expect(r.locale).toBe(l);
      expect(render('explain.placed', { ...pinned, fitting: null }, l, { names }).text).not.toContain('1');
    }
    expect(render('explain.placed', { ...pinned, fitting: null }, 'en', { names }).text).toBe('You are matched with Amsterdam. An officer chose this place for you.');
  });
  it('a linked unit: the officer text says the fit is the mean over the linked households and gives this household’s own fit beside it', () => {
    const linked = { ...placed, fit: 0.7399, linked: 2, ownFit: 0.633 };
    expect(render('explain.placed.officer', linked, 'en', { names }).text).toContain('Fit 0.74 on the scale 0 to 1 (the mean over the 2 linked households placed together; this household alone 0.63); placement value 1.923.');
    expect(render('explain.placed.officer', linked, 'nl', { names }).text).toContain('Passendheid 0,74 op de schaal 0 tot 1 (het gemiddelde over de 2 gekoppelde huishoudens die samen zijn geplaatst; dit huishouden alleen 0,63)');
    expect(render('explain.placed.officer', placed, 'en', { names }).text).not.toContain('mean');
    const alt = { fit: 0.7399, outcomeFit: 0.7, value: 1.9, outcomeValue: 1.95, municipality: 'GM0344', linked: 2 };
    expect(render('explain.alt_not_higher.officer', alt, 'en', { names }).text).toContain('Fit there 0.74, at the outcome 0.70 (means over the 2 linked households placed together).');
    expect(render('explain.alt_not_higher.officer', alt, 'nl', { names }).text).toContain('(gemiddelden over de 2 gekoppelde huishoudens die samen worden geplaatst)');
  });
  it('a place with a higher fit but no higher placement value is never told it "did not fit you better"; the text names the kept earlier placement', () => {
    const higher = { fit: 0.936364, outcomeFit: 0.931818, value: 1.985, outcomeValue: 1.99, municipality: 'GM0344', linked: 1 };
    const lower = { ...higher, fit: 0.9 };
    const notBetter: Record<Locale, RegExp> = {
      en: /did not fit you better/, nl: /paste niet beter/, ar: /لم تكن تناسبك أكثر/, uk: /не підходив вам краще/,
      ti: /ዝያዳ ኣይሰማማዓኩምን/, fa: /مناسب‌تر نبود/, tr: /daha uygun değildi/, so: /kaagama habboonayn/,
    };
    const keptEarlier: Record<Locale, RegExp> = {
      en: /earlier calculation of this round/, nl: /eerdere berekening van deze ronde/, ar: /حساب سابق في هذه الجولة/, uk: /попередньому розрахунку цього раунду/,
      ti: /ናይ ቅድሚኡ ሕሳብ ናይዚ ዙር/, fa: /محاسبه قبلی در همین دور/, tr: /bu turun daha önceki bir hesaplamasında/, so: /xisaab hore oo wareeggan/,
    };
    for (const l of SUPPORTED_LOCALES) {
      const yes = render('explain.alt_not_higher', higher, l, { names });
      expect(yes.locale).toBe(l);
      expect(yes.text).not.toMatch(notBetter[l]);
      expect(yes.text).toMatch(keptEarlier[l]);
      expect(render('explain.alt_not_higher', lower, l, { names }).text).toMatch(notBetter[l]);
      const unknown = render('explain.alt_not_higher', { ...higher, fit: null }, l, { names });
      expect(unknown.missing).toBe(false);
      expect(unknown.text).not.toMatch(notBetter[l]);
      const tie = render('explain.preferred_within_reach', { ...higher, reachKm: 30, kind: 'job_contract' }, l, { names }).text;
      expect(tie).toMatch(keptEarlier[l]);
    }
    expect(render('explain.alt_not_higher', higher, 'en', { names }).text).toBe(
      'Utrecht fitted you a little better. But in an earlier calculation of this round you already had the place you got. We keep such a place when the difference is small.');
    expect(render('explain.preferred_within_reach', { ...higher, reachKm: 30, kind: 'job_contract' }, 'en', { names }).text).not.toContain('at least as well');
    expect(render('explain.alt_not_higher.officer', higher, 'en', { names }).text).toContain('The fit is higher there: the stability bonus for keeping the anchor run’s placement at the outcome outweighed it.');
    expect(render('explain.alt_not_higher.officer', higher, 'nl', { names }).text).toContain('De passendheid is daar hoger: de stabiliteitsbonus');
    expect(render('explain.alt_not_higher.officer', lower, 'en', { names }).text).not.toContain('higher there');
    // the same kind: room the answer did not use at a place with a higher placement value but no higher fit
    const room = { fit: 0.9, outcomeFit: 0.931818, netValueThere: 1.2, netValueOutcome: 1.1, municipality: 'GM0344', linked: 1 };
    const fittedBetter: Record<Locale, RegExp> = {
      en: /fitted you better/, nl: /paste beter/, ar: /تناسبك أكثر/, uk: /підходив вам краще/,
      ti: /ዝያዳ ይሰማማዓኩም/, fa: /مناسب‌تر بود/, tr: /daha uygundu/, so: /si ka fiican ayay kuugu habboonayd/,
    };
    for (const l of SUPPORTED_LOCALES) {
      expect(render('explain.alt_room_available', room, l, { names }).text).not.toMatch(fittedBetter[l]);
      expect(render('explain.alt_room_available', { ...room, fit: 0.95 }, l, { names }).text).toMatch(fittedBetter[l]);
    }
  });
  it('officer reason texts read stored reasons that lack a later parameter, like the newcomer texts', () => {
    expect(render('network.family_here.officer', { household: 'H1', municipality: 'GM0363' }, 'en', { names })).toEqual({
      text: 'The household has family in Amsterdam (declared by the household, not verified).', locale: 'en', missing: false,
    });
  });
  it('fitting counts take each language’s plural forms', () => {
    expect(new Set([0, 1, 2, 3, 11, 100].map((n) => render('explain.unplaced', { options: 65, fitting: n }, 'ar').text)).size).toBe(6);
    expect([1, 3, 5, 21].map((n) => render('explain.unplaced', { options: 65, fitting: n }, 'uk').text.split('черзі. ')[1].split(' ').slice(0, 2).join(' ')))
      .toEqual(['1 муніципалітет', '3 муніципалітети', '5 муніципалітетів', '21 муніципалітет']);
    expect(render('explain.unplaced.officer', { options: 65, fitting: 0 }, 'en').text).toMatch(/^Not placed in this round\. No municipality fit the household in this round/);
  });
  it('capacity texts say "free in this period", not that no municipality has such homes', () => {
    for (const [l, phrase] of [['en', 'In this period'], ['nl', 'in deze periode'], ['ar', 'في هذه الفترة'], ['uk', 'У цей період']] as const) {
      expect(render('filter.capacity_insufficient', { resource: 'homes_5_plus', needed: 1, capacity: 0, municipality: 'GM0363' }, l, { names }).text.toLowerCase()).toContain(phrase.toLowerCase());
      expect(render('explain.alt_capacity', { binding: [{ resource: 'homes_5_plus', used: 3, capacity: 3, needed: 1 }], municipality: 'GM0363' }, l, { names }).text.toLowerCase()).toContain(phrase.toLowerCase());
    }
  });
});

describe('what both sides of a proposal plan around (issue 11, H2)', () => {
  it('formats the deadline and the move-in date as that calendar day, in every language', () => {
    const texts = (['nl', 'en', 'ar', 'uk'] as const).map((l) => render('proposal.respond_by', { respondBy: '2026-12-15' }, l).text);
    expect(texts[0]).toBe('Geef uiterlijk op 15 december 2026 antwoord op dit voorstel.');
    expect(texts[1]).toBe('Please answer this proposal by December 15, 2026.');
    expect(texts[2]).toContain('ديسمبر');
    expect(texts[3]).toContain('15 грудня 2026');
    expect(render('proposal.respond_by.municipality', { respondBy: '2027-01-01' }, 'nl').text).toBe('Geef uiterlijk op 1 januari 2027 antwoord op dit voorstel. Het huishouden heeft dezelfde termijn.');
    expect(render('proposal.expected_move_in', { municipality: 'GM0363', expectedMoveIn: '2027-02-01' }, 'nl', { names: { municipality: () => 'Amsterdam' } }).text)
      .toBe('Amsterdam verwacht dat u op 1 februari 2027 verhuist. Deze datum kan nog veranderen.');
  });

  it('lists the ways to reach the contact person', () => {
    const one = render('proposal.contact', { municipality: 'GM0363', name: 'Anouk de Vries', reach: ['+31 20 123 4567'] }, 'en', { names: { municipality: () => 'Amsterdam' } });
    expect(one.text).toBe('Your contact person at Amsterdam is Anouk de Vries. You can reach them at +31 20 123 4567.');
    const two = render('proposal.contact', { municipality: 'GM0363', name: 'Anouk de Vries', reach: ['a@amsterdam.nl', '+31 20 123 4567'] }, 'nl', { names: { municipality: () => 'Amsterdam' } });
    expect(two.text).toBe('Uw contactpersoon bij Amsterdam is Anouk de Vries. U bereikt deze persoon via a@amsterdam.nl en +31 20 123 4567.');
  });
});
