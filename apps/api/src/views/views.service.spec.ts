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
        sayAs: async (_reader: string, code: string) => ({ code, text: code }),
        sayAllAs: async (_reader: string, items: readonly { code: string }[]) => items.map((i) => ({ code: i.code, text: i.code })),
        sayAll: async (items: readonly { code: string }[]) => items.map((i) => ({ code: i.code, text: i.code })),
      } as unknown as StatementsService,
    );

    const view = await service.municipalityView('GM0363', 'en');
    expect(view.proposalSource.proposals).toHaveLength(12);
    expect(assignmentReads).toEqual([]); // nothing is built before a page is asked for
    const all = await service.proposedHouseholds(view.proposalSource, { offset: 0, limit: 500 });

    expect(assignmentReads.map((r) => r.runId).sort()).toEqual(['run-a', 'run-b']);
    expect(assignmentReads.flatMap((r) => r.householdIds).sort()).toEqual(made.map((p) => p.householdId).sort());
    // Each household still gets its own reasons from its own run's explanation.
    expect(all).toHaveLength(12);
    expect(all.every((p) => p.whyProposed?.length === 1)).toBe(true);

    // one page reads and builds that page only, in the list's order
    assignmentReads.length = 0;
    const page = await service.proposedHouseholds(view.proposalSource, { offset: 10, limit: 5 });
    expect(page.map((p) => p.proposalId)).toEqual(made.slice(10).map((p) => p.id));
    expect(assignmentReads.flatMap((r) => r.householdIds).sort()).toEqual(made.slice(10).map((p) => p.householdId).sort());
  });
});

describe('ViewsService.newcomerProposal: what a newcomer is shown of the places they did not get', () => {
  it('lists only places that fitted better (with why not) and the places the household named, not places that fitted worse', async () => {
    const base = explanationOf('h0');
    const binding = [{ resource: 'homes_1_2', used: 3, capacity: 3, needed: 1 }];
    const explanation: HouseholdExplanation = {
      ...base,
      outcome: { code: 'explain.placed', params: { municipality: 'GM0363', fit: 0.5, value: 1.5, rank: 2, options: 3, fitting: 3, fits: true, isOption: true } },
      alternatives: [
        { municipality: 'GM0344', value: 1.8, fit: 0.8, rank: 1, verdict: { code: 'explain.alt_capacity', params: { binding, fit: 0.8, outcomeFit: 0.5, netValueThere: 1.2, netValueOutcome: 1.5, priceExceedsGain: true } } },
        // a higher fit but a lower placement value: the outcome kept an earlier placement (stability bonus); listed (issue 11, HB)
        { municipality: 'GM0200', value: 1.49, fit: 0.52, rank: 3, verdict: { code: 'explain.alt_not_higher', params: { fit: 0.52, outcomeFit: 0.5, value: 1.49, outcomeValue: 1.5 } } },
        { municipality: 'GM0014', value: 1.3, fit: 0.3, rank: 4, verdict: { code: 'explain.alt_not_higher', params: { fit: 0.3, outcomeFit: 0.5, value: 1.3, outcomeValue: 1.5 } } },
      ],
      preferred: [
        { municipality: 'GM0344', kind: 'best_score', household: null, status: null, hard: false, value: 1.8, verdict: { code: 'explain.alt_capacity', params: { binding, fit: 0.8, outcomeFit: 0.5, netValueThere: 1.2, netValueOutcome: 1.5, priceExceedsGain: true } } },
        { municipality: 'GM0014', kind: 'family', household: 'h0', status: 'declared', hard: false, value: 1.3, verdict: { code: 'explain.alt_not_higher', params: { fit: 0.3, outcomeFit: 0.5, value: 1.3, outcomeValue: 1.5 } } },
      ],
    };
    const [proposal] = proposals(1);
    const service = new ViewsService(
      { find: async () => [{ ...proposal, status: 'open' }] } as unknown as ProposalRepository,
      { assignments: async () => [{ runId: proposal.runId, householdId: 'h0', explanation }] } as unknown as RunRepository,
      {} as unknown as HouseholdRepository,
      {} as unknown as IscoRepository,
      { get: async () => ({}), latestProfile: async () => null } as unknown as MunicipalitiesService,
      {
        say: async (code: string, params: Record<string, unknown>) => ({ code, params, text: code }),
        sayAll: async (items: readonly { code: string }[]) => items.map((i) => ({ code: i.code, text: i.code })),
      } as unknown as StatementsService,
    );

    const view = (await service.newcomerProposal('h0', 'en'))!;

    // the better place with why not; the worse place (which the list showed before) is left out
    // and a place with a higher fit is listed whatever its verdict (its text then names the kept earlier placement)
    expect(view.alternatives.map((s) => [s.code, (s.params as { municipality: string }).municipality])).toEqual([['explain.alt_capacity', 'GM0344'], ['explain.alt_not_higher', 'GM0200']]);
    // the outcome's text gets the pin (none here) and the unit's size beside the stored figures
    expect(view.outcome.params).toMatchObject({ municipality: 'GM0363', pinned: null, linked: 1 });
    // the family's place, with its verdict; not the best option again
    expect(view.preferred.map((s) => [s.code, (s.params as { kind: string }).kind])).toEqual([['explain.alt_not_higher', 'family']]);
  });
});
