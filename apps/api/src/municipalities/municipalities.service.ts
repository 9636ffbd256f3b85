import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type FieldProblem } from '#common/domain-error.js';
import { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import { MunicipalityProfileRepository } from '#persistence/repositories/municipality-profile.repository.js';
import { CapacityRepository } from '#persistence/repositories/capacity.repository.js';
import { IscoRepository } from '#persistence/repositories/isco.repository.js';
import { ReferenceDataRepository } from '#persistence/repositories/reference-data.repository.js';
import { loadMunicipalities, loadSuccessions } from '#seed/reference-data.js';
import { isPeriod } from '../common/period.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { Viewer } from '../auth/viewer.js';
import { retiredMunicipality } from '../common/retired-municipality.js';
import { toCapacity, toMunicipality, toProfile, toSyncReport } from './municipality.mapper.js';
import { requirePossibleCapacity } from './capacity-findings.js';
import type { MunicipalitySyncReport } from './models/municipality-sync-report.model.js';
import type { Municipality } from './models/municipality.model.js';
import type { MunicipalityProfile } from './models/municipality-profile.model.js';
import type { Capacity } from './models/capacity.model.js';
import type { PublishProfileInput, TextTranslationInput } from './dto/publish-profile.input.js';
import type { Locale } from '#matching/messages/locales.js';
import type { SetCapacityInput } from './dto/set-capacity.input.js';
import type { MunicipalityFilterInput } from './dto/municipality-filter.input.js';
import { groupBy } from '../common/request-batch.js';

/** The language a profile's free texts are written in (issue 11): Dutch; other languages are translations. */
export const ORIGINAL_LOCALE: Locale = 'nl';

/**
 * Translations by language from the input list. Refused (BAD_USER_INPUT naming the item): a translation into Dutch
 * (the original is Dutch) and a second translation into the same language.
 */
function translationsOf(items: readonly TextTranslationInput[], field: string): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {};
  const problems: FieldProblem[] = [];
  items.forEach((t, i) => {
    if (t.locale === ORIGINAL_LOCALE) problems.push({ field: `${field}[${i}].locale`, message: 'the original is Dutch; a translation is into another language' });
    else if (out[t.locale] !== undefined) problems.push({ field: `${field}[${i}].locale`, message: `a second translation into ${t.locale.toUpperCase()}; give each language once` });
    else out[t.locale] = t.text;
  });
  if (problems.length) throw DomainError.badInput(problems);
  return out;
}

