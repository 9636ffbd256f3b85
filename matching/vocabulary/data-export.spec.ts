import { DATA_EXPORT_FORMAT, isHouseholdDataExport } from './data-export.js';

describe('the data export’s format check', () => {
  const minimal = { format: DATA_EXPORT_FORMAT, madeAt: '', locale: 'nl', household: {}, accounts: [], proposals: [], runs: [], notifications: [], history: [], accessLog: [] };

  it('accepts an export of this format and version', () => {
    expect(isHouseholdDataExport(minimal)).toBe(true);
  });

  it('refuses another format, another version, or a missing part', () => {
    expect(isHouseholdDataExport(null)).toBe(false);
    expect(isHouseholdDataExport({ ...minimal, format: { name: 'other', version: 1 } })).toBe(false);
    expect(isHouseholdDataExport({ ...minimal, format: { ...DATA_EXPORT_FORMAT, version: 2 } })).toBe(false);
    expect(isHouseholdDataExport({ ...minimal, accessLog: undefined })).toBe(false);
    expect(isHouseholdDataExport({ ...minimal, household: null })).toBe(false);
  });
});
