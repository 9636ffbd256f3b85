import { Injectable } from '@nestjs/common';
import type { AuditActorRole } from '#matching/vocabulary/roles.js';
import { DataSource, IsNull } from 'typeorm';
import { DomainError } from '#common/domain-error.js';
import { searchKey } from '#common/search-key.js';
import { MunicipalityEntity } from '../entities/municipality.entity.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { auditRow } from './audit.repository.js';
import { chunkedInsert } from './chunked-insert.js';

/** What the CBS list (seed/data/municipalities.csv) says about one municipality. */
export type ReferenceMunicipality = Pick<
  MunicipalityEntity,
  'cbsCode' | 'name' | 'province' | 'labourMarketRegion' | 'population' | 'urbanisation' | 'lat' | 'lon'
>;

/** The attributes the step compares and updates, in report order. */
export const REFERENCE_FIELDS = ['name', 'province', 'labourMarketRegion', 'population', 'urbanisation', 'lat', 'lon'] as const;

/**
 * One line of the succession list (seed/data/municipality-successions.csv): `cbsCode` ceased to exist on
 * `changedOn` (ISO date) and is continued by `successorCode`. A split has one line per successor.
 */
export interface MunicipalitySuccession {
  readonly cbsCode: string;
  readonly successorCode: string;
  readonly changedOn: string;
}

