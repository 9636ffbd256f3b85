/**
 * Every number told to a newcomer about their wait means what the sentence says (issue 11): counts of households are
 * whole numbers, a mean per round is said in whole households, and the basis of an estimate never contradicts
 * "we cannot estimate your waiting time yet".
 */
import { CATALOGUES, render, SUPPORTED_LOCALES } from '../messages/index.js';
import { unreadable } from '../../test/support/readable.js';
import { estimateWait, noEstimateReason, perRoundCount, type MunicipalityCapacity, type QueueEntry, type RoundStats } from './index.js';

const family: QueueEntry = { id: 'fam', reference: 'Z-fam', permitDate: '2026-01-01', urgency: 'none', persons: 6, homeBand: 'homes_5_plus', hardNeeds: [] };
const caps: MunicipalityCapacity[] = [{ municipality: 'GM1', persons: 1000, homes: { homes_5_plus: 2 }, meets: [] }];
const pos = (sameBand: number, moreUrgent = 0) => ({ position: sameBand + 1, ofTotal: 100, ahead: { total: sameBand, sameBand, moreUrgent } });
const history = (placed: readonly number[], urgent: readonly number[] = []): RoundStats[] =>
  placed.map((n, i) => ({ roundId: `r${i}`, date: `2026-0${i + 1}-01`, placedByBand: { homes_5_plus: n }, newUrgentByBand: { homes_5_plus: urgent[i] ?? 0 } }));

describe('perRoundCount', () => {
  it('says a mean in whole households; below one half is 0 ("fewer than one")', () => {
    expect([23.3, 23.5, 2.5, 0.5, 0.49, 0.1, 0].map(perRoundCount)).toEqual([23, 24, 3, 1, 0, 0, 0]);
  });
});

describe('the estimate tells whole households', () => {
  it('means per round in the drivers are whole numbers (23.3 → 23)', () => {
    const est = estimateWait(family, pos(60), history([23, 24, 23], [0, 1, 0]), caps);
    expect(est.basis.similarPlacedPerRound.mean).toBe(23.3); // the statistic stays as it is, for the API's figures
    expect(est.basis.similarPlacedTotal).toBe(70);
    const params = est.drivers.flatMap((d) => Object.values(d.params)).filter((v): v is number => typeof v === 'number');
    expect(params.filter((v) => !Number.isInteger(v))).toEqual([]);
    expect(est.drivers).toContainEqual({ code: 'wait.driver.many_ahead', params: { ahead: 60, perRound: 23 } });
    expect(est.drivers).toContainEqual({ code: 'wait.driver.urgent_first', params: { ahead: 0, perRound: 0 } });
  });
  it('when urgent arrivals take every place, it says so (not "no household like yours found a home")', () => {
    const est = estimateWait(family, pos(3), history([4, 4, 4, 4], [4, 5, 4, 4]), caps);
    expect(est.rounds).toBeNull();
    expect(est.drivers[0]).toEqual({ code: 'wait.driver.urgent_take_all', params: { perRound: 4, urgentPerRound: 4, rounds: 4 } });
    expect(noEstimateReason(est)).toBe('urgent_take_all');
    expect(est.basis.similarPlacedTotal).toBe(16);
  });
  it('no placement at all is still "no recent placements"', () => {
    const est = estimateWait(family, pos(3), history([0, 0, 0]), caps);
    expect(noEstimateReason(est)).toBe('no_recent_placements');
  });
  it('noEstimateReason is "none" when there is an estimate, and names the first reason otherwise', () => {
    expect(noEstimateReason(estimateWait(family, pos(3), history([4, 4, 4]), caps))).toBe('none');
    expect(noEstimateReason(estimateWait(family, pos(3), [], caps))).toBe('no_history');
    expect(noEstimateReason(estimateWait(family, pos(3), history([4, 4, 4]), caps, { freeNow: [{ ...caps[0], homes: { homes_5_plus: 0 } }] }))).toBe('no_free_home_now');
    expect(noEstimateReason(estimateWait(family, pos(3), history([4, 4, 4]), [{ ...caps[0], homes: {} }]))).toBe('no_home_of_band');
  });
});

