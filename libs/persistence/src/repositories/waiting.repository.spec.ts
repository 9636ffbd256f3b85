import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../testing/test-database.js';
import { MunicipalityEntity } from '../entities/municipality.entity.js';
import { HouseholdRepository, declaredTie, type NewHousehold } from './household.repository.js';
import { WaitingRepository } from './waiting.repository.js';

const household = (ties: NewHousehold['ties']): NewHousehold => ({
  permitDate: '2026-03-01', receptionLocation: 'AZC Ter Apel', preferredSetting: 'urban', preferenceWeights: {}, careNeeds: [], accessibilityNeeds: [],
  medicalNotes: null, urgency: 'none', linkGroup: null, isSynthetic: false,
  members: [{ fullName: 'Test Person', birthYear: 1990, role: 'applicant', gender: 'female', educationLevel: 6, workExperienceYears: 8, aspirations: [], professions: [], languages: [] }],
  ties, protectedTraits: { nationality: 'SY', originRegion: 'Middle East' },
});

describe('WaitingRepository.queue: the ties that can limit where a household fits', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  beforeAll(async () => {
    db = await openTestDatabase();
    await db.dataSource.getRepository(MunicipalityEntity).insert([
      { cbsCode: 'GM0344', name: 'Utrecht', province: 'Utrecht', labourMarketRegion: 'Midden-Utrecht', population: 361924, urbanisation: 1, lat: 52.09, lon: 5.12, searchKey: 'utrecht' },
      { cbsCode: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', labourMarketRegion: 'Groot Amsterdam', population: 931298, urbanisation: 1, lat: 52.37, lon: 4.9, searchKey: 'amsterdam' },
    ]);
  });
  afterAll(() => db.close());

  it('returns only verified ties of the kinds that can be hard, with the family fields', async () => {
    const households = new HouseholdRepository(db.dataSource);
    const { id } = await households.create(household([
      declaredTie('job_contract', 'GM0344'),
      declaredTie('family', 'GM0363'),
      declaredTie('community', 'GM0363'),
      declaredTie('study_place', 'GM0363'),
    ]));
    const waiting = new WaitingRepository(db.dataSource);
    expect((await waiting.queue([id]))[0].ties).toEqual([]);
    await db.dataSource.query(
      `UPDATE household_tie SET status = 'verified', verified_at = now(), verification_note = 'seen',
              first_degree = (kind = 'family'), live_near = (kind = 'family')
        WHERE household_id = $1 AND kind IN ('job_contract', 'family', 'community')`,
      [id],
    );
    expect((await waiting.queue([id]))[0].ties).toEqual([
      { kind: 'family', municipality: 'GM0363', status: 'verified', firstDegree: true, liveNear: true },
      { kind: 'job_contract', municipality: 'GM0344', status: 'verified', firstDegree: false, liveNear: false },
    ]);
  });
});
