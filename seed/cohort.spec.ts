import { DUTCH, isNormalLanguage } from '#matching/vocabulary/index.js';
import { syntheticCohort } from './cohort.js';
import { demoProfile } from './demo-profiles.js';
import { loadMunicipalities, loadOccupations } from './reference-data.js';

describe('synthetic cohort', () => {
  const municipalities = loadMunicipalities();
  const today = new Date('2026-11-29T00:00:00Z');
  const cohort = syntheticCohort({ households: 2000, seed: 42, today, municipalities });

  it('is deterministic for a seed and differs for another', () => {
    expect(syntheticCohort({ households: 2000, seed: 42, today, municipalities })).toEqual(cohort);
    const a = syntheticCohort({ households: 30, seed: 7, today, municipalities });
    const b = syntheticCohort({ households: 30, seed: 7, today, municipalities });
    const c = syntheticCohort({ households: 30, seed: 8, today, municipalities });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('has a realistic mix: mostly single adults, some large families', () => {
    const sizes = cohort.map((h) => h.members.length);
    const share = (predicate: (n: number) => boolean) => sizes.filter(predicate).length / sizes.length;
    expect(share((n) => n === 1)).toBeGreaterThan(0.45);
    expect(share((n) => n === 1)).toBeLessThan(0.6);
    expect(share((n) => n >= 5)).toBeGreaterThan(0.08);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(8);
  });

  it('only uses known codes and always has an adult', () => {
    const isco = new Set(loadOccupations().map((o) => o.code));
    const codes = new Set(municipalities.map((m) => m.cbsCode));
    for (const h of cohort) {
      expect(h.members.some((m) => today.getUTCFullYear() - m.birthYear >= 18)).toBe(true);
      for (const m of h.members) for (const p of m.professions) expect(isco.has(p)).toBe(true);
      for (const t of h.ties) expect(codes.has(t.municipalityCode)).toBe(true);
      expect(h.permitDate <= '2026-11-29').toBe(true);
    }
    expect(cohort.filter((h) => h.ties.some((t) => t.kind === 'job_contract')).length).toBeGreaterThan(40);
  });

  it('stores languages, and demo profiles community languages, only in the vocabulary’s normal form', () => {
    const spoken = new Set(cohort.flatMap((h) => h.members.flatMap((m) => m.languages.map((l) => l.language))));
    expect([...spoken].filter((l) => !isNormalLanguage(l))).toEqual([]);
    expect(spoken.has(DUTCH)).toBe(true);
    const communities = new Set(municipalities.flatMap((m) => demoProfile(m, 42).networks.communities.flatMap((c) => (c.language ? [c.language] : []))));
    expect(communities.size).toBeGreaterThan(5);
    expect([...communities].filter((l) => !isNormalLanguage(l))).toEqual([]);
  });

  it('has verified job and study ties with an officer’s note, and declared community ties', () => {
    const ties = cohort.flatMap((h) => h.ties.map((t) => ({ ...t, permitDate: h.permitDate })));
    const place = ties.filter((t) => t.kind === 'job_contract' || t.kind === 'study_place');
    expect(place.length).toBeGreaterThan(100);
    for (const t of place) {
      expect(t).toMatchObject({ status: 'verified', verifiedBy: null, firstDegree: false, liveNear: false });
      expect(t.verificationNote).toMatch(/gezien/);
      expect(t.verifiedAt!.toISOString().slice(0, 10) >= t.permitDate).toBe(true);
      expect(t.verifiedAt!.getTime()).toBeLessThanOrEqual(today.getTime());
    }
    const community = ties.filter((t) => t.kind === 'community');
    expect(community.length).toBeGreaterThan(50);
    expect(community.every((t) => t.status === 'declared' && t.verificationNote === null && t.verifiedAt === null)).toBe(true);
  });

  it('has family ties of every sort: first-degree to live near (mostly verified), and declared ones', () => {
    const family = cohort.flatMap((h) => h.ties).filter((t) => t.kind === 'family');
    const count = (p: (t: (typeof family)[number]) => boolean) => family.filter(p).length;
    expect(family.length).toBeGreaterThan(200);
    const hard = count((t) => t.status === 'verified' && t.firstDegree && t.liveNear);
    expect(hard).toBeGreaterThan(family.length * 0.1);
    expect(hard).toBeLessThan(family.length * 0.4);
    expect(count((t) => t.status === 'declared' && t.firstDegree)).toBeGreaterThan(0);
    expect(count((t) => t.status === 'declared' && !t.firstDegree && t.liveNear)).toBeGreaterThan(0);
    // Only first-degree family ties are verified in the seed; every verified tie has its note and time.
    expect(count((t) => t.status === 'verified' && !t.firstDegree)).toBe(0);
    expect(family.filter((t) => t.status === 'verified').every((t) => t.verificationNote && t.verifiedAt)).toBe(true);
  });

  it('links some relatives in pairs', () => {
    const groups = new Map<string, number>();
    for (const h of cohort) if (h.linkGroup) groups.set(h.linkGroup, (groups.get(h.linkGroup) ?? 0) + 1);
    expect(groups.size).toBe(20);
    expect([...groups.values()].every((n) => n === 2)).toBe(true);
  });
});
