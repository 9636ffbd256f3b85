import type { SeedRepository } from '#persistence/repositories/seed.repository.js';
import type { MunicipalitySyncReport, ReferenceDataRepository } from '#persistence/repositories/reference-data.repository.js';
import { loadMunicipalities, loadOccupations, loadDutchOccupationTitles, loadSuccessions } from './reference-data.js';
import { demoProfile } from './demo-profiles.js';
import { defaultCapacities } from './default-capacity.js';
import { syntheticCohort } from './cohort.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

export interface SeedOptions {
  readonly period: string;
  readonly households: number;
  readonly seed: number;
  readonly today: Date;
  /** Password hashing lives with the API's auth (Argon2id, off the event loop); the seed only asks for it. */
  readonly hashPassword: (password: string) => Promise<string>;
  readonly demoPassword: string;
  /** Folder of the reference CSVs; default the project's seed/data. */
  readonly dataDir?: string;
}

export interface SeedReport {
  readonly step: string;
  /** Rows written, or null when the step had already run (or, for the reference data, changed nothing). */
  readonly rows: number | null;
  /** The municipality reference-data step's report when it changed something. */
  readonly municipalities?: MunicipalitySyncReport;
  /** Why a step that must not stop the start did not complete (the rest of the seed went on). */
  readonly error?: string;
}

/** The seed's audit actor: no account, role `system`. */
export const SEED_ACTOR = { accountId: null, role: 'system' } as const;

/** The municipality reference-data step's name in seed reports and logs. */
export const MUNICIPALITY_STEP = 'reference:municipalities';

/**
 * Loads reference data, demo profiles, default capacity for the period and the synthetic cohort.
 *
 * The CBS municipality list is applied on every start by the same idempotent, audited step an admin
 * runs with `syncMunicipalities` (new codes added, codes no longer listed retired, changed attributes
 * updated; nothing written when nothing changed). If it fails (e.g. a malformed list) the error is
 * reported and the start goes on with the municipalities already stored. Every later step works on the
 * municipalities that are current in the database, so a changed list never breaks a foreign key:
 * retired codes get no default capacity. The other steps run once per database (per period for the
 * capacity), so starting again adds nothing; a municipality added later gets a demo profile on the
 * next start.
 */
export async function runSeed(
  repositories: { readonly seeds: SeedRepository; readonly referenceData: ReferenceDataRepository },
  options: SeedOptions,
): Promise<SeedReport[]> {
  const { seeds, referenceData } = repositories;
  const report: SeedReport[] = [];
  const step = async (name: string, work: Parameters<SeedRepository['applyOnce']>[1]) =>
    report.push({ step: name, rows: await seeds.applyOnce(name, work) });

  try {
    const changes = await referenceData.syncMunicipalities(loadMunicipalities(options.dataDir), loadSuccessions(options.dataDir), {
      today: options.today.toISOString().slice(0, 10),
      actor: SEED_ACTOR,
    });
    report.push(changes.changes ? { step: MUNICIPALITY_STEP, rows: changes.changes, municipalities: changes } : { step: MUNICIPALITY_STEP, rows: null });
  } catch (error) {
    report.push({ step: MUNICIPALITY_STEP, rows: null, error: error instanceof Error ? error.message : String(error) });
  }
  // From here on the database is the reference: current municipalities only, retired ones never.
  const municipalities = await referenceData.currentMunicipalities();
  const currentCodes = new Set(municipalities.map((m) => m.cbsCode));

  await step('reference:isco08', (w) => w.occupations(loadOccupations(options.dataDir)));
  // Databases seeded before the Dutch titles (issue 11) get them once; on a new database this changes nothing.
  await step('reference:isco08-titles-nl', (w) => w.dutchOccupationTitles(loadDutchOccupationTitles(options.dataDir)));
  const profiles = (codes: ReadonlySet<string>) =>
    municipalities.filter((m) => codes.has(m.cbsCode)).map((m) => ({ municipalityCode: m.cbsCode, ...demoProfile(m, options.seed), isDemo: true }));
  await step('demo:profiles:v1', (w) => w.firstProfiles(profiles(currentCodes)));
  const withoutProfile = await seeds.withoutProfile(municipalities.map((m) => m.cbsCode));
  if (withoutProfile.length > 0) {
    report.push({ step: 'demo:profiles:v1 (new municipalities)', rows: await seeds.apply((w) => w.firstProfiles(profiles(new Set(withoutProfile)))) });
  }
  await step(`demo:capacity:${options.period}`, (w) => {
    const capacities = defaultCapacities(municipalities);
    return w.capacities(
      options.period,
      municipalities.map((m) => ({ municipalityCode: m.cbsCode, ...capacities.get(m.cbsCode)!, isDefault: true })),
    );
  });
  await step(`demo:cohort:seed-${options.seed}`, (w) =>
    w.households(syntheticCohort({ households: options.households, seed: options.seed, today: options.today, municipalities })),
  );
  // Databases seeded before Argon2 keep their bcrypt hashes here: each is replaced at that account's next sign-in.
  await step('demo:accounts:v1', async (w) => {
    const hash = await options.hashPassword(options.demoPassword);
    return w.accounts(DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash: hash })));
  });
  return report;
}
