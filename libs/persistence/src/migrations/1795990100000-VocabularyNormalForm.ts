import type { MigrationInterface, QueryRunner } from 'typeorm';
import { HOME_BANDS, normaliseLanguage, normaliseLanguageSet, normaliseLanguageSkills, type HomeBand } from '#matching/vocabulary/index.js';

/** Band codes of fairness groups before the vocabulary (issue 9), and their one code now. */
const OLD_BAND: Readonly<Record<string, HomeBand>> = { '1-2': HOME_BANDS[0], '3-4': HOME_BANDS[1], '5+': HOME_BANDS[2] };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Data migration: codes stored before the vocabulary (matching/vocabulary) was the one definition end up in its
 * normal form. Languages: ISO 639-1 where one exists, else ISO 639-3 (the API used to store 'nld' or 'ara' as
 * typed) in member languages (two spellings of one language in one member merge, keeping the higher CEFR
 * level), municipality profile communities, round snapshots (rewritten as the projection builds them now) and the
 * `language` of stored reasons in run explanations. Home bands: fairness groups of stored runs ('1-2' →
 * 'homes_1_2'). Codes that are no language stay as they are (the projection drops them; the API refuses new
 * ones). The audit trail is append-only and keeps what was written then. Safe to run twice.
 */
export class VocabularyNormalForm1795990100000 implements MigrationInterface {
  name = 'VocabularyNormalForm1795990100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await memberLanguages(queryRunner);
    await profileCommunities(queryRunner);
    await roundSnapshots(queryRunner);
    await runExplanations(queryRunner);
    await fairnessBands(queryRunner);
  }

  /** The old spellings are not kept: nothing to undo (the normal form is valid input everywhere). */
  async down(): Promise<void> {}
}

/** Stored spellings that have another normal form: spelling → normal form. */
function renames(codes: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const code of codes) {
    const normal = normaliseLanguage(code);
    if (normal !== null && normal !== code) out.set(code, normal);
  }
  return out;
}

async function memberLanguages(q: QueryRunner): Promise<void> {
  const stored: { language: string }[] = await q.query(`SELECT DISTINCT language FROM member_language`);
  for (const [from, to] of renames(stored.map((r) => r.language))) {
    // A member who has both spellings keeps one row, at the higher level (CEFR codes sort in level order).
    await q.query(
      `UPDATE member_language t SET cefr = GREATEST(t.cefr, f.cefr) FROM member_language f
       WHERE f.member_id = t.member_id AND f.language = $1 AND t.language = $2`,
      [from, to],
    );
    await q.query(`DELETE FROM member_language f USING member_language t WHERE f.member_id = t.member_id AND f.language = $1 AND t.language = $2`, [from, to]);
    await q.query(`UPDATE member_language SET language = $2 WHERE language = $1`, [from, to]);
  }
}

async function profileCommunities(q: QueryRunner): Promise<void> {
  const stored: { language: string }[] = await q.query(
    `SELECT DISTINCT c->>'language' AS language FROM municipality_profile p, jsonb_array_elements(p.networks->'communities') c
     WHERE jsonb_typeof(p.networks->'communities') = 'array' AND c ? 'language'`,
  );
  const map = renames(stored.map((r) => r.language));
  if (map.size === 0) return;
  const rows: { id: string; networks: JsonObject }[] = await q.query(
    `SELECT p.id, p.networks FROM municipality_profile p WHERE jsonb_typeof(p.networks->'communities') = 'array'
     AND EXISTS (SELECT 1 FROM jsonb_array_elements(p.networks->'communities') c WHERE c->>'language' = ANY($1))`,
    [[...map.keys()]],
  );
  for (const row of rows) {
    const communities = (row.networks.communities as Json[]).map((c) =>
      isObject(c) && typeof c.language === 'string' && map.has(c.language) ? { ...c, language: map.get(c.language)! } : c,
    );
    await q.query(`UPDATE municipality_profile SET networks = $2 WHERE id = $1`, [row.id, JSON.stringify({ ...row.networks, communities })]);
  }
}

