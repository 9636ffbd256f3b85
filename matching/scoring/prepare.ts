/**
 * Precomputed lookup structures so that scoring 10,000 households × 342 municipalities stays fast.
 * Everything here is derived from the scoring model only.
 */
import { hardNeedsMet } from '../fits.js';
import { haversineKm } from '../model/geo.js';
import type { ScoringHousehold, ScoringMember, ScoringMunicipality } from '../model/types.js';
import { DUTCH, DUTCH_WITHOUT_COURSE, cefrAtLeast, isPlaceTie, type LanguageCode, type TieKind, type TieStatus } from '../vocabulary/index.js';

/** Lookup of a list of ISCO-08 codes (any level) for prefix matching. */
export interface IscoIndex {
  readonly full: ReadonlySet<string>;
  /** 3-digit prefix → first listed code (sorted) of length ≥ 3 with that prefix. */
  readonly minor: ReadonlyMap<string, string>;
  /** 2-digit prefix → first listed code (sorted) of length ≥ 2 with that prefix. */
  readonly subMajor: ReadonlyMap<string, string>;
}

export function iscoIndex(codes: readonly string[]): IscoIndex {
  const sorted = [...new Set(codes)].sort();
  const minor = new Map<string, string>();
  const subMajor = new Map<string, string>();
  for (const c of sorted) {
    if (c.length >= 3 && !minor.has(c.slice(0, 3))) minor.set(c.slice(0, 3), c);
    if (c.length >= 2 && !subMajor.has(c.slice(0, 2))) subMajor.set(c.slice(0, 2), c);
  }
  // `memo` caches match results per code (pure function of the index, so caching cannot change results)
  return { full: new Set(sorted), minor, subMajor, memo: new Map<string, IscoMatch | null>() } as IscoIndex;
}

export type IscoMatchLevel = 'exact' | 'group' | 'minor' | 'sub_major';
export interface IscoMatch {
  readonly level: IscoMatchLevel;
  readonly listed: string;
  readonly group: string;
  readonly credit: number;
}

/** Credit per match level: a listed code equal to or containing the occupation counts in full. */
export const ISCO_CREDIT: Readonly<Record<IscoMatchLevel, number>> = { exact: 1, group: 1, minor: 0.6, sub_major: 0.3 };

/**
 * Match one ISCO code against an index: exact; a listed wider group containing it (e.g. '21' lists all of 21xx);
 * a listed code in the same minor group (3 digits); the same sub-major group (2 digits). Null when none.
 */
export function matchIsco(code: string, idx: IscoIndex): IscoMatch | null {
  const memo = (idx as { memo?: Map<string, IscoMatch | null> }).memo;
  if (memo) {
    let r = memo.get(code);
    if (r === undefined) { r = matchIscoUncached(code, idx); memo.set(code, r); }
    return r;
  }
  return matchIscoUncached(code, idx);
}

function matchIscoUncached(code: string, idx: IscoIndex): IscoMatch | null {
  if (idx.full.has(code)) return { level: 'exact', listed: code, group: code, credit: ISCO_CREDIT.exact };
  for (let k = code.length - 1; k >= 1; k--) {
    const p = code.slice(0, k);
    if (idx.full.has(p)) return { level: 'group', listed: p, group: p, credit: ISCO_CREDIT.group };
  }
  if (code.length >= 3) {
    const l = idx.minor.get(code.slice(0, 3));
    if (l !== undefined) return { level: 'minor', listed: l, group: code.slice(0, 3), credit: ISCO_CREDIT.minor };
  }
  if (code.length >= 2) {
    const l = idx.subMajor.get(code.slice(0, 2));
    if (l !== undefined) return { level: 'sub_major', listed: l, group: code.slice(0, 2), credit: ISCO_CREDIT.sub_major };
  }
  return null;
}

export interface PreparedMunicipality {
  readonly m: ScoringMunicipality;
  readonly index: number;
  readonly shortage: IscoIndex;
  readonly wanted: IscoIndex;
  readonly communityLanguages: ReadonlySet<LanguageCode>;
  /** Hard needs (care and accessibility) its services meet: `hardNeedsMet`, the rule `fits` uses. */
  readonly meets: ReadonlySet<string>;
}

