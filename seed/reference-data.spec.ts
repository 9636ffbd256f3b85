import { loadMunicipalities, loadOccupations } from './reference-data.js';

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
});
