import { syntheticModel } from '../model/synthetic.js';
import { buildScoredInstance } from '../scoring/build.js';
import { explainResult } from './explain.js';
import { fittedBetter, householdView, statedPreferences } from './household-view.js';
import { greedyResult } from './test-support.js';
import { verifyExplanation } from './verify.js';

/** A small synthetic round (households 1 and 2 are linked), greedy placements, explained with scoring details. */
function explainedRound() {
  const model = syntheticModel({ households: 60, municipalities: 8, seed: 11, tightness: 0.6 });
  const { instance, details } = buildScoredInstance(model, { maxOptions: 5, placementValue: 1 });
  return { explanations: explainResult(instance, greedyResult(instance), details), details };
}

describe('householdView: one household’s part of a stored explanation', () => {
  it('a placed household: its rank, its own criteria at the outcome, the alternatives with their fit', () => {
    const { explanations } = explainedRound();
    const e = explanations.find((x) => x.households.length === 1 && x.outcome.code === 'explain.placed' && x.alternatives.length > 0)!;
    const view = householdView(e, e.households[0]);
    expect(view.outcome).toBe(e.outcome);
    expect(view.rank).toBe(e.outcome.code === 'explain.placed' ? e.outcome.params.rank : 'unreachable');
    expect(view.options).toBe(e.outcome.params.options);
    expect(view.criteria).toBe(e.breakdown!.households[0].criteria);
    expect(view.alternatives).toEqual(e.alternatives.map((a) => ({ municipality: a.municipality, fit: a.fit, value: a.value, rank: a.rank, verdict: a.verdict })));
    expect(view.fitting).toBe(e.outcome.params.fitting);
    expect(view.preferred).toBe(e.preferred);
    expect(view.explanation).toBe(e);
  });

  it('each member of a linked unit sees its own criteria', () => {
    const { explanations } = explainedRound();
    const e = explanations.find((x) => x.households.length > 1 && x.breakdown !== null)!;
    const [first, second] = e.households.map((h) => householdView(e, h));
    expect(first.criteria).toBe(e.breakdown!.households.find((b) => b.household === e.households[0])!.criteria);
    expect(second.criteria).toBe(e.breakdown!.households.find((b) => b.household === e.households[1])!.criteria);
    expect(first.alternatives).toEqual(second.alternatives);
  });

  it('a household that was not placed: no rank, no criteria, alternatives on the household scale', () => {
    const { explanations } = explainedRound();
    const e = explanations.find((x) => x.outcome.code === 'explain.unplaced' && x.alternatives.length > 0)!;
    const view = householdView(e, e.households[0]);
    expect(view.rank).toBeNull();
    expect(view.criteria).toEqual([]);
    for (const a of view.alternatives) {
      expect(a.fit).not.toBeNull();
      expect(a.fit!).toBeLessThanOrEqual(1);
    }
  });

  it('a linked unit: its fits are the mean over `linked` households, and each member gets its own fit beside them (issue 11, HB)', () => {
    const { explanations } = explainedRound();
    const e = explanations.find((x) => x.households.length > 1 && x.outcome.code === 'explain.placed' && x.breakdown !== null)!;
    const views = e.households.map((h) => householdView(e, h));
    for (const v of views) {
      expect(v.linked).toBe(e.households.length);
      expect(v.ownFit).toBe(e.breakdown!.households.find((b) => b.household === v.household)!.score);
      expect(v.pinned).toBeNull();
    }
    const fit = e.outcome.code === 'explain.placed' ? e.outcome.params.fit : null;
    expect(fit).toBeCloseTo(views.reduce((sum, v) => sum + v.ownFit!, 0) / views.length, 5);
    const single = explanations.find((x) => x.households.length === 1 && x.outcome.code === 'explain.placed')!;
    expect(householdView(single, single.households[0]).linked).toBe(1);
  });

  it('a unit placed by an officer’s pin: `pinned` names the place (the solver compared only it); null when not placed there (issue 11, HB)', () => {
    const model = syntheticModel({ households: 60, municipalities: 8, seed: 11, tightness: 0.6 });
    const plain = buildScoredInstance(model, { maxOptions: 5, placementValue: 1 });
    const h = plain.instance.households.find((x) => x.options.length > 2)!;
    const second = [...h.options].sort((a, b) => b.score - a.score)[1].municipality;
    const { instance, details } = buildScoredInstance(model, { maxOptions: 5, placementValue: 1, pins: [{ household: h.id, municipality: second }] });
    const e = explainResult(instance, greedyResult(instance), details).find((x) => x.unit === h.id)!;
    expect(e.outcome.code === 'explain.placed' && e.outcome.params.municipality).toBe(second);
    const view = householdView(e, h.id);
    expect(view.pinned).toBe(second);
    expect(view.options).toBe(1);
    expect(view.rank).toBeGreaterThan(1);
    expect(householdView({ ...e, pinned: null }, h.id).pinned).toBeNull();
  });

  it('refuses a household that is not a member of the explained unit', () => {
    const { explanations } = explainedRound();
    const [e, other] = explanations;
    expect(() => householdView(e, other.households[0])).toThrow(`household ${other.households[0]} is not a member of the explained unit ${e.unit}`);
  });

  it('refuses a breakdown without the household', () => {
    const { explanations } = explainedRound();
    const e = explanations.find((x) => x.breakdown !== null)!;
    const broken = { ...e, breakdown: { ...e.breakdown!, households: [] } };
    expect(() => householdView(broken, e.households[0])).toThrow(`the breakdown of unit ${e.unit} has no scores for household ${e.households[0]}`);
  });

  it('gives each member its own "why others went first" as stored, and null when none is stored for it', () => {
    const { explanations } = explainedRound();
    const e = explanations.find((x) => x.households.length > 1)!;
    const [a, b] = e.households;
    const mine = { household: a, band: 'homes_1_2' as const, threshold: 3, total: 4, counts: [{ category: 'more_urgent' as const, count: 4 }] };
    const stored = { ...e, othersFirst: [mine] };
    expect(householdView(stored, a).othersFirst).toBe(mine);
    expect(householdView(stored, b).othersFirst).toBeNull();
    expect(householdView({ ...e, othersFirst: undefined }, a).othersFirst).toBeNull();
  });

  it('fittedBetter: only alternatives that fitted better than the outcome, never one that fitted worse; statedPreferences: the named places', () => {
    const { explanations } = explainedRound();
    let worseSeen = 0;
    let betterSeen = 0;
    for (const e of explanations.filter((x) => x.outcome.code === 'explain.placed')) {
      const view = householdView(e, e.households[0]);
      const better = fittedBetter(view);
      const outcomeFit = e.outcome.code === 'explain.placed' ? e.outcome.params.fit! : 1;
      for (const a of better) expect(a.fit!).toBeGreaterThan(outcomeFit);
      for (const a of view.alternatives.filter((x) => !better.includes(x))) {
        worseSeen++;
        expect(a.fit === null || a.fit <= outcomeFit || a.verdict.code === 'explain.alt_pinned_elsewhere').toBe(true);
      }
      betterSeen += better.length;
      expect(statedPreferences(view).every((p) => p.kind !== 'best_score')).toBe(true);
    }
    expect(worseSeen).toBeGreaterThan(0);
    expect(betterSeen).toBeGreaterThan(0);
  });
});

