import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity.js';
import { SUPPORTED_LOCALES, type Locale } from '#matching/messages/locales.js';
import { versionedJson } from './versioned-json.js';
import { sqlList } from './sql-list.js';

export interface LabourMarketProfile {
  shortageOccupations: string[];
  sectors: string[];
  employersOpenToNewcomers: string[];
}
export interface NetworksProfile {
  communities: { language?: string; originRegion?: string; size?: number }[];
  selfOrganisations: string[];
  buddySchemes: string[];
}
export interface ServicesProfile {
  hospital: boolean;
  mentalHealthCare: boolean;
  primarySchools: boolean;
  secondarySchools: boolean;
  mbo: boolean;
  hbo: boolean;
  university: boolean;
  dutchLanguageCourses: boolean;
  accessibleHomes: boolean;
}
export interface MunicipalityPriorities {
  wantedOccupations: string[];
  statement: string | null;
}

/** A profile's free texts are written and translated in the supported languages (matching/messages/locales.ts). */
export type TextLocale = Locale;

/**
 * Translations of a profile's free texts, by language, next to the originals (`whatToExpect`,
 * `priorities.statement`, written in `textLocale`). A language absent here has no translation.
 */
export interface ProfileTranslations {
  whatToExpect?: Partial<Record<TextLocale, string>>;
  statement?: Partial<Record<TextLocale, string>>;
}

/** One published version of a municipality's self-profile; rows are never updated, only added. Its four jsonb columns are versioned envelopes (versioned-json.ts). */
@Entity('municipality_profile')
@Unique('municipality_profile_version_unique', ['municipalityCode', 'version'])
@Check('municipality_profile_version_positive', `"version" >= 1`)
@Check('municipality_profile_text_locale', `"text_locale" IN (${sqlList(SUPPORTED_LOCALES)})`)
export class MunicipalityProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('municipality_profile_municipality_idx')
  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<MunicipalityEntity>;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'labour_market', type: 'jsonb', transformer: versionedJson<LabourMarketProfile>('municipality_profile.labour_market') })
  labourMarket: LabourMarketProfile;

  @Column({ type: 'jsonb', transformer: versionedJson<NetworksProfile>('municipality_profile.networks') })
  networks: NetworksProfile;

  @Column({ type: 'jsonb', transformer: versionedJson<ServicesProfile>('municipality_profile.services') })
  services: ServicesProfile;

  /** "What you can expect", as the municipality wrote it (the original, in `textLocale`). */
  @Column({ name: 'what_to_expect', type: 'text' })
  whatToExpect: string;

  /**
   * Language the free texts (`whatToExpect`, `priorities.statement`) were written in: Dutch ('nl') for every version
   * published since issue 11 (the API takes the Dutch original); 'en' for versions stored before, whose texts were
   * taken without a language and were English (the demo texts certainly, and the API was English-only). Those keep
   * their English text as the original: they have no Dutch original. Default 'en' for a row written without a language
   * (raw SQL as before issue 11); the repository always names it.
   */
  @Column({ name: 'text_locale', type: 'varchar', length: 2, default: 'en' })
  textLocale: TextLocale;

  /** Translations of the free texts into other languages (versioned; `{}` when none). */
  @Column({ type: 'jsonb', default: () => `'{"data": {}, "schemaVersion": 1}'`, transformer: versionedJson<ProfileTranslations>('municipality_profile.translations') })
  translations: ProfileTranslations;

  @Column({ type: 'jsonb', transformer: versionedJson<MunicipalityPriorities>('municipality_profile.priorities') })
  priorities: MunicipalityPriorities;

  /** Demo profiles are generated from public attributes, not written by the municipality. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}
