import type { ProposalRepository } from '#persistence/repositories/proposal.repository.js';
import type { RunRepository } from '#persistence/repositories/run.repository.js';
import type { HouseholdRepository } from '#persistence/repositories/household.repository.js';
import type { IscoRepository } from '#persistence/repositories/isco.repository.js';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import type { StatementsService } from '../waiting-list/statements.service.js';
import type { HouseholdExplanation } from '#matching/explain/types.js';
import { ViewsService } from './views.service.js';

/** Proposals of `count` households to GM0363, made by two runs (every other one by each). */
function proposals(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    runId: i % 2 ? 'run-b' : 'run-a',
    householdId: `h${i}`,
    municipalityCode: 'GM0363',
    status: 'open',
    municipalityResponse: null,
    newcomerResponse: null,
  }));
}

function household(id: string) {
  return { id, reference: `HH-${id}`, members: [{ birthYear: 1990, professions: [], languages: [], fullName: null }], careNeeds: [], accessibilityNeeds: [] };
}

/** A stored explanation of a single-household unit placed at GM0363, with one criterion and one reason. */
function explanationOf(householdId: string): HouseholdExplanation {
  return {
    unit: householdId,
    households: [householdId],
    status: 'optimal',
    pinned: null,
    outcome: { code: 'explain.placed', params: { municipality: 'GM0363', fit: 0.5, value: 1.5, rank: 1, options: 1, fitting: 1, fits: true, isOption: true } },
    breakdown: {
      unit: householdId,
      municipality: 'GM0363',
      score: 1.5,
      placementValue: 1,
      households: [
        {
          household: householdId,
          score: 0.5,
          priority: 0,
          stability: 0,
          criteria: [{ criterion: 'labour', score: 0.5, weight: 1, reasons: [{ code: 'labour.shortage_exact', params: { member: 0, isco: '2512' } }] }],
          notes: [],
        },
      ],
      filtered: [],
      isOption: true,
    },
    alternatives: [],
    higher: { count: 0, byVerdict: {}, bindingByResource: {} },
    filtered: null,
    preferred: [],
    unplaced: [],
  };
}

describe('ViewsService.municipalityView', () => {
  it('reads the explanations once per run, not once per proposed household', async () => {
    const made = proposals(12);
    const assignmentReads: { runId: string; householdIds: readonly string[] }[] = [];
    const runs = {
      assignments: async (runId: string, filter: { householdIds: readonly string[] }) => {
        assignmentReads.push({ runId, householdIds: filter.householdIds });
        return filter.householdIds.map((householdId) => ({
          runId,
          householdId,
          explanation: explanationOf(householdId),
        }));
      },
    } as unknown as RunRepository;
    const service = new ViewsService(
      { find: async () => made } as unknown as ProposalRepository,
      runs,
      { findByIds: async (ids: readonly string[]) => ids.map(household) } as unknown as HouseholdRepository,
      { findByCodes: async () => [] } as unknown as IscoRepository,
      { get: async () => ({}), profileVersions: async () => [], capacityHistory: async () => [] } as unknown as MunicipalitiesService,
      {
        say: async (code: string) => ({ code, text: code }),
        sayAll: async (items: readonly { code: string }[]) => items.map((i) => ({ code: i.code, text: i.code })),
      } as unknown as StatementsService,
    );

    const view = await service.municipalityView('GM0363', 'en');

    expect(assignmentReads.map((r) => r.runId).sort()).toEqual(['run-a', 'run-b']);
    expect(assignmentReads.flatMap((r) => r.householdIds).sort()).toEqual(made.map((p) => p.householdId).sort());
    // Each household still gets its own reasons from its own run's explanation.
    expect(view.proposals).toHaveLength(12);
    expect(view.proposals.every((p) => p.whyProposed.length === 1)).toBe(true);
  });
});
