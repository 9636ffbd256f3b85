import fc from 'fast-check';
import { buildScoredInstance } from '../scoring/build.js';
import { municipality } from '../scoring/fixtures.js';
import { projectHousehold, type StoredHousehold } from './project.js';
import type { ScoringHousehold, ScoringMember } from './types.js';

describe('protected traits cannot reach scoring', () => {
  it('type level: the scoring types have no gender, nationality, origin or religion', () => {
    const h = {} as ScoringHousehold;
    const m = {} as ScoringMember;
    // @ts-expect-error gender is not part of the scoring model
    void m.gender;
    // @ts-expect-error nationality is not part of the scoring model
    void h.nationality;
    // @ts-expect-error origin region is not part of the scoring model
    void h.originRegion;
    // @ts-expect-error religion is not part of the scoring model
    void h.religion;
    // @ts-expect-error protected traits are not part of the scoring model
    void h.protectedTraits;
    // @ts-expect-error names are not part of the scoring model
    void m.fullName;
    expect(true).toBe(true);
  });

  const GENDERS = ['female', 'male', 'x', null] as const;
  const recordArb = fc.record({
    gender: fc.constantFrom(...GENDERS),
    gender2: fc.constantFrom(...GENDERS),
    nationality: fc.option(fc.constantFrom('SY', 'ER', 'AF', 'UA', 'TR')),
    origin: fc.option(fc.constantFrom('Middle East', 'Horn of Africa', 'Eastern Europe')),
    religion: fc.option(fc.string()),
    isco: fc.constantFrom('2161', '2162', '2221', '9112'),
    setting: fc.constantFrom('urban', 'suburban', 'rural', 'no_preference'),
    lang: fc.constantFrom('ara', 'tir', 'ukr'),
    kids: fc.nat(3),
  });

  // A stored record carries protected traits and personal data beside what the projection reads (StoredHousehold).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const toRecord = (r: Record<string, any>, g: unknown, nat: unknown, origin: unknown): StoredHousehold => {
    const member = (position: number, birthYear: number, gender: unknown, adult: boolean) => ({
      position, birthYear, gender, fullName: 'A. Person', role: adult ? 'applicant' : 'child', educationLevel: null, workExperienceYears: 0,
      aspirations: adult ? ['work_in_profession' as const] : [],
      professions: adult ? [{ iscoCode: r.isco, position: 0 }] : [],
      languages: adult ? [{ language: r.lang, cefr: 'C2' }] : [],
    });
    const stored = {
      id: 'hh-1',
      preferredSetting: r.setting,
      preferenceWeights: {},
      careNeeds: [],
      accessibilityNeeds: [],
      linkGroup: null,
      members: [member(1, 1990, g, true), ...Array.from({ length: r.kids }, (_, i) => member(i + 2, 2015 + i, r.gender2, false))],
      ties: [],
      medicalNotes: 'private',
      protectedTraits: { nationality: nat, originRegion: origin, religion: r.religion },
      nationality: nat,
    };
    return stored;
  };

  it('runtime: projecting a record with protected traits yields an object without them', () => {
    fc.assert(fc.property(recordArb, (r) => {
      const p = projectHousehold(toRecord(r, r.gender, r.nationality, r.origin), 2026);
      const keys = new Set<string>();
      JSON.stringify(p, (k, v) => (keys.add(k), v));
      for (const k of ['gender', 'nationality', 'originRegion', 'religion', 'protectedTraits', 'fullName', 'medicalNotes']) expect(keys.has(k)).toBe(false);
      if (r.nationality) expect(JSON.stringify(p)).not.toContain(`"${r.nationality}"`);
    }));
  });

  it('changing gender, nationality, origin or religion never changes any score', () => {
    const munis = [
      municipality('GM0001', { urbanisation: 1, labour: { shortageOccupations: ['2161'] }, networks: { communityLanguages: ['ti'] } }),
      municipality('GM0002', { urbanisation: 5, labour: { shortageOccupations: ['2162'] }, services: { hospital: true } }),
      municipality('GM0003', { urbanisation: 3, priorities: { wantedOccupations: ['2221'] }, capacity: { homes_3_4: 0 } }),
    ];
    fc.assert(fc.property(recordArb, recordArb, (a, b) => {
      const h1 = projectHousehold(toRecord(a, a.gender, a.nationality, a.origin), 2026);
      const withOtherTraits = { ...toRecord(a, b.gender, b.nationality, b.origin), protectedTraits: { nationality: b.nationality, originRegion: b.origin, religion: b.religion } };
      const h2 = projectHousehold(withOtherTraits, 2026);
      const s1 = buildScoredInstance({ households: [h1], municipalities: munis });
      const s2 = buildScoredInstance({ households: [h2], municipalities: munis });
      expect(s2.instance).toEqual(s1.instance);
      expect(s2.details.units[0].filtered).toEqual(s1.details.units[0].filtered);
      expect(Array.from(s2.details.units[0].criteria)).toEqual(Array.from(s1.details.units[0].criteria));
    }), { numRuns: 200 });
  });
});