@Injectable()
export class MunicipalitiesService {
  constructor(
    private readonly municipalities: MunicipalityRepository,
    private readonly profiles: MunicipalityProfileRepository,
    private readonly capacityRepository: CapacityRepository,
    private readonly isco: IscoRepository,
    private readonly referenceData: ReferenceDataRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(filter: MunicipalityFilterInput = {}): Promise<Municipality[]> {
    return (await this.municipalities.find(filter)).map(toMunicipality);
  }

  async get(code: string): Promise<Municipality> {
    const found = await this.municipalities.findByCode(code);
    if (!found) throw DomainError.notFound(`municipality ${code}`);
    return toMunicipality(found);
  }

  /** The latest profile version; `viewLocale`: the language of the view it is shown in (default of its `…In` texts). */
  async latestProfile(code: string, viewLocale?: Locale): Promise<MunicipalityProfile | null> {
    const profile = await this.profiles.latest(code);
    return profile ? toProfile(profile, viewLocale) : null;
  }

  /** The latest profile of each of `codes` (one query), by code; codes without a profile are left out. */
  async latestProfiles(codes: readonly string[]): Promise<Map<string, MunicipalityProfile>> {
    return new Map((await this.profiles.latestOf(codes)).map((p) => [p.municipalityCode, toProfile(p)]));
  }

  /** Every profile version of each of `codes` (one query), newest first, by code (an empty list for none). */
  async profileVersionsOf(codes: readonly string[]): Promise<Map<string, MunicipalityProfile[]>> {
    return groupBy(codes, await this.profiles.versionsOf(codes), (p) => p.municipalityCode, (p) => toProfile(p));
  }

  /** The capacity history of each of `codes` (one query), newest first, by code (an empty list for none). */
  async capacityHistoriesOf(codes: readonly string[]): Promise<Map<string, Capacity[]>> {
    return groupBy(codes, await this.capacityRepository.forMunicipalities(codes), (c) => c.municipalityCode, toCapacity);
  }

  /** Every profile version, newest first; `viewLocale` as for `latestProfile`. */
  async profileVersions(code: string, viewLocale?: Locale): Promise<MunicipalityProfile[]> {
    return (await this.profiles.versions(code)).map((p) => toProfile(p, viewLocale));
  }

  async publishProfile(code: string, input: PublishProfileInput): Promise<MunicipalityProfile> {
    await this.requireKnownOccupations([
      ...input.labourMarket.shortageOccupations.map((c, i) => ({ code: c, field: `labourMarket.shortageOccupations[${i}]` })),
      ...input.priorities.wantedOccupations.map((c, i) => ({ code: c, field: `priorities.wantedOccupations[${i}]` })),
    ]);
    const whatToExpect = translationsOf(input.whatToExpectTranslations ?? [], 'whatToExpectTranslations');
    const statementTranslations = input.priorities.statementTranslations ?? [];
    if (statementTranslations.length > 0 && !input.priorities.statement) {
      throw DomainError.badInput([{ field: 'priorities.statementTranslations', message: 'a translation needs a statement (the Dutch original) to translate' }]);
    }
    const statement = translationsOf(statementTranslations, 'priorities.statementTranslations');
    const saved = await this.profiles.publish(code, {
      labourMarket: { ...input.labourMarket },
      networks: {
        communities: input.networks.communities.map((c) => ({
          ...(c.language ? { language: c.language } : {}),
          ...(c.originRegion ? { originRegion: c.originRegion } : {}),
          ...(c.size != null ? { size: c.size } : {}),
        })),
        selfOrganisations: input.networks.selfOrganisations,
        buddySchemes: input.networks.buddySchemes,
      },
      services: { ...input.services },
      whatToExpect: input.whatToExpect,
      priorities: { wantedOccupations: input.priorities.wantedOccupations, statement: input.priorities.statement ?? null },
      textLocale: ORIGINAL_LOCALE,
      translations: { ...(Object.keys(whatToExpect).length ? { whatToExpect } : {}), ...(Object.keys(statement).length ? { statement } : {}) },
      isDemo: false,
    });
    if (!saved) throw DomainError.notFound(`municipality ${code}`);
    return toProfile(saved);
  }

  async capacity(code: string, period: string): Promise<Capacity | null> {
    const found = await this.capacityRepository.find(code, period);
    return found ? toCapacity(found) : null;
  }

  async capacityHistory(code: string): Promise<Capacity[]> {
    return (await this.capacityRepository.forMunicipality(code)).map(toCapacity);
  }

  async setCapacity(code: string, period: string, input: SetCapacityInput): Promise<Capacity> {
    if (!isPeriod(period)) throw DomainError.badInput([{ field: 'period', message: 'must look like 2027-H1 (year, H1 or H2)' }]);
    const municipality = await this.municipalities.findByCode(code);
    if (!municipality) throw DomainError.notFound(`municipality ${code}`);
    if (municipality.retiredOn !== null) throw DomainError.badInput([{ field: 'code', message: `${retiredMunicipality(municipality)}; it takes no new capacity` }]);
    // checked against what is held under the row's lock, so a publication at the same time cannot slip in between
    const saved = await this.capacityRepository.setChecked(code, period, input, (current) => {
      const held = current
        ? { persons: current.usedPersons, homes1to2: current.usedHomes1to2, homes3to4: current.usedHomes3to4, homes5plus: current.usedHomes5plus }
        : undefined;
      requirePossibleCapacity(input, held);
    });
    return toCapacity(saved);
  }

  /**
   * Applies the CBS municipality list of the seed data folder (`SEED_DATA_DIR`, default seed/data):
   * adds new codes, retires codes no longer listed (successors from municipality-successions.csv),
   * updates changed attributes; one transaction, audited when it changed something, idempotent.
   */
  async syncFromSeedData(viewer: Viewer, today = new Date()): Promise<MunicipalitySyncReport> {
    const dir = this.config.seedDataDir;
    let list: ReturnType<typeof loadMunicipalities>;
    let successions: ReturnType<typeof loadSuccessions>;
    try {
      [list, successions] = [loadMunicipalities(dir), loadSuccessions(dir)];
    } catch {
      throw new DomainError('CONFLICT', 'The CBS municipality list of the seed data cannot be read');
    }
    const report = await this.referenceData.syncMunicipalities(list, successions, {
      today: today.toISOString().slice(0, 10),
      actor: { accountId: viewer.accountId, role: viewer.role },
    });
    return toSyncReport(report);
  }

  private async requireKnownOccupations(codes: readonly { code: string; field: string }[]): Promise<void> {
    const unknown = new Set(await this.isco.unknownCodes(codes.map((c) => c.code)));
    const problems: FieldProblem[] = codes
      .filter((c) => unknown.has(c.code))
      .map((c) => ({ field: c.field, message: `unknown ISCO-08 code "${c.code}"` }));
    if (problems.length) throw DomainError.badInput(problems);
  }
}
