import { loadMunicipalities, loadOccupations, loadSuccessions } from './reference-data.js';

describe('reference data', () => {
  it('has the 342 municipalities with valid codes and CBS urbanisation classes', () => {
    const municipalities = loadMunicipalities();
    expect(municipalities).toHaveLength(342);
    expect(new Set(municipalities.map((m) => m.cbsCode)).size).toBe(342);
    for (const m of municipalities) {
      expect(m.cbsCode).toMatch(/^GM\d{4}$/);
      expect(m.urbanisation).toBeGreaterThanOrEqual(1);
      expect(m.urbanisation).toBeLessThanOrEqual(5);
      expect(Number.isFinite(m.lat) && Number.isFinite(m.lon)).toBe(true);
    }
    expect(municipalities.find((m) => m.cbsCode === 'GM0363')?.name).toBe('Amsterdam');
    expect(new Set(municipalities.map((m) => m.labourMarketRegion)).size).toBe(35);
  });

  it('has the ISCO-08 tree with every parent present', () => {
    const occupations = loadOccupations();
    expect(occupations).toHaveLength(619);
    const codes = new Set(occupations.map((o) => o.code));
    for (const o of occupations) {
      expect(o.level).toBe(o.code.length);
      if (o.parentCode) expect(codes.has(o.parentCode)).toBe(true);
    }
    expect(occupations.find((o) => o.code === '2161')?.title).toMatch(/architect/i);
  });

  it('has successions from codes that no longer exist to codes that do (or that were continued in turn)', () => {
    const current = new Set(loadMunicipalities().map((m) => m.cbsCode));
    const successions = loadSuccessions();
    expect(successions.length).toBeGreaterThan(0);
    const retired = new Set(successions.map((s) => s.cbsCode));
    for (const s of successions) {
      expect(current.has(s.cbsCode)).toBe(false);
      expect(current.has(s.successorCode) || retired.has(s.successorCode)).toBe(true);
      expect(s.changedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(successions.find((s) => s.cbsCode === 'GM0457')).toEqual({ cbsCode: 'GM0457', successorCode: 'GM0363', changedOn: '2022-03-24' });
  });
});
