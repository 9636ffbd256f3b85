import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export interface MunicipalityRecord {
  readonly cbsCode: string;
  readonly name: string;
  readonly province: string;
  readonly labourMarketRegion: string;
  readonly population: number;
  readonly urbanisation: number;
  readonly lat: number;
  readonly lon: number;
}

/** One municipality that ceased to exist and a municipality that continues it (a split has several). */
export interface SuccessionRecord {
  readonly cbsCode: string;
  readonly successorCode: string;
  /** ISO date the change took effect. */
  readonly changedOn: string;
}

export interface OccupationRecord {
  readonly code: string;
  readonly level: number;
  readonly title: string;
  readonly parentCode: string | null;
}

/** seed/data holds the CSVs; compiled code runs from dist/seed, so look in the source tree. */
export function dataDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const fromDist = join(here, '..', '..', 'seed', 'data');
  const fromSource = join(here, 'data');
  return here.includes(`${join('dist', 'seed')}`) ? fromDist : fromSource;
}

function readCsv(dir: string, file: string): Record<string, string>[] {
  return parse(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
}

/** The CBS municipality list (`municipalities.csv`) in `dir` (default: the project's seed/data). */
export function loadMunicipalities(dir = dataDir()): MunicipalityRecord[] {
  return readCsv(dir, 'municipalities.csv').map((row) => ({
    cbsCode: row.cbs_code,
    name: row.name,
    province: row.province,
    labourMarketRegion: row.labour_market_region,
    population: Number(row.population),
    urbanisation: Number(row.urbanisation),
    lat: Number(row.lat),
    lon: Number(row.lon),
  }));
}

/**
 * CBS municipal re-divisions (`municipality-successions.csv`) in `dir`: which code continues which.
 * Optional: a folder without the file has no successions.
 */
export function loadSuccessions(dir = dataDir()): SuccessionRecord[] {
  if (!existsSync(join(dir, 'municipality-successions.csv'))) return [];
  return readCsv(dir, 'municipality-successions.csv').map((row) => ({
    cbsCode: row.cbs_code,
    successorCode: row.successor_code,
    changedOn: row.changed_on,
  }));
}

/** The ISCO-08 tree (`isco08.csv`) in `dir` (default: the project's seed/data). */
export function loadOccupations(dir = dataDir()): OccupationRecord[] {
  return readCsv(dir, 'isco08.csv').map((row) => ({
    code: row.isco08_code,
    level: Number(row.level),
    title: row.title_en,
    parentCode: row.parent_code || null,
  }));
}
