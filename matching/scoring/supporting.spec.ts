import { GRADED_SUPPORTS, reasonSupports, SUPPORTING_CODES, supportingReasons } from './supporting.js';
import { REASON_CATALOGUE, REASON_CODES } from './reasons.js';

const r = (code: string, params: Record<string, unknown> = {}) => ({ code, params });

describe('reasons that argued for a proposal (the municipality’s whyProposed)', () => {
  it('never lists a reason that says something is missing, a filter or a neutral note', () => {
    const against = ['labour.no_match', 'network.none', 'priorities.none_matched', 'score.no_applicable_criteria', 'ties.unknown_location', 'unit.pin_conflict', 'unit.pin_overrides_filter'];
    const negative = REASON_CODES.filter((c) => c.includes('.no_') || REASON_CATALOGUE[c].kind === 'filter' || c.endsWith('_unavailable'));
    for (const code of [...against, ...negative]) {
      expect(SUPPORTING_CODES).not.toContain(code);
      expect(reasonSupports(r(code, { member: 1 }))).toBe(false);
    }
  });

  it('lists every positive reason kind of the scoring catalogue', () => {
    const positive = REASON_CODES.filter((c) => ['labour', 'setting', 'network', 'services', 'ties', 'priorities'].includes(REASON_CATALOGUE[c].kind))
      .filter((c) => !c.includes('.no_') && !['labour.no_match', 'network.none', 'priorities.none_matched', 'ties.unknown_location', 'services.care_unavailable'].includes(c));
    expect(positive.filter((c) => !SUPPORTING_CODES.includes(c))).toEqual([]);
  });

  it('counts a graded reason only on a real match: the setting at full credit, the distance above half credit', () => {
    expect(Object.keys(GRADED_SUPPORTS).sort()).toEqual(['setting.fit', 'ties.distance']);
    expect(reasonSupports(r('setting.fit', { preferred: 'urban', urbanisation: 1 }))).toBe(true); // 1
    expect(reasonSupports(r('setting.fit', { preferred: 'suburban', urbanisation: 3 }))).toBe(true); // 1
    expect(reasonSupports(r('setting.fit', { preferred: 'rural', urbanisation: 5 }))).toBe(true); // 1
    // "would like to live in a city, and Smallingerland is a town" (0.5) is a partial mismatch, not a reason for
    expect(reasonSupports(r('setting.fit', { preferred: 'urban', urbanisation: 3 }))).toBe(false); // 0.5
    expect(reasonSupports(r('setting.fit', { preferred: 'suburban', urbanisation: 2 }))).toBe(false); // 0.75: a town wanted, a city
    expect(reasonSupports(r('setting.fit', { preferred: 'urban', urbanisation: 4 }))).toBe(false); // 0.25
    expect(reasonSupports(r('setting.fit', { preferred: 'rural', urbanisation: 1 }))).toBe(false); // 0
    expect(reasonSupports(r('ties.distance', { km: 10, kind: 'job_contract' }))).toBe(true); // 1
    expect(reasonSupports(r('ties.distance', { km: 45, kind: 'job_contract' }))).toBe(true); // 0.6
    expect(reasonSupports(r('ties.distance', { km: 52.5, kind: 'job_contract' }))).toBe(false); // 0.5: half, not more
    expect(reasonSupports(r('ties.distance', { km: 60, kind: 'job_contract' }))).toBe(false); // 0.4
    expect(reasonSupports(r('ties.distance', { km: 120, kind: 'job_contract' }))).toBe(false); // 0
  });

  it('keeps every supporting reason, also the same kind for two members: repeated sentences are removed where they are rendered', () => {
    const criteria = [
      { score: 0.7, weight: 1, reasons: [
        r('labour.open_employers', { member: 1, aspiration: 'any_work', count: 25 }),
        r('labour.open_employers', { member: 2, aspiration: 'work_in_profession', count: 25 }),
        r('labour.shortage_exact', { member: 3, isco: '5120' }),
        r('labour.no_match', { member: 5 }),
      ] },
    ];
    expect(supportingReasons(criteria).map((x) => `${x.code}:${String(x.params.member)}`)).toEqual([
      'labour.open_employers:1', 'labour.open_employers:2', 'labour.shortage_exact:3',
    ]);
  });

  it('skips criteria that did not count (weight 0, score 0 or not applicable) and keeps an officer’s pin', () => {
    const criteria = [
      { score: 0.9, weight: 0, reasons: [r('services.primary_school', { children: 2 })] },
      { score: 0, weight: 1, reasons: [r('network.buddy_schemes', { count: 3 })] },
      { score: null, weight: 1, reasons: [r('network.self_organisations', { count: 3 })] },
      { score: 1, weight: 1, reasons: [r('services.care_available', { need: 'hospital' }), r('services.no_language_courses', { adults: 2 })] },
      { score: 0, weight: 1, reasons: [r('priorities.none_matched')] },
    ];
    const out = supportingReasons(criteria, [r('unit.pinned', { household: 'h', municipality: 'GM0363' }), r('unit.pin_conflict', {})]);
    expect(out.map((x) => x.code)).toEqual(['services.care_available', 'unit.pinned']);
  });
});
