import { databaseConfigFromEnv, type DatabaseConfig } from '#persistence/data-source.js';

export interface AppConfig {
  readonly port: number;
  readonly database: DatabaseConfig;
  /** Load reference data, demo profiles and the synthetic cohort on start (idempotent). */
  readonly seed: boolean;
  /** Size of the synthetic cohort the seed creates. */
  readonly seedHouseholds: number;
  readonly introspection: boolean;
  readonly production: boolean;
}

export function appConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 3000),
    database: databaseConfigFromEnv(env),
    seed: env.SEED !== 'false',
    seedHouseholds: Number(env.SEED_HOUSEHOLDS ?? 2000),
    introspection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === 'true' : !production,
    production,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