/** One changed attribute; values as text (numbers in their JavaScript form, absent as null). */
export interface FieldChange {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** What one run of the municipality reference-data step changed. Lists are ordered by CBS code. */
export interface MunicipalitySyncReport {
  /** Codes in the list and not in the database: inserted as current municipalities. */
  readonly added: readonly { code: string; name: string }[];
  /** Current municipalities no longer in the list: retired, kept for history. */
  readonly retired: readonly { code: string; name: string; retiredOn: string; successorCodes: readonly string[] }[];
  /** Municipalities whose attributes, successors or retirement changed (a listed retired code is reinstated). */
  readonly updated: readonly { code: string; name: string; changes: readonly FieldChange[] }[];
  /** Municipalities in the database before the step that it left as they were. */
  readonly unchanged: number;
  /** added + retired + updated: 0 when the database already matched the list. */
  readonly changes: number;
}

/** Who runs the step: an admin through the API, or the seed on start (`system`, no account). */
export interface SyncActor {
  readonly accountId: string | null;
  readonly role: AuditActorRole;
}

/** The rows the step writes and the report it gives; pure, so it can be checked without a database. */
export interface MunicipalitySyncPlan {
  readonly inserts: readonly MunicipalityEntity[];
  readonly updates: readonly MunicipalityEntity[];
  readonly report: MunicipalitySyncReport;
}

const CBS_CODE = /^GM[0-9]{4}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Compares the CBS list with the stored municipalities.
 * - listed, not stored: added (current);
 * - stored, current, not listed: retired on the CBS date of its succession (latest line for the code),
 *   else on `today`; successors are the succession list's codes that exist after the step;
 * - stored, retired, not listed: its successors follow the succession list when that names any;
 * - listed and stored: attributes updated where they differ; a retired one is reinstated (CBS does not
 *   reuse codes, so this only undoes a mistaken list).
 * The search key follows the name (a changed key alone is written but not reported: it is derived data).
 *
 * @param today ISO date (YYYY-MM-DD) used as `retiredOn` when no succession line gives one.
 * @throws DomainError CONFLICT naming the problem when the list is empty, has a duplicate or malformed
 *   code, or a succession line is malformed: nothing is changed then.
 */
export function planMunicipalitySync(
  stored: readonly MunicipalityEntity[],
  list: readonly ReferenceMunicipality[],
  successions: readonly MunicipalitySuccession[],
  today: string,
): MunicipalitySyncPlan {
  validate(list, successions, today);
  const listed = new Map(list.map((m) => [m.cbsCode, m]));
  const storedByCode = new Map(stored.map((m) => [m.cbsCode, m]));
  const known = new Set([...listed.keys(), ...storedByCode.keys()]);
  const successionsOf = new Map<string, MunicipalitySuccession[]>();
  for (const s of successions) successionsOf.set(s.cbsCode, [...(successionsOf.get(s.cbsCode) ?? []), s]);

  const inserts: MunicipalityEntity[] = [];
  const updates: MunicipalityEntity[] = [];
  const added: { code: string; name: string }[] = [];
  const retired: { code: string; name: string; retiredOn: string; successorCodes: string[] }[] = [];
  const updated: { code: string; name: string; changes: FieldChange[] }[] = [];
  let unchanged = 0;

  for (const record of [...list].sort(byCode)) {
    if (storedByCode.has(record.cbsCode)) continue;
    inserts.push({ ...pickReference(record), searchKey: searchKey(record.name), retiredOn: null, successorCodes: [] });
    added.push({ code: record.cbsCode, name: record.name });
  }

  for (const current of [...stored].sort(byCode)) {
    const record = listed.get(current.cbsCode);
    const next: MunicipalityEntity = { ...current };
    const changes: FieldChange[] = [];
    if (record) {
      for (const field of REFERENCE_FIELDS) {
        if (record[field] !== current[field]) {
          changes.push(change(field, current[field], record[field]));
          Object.assign(next, { [field]: record[field] });
        }
      }
      if (current.retiredOn !== null) {
        changes.push(change('retiredOn', current.retiredOn, null), change('successorCodes', current.successorCodes.join(' '), ''));
        Object.assign(next, { retiredOn: null, successorCodes: [] });
      }
    } else {
      const lines = successionsOf.get(current.cbsCode) ?? [];
      const successorCodes = [...new Set(lines.map((s) => s.successorCode))].filter((code) => known.has(code) && code !== current.cbsCode).sort();
      if (current.retiredOn === null) {
        const retiredOn = lines.map((s) => s.changedOn).sort().at(-1) ?? today;
        Object.assign(next, { retiredOn, successorCodes });
        retired.push({ code: current.cbsCode, name: current.name, retiredOn, successorCodes });
      } else if (successorCodes.length > 0 && successorCodes.join(' ') !== [...current.successorCodes].sort().join(' ')) {
        changes.push(change('successorCodes', current.successorCodes.join(' '), successorCodes.join(' ')));
        next.successorCodes = successorCodes;
      }
    }
    next.searchKey = searchKey(next.name);
    if (changes.length) updated.push({ code: current.cbsCode, name: next.name, changes });
    else if (next.retiredOn === current.retiredOn) unchanged += 1;
    if (changes.length || next.retiredOn !== current.retiredOn || next.searchKey !== current.searchKey) updates.push(next);
  }

  return {
    inserts,
    updates,
    report: { added, retired, updated, unchanged, changes: added.length + retired.length + updated.length },
  };
}

function validate(list: readonly ReferenceMunicipality[], successions: readonly MunicipalitySuccession[], today: string): void {
  const problem = (message: string) => new DomainError('CONFLICT', `The CBS municipality list cannot be applied: ${message}`);
  if (!ISO_DATE.test(today)) throw problem(`today must be an ISO date, got "${today}"`);
  if (list.length === 0) throw problem('it is empty');
  const seen = new Set<string>();
  for (const m of list) {
    if (!CBS_CODE.test(m.cbsCode)) throw problem(`"${m.cbsCode}" is not a CBS code such as GM0363`);
    if (seen.has(m.cbsCode)) throw problem(`${m.cbsCode} is listed twice`);
    if (!m.name.trim()) throw problem(`${m.cbsCode} has no name`);
    seen.add(m.cbsCode);
  }
  for (const s of successions) {
    if (!CBS_CODE.test(s.cbsCode) || !CBS_CODE.test(s.successorCode) || !ISO_DATE.test(s.changedOn)) {
      throw problem(`succession line "${s.cbsCode} → ${s.successorCode} on ${s.changedOn}" is malformed`);
    }
  }
}

function pickReference(m: ReferenceMunicipality): ReferenceMunicipality {
  return { cbsCode: m.cbsCode, name: m.name, province: m.province, labourMarketRegion: m.labourMarketRegion, population: m.population, urbanisation: m.urbanisation, lat: m.lat, lon: m.lon };
}

function change(field: string, before: string | number | null, after: string | number | null): FieldChange {
  return { field, before: before === null ? null : String(before), after: after === null ? null : String(after) };
}

function byCode(a: { cbsCode: string }, b: { cbsCode: string }): number {
  return a.cbsCode < b.cbsCode ? -1 : a.cbsCode > b.cbsCode ? 1 : 0;
}

/** The audit action of the municipality reference-data step. */
export const MUNICIPALITY_SYNC_ACTION = 'municipalities.sync';

@Injectable()
export class ReferenceDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Brings the municipality table in line with the CBS list (see {@link planMunicipalitySync}) in one
   * transaction, under a lock that lets readers (and capacity writes) go on but serialises concurrent
   * runs. When anything changed, an audit event (`municipalities.sync`, entity `reference_data`
   * `municipalities`) with the report commits with it; a run that changes nothing writes nothing.
   */
  syncMunicipalities(
    list: readonly ReferenceMunicipality[],
    successions: readonly MunicipalitySuccession[],
    options: { readonly today: string; readonly actor: SyncActor },
  ): Promise<MunicipalitySyncReport> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE "municipality" IN SHARE ROW EXCLUSIVE MODE');
      const repo = manager.getRepository(MunicipalityEntity);
      const plan = planMunicipalitySync(await repo.find(), list, successions, options.today);
      await chunkedInsert(manager, MunicipalityEntity, [...plan.inserts]);
      for (const row of plan.updates) {
        const { cbsCode, ...fields } = row;
        await repo.update({ cbsCode }, fields);
      }
      if (plan.report.changes > 0) {
        await manager.getRepository(AuditEventEntity).insert(
          auditRow({
            actorAccountId: options.actor.accountId,
            actorRole: options.actor.role,
            action: MUNICIPALITY_SYNC_ACTION,
            entityType: 'reference_data',
            entityId: 'municipalities',
            before: null,
            after: plan.report,
          }),
        );
      }
      return plan.report;
    });
  }

  /** The current (not retired) municipalities with their reference attributes, ordered by CBS code. */
  async currentMunicipalities(): Promise<ReferenceMunicipality[]> {
    const rows = await this.dataSource.getRepository(MunicipalityEntity).find({ where: { retiredOn: IsNull() }, order: { cbsCode: 'ASC' } });
    return rows.map(pickReference);
  }
}
