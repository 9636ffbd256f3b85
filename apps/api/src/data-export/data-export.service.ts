import { Injectable } from '@nestjs/common';
import { DataExportRepository } from '#persistence/repositories/data-export.repository.js';
import { storedMember } from '#persistence/repositories/household-change.repository.js';
import { AuditRepository } from '#persistence/repositories/audit.repository.js';
import type { AuditEventEntity } from '#persistence/entities/audit-event.entity.js';
import { DomainError } from '#common/domain-error.js';
import { householdView } from '#matching/explain/household-view.js';
import type { Locale } from '#matching/messages/locales.js';
import { DATA_EXPORT_FORMAT, type ExportedEvent, type ExportedRun, type HouseholdDataExport } from '#matching/vocabulary/data-export.js';
import { StatementsService } from '../waiting-list/statements.service.js';
import { auditEntry } from '../common/audit-entry.js';
import { isUuid } from '../common/uuid.js';
import type { Viewer } from '../auth/viewer.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function event(e: AuditEventEntity): ExportedEvent {
  return { at: e.at.toISOString(), action: e.action, actorRole: e.actorRole, actorAccountId: e.actorAccountId, before: e.before, after: e.after };
}

/**
 * A household's data export (issue 16, AVG/GDPR art. 15 and 20; matching/vocabulary/data-export.ts): everything
 * stored about it, with each run's outcome in words in `locale`, made for the household's own newcomers or for an
 * officer answering a written request. Each export is recorded (`household.export`), and the next export lists it.
 */
@Injectable()
export class DataExportService {
  constructor(
    private readonly data: DataExportRepository,
    private readonly audit: AuditRepository,
    private readonly statements: StatementsService,
  ) {}

  /** The export of `householdId` for `viewer` (its newcomer or an officer). NOT_FOUND when there is no such household. */
  async export(viewer: Viewer, householdId: string, locale: Locale, now = new Date()): Promise<HouseholdDataExport> {
    const gathered = isUuid(householdId) ? await this.data.gather(householdId) : null;
    if (!gathered) throw DomainError.notFound(`household ${householdId}`);
    const { household: h, protectedTraits } = gathered;
    const runs: ExportedRun[] = [];
    for (const { run, round, assignment } of gathered.runs) {
      const view = householdView(assignment.explanation, h.id);
      const outcome = await this.statements.say(
        view.outcome.code,
        { ...view.outcome.params, municipality: assignment.municipalityCode, pinned: view.pinned, linked: view.linked, ownFit: view.ownFit },
        locale,
      );
      runs.push({
        runId: run.id,
        roundId: round.id,
        roundName: round.name,
        period: round.period,
        at: run.createdAt.toISOString(),
        status: run.status,
        published: round.publishedRunId === run.id,
        municipalityCode: assignment.municipalityCode,
        outcome: outcome.text,
        explanation: assignment.explanation,
        inputHash: run.inputHash,
        matchingVersion: run.matchingVersion,
      });
    }
    const emailOf = new Map(gathered.accounts.map((a) => [a.id, a.email]));
    const exported: HouseholdDataExport = {
      format: DATA_EXPORT_FORMAT,
      madeAt: now.toISOString(),
      locale,
      household: {
        id: h.id,
        reference: h.reference,
        status: h.status,
        permitDate: h.permitDate,
        receptionLocation: h.receptionLocation,
        urgency: h.urgency,
        preferredSetting: h.preferredSetting,
        preferenceWeights: h.preferenceWeights,
        careNeeds: h.careNeeds,
        accessibilityNeeds: h.accessibilityNeeds,
        medicalNotes: h.medicalNotes,
        protectedTraits: protectedTraits ? { nationality: protectedTraits.nationality, originRegion: protectedTraits.originRegion } : null,
        toldPosition: h.toldPosition,
        registeredAt: h.createdAt.toISOString(),
        updatedAt: h.updatedAt.toISOString(),
        members: h.members.map((m) => ({ position: m.position, ...storedMember(m) })),
        ties: h.ties.map((t) => ({
          kind: t.kind,
          municipalityCode: t.municipalityCode,
          description: t.description,
          status: t.status,
          firstDegree: t.firstDegree,
          liveNear: t.liveNear,
          verifiedAt: iso(t.verifiedAt),
          verificationNote: t.verificationNote,
        })),
      },
      accounts: gathered.accounts.map((a) => ({ email: a.email, createdAt: a.createdAt.toISOString(), locale: a.locale, emailNotifications: a.emailNotifications, disabled: a.disabled })),
      proposals: gathered.proposals.map((p) => ({
        id: p.id,
        roundId: p.roundId,
        period: p.period,
        municipalityCode: p.municipalityCode,
        status: p.status,
        persons: p.persons,
        homeBand: p.homeBand,
        respondBy: p.respondBy,
        municipalityResponse: p.municipalityResponse,
        municipalityReason: p.municipalityReason,
        newcomerResponse: p.newcomerResponse,
        newcomerReason: p.newcomerReason,
        reviewOutcome: p.reviewOutcome,
        reviewNote: p.reviewNote,
        withdrawnReason: p.withdrawnReason,
        expectedMoveIn: p.expectedMoveIn,
        housedOn: p.housedOn,
        createdAt: p.createdAt.toISOString(),
      })),
      runs,
      notifications: gathered.notifications.map((n) => ({ account: emailOf.get(n.accountId) ?? '', kind: n.kind, proposalId: n.proposalId, params: n.params, createdAt: n.createdAt.toISOString(), readAt: iso(n.readAt), emailState: n.emailState })),
      history: gathered.history.map(event),
      accessLog: gathered.reads.map(event),
    };
    await this.audit.append(auditEntry(viewer, 'household.export', h.id, null, { format: DATA_EXPORT_FORMAT.version, locale }));
    return exported;
  }
}
