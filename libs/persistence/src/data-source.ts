import { DataSource, type DataSourceOptions, type LogLevel } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';
import { embeddedDriver } from './embedded-pool.js';
import { withAdvisoryLock } from './advisory-lock.js';

export interface DatabaseConfig {
  /** postgres://… of a real server; without it the embedded PGlite database is used. */
  readonly url?: string;
  /** Folder of the embedded database; omit for an in-memory database (tests). */
  readonly dataDir?: string;
  /** Schema to work in on a real server (tests use a fresh one each); must already exist. */
  readonly schema?: string;
  /**
   * Tests only: an image of an embedded database (`EmbeddedPool.dump`) that an in-memory embedded database starts
   * from; migrations already applied there are not run again. Ignored with `url` or `dataDir`.
   */
  readonly embeddedImage?: Blob;
  readonly logging?: boolean;
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return {
    url: env.DATABASE_URL || undefined,
    dataDir: env.DATABASE_URL ? undefined : env.DATA_DIR || './.data',
    schema: env.DATABASE_URL && env.DATABASE_SCHEMA ? env.DATABASE_SCHEMA : undefined,
    logging: env.DB_LOGGING === 'true',
  };
}

export function buildDataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  // Failed queries are logged with their parameters, which can hold personal data: off unless asked for.
  const logging: LogLevel[] | false = config.logging ? ['query', 'error'] : false;
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // The schema changes only through migrations; they run explicitly at start-up.
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    logging,
  };
  if (config.url) {
    return {
      ...common,
      url: config.url,
      extra: config.schema ? { options: `-c search_path=${config.schema}`, max: 10 } : { max: 10 },
    };
  }
  return { ...common, driver: embeddedDriver(config.dataDir ? { dataDir: config.dataDir } : { image: config.embeddedImage }) };
}

/**
 * Connects and brings the schema up to date, each migration in a transaction of its own. On a server the migrations
 * run under an advisory lock (`withAdvisoryLock`, name `migrations`): processes started at once on a new database
 * take turns, and the later ones find nothing left to run (before, two would race to create the same tables).
 */
export async function openDatabase(config: DatabaseConfig): Promise<DataSource> {
  const dataSource = new DataSource(buildDataSourceOptions(config));
  await dataSource.initialize();
  try {
    await withAdvisoryLock(dataSource, 'migrations', () => dataSource.runMigrations({ transaction: 'each' }));
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
