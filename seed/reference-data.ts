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
  /** English title (ESCO). */
  readonly title: string;
  /** Dutch title (ESCO, `isco08-titles.csv`); null when that file has none for the code. */
  readonly titleNl: string | null;
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

/**
 * The Dutch ISCO-08 titles (`isco08-titles.csv`, ESCO's Dutch labels) in `dir`, by code. Optional: a folder without
 * the file has none. Its Arabic and Ukrainian columns are empty (no official source, see seed/data/README.md) and are
 * not read: readers in those languages get the Dutch title with the English one (`iscoTitle`).
 */
export function loadDutchOccupationTitles(dir = dataDir()): Map<string, string> {
  if (!existsSync(join(dir, 'isco08-titles.csv'))) return new Map();
  return new Map(readCsv(dir, 'isco08-titles.csv').filter((row) => row.title_nl).map((row) => [row.isco08_code, row.title_nl]));
}

/** The ISCO-08 tree (`isco08.csv`) in `dir` (default: the project's seed/data), with the Dutch titles where known. */
export function loadOccupations(dir = dataDir()): OccupationRecord[] {
  const dutch = loadDutchOccupationTitles(dir);
  return readCsv(dir, 'isco08.csv').map((row) => ({
    code: row.isco08_code,
    level: Number(row.level),
    title: row.title_en,
    titleNl: dutch.get(row.isco08_code) ?? null,
    parentCode: row.parent_code || null,
  }));
}
