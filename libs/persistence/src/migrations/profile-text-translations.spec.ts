/**
 * Migration ProfileTextTranslations: stored profile versions stay readable. Their free texts were English (the API took
 * them without a language), so they become English originals (`text_locale = 'en'`) with no translations; new
 * versions name their language. The test stores a version as it was before, runs `up` and reads it back.
 */
import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../testing/test-database.js';
import { MunicipalityProfileRepository } from '../repositories/municipality-profile.repository.js';
import { ProfileTextTranslations1796300100000 } from './1796300100000-ProfileTextTranslations.js';

describe('migration ProfileTextTranslations', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(query, params);
  const migrate = async (direction: 'up' | 'down'): Promise<void> => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await new ProfileTextTranslations1796300100000()[direction](runner);
    } finally {
      await runner.release();
    }
  };
  const envelope = (data: unknown) => JSON.stringify({ schemaVersion: 1, data });

  beforeAll(async () => {
    db = await openTestDatabase();
    // one municipality per test, so either test may run first (the PostgreSQL run shuffles them): the first stores
    // Amsterdam's version 1 as it was before, the second publishes Utrecht's
    await sql(`INSERT INTO municipality (cbs_code, name, search_key, province, labour_market_region, population, urbanisation, lat, lon)
      VALUES ('GM0363', 'Amsterdam', 'amsterdam', 'Noord-Holland', 'Groot Amsterdam', 900000, 1, 52.37, 4.9),
             ('GM0344', 'Utrecht', 'utrecht', 'Utrecht', 'Midden-Utrecht', 370000, 1, 52.09, 5.12)`);
  });
  afterAll(() => db.close());

  it('keeps a stored version readable: its English text is the original, with no translations', async () => {
    await migrate('down');
    await sql(
      `INSERT INTO municipality_profile (municipality_code, version, labour_market, networks, services, what_to_expect, priorities, is_demo)
       VALUES ('GM0363', 1, $1, $2, $3, 'Demo profile generated from CBS data.', $4, true)`,
      [
        envelope({ shortageOccupations: ['5120'], sectors: [], employersOpenToNewcomers: [] }),
        envelope({ communities: [], selfOrganisations: [], buddySchemes: [] }),
        envelope({ hospital: true }),
        envelope({ wantedOccupations: [], statement: 'We need cooks.' }),
      ],
    );
    await migrate('up');
    const stored = await new MunicipalityProfileRepository(db.dataSource).latest('GM0363');
    expect(stored).toMatchObject({ whatToExpect: 'Demo profile generated from CBS data.', textLocale: 'en', translations: {}, priorities: { statement: 'We need cooks.' } });
  });

  it('stores new versions with their language and translations, and refuses a language it does not know', async () => {
    const repository = new MunicipalityProfileRepository(db.dataSource);
    const saved = await repository.publish('GM0344', {
      labourMarket: { shortageOccupations: [], sectors: [], employersOpenToNewcomers: [] },
      networks: { communities: [], selfOrganisations: [], buddySchemes: [] },
      services: { hospital: false, mentalHealthCare: false, primarySchools: true, secondarySchools: true, mbo: false, hbo: false, university: false, dutchLanguageCourses: true, accessibleHomes: false },
      whatToExpect: 'Een jonge stad aan het water.',
      priorities: { wantedOccupations: [], statement: null },
      textLocale: 'nl',
      translations: { whatToExpect: { en: 'A young city by the water.' } },
      isDemo: false,
    });
    expect(await repository.latest('GM0344')).toMatchObject({ id: saved!.id, textLocale: 'nl', translations: { whatToExpect: { en: 'A young city by the water.' } } });
    await expect(sql(`UPDATE municipality_profile SET text_locale = 'fr' WHERE id = $1`, [saved!.id])).rejects.toThrow(/municipality_profile_text_locale/);
  });
});
