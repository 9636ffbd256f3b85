import type { ProposalEntity } from '#persistence/entities/index.js';
import type { MunicipalityProposal, NewcomerProposal, Proposal, ProposalShared } from './models/proposal.model.js';

/** The fields every reader of a proposal may see (`ProposalShared`), without the reader marker. */
function shared(p: ProposalEntity): Omit<ProposalShared, 'reader'> {
  return {
    id: p.id,
    municipalityCode: p.municipalityCode,
    period: p.period,
    persons: p.persons,
    homeBand: p.homeBand,
    status: p.status,
    municipalityResponse: p.municipalityResponse,
    municipalityReason: p.municipalityReason,
    municipalityRespondedAt: p.municipalityRespondedAt,
    newcomerResponse: p.newcomerResponse,
    newcomerRespondedAt: p.newcomerRespondedAt,
    reviewOutcome: p.reviewOutcome,
    withdrawnAt: p.withdrawnAt,
    withdrawnReason: p.withdrawnReason,
    expiredAt: p.expiredAt,
    housedOn: p.housedOn,
    respondBy: p.respondBy,
    contact: p.contactName === null ? null : { name: p.contactName, email: p.contactEmail, phone: p.contactPhone },
    expectedMoveIn: p.expectedMoveIn,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

/** A stored proposal as officers see it: every fact. */
export function toProposal(p: ProposalEntity): Proposal {
  return { ...shared(p), reader: 'officer', roundId: p.roundId, runId: p.runId, householdId: p.householdId, newcomerReason: p.newcomerReason, reviewNote: p.reviewNote, changeReviewSince: p.changeReviewSince };
}

/** A stored proposal as the municipality it is addressed to sees it: the shared facts only. */
export function toMunicipalityProposal(p: ProposalEntity): MunicipalityProposal {
  return { ...shared(p), reader: 'municipality' };
}

/** A stored proposal as its household sees it: the shared facts, its own reason and the review note of its contest. */
export function toNewcomerProposal(p: ProposalEntity): NewcomerProposal {
  return { ...shared(p), reader: 'newcomer', householdId: p.householdId, newcomerReason: p.newcomerReason, reviewNote: p.reviewNote };
}

/** A stored proposal as `reader` sees it (for operations that several roles call). */
export function toReaderProposal(p: ProposalEntity, reader: ProposalShared['reader']): ProposalShared {
  return reader === 'officer' ? toProposal(p) : reader === 'municipality' ? toMunicipalityProposal(p) : toNewcomerProposal(p);
}