describe('a place that fitted better but lost to the stability bonus (issue 11, HB)', () => {
  /** The same round re-run with every unit anchored at its second-best option: the bonus keeps many there. */
  function anchoredRound() {
    const model = syntheticModel({ households: 60, municipalities: 8, seed: 11, tightness: 0.6 });
    const first = buildScoredInstance(model, { maxOptions: 5, placementValue: 1 });
    const anchor = first.instance.households.flatMap((h) => {
      const second = [...h.options].sort((a, b) => b.score - a.score)[1];
      return second ? [{ household: h.id, municipality: second.municipality }] : [];
    });
    const { instance, details } = buildScoredInstance(model, { maxOptions: 5, placementValue: 1, anchor, stabilityBonus: 0.05 });
    const result = greedyResult(instance);
    return { instance, details, result, explanations: explainResult(instance, result, details) };
  }

  it('is listed for the newcomer, with a verdict the verifier accepts only when the outcome earned the bonus', () => {
    const { instance, details, result, explanations } = anchoredRound();
    let seen = 0;
    for (const e of explanations) {
      expect(verifyExplanation(instance, result, e, details)).toEqual([]);
      if (e.outcome.code !== 'explain.placed') continue;
      const outcomeFit = e.outcome.params.fit!;
      const view = householdView(e, e.households[0]);
      const better = fittedBetter(view);
      for (const a of view.alternatives) {
        // a higher fit is listed, whatever the verdict; the same or a lower fit is not
        expect(better.includes(a)).toBe(a.fit! > outcomeFit);
        if (a.verdict.code === 'explain.alt_not_higher' && a.fit! > outcomeFit) seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
    // the same explanations against scoring without the anchor: the outcome earned no bonus, so a higher fit with a
    // placement value no higher is a false claim
    const { details: unanchored } = buildScoredInstance(syntheticModel({ households: 60, municipalities: 8, seed: 11, tightness: 0.6 }), { maxOptions: 5, placementValue: 1 });
    const refused = explanations.flatMap((e) => verifyExplanation(instance, result, e, unanchored)).filter((f) => f.includes('earned no more stability bonus'));
    expect(refused.length).toBeGreaterThan(0);
  });
});
