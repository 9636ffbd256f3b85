import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AccountEntity } from '../entities/account.entity.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import type { HouseholdEntity } from '../entities/household.entity.js';
import { HouseholdProtectedEntity } from '../entities/household-protected.entity.js';
import { NotificationEntity } from '../entities/notification.entity.js';
import { ProposalEntity } from '../entities/proposal.entity.js';
import { RoundEntity, RunAssignmentEntity, RunEntity } from '../entities/round.entity.js';
import { HouseholdRepository } from './household.repository.js';
import { HOUSEHOLD_READ_ACTIONS } from '#matching/vocabulary/audit.js';

const READ_ACTIONS: readonly string[] = HOUSEHOLD_READ_ACTIONS;

/** A run that considered the household, with its round and the household's stored assignment and explanation. */
export interface GatheredRun {
  readonly run: RunEntity;
  readonly round: RoundEntity;
  readonly assignment: RunAssignmentEntity;
}

/** Everything stored about one household, as stored (the API turns it into `HouseholdDataExport`). */
export interface GatheredHousehold {
  readonly household: HouseholdEntity;
  readonly protectedTraits: HouseholdProtectedEntity | null;
  readonly accounts: readonly AccountEntity[];
  readonly proposals: readonly ProposalEntity[];
  readonly runs: readonly GatheredRun[];
  readonly notifications: readonly NotificationEntity[];
  /** Audit events about the household and its proposals, oldest first, reads apart. */
  readonly history: readonly AuditEventEntity[];
  readonly reads: readonly AuditEventEntity[];
}

/** Reads everything stored about one household for its data export (matching/vocabulary/data-export.ts). */
@Injectable()
export class DataExportRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly households: HouseholdRepository,
  ) {}

  /** Everything about the household, or null when there is no such household. Reads only; one snapshot is not promised. */
  async gather(householdId: string): Promise<GatheredHousehold | null> {
    // members, professions, languages and ties, in their order (as every reader of a household gets them)
    const household = await this.households.findById(householdId);
    if (!household) return null;
    const protectedTraits = await this.dataSource.getRepository(HouseholdProtectedEntity).findOneBy({ householdId });
    const accounts = await this.dataSource.getRepository(AccountEntity).find({ where: { householdId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const proposals = await this.dataSource.getRepository(ProposalEntity).find({ where: { householdId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const assignments = await this.dataSource.getRepository(RunAssignmentEntity).find({ where: { householdId } });
    const runs = assignments.length ? await this.dataSource.getRepository(RunEntity).find({ where: { id: In(assignments.map((a) => a.runId)) } }) : [];
    const rounds = runs.length ? await this.dataSource.getRepository(RoundEntity).find({ where: { id: In([...new Set(runs.map((r) => r.roundId))]) } }) : [];
    const runById = new Map(runs.map((r) => [r.id, r]));
    const roundById = new Map(rounds.map((r) => [r.id, r]));
    const gatheredRuns = assignments
      .flatMap((assignment) => {
        const run = runById.get(assignment.runId);
        const round = run ? roundById.get(run.roundId) : undefined;
        return run && round ? [{ run, round, assignment }] : [];
      })
      .sort((a, b) => a.run.createdAt.getTime() - b.run.createdAt.getTime() || a.run.id.localeCompare(b.run.id));
    const notifications = accounts.length
      ? await this.dataSource.getRepository(NotificationEntity).find({ where: { accountId: In(accounts.map((a) => a.id)) }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    const events = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e').where("e.entity_type = 'household' AND e.entity_id = :householdId", { householdId });
    if (proposals.length) events.orWhere("e.entity_type = 'proposal' AND e.entity_id IN (:...proposalIds)", { proposalIds: proposals.map((p) => p.id) });
    const allEvents = await events.orderBy('e.id', 'ASC').getMany();
    return {
      household,
      protectedTraits,
      accounts,
      proposals,
      runs: gatheredRuns,
      notifications,
      history: allEvents.filter((e) => !READ_ACTIONS.includes(e.action)),
      reads: allEvents.filter((e) => READ_ACTIONS.includes(e.action)),
    };
  }
}
