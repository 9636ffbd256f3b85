import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SeedRepository } from '#persistence/repositories/seed.repository.js';
import { runSeed, type SeedReport } from '#seed/seed-runner.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { periodOf } from '../common/period.js';
import { hashPassword } from '../auth/auth.service.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';

/** Seeds an empty database on start; a database that has the data already is left alone. */
@Injectable()
export class SeedingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly seeds: SeedRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seed) return;
    const started = Date.now();
    const report = await this.seed(new Date());
    const written = report.filter((r) => r.rows !== null);
    this.logger.log(
      written.length
        ? `seeded ${written.map((r) => `${r.step} (${r.rows})`).join(', ')} in ${Date.now() - started} ms`
        : 'seed data already present',
    );
  }

  seed(today: Date): Promise<SeedReport[]> {
    return runSeed(this.seeds, { period: periodOf(today), households: this.config.seedHouseholds, seed: 42, today, hashPassword, demoPassword: DEMO_PASSWORD, dataDir: this.config.seedDataDir });
  }
}
