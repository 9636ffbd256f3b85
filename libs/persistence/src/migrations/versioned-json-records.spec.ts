/**
 * Data migration VersionedJsonRecords: a round's policy, cohort selection and profile versions, a municipality
 * profile's four parts and a household's preference weights become versioned envelopes, and reading checks the
 * version. The test writes rows as they were stored before, straight into the tables, runs the migration's `up`
 * (and `down`) and reads back through the repositories.
 */
import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../testing/test-database.js';
import { MunicipalityEntity } from '../entities/municipality.entity.js';
import { HouseholdRepository } from '../repositories/household.repository.js';
import { MunicipalityProfileRepository } from '../repositories/municipality-profile.repository.js';
import { RoundRepository } from '../repositories/round.repository.js';
import { SchemaVersionError } from '../entities/versioned-json.js';
import { VersionedJsonRecords1795990400000 } from './1795990400000-VersionedJsonRecords.js';
import { PolicyPromises1795998200000, ROUND_DEFAULTS } from './1795998200000-PolicyPromises.js';
import { RoundPolicyResponseDays1796200100000 } from './1796200100000-RoundPolicyResponseDays.js';

describe('migration VersionedJsonRecords', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(query, params);
  const migrate = async (direction: 'up' | 'down'): Promise<void> => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await new VersionedJsonRecords1795990400000()[direction](runner);
    } finally {
      await runner.release();
    }
  };
  /** Later migrations (PolicyPromises, RoundPolicyResponseDays) bring round policies to the version the repository reads. */
  const upgradePolicies = async (): Promise<void> => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await new PolicyPromises1795998200000().up(runner);
      await new RoundPolicyResponseDays1796200100000().up(runner);
    } finally {
      await runner.release();
    }
  };

  const policy = { weights: { labour: 2 }, maxOptions: 3, placementValue: 100, keepLinkedTogether: true, alternatives: 2, solver: 'highs', timeLimitSeconds: 30, seed: 42 };
  const cohort = { permitDateFrom: '2026-01-01', limit: 50 };
  const profileVersions = { GM0034: 3 };
  const labourMarket = { shortageOccupations: ['2221'], sectors: ['care'], employersOpenToNewcomers: [] };
  const networks = { communities: [{ language: 'ara', size: 10 }], selfOrganisations: [], buddySchemes: ['Buddy'] };
  const services = { hospital: true, mentalHealthCare: false, primarySchools: true, secondarySchools: true, mbo: true, hbo: false, university: false, dutchLanguageCourses: true, accessibleHomes: false };
  const priorities = { wantedOccupations: ['2221'], statement: null };
  const weights = { labour: 3, ties: 1 };
  let sequence = 0;

  /** A round, a profile and two households as stored before the migration (bare records; one household on the old default). */
  async function storeOldRows(): Promise<{ roundId: string; profileVersion: number; weighted: string; unweighted: string }> {
    const [round] = await sql<{ id: string }>(`INSERT INTO round (name, period, policy, cohort_selection, profile_versions) VALUES ('r', '2026-H2', $1, $2, $3) RETURNING id`,
      [JSON.stringify(policy), JSON.stringify(cohort), JSON.stringify(profileVersions)]);
    const profileVersion = ++sequence;
    await sql(`INSERT INTO municipality_profile (municipality_code, version, labour_market, networks, services, what_to_expect, priorities) VALUES ('GM0034', $1, $2, $3, $4, 'x', $5)`,
      [profileVersion, JSON.stringify(labourMarket), JSON.stringify(networks), JSON.stringify(services), JSON.stringify(priorities)]);
    const household = async (preferenceWeights: string): Promise<string> => {
      const [h] = await sql<{ id: string }>(`INSERT INTO household (reference, permit_date, reception_location, preference_weights) VALUES ($1, '2026-01-01', 'AZC', $2) RETURNING id`,
        [`HH-R${++sequence}`, preferenceWeights]);
      return h.id;
    };
    return { roundId: round.id, profileVersion, weighted: await household(JSON.stringify(weights)), unweighted: await household('{}') };
  }

  beforeAll(async () => {
    db = await openTestDatabase();
    await db.dataSource.getRepository(MunicipalityEntity).insert({
      cbsCode: 'GM0034', name: 'Almere', province: 'Flevoland', labourMarketRegion: 'Flevoland', population: 220000, urbanisation: 2, lat: 52.37, lon: 5.22, searchKey: 'almere',
    });
  });
  afterAll(() => db.close());

  it('wraps stored records in version 1 envelopes; running it twice changes nothing; the repositories read them', async () => {
    const { roundId, profileVersion, weighted, unweighted } = await storeOldRows();
    await migrate('up');
    await migrate('up'); // a second run changes nothing

    const [stored] = await sql<{ policy: unknown; profile_versions: unknown }>(`SELECT policy, profile_versions FROM round WHERE id = $1`, [roundId]);
    expect(stored).toEqual({ policy: { schemaVersion: 1, data: policy }, profile_versions: { schemaVersion: 1, data: profileVersions } });
    await upgradePolicies();
    const round = await new RoundRepository(db.dataSource).findById(roundId);
    expect([round?.policy, round?.cohortSelection, round?.profileVersions]).toEqual([{ ...policy, ...ROUND_DEFAULTS, responseDays: 14 }, cohort, profileVersions]);

    const profile = await new MunicipalityProfileRepository(db.dataSource).findVersion('GM0034', profileVersion);
    expect([profile?.labourMarket, profile?.networks, profile?.services, profile?.priorities]).toEqual([labourMarket, networks, services, priorities]);

    const households = new HouseholdRepository(db.dataSource);
    expect((await households.findById(weighted))?.preferenceWeights).toEqual(weights);
    expect((await households.findById(unweighted))?.preferenceWeights).toEqual({});
  });

  it('makes the envelope of {} the default of household.preference_weights, and down restores the bare {}', async () => {
    const [h] = await sql<{ preference_weights: unknown }>(`INSERT INTO household (reference, permit_date, reception_location) VALUES ('HH-D1', '2026-01-01', 'AZC') RETURNING preference_weights`);
    expect(h.preference_weights).toEqual({ schemaVersion: 1, data: {} });
    await migrate('down');
    try {
      const [bare] = await sql<{ preference_weights: unknown }>(`INSERT INTO household (reference, permit_date, reception_location) VALUES ('HH-D2', '2026-01-01', 'AZC') RETURNING preference_weights`);
      expect(bare.preference_weights).toEqual({});
    } finally {
      await migrate('up'); // leave the database as the entities expect it
    }
  });

  it('down gives the records back bare', async () => {
    const { roundId, profileVersion, weighted } = await storeOldRows();
    await migrate('up');
    await migrate('down');
    try {
      expect(await sql(`SELECT policy, cohort_selection, profile_versions FROM round WHERE id = $1`, [roundId]))
        .toEqual([{ policy, cohort_selection: cohort, profile_versions: profileVersions }]);
      expect(await sql(`SELECT labour_market, networks, services, priorities FROM municipality_profile WHERE version = $1`, [profileVersion]))
        .toEqual([{ labour_market: labourMarket, networks, services, priorities }]);
      expect(await sql(`SELECT preference_weights FROM household WHERE id = $1`, [weighted])).toEqual([{ preference_weights: weights }]);
    } finally {
      await migrate('up');
    }
  });

  it('refuses to read a stored record of another schema version, naming the column', async () => {
    const { roundId, profileVersion, weighted } = await storeOldRows();
    await migrate('up');
    await upgradePolicies();
    await sql(`UPDATE round SET cohort_selection = jsonb_set(cohort_selection, '{schemaVersion}', '2') WHERE id = $1`, [roundId]);
    await expect(new RoundRepository(db.dataSource).findById(roundId)).rejects.toThrow(SchemaVersionError);
    await expect(new RoundRepository(db.dataSource).findById(roundId)).rejects.toThrow(/round\.cohort_selection: stored schema version 2/);
    await sql(`UPDATE municipality_profile SET services = services->'data' WHERE version = $1`, [profileVersion]);
    await expect(new MunicipalityProfileRepository(db.dataSource).findVersion('GM0034', profileVersion)).rejects.toThrow(/municipality_profile\.services: stored schema version undefined/);
    await sql(`UPDATE household SET preference_weights = '{"schemaVersion": 0, "data": {}}' WHERE id = $1`, [weighted]);
    await expect(new HouseholdRepository(db.dataSource).findById(weighted)).rejects.toThrow(/household\.preference_weights: stored schema version 0/);
  });
});
