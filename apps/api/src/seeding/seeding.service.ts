import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SeedRepository } from '#persistence/repositories/seed.repository.js';
import { ReferenceDataRepository } from '#persistence/repositories/reference-data.repository.js';
import { runSeed, type SeedReport } from '#seed/seed-runner.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { periodOf } from '../common/period.js';
import { hashPassword } from '../auth/passwords.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';
import { DataSource } from 'typeorm';
import { withAdvisoryLock } from '#persistence/advisory-lock.js';

/** Seeds an empty database on start; a database that has the data already is left alone. */
@Injectable()
export class SeedingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly seeds: SeedRepository,
    private readonly referenceData: ReferenceDataRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seed) return;
    const started = Date.now();
    // API processes started at once on a new database seed one after the other (the later ones find it done)
    const report = await withAdvisoryLock(this.dataSource, 'seed', () => this.seed(new Date()));
    for (const problem of report.filter((r) => r.error)) this.logger.error(`${problem.step} not applied (seeding went on): ${problem.error}`);
    for (const { municipalities: m } of report.filter((r) => r.municipalities)) {
      this.logger.log(
        `CBS municipality list applied: added ${codes(m!.added)}, retired ${codes(m!.retired)}, updated ${codes(m!.updated)} (audited as municipalities.sync)`,
      );
    }
    const written = report.filter((r) => r.rows !== null);
    this.logger.log(
      written.length
        ? `seeded ${written.map((r) => `${r.step} (${r.rows})`).join(', ')} in ${Date.now() - started} ms`
        : 'seed data already present',
    );
  }

  /** What a start does; `today` sets the period of the default capacity and the retirement date. */
  seed(today: Date): Promise<SeedReport[]> {
    return runSeed({ seeds: this.seeds, referenceData: this.referenceData }, { period: periodOf(today), households: this.config.seedHouseholds, seed: 42, today, hashPassword, demoPassword: DEMO_PASSWORD, dataDir: this.config.seedDataDir });
  }
}

/** Codes for a log line: all of up to ten, else the first ten and the count. */
function codes(rows: readonly { code: string }[]): string {
  if (rows.length === 0) return 'none';
  const shown = rows.slice(0, 10).map((r) => r.code).join(' ');
  return rows.length > 10 ? `${shown} … (${rows.length})` : shown;
}
