import type { ProposalEntity } from '#persistence/entities/index.js';
import type { Proposal } from './models/proposal.model.js';

/** A stored proposal as the API shows it (field for field; access to reasons and notes is ruled per field). */
export function toProposal(p: ProposalEntity): Proposal {
  return {
    id: p.id,
    roundId: p.roundId,
    runId: p.runId,
    householdId: p.householdId,
    municipalityCode: p.municipalityCode,
    period: p.period,
    persons: p.persons,
    homeBand: p.homeBand,
    status: p.status,
    municipalityResponse: p.municipalityResponse,
    municipalityReason: p.municipalityReason,
    newcomerResponse: p.newcomerResponse,
    newcomerReason: p.newcomerReason,
    reviewOutcome: p.reviewOutcome,
    reviewNote: p.reviewNote,
    withdrawnAt: p.withdrawnAt,
    withdrawnReason: p.withdrawnReason,
    expiredAt: p.expiredAt,
    housedOn: p.housedOn,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