async function roundSnapshots(q: QueryRunner): Promise<void> {
  const members: { language: string }[] = await q.query(
    `SELECT DISTINCT l->>'language' AS language FROM round_snapshot s, jsonb_array_elements(s.model->'households') h,
       jsonb_array_elements(h->'members') m, jsonb_array_elements(m->'languages') l`,
  );
  const communities: { language: string }[] = await q.query(
    `SELECT DISTINCT l AS language FROM round_snapshot s, jsonb_array_elements(s.model->'municipalities') mu,
       jsonb_array_elements_text(mu->'networks'->'communityLanguages') l`,
  );
  const changed = [...renames([...members, ...communities].map((r) => r.language)).keys()];
  if (changed.length === 0) return;
  const ids: { round_id: string }[] = await q.query(
    `SELECT s.round_id FROM round_snapshot s WHERE
       EXISTS (SELECT 1 FROM jsonb_array_elements(s.model->'households') h, jsonb_array_elements(h->'members') m, jsonb_array_elements(m->'languages') l
               WHERE l->>'language' = ANY($1))
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(s.model->'municipalities') mu, jsonb_array_elements_text(mu->'networks'->'communityLanguages') l
               WHERE l = ANY($1))`,
    [changed],
  );
  // One snapshot at a time: a national round's snapshot is megabytes.
  for (const { round_id } of ids) {
    const [{ model }]: { model: JsonObject }[] = await q.query(`SELECT model FROM round_snapshot WHERE round_id = $1`, [round_id]);
    for (const h of (model.households as Json[] | undefined) ?? []) {
      if (!isObject(h)) continue;
      for (const m of (h.members as Json[] | undefined) ?? []) {
        if (isObject(m) && Array.isArray(m.languages)) {
          m.languages = normaliseLanguageSkills(m.languages.filter(isObject).map((l) => ({ language: String(l.language), cefr: String(l.cefr) })));
        }
      }
    }
    for (const mu of (model.municipalities as Json[] | undefined) ?? []) {
      if (isObject(mu) && isObject(mu.networks) && Array.isArray(mu.networks.communityLanguages)) {
        mu.networks.communityLanguages = normaliseLanguageSet(mu.networks.communityLanguages.map(String));
      }
    }
    await q.query(`UPDATE round_snapshot SET model = $2 WHERE round_id = $1`, [round_id, JSON.stringify(model)]);
  }
}

/** Rewrites every `params.language` of a reason in place; true when something changed. */
function renameReasonLanguages(value: Json, map: ReadonlyMap<string, string>): boolean {
  if (Array.isArray(value)) return value.map((v) => renameReasonLanguages(v, map)).some(Boolean);
  if (!isObject(value)) return false;
  let changed = false;
  const params = value.params;
  if (typeof value.code === 'string' && isObject(params) && typeof params.language === 'string' && map.has(params.language)) {
    params.language = map.get(params.language)!;
    changed = true;
  }
  for (const v of Object.values(value)) changed = renameReasonLanguages(v, map) || changed;
  return changed;
}

async function runExplanations(q: QueryRunner): Promise<void> {
  // Only reasons carry a language (network.community_language); the old spellings had three letters.
  const candidates: { run_id: string; household_id: string }[] = await q.query(
    `SELECT run_id, household_id FROM run_assignment WHERE explanation::text ~ '"language": "[a-z]{3}"'`,
  );
  for (const { run_id, household_id } of candidates) {
    const [{ explanation }]: { explanation: Json }[] = await q.query(
      `SELECT explanation FROM run_assignment WHERE run_id = $1 AND household_id = $2`, [run_id, household_id]);
    const map = renames(collectLanguages(explanation));
    if (map.size > 0 && renameReasonLanguages(explanation, map)) {
      await q.query(`UPDATE run_assignment SET explanation = $3 WHERE run_id = $1 AND household_id = $2`, [run_id, household_id, JSON.stringify(explanation)]);
    }
  }
}

function collectLanguages(value: Json, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => collectLanguages(v, out));
  else if (isObject(value)) {
    if (isObject(value.params) && typeof value.params.language === 'string') out.push(value.params.language);
    Object.values(value).forEach((v) => collectLanguages(v, out));
  }
  return out;
}

async function fairnessBands(q: QueryRunner): Promise<void> {
  const rows: { id: string; fairness: JsonObject }[] = await q.query(
    `SELECT id, fairness FROM run WHERE jsonb_typeof(fairness->'groups') = 'array' AND EXISTS (
       SELECT 1 FROM jsonb_array_elements(fairness->'groups') g WHERE g->>'dimension' = 'sizeBand' AND g->>'group' = ANY($1))`,
    [Object.keys(OLD_BAND)],
  );
  for (const row of rows) {
    const groups = (row.fairness.groups as Json[]).map((g) =>
      isObject(g) && g.dimension === 'sizeBand' && typeof g.group === 'string' && OLD_BAND[g.group] ? { ...g, group: OLD_BAND[g.group] } : g,
    );
    await q.query(`UPDATE run SET fairness = $2 WHERE id = $1`, [row.id, JSON.stringify({ ...row.fairness, groups })]);
  }
}
