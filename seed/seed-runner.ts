import type { SeedRepository } from '#persistence/repositories/seed.repository.js';
import { loadMunicipalities, loadOccupations } from './reference-data.js';
import { demoProfile } from './demo-profiles.js';
import { defaultCapacities } from './default-capacity.js';
import { syntheticCohort } from './cohort.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

export interface SeedOptions {
  readonly period: string;
  readonly households: number;
  readonly seed: number;
  readonly today: Date;
  /** Password hashing lives with the API's auth; the seed only asks for it. */
  readonly hashPassword: (password: string) => string;
  readonly demoPassword: string;
  /** Folder of the reference CSVs; default the project's seed/data. */
  readonly dataDir?: string;
}

export interface SeedReport {
  readonly step: string;
  /** Rows written, or null when the step had already run. */
  readonly rows: number | null;
}

/**
 * Loads reference data, demo profiles, default capacity for the period and the synthetic cohort.
 * Each step runs once per database, so starting again adds nothing.
 */
export async function runSeed(seeds: SeedRepository, options: SeedOptions): Promise<SeedReport[]> {
  const municipalities = loadMunicipalities(options.dataDir);
  const report: SeedReport[] = [];
  const step = async (name: string, work: Parameters<SeedRepository['applyOnce']>[1]) =>
    report.push({ step: name, rows: await seeds.applyOnce(name, work) });

  await step('reference:municipalities', (w) => w.municipalities(municipalities));
  await step('reference:isco08', (w) => w.occupations(loadOccupations(options.dataDir)));
  await step('demo:profiles:v1', (w) =>
    w.firstProfiles(municipalities.map((m) => ({ municipalityCode: m.cbsCode, ...demoProfile(m, options.seed), isDemo: true }))),
  );
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
  await step('demo:accounts:v1', (w) => {
    const hash = options.hashPassword(options.demoPassword);
    return w.accounts(DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash: hash })));
  });
  return report;
}
