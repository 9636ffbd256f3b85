import { Injectable } from '@nestjs/common';
import { ADULT_AGE, homeBand } from '#matching/vocabulary/index.js';
import { ProposalRepository } from '#persistence/repositories/proposal.repository.js';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import { HouseholdRepository } from '#persistence/repositories/household.repository.js';
import { IscoRepository } from '#persistence/repositories/isco.repository.js';
import type { ProposalEntity } from '#persistence/entities/index.js';
import { DomainError } from '#common/domain-error.js';
import { fittedBetter, householdView, statedPreferences, type HouseholdView } from '#matching/explain/household-view.js';
import { supportingReasons } from '#matching/scoring/supporting.js';
import type { Locale } from '#matching/messages/index.js';
import { isActiveProposal, municipalityHouseholdAccess } from '#matching/vocabulary/lifecycle.js';
import { StatementsService } from '../waiting-list/statements.service.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import { toMunicipalityProposal, toNewcomerProposal } from '../proposals/proposal.mapper.js';
import { occupationOf } from '../taxonomy/taxonomy.mapper.js';
import type { Statement } from '../waiting-list/models/statement.model.js';
import type { CriterionView, MunicipalityView, NewcomerProposalView, ProposalListSource, ProposedHousehold } from './models/views.model.js';
import { pageOf, type Page } from '../common/page.args.js';

