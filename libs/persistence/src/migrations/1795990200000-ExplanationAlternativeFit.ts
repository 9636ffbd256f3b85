import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data migration: every alternative of a stored run explanation gets its `fit` (matching/explain/types.ts,
 * `AlternativeExplanation.fit`): the unit's mean household fit there, in [0, 1], without the placement value. New
 * runs store it when they explain; the API used to derive it on every read by subtracting the placement value from
 * the option score, and subtracted nothing for a household that was not placed (its breakdown, which carried the
 * placement value, is empty), so such a household saw fits above 1.
 *
 * For the runs stored before: fit = (score − placementValue · K) / K rounded to 6 decimals, with K the unit's member
 * households and placementValue the one the run used (`options.policy.placementValue`, counted as 0 when missing or
 * not positive, as scoring does). An alternative outside the run's municipalities (a pin to a municipality without
 * capacity in the round; no fill row) gets null, as the explainer gives now. Alternatives that have a `fit` are left
 * as they are: safe to run twice.
 */
export class ExplanationAlternativeFit1795990200000 implements MigrationInterface {
  name = 'ExplanationAlternativeFit1795990200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE run_assignment a
         SET explanation = jsonb_set(a.explanation, '{alternatives}', (
               SELECT coalesce(jsonb_agg(
                        CASE
                          WHEN alt ? 'fit' THEN alt
                          WHEN NOT EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.fill) = 'array' THEN r.fill ELSE '[]'::jsonb END) f
                                            WHERE f->>'municipality' = alt->>'municipality')
                            THEN alt || '{"fit": null}'::jsonb
                          ELSE alt || jsonb_build_object('fit', round(((alt->>'score')::numeric
                                 - greatest(coalesce(CASE WHEN jsonb_typeof(r.options->'policy'->'placementValue') = 'number'
                                                          THEN (r.options->'policy'->>'placementValue')::numeric END, 0), 0)
                                   * jsonb_array_length(a.explanation->'households'))
                                 / jsonb_array_length(a.explanation->'households'), 6))
                        END ORDER BY t.ord), '[]'::jsonb)
                 FROM jsonb_array_elements(a.explanation->'alternatives') WITH ORDINALITY AS t(alt, ord)))
        FROM run r
       WHERE r.id = a.run_id
         AND jsonb_typeof(a.explanation->'alternatives') = 'array'
         AND jsonb_typeof(a.explanation->'households') = 'array'
         AND jsonb_array_length(a.explanation->'households') > 0
         AND EXISTS (SELECT 1 FROM jsonb_array_elements(a.explanation->'alternatives') x WHERE NOT x ? 'fit')`);
  }

  /** Takes the field away again, as the code before it expects. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE run_assignment a
         SET explanation = jsonb_set(a.explanation, '{alternatives}', (
               SELECT coalesce(jsonb_agg(alt - 'fit' ORDER BY t.ord), '[]'::jsonb)
                 FROM jsonb_array_elements(a.explanation->'alternatives') WITH ORDINALITY AS t(alt, ord)))
       WHERE jsonb_typeof(a.explanation->'alternatives') = 'array'
         AND EXISTS (SELECT 1 FROM jsonb_array_elements(a.explanation->'alternatives') x WHERE x ? 'fit')`);
  }
}