export interface PreparedTie {
  readonly kind: TieKind;
  readonly municipality: string;
  /** Declared by the newcomer or verified by an officer (reasons say which). */
  readonly status: TieStatus;
  /** Index into the municipality list, or -1 when unknown. */
  readonly index: number;
}

export interface PreparedHousehold {
  readonly h: ScoringHousehold;
  readonly adults: readonly ScoringMember[];
  readonly primaryChildren: number;
  readonly secondaryChildren: number;
  /** Adults without Dutch at DUTCH_WITHOUT_COURSE (B1) or above. */
  readonly adultsNeedingDutch: number;
  /** Languages spoken in the household other than Dutch (normal form), sorted. */
  readonly languages: readonly LanguageCode[];
  /** Municipalities with family of the household → 'verified' when any family tie there is verified, else 'declared'. */
  readonly familyIn: ReadonlyMap<string, TieStatus>;
  readonly communityIn: ReadonlySet<string>;
  /** Job contract and study place ties, sorted by kind then municipality. */
  readonly placeTies: readonly PreparedTie[];
}

/** The municipality list with its lookup structures and a lazily filled distance matrix. */
export class PreparedModel {
  readonly municipalities: readonly PreparedMunicipality[];
  readonly byId: ReadonlyMap<string, PreparedMunicipality>;
  private readonly dist: Float64Array;

  constructor(municipalities: readonly ScoringMunicipality[]) {
    const sorted = [...municipalities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.municipalities = sorted.map((m, index) => ({
      m,
      index,
      shortage: iscoIndex(m.labour.shortageOccupations),
      wanted: iscoIndex(m.priorities.wantedOccupations),
      communityLanguages: new Set(m.networks.communityLanguages),
      meets: new Set(hardNeedsMet(m.services)),
    }));
    this.byId = new Map(this.municipalities.map((p) => [p.m.id, p]));
    if (this.byId.size !== sorted.length) throw new Error('duplicate municipality id in the model');
    this.dist = new Float64Array(sorted.length * sorted.length).fill(-1);
  }

  /** Centroid distance in km (haversine), cached. */
  distanceKm(a: number, b: number): number {
    const n = this.municipalities.length;
    let d = this.dist[a * n + b];
    if (d < 0) {
      const ma = this.municipalities[a].m;
      const mb = this.municipalities[b].m;
      d = haversineKm(ma.lat, ma.lon, mb.lat, mb.lon);
      this.dist[a * n + b] = d;
      this.dist[b * n + a] = d;
    }
    return d;
  }

  prepareHousehold(h: ScoringHousehold): PreparedHousehold {
    const adults = h.members.filter((m) => m.role === 'adult');
    const children = h.members.filter((m) => m.role === 'child');
    const placeTies = h.ties
      .filter((t) => isPlaceTie(t.kind))
      .map((t) => ({ kind: t.kind, municipality: t.municipality, status: t.status, index: this.byId.get(t.municipality)?.index ?? -1 }))
      .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : a.status < b.status ? -1 : a.status > b.status ? 1 : 0));
    const familyIn = new Map<string, TieStatus>();
    for (const t of h.ties) if (t.kind === 'family' && familyIn.get(t.municipality) !== 'verified') familyIn.set(t.municipality, t.status);
    return {
      h,
      adults,
      primaryChildren: children.filter((c) => c.age >= 4 && c.age <= 11).length,
      secondaryChildren: children.filter((c) => c.age >= 12).length,
      adultsNeedingDutch: adults.filter((a) => !a.languages.some((l) => l.language === DUTCH && cefrAtLeast(l.cefr, DUTCH_WITHOUT_COURSE))).length,
      languages: [...new Set(h.members.flatMap((m) => m.languages.map((l) => l.language)).filter((l) => l !== DUTCH))].sort(),
      familyIn,
      communityIn: new Set(h.ties.filter((t) => t.kind === 'community').map((t) => t.municipality)),
      placeTies,
    };
  }
}
