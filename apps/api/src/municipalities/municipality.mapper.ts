import type { MunicipalityEntity } from '#persistence/entities/municipality.entity.js';
import type { MunicipalityProfileEntity } from '#persistence/entities/municipality-profile.entity.js';
import type { CapacityEntity } from '#persistence/entities/capacity.entity.js';
import { SUPPORTED_LOCALES, type Locale } from '#matching/messages/locales.js';
import type { MunicipalitySyncReport as StoredSyncReport } from '#persistence/repositories/reference-data.repository.js';
import type { MunicipalitySyncReport } from './models/municipality-sync-report.model.js';
import type { Municipality } from './models/municipality.model.js';
import type { MunicipalityProfile } from './models/municipality-profile.model.js';
import type { Capacity } from './models/capacity.model.js';
import { capacityWarnings } from './capacity-findings.js';

export function toSyncReport(report: StoredSyncReport): MunicipalitySyncReport {
  return {
    added: report.added.map((m) => ({ code: m.code, name: m.name })),
    retired: report.retired.map((m) => ({ code: m.code, name: m.name, retiredOn: m.retiredOn, successorCodes: [...m.successorCodes] })),
    updated: report.updated.map((m) => ({ code: m.code, name: m.name, changes: m.changes.map((c) => ({ field: c.field, before: c.before, after: c.after })) })),
    unchanged: report.unchanged,
    changes: report.changes,
  };
}

export function toMunicipality(entity: MunicipalityEntity): Municipality {
  return {
    code: entity.cbsCode,
    name: entity.name,
    province: entity.province,
    labourMarketRegion: entity.labourMarketRegion,
    population: entity.population,
    urbanisation: entity.urbanisation,
    lat: entity.lat,
    lon: entity.lon,
    retired: entity.retiredOn !== null,
    retiredOn: entity.retiredOn,
    successorCodes: [...entity.successorCodes],
  };
}

/** Translations by language as a list (in the order nl, en, ar, uk). */
function translationList(map: Partial<Record<Locale, string>> | undefined): { locale: Locale; text: string }[] {
  return SUPPORTED_LOCALES.flatMap((locale) => (map?.[locale] ? [{ locale, text: map[locale]! }] : []));
}

/** A stored profile version as the API shows it; `viewLocale` is the language of the view it is returned in, if any. */
export function toProfile(entity: MunicipalityProfileEntity, viewLocale?: Locale): MunicipalityProfile {
  return {
    id: entity.id,
    municipalityCode: entity.municipalityCode,
    version: entity.version,
    labourMarket: {
      shortageOccupations: entity.labourMarket.shortageOccupations ?? [],
      sectors: entity.labourMarket.sectors ?? [],
      employersOpenToNewcomers: entity.labourMarket.employersOpenToNewcomers ?? [],
      ...(viewLocale ? { viewLocale } : {}),
    },
    networks: {
      communities: (entity.networks.communities ?? []).map((c) => ({
        language: c.language ?? null,
        originRegion: c.originRegion ?? null,
        size: c.size ?? null,
      })),
      selfOrganisations: entity.networks.selfOrganisations ?? [],
      buddySchemes: entity.networks.buddySchemes ?? [],
    },
    services: { ...entity.services },
    whatToExpect: entity.whatToExpect,
    textLocale: entity.textLocale,
    whatToExpectTranslations: translationList(entity.translations.whatToExpect),
    priorities: {
      wantedOccupations: entity.priorities.wantedOccupations ?? [],
      statement: entity.priorities.statement ?? null,
      statementTranslations: translationList(entity.translations.statement),
      textLocale: entity.textLocale,
      ...(viewLocale ? { viewLocale } : {}),
    },
    ...(viewLocale ? { viewLocale } : {}),
    isDemo: entity.isDemo,
    publishedAt: entity.publishedAt,
  };
}

export function toCapacity(entity: CapacityEntity): Capacity {
  return {
    municipalityCode: entity.municipalityCode,
    period: entity.period,
    persons: entity.persons,
    homes1to2: entity.homes1to2,
    homes3to4: entity.homes3to4,
    homes5plus: entity.homes5plus,
    usedPersons: entity.usedPersons,
    usedHomes1to2: entity.usedHomes1to2,
    usedHomes3to4: entity.usedHomes3to4,
    usedHomes5plus: entity.usedHomes5plus,
    isDefault: entity.isDefault,
    warnings: capacityWarnings(entity),
  };
}