describe('the basis, as the newcomer reads it', () => {
  const basis = (params: Record<string, unknown>, locale: string) => render('wait.estimate.basis', { total: 70, perRound: 23, aheadOfYou: 4, roundsObserved: 3, reason: 'none', ...params }, locale).text;

  it('says whole households and a mean in whole households, in every language', () => {
    expect(basis({}, 'en')).toBe('In the last 3 rounds, 70 households like yours found a home: about 23 per round on average. 4 households like yours are ahead of you.');
    expect(basis({}, 'nl')).toBe('In de laatste 3 rondes kregen 70 huishoudens zoals u een woning: gemiddeld ongeveer 23 per ronde. Er staan 4 huishoudens zoals u voor u.');
    for (const locale of SUPPORTED_LOCALES) {
      expect({ locale, problems: unreadable(basis({}, locale), locale) }).toEqual({ locale, problems: [] });
      expect(basis({}, locale)).not.toMatch(/\d[.,]\d/);
    }
    expect(basis({ total: 2, perRound: 0, roundsObserved: 6 }, 'en')).toBe('In the last 6 rounds, 2 households like yours found a home: fewer than one per round on average. 4 households like yours are ahead of you.');
  });

  it('next to "we cannot estimate", says why the counts give no estimate', () => {
    expect(basis({ reason: 'no_free_home_now' }, 'en')).toBe(
      'In the last 3 rounds, 70 households like yours found a home: about 23 per round on average. But in this period, the municipalities that can take you have no free home of your size left. So we cannot say yet when your turn comes.',
    );
    expect(basis({ reason: 'urgent_take_all' }, 'en')).toContain('So the list did not move for you');
    expect(basis({ reason: 'no_home_of_band' }, 'en')).toContain('But no municipality can take a household like yours now.');
    expect(basis({ total: 0, perRound: 0, roundsObserved: 0, reason: 'no_history' }, 'en')).toBe('There has been no matching round yet, so there is nothing to count yet.');
    for (const locale of SUPPORTED_LOCALES) for (const reason of ['none', 'no_free_home_now', 'urgent_take_all', 'no_recent_placements', 'no_history', 'no_home_of_band', 'no_municipality_meets_needs']) {
      const text = basis({ reason }, locale);
      expect({ locale, reason, problems: unreadable(text, locale) }).toEqual({ locale, reason, problems: [] });
    }
    // every reason has its own words, apart from the counts (the two that an officer must solve share theirs)
    for (const locale of SUPPORTED_LOCALES) {
      const texts = ['none', 'no_free_home_now', 'urgent_take_all', 'no_recent_placements', 'no_home_of_band'].map((reason) => basis({ reason }, locale));
      expect(new Set(texts).size).toBe(5);
    }
  });

  it('Ukrainian plural forms of households for 0, 1, 2, 3, 5, 11, 21, 100 (never "23,3 сімей")', () => {
    const texts = [0, 1, 2, 3, 5, 11, 21, 100].map((total) => basis({ total, perRound: total, roundsObserved: 1 }, 'uk').split('.')[0]);
    expect(texts).toEqual([
      'За останній раунд жодна сімʼя, схожа на вашу, не отримала житла',
      'За останній раунд 1 сімʼя, схожа на вашу, отримала житло',
      'За останній раунд 2 сімʼї, схожі на вашу, отримали житло',
      'За останній раунд 3 сімʼї, схожі на вашу, отримали житло',
      'За останній раунд 5 сімей, схожих на вашу, отримали житло',
      'За останній раунд 11 сімей, схожих на вашу, отримали житло',
      'За останній раунд 21 сімʼя, схожа на вашу, отримала житло',
      'За останній раунд 100 сімей, схожих на вашу, отримали житло',
    ]);
    expect(basis({ roundsObserved: 21 }, 'uk')).toMatch(/^За останній 21 раунд 70 сімей/);
    expect(basis({ roundsObserved: 5 }, 'uk')).toMatch(/^За останні 5 раундів/);
  });

  it('Arabic plural forms of households for 0, 1, 2, 3, 5, 11, 21, 100', () => {
    const texts = [0, 1, 2, 3, 5, 11, 21, 100].map((total) => basis({ total, perRound: 1, roundsObserved: 1 }, 'ar').split('.')[0]);
    expect(texts).toEqual([
      'في الجولة الأخيرة، لم تجد أي أسرة مثل أسرتك مسكنًا',
      'في الجولة الأخيرة، وجدت أسرة واحدة مثل أسرتك مسكنًا',
      'في الجولة الأخيرة، وجدت أسرتان مثل أسرتك مسكنًا',
      'في الجولة الأخيرة، وجدت 3 أسر مثل أسرتك مسكنًا',
      'في الجولة الأخيرة، وجدت 5 أسر مثل أسرتك مسكنًا',
      'في الجولة الأخيرة، وجدت 11 أسرة مثل أسرتك مسكنًا',
      'في الجولة الأخيرة، وجدت 21 أسرة مثل أسرتك مسكنًا',
      'في الجولة الأخيرة، وجدت 100 أسرة مثل أسرتك مسكنًا',
    ]);
  });
});