@Injectable()
export class ViewsService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly runs: RunRepository,
    private readonly households: HouseholdRepository,
    private readonly isco: IscoRepository,
    private readonly municipalities: MunicipalitiesService,
    private readonly statements: StatementsService,
  ) {}

  /** The household's current (active) proposal with the reasons, in its language; null when none. */
  async newcomerProposal(householdId: string, locale: Locale): Promise<NewcomerProposalView | null> {
    const proposal = (await this.proposals.find({ householdId })).filter((p) => isActiveProposal(p.status)).at(-1);
    if (!proposal) return null;
    const view = (await this.householdViews([proposal])).get(proposal.id)!;
    const code = proposal.municipalityCode;
    const say = (c: string, params: Readonly<Record<string, unknown>>) => this.statements.say(c, params, locale);
    return {
      proposal: toNewcomerProposal(proposal),
      municipality: await this.municipalities.get(code),
      profile: await this.municipalities.latestProfile(code, locale),
      outcome: await say(view.outcome.code, { ...view.outcome.params, municipality: code, pinned: view.pinned, linked: view.linked, ownFit: view.ownFit }),
      criteria: await this.criteria(view.criteria, code, locale),
      // what a newcomer is shown of the places they did not get: household-view.ts (fittedBetter, statedPreferences)
      alternatives: await Promise.all(fittedBetter(view).map((a) => say(a.verdict.code, { ...a.verdict.params, municipality: a.municipality }))),
      preferred: await Promise.all(
        statedPreferences(view).map((p) => say(p.verdict.code, { ...p.verdict.params, municipality: p.municipality, kind: p.kind })),
      ),
      plan: await this.statements.sayAll(proposalPlan(proposal), locale),
    };
  }

  /** The municipality's own view; its proposed households are built a page at a time (`proposedHouseholds`). */
  async municipalityView(code: string, locale: Locale): Promise<MunicipalityView> {
    return {
      municipality: await this.municipalities.get(code),
      profileVersions: await this.municipalities.profileVersions(code, locale),
      capacities: await this.municipalities.capacityHistory(code),
      proposalSource: { code, locale, proposals: await this.proposals.find({ municipalityCode: code }) },
    };
  }

  /**
   * One page of the households proposed to a municipality (`source`: MunicipalityView.proposalSource), with what the
   * municipality may see of each: households, occupation titles and explanations are read for the page only.
   */
  async proposedHouseholds(source: ProposalListSource, page: Page): Promise<ProposedHousehold[]> {
    const { code, locale } = source;
    const proposals = pageOf(source.proposals, page);
    const households = new Map((await this.households.findByIds(proposals.map((p) => p.householdId))).map((h) => [h.id, h]));
    const titles = new Map((await this.isco.findByCodes([...households.values()].flatMap((h) => h.members.flatMap((m) => m.professions.map((p) => p.iscoCode))))).map((o) => [o.code, o]));
    const views = await this.householdViews(proposals);
    const year = new Date().getUTCFullYear();
    const proposed: ProposedHousehold[] = [];
    for (const p of proposals) {
      const h = households.get(p.householdId);
      if (!h) throw DomainError.notFound(`household ${p.householdId} of proposal ${p.id}`);
      const ages = h.members.map((m) => year - m.birthYear);
      // an erased case has no members left: the persons and home band the proposal was made for stand in
      const erased = Boolean(h.erasedAt);
      const band = erased ? p.homeBand : homeBand(h.members.length);
      const view = views.get(p.id)!;
      const languages = new Map<string, { best: string; speakers: number }>();
      for (const l of h.members.flatMap((m) => m.languages)) {
        const seen = languages.get(l.language);
        languages.set(l.language, { best: !seen || l.cefr > seen.best ? l.cefr : seen.best, speakers: (seen?.speakers ?? 0) + 1 });
      }
      const shared = toMunicipalityProposal(p);
      // what the municipality may see of the people: nothing once the proposal ended, names only after it accepted
      // (municipalityHouseholdAccess, matching/vocabulary/lifecycle.ts)
      const access = municipalityHouseholdAccess(p);
      const seen = access !== 'none' && !erased;
      proposed.push({
        proposalId: p.id,
        status: p.status,
        municipalityResponse: p.municipalityResponse,
        newcomerResponse: p.newcomerResponse,
        respondBy: shared.respondBy,
        contact: shared.contact,
        expectedMoveIn: shared.expectedMoveIn,
        respondByText: await this.statements.sayAs('municipality', 'proposal.respond_by', { respondBy: p.respondBy }, locale),
        reference: h.reference,
        erased,
        persons: erased ? p.persons : h.members.length,
        homeBand: band,
        homeBandLabel: await this.statements.say(`label.resource.${band}`, {}, locale),
        adults: seen ? ages.filter((a) => a >= ADULT_AGE).length : null,
        childrenUnder4: seen ? ages.filter((a) => a < 4).length : null,
        children4to11: seen ? ages.filter((a) => a >= 4 && a < 12).length : null,
        children12to17: seen ? ages.filter((a) => a >= 12 && a < ADULT_AGE).length : null,
        careNeeds: seen ? [...h.careNeeds] : null,
        accessibilityNeeds: seen ? [...h.accessibilityNeeds] : null,
        professions: seen ? [...new Set(h.members.flatMap((m) => m.professions.map((x) => x.iscoCode)))].map((c) => occupationOf(c, titles, locale)) : null,
        languages: seen
          ? [...languages].map(([language, v]) => ({ language, bestLevel: v.best, speakers: v.speakers })).sort((a, b) => b.speakers - a.speakers || a.language.localeCompare(b.language))
          : null,
        names: access === 'names' && !erased ? h.members.map((m) => m.fullName ?? '').filter(Boolean) : null,
        whyProposed: seen ? await this.whyProposed(view, code, locale) : null,
      });
    }
    return proposed;
  }

  /**
   * Each proposed household's view of the explanation stored with the run that proposed it, by proposal id: one
   * read per run, however many proposals it made. A proposal is made from a run's assignment, so a missing
   * explanation is an error (NOT_FOUND), never replaced by an invented outcome.
   */
  private async householdViews(proposals: readonly ProposalEntity[]): Promise<Map<string, HouseholdView>> {
    const householdsByRun = new Map<string, string[]>();
    for (const p of proposals) householdsByRun.set(p.runId, [...(householdsByRun.get(p.runId) ?? []), p.householdId]);
    const rows = await Promise.all(
      [...householdsByRun].map(([runId, ids]) => this.runs.assignments(runId, { householdIds: ids }, { offset: 0, limit: ids.length })),
    );
    const byRunAndHousehold = new Map(rows.flat().map((row) => [`${row.runId}/${row.householdId}`, row.explanation]));
    return new Map(
      proposals.map((p) => {
        const explanation = byRunAndHousehold.get(`${p.runId}/${p.householdId}`);
        if (!explanation) throw DomainError.notFound(`the explanation of proposal ${p.id} (run ${p.runId})`);
        return [p.id, householdView(explanation, p.householdId)];
      }),
    );
  }

  /**
   * Why a household was proposed, for the municipality: only the reasons that argued for the placement
   * (`supportingReasons`, matching/scoring/supporting.ts: positive credits, graded ones only on a real match, criteria
   * with weight and score above 0, an officer's pin, linked households), in the municipality's words
   * (`<code>.municipality`: third person, what the household brings and needs), each sentence once
   * (`StatementsService.sayAllAs`, `distinctStatements`).
   */
  private async whyProposed(view: HouseholdView, code: string, locale: Locale): Promise<Statement[]> {
    const { explanation } = view;
    const notes: { code: string; params: unknown }[] = [];
    if (explanation.pinned === code) notes.push({ code: 'unit.pinned', params: { household: view.household, municipality: code } });
    if (explanation.households.length > 1) notes.push({ code: 'unit.linked_merged', params: { households: explanation.households, group: '' } });
    const reasons = supportingReasons<{ code: string; params: unknown }>(view.criteria, notes);
    // each sentence once, whatever parameters it does not show (two members, two aspirations): distinctStatements
    return this.statements.sayAllAs('municipality', reasons.map((r) => ({ code: r.code, params: { ...(r.params as object), municipality: code } })), locale);
  }

  private async criteria(
    criteria: readonly { criterion: string; score: number | null; weight: number; reasons: readonly { code: string; params: unknown }[] }[],
    municipality: string,
    locale: Locale,
  ): Promise<CriterionView[]> {
    return Promise.all(
      criteria.map(async (c) => ({
        criterion: c.criterion,
        score: c.score,
        weight: c.weight,
        // each sentence once per criterion (sayAll: distinctStatements), e.g. the employers for two members
        reasons: await this.statements.sayAll(c.reasons.map((r) => ({ code: r.code, params: { ...(r.params as object), municipality } })), locale),
      })),
    );
  }
}

/**
 * What a newcomer plans around, as message items (matching/messages/proposal-codes.ts): the response deadline, then
 * the contact person and the expected move-in date once the municipality set them.
 */
export function proposalPlan(p: ProposalEntity): { code: string; params: Readonly<Record<string, unknown>> }[] {
  const reach = [p.contactEmail, p.contactPhone].filter((x): x is string => x !== null);
  return [
    { code: 'proposal.respond_by', params: { respondBy: p.respondBy } },
    ...(p.contactName !== null ? [{ code: 'proposal.contact', params: { municipality: p.municipalityCode, name: p.contactName, reach } }] : []),
    ...(p.expectedMoveIn !== null ? [{ code: 'proposal.expected_move_in', params: { municipality: p.municipalityCode, expectedMoveIn: p.expectedMoveIn } }] : []),
  ];
}