describe('Ukrainian texts insert no labels after a colon', () => {
  it('says the wished setting, the band and the need in a sentence of their own', () => {
    expect(render('setting.fit', { preferred: 'urban', urbanisation: 2, municipality: 'GM1' }, 'uk', { names: { municipality: () => 'Утрехт' } }).text).toBe('Ви хочете жити в місті. Утрехт — це місто.');
    expect(render('wait.driver.no_free_home_now', { band: 'homes_5_plus', persons: 6, municipalities: 3 }, 'uk').text)
      .toBe('3 муніципалітети можуть прийняти таку сімʼю, як ваша. Але в цьому періоді в жодному з них уже немає вільного житла для 5 і більше осіб з місцем для 6 осіб. Нове житло зʼявиться в наступному періоді.');
    expect(render('wait.driver.large_home_scarce', { band: 'homes_5_plus', perRound: 2 }, 'uk').text).toBe('Мало житла для 5 і більше осіб: у середньому приблизно 2 за раунд у муніципалітетах, що вам підходять.');
    // no waiting text of the newcomer has a "label: value" insertion or a "(кількість: N)" count
    const waiting = ['wait.estimate.fitting', 'wait.driver.no_home_of_band', 'wait.driver.no_free_home_now', 'wait.driver.hard_tie_reach', 'wait.driver.no_recent_placements', 'wait.driver.hard_need_limits_places', 'others.none_placed_in_band', 'others.smaller_homes_more_available'];
    const params = { band: 'homes_3_4', persons: 4, municipalities: 5, rounds: 3, need: 'hospital', total: 12, kind: 'job_contract', tiePlace: 'GM1', reachKm: 30, placedShare: 0.5 };
    for (const code of waiting) expect({ code, text: render(code, params, 'uk').text }).toEqual({ code, text: expect.not.stringMatching(/кількість:|: житло|: лікарня/) });
  });
});

describe('the Ukrainian catalogue as a whole', () => {
  it('inserts no single label after a colon ("Ви хочете жити: у місті."): a select says it in its own words', () => {
    // explain.* and unplaced.* (run review and explanations) are another part's texts (issue 11, H1); lists of needs
    // after a colon ("всі ваші потреби: лікарня і …") read as lists and stay.
    const inserted = Object.entries(CATALOGUES.uk)
      .filter(([code]) => !code.startsWith('explain.') && !code.startsWith('unplaced.'))
      .filter(([, message]) => /:\s*\{(preferred|band|need|institution|resource|urgency|from|to|kind|language)\}/.test(message ?? ''))
      .map(([code]) => code);
    expect(inserted).toEqual([]);
  });
});
