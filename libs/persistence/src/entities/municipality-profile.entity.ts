import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity.js';
import { versionedJson } from './versioned-json.js';

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

/** One published version of a municipality's self-profile; rows are never updated, only added. Its four jsonb columns are versioned envelopes (versioned-json.ts). */
@Entity('municipality_profile')
@Unique('municipality_profile_version_unique', ['municipalityCode', 'version'])
@Check('municipality_profile_version_positive', `"version" >= 1`)
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

  @Column({ name: 'what_to_expect', type: 'text' })
  whatToExpect: string;

  @Column({ type: 'jsonb', transformer: versionedJson<MunicipalityPriorities>('municipality_profile.priorities') })
  priorities: MunicipalityPriorities;

  /** Demo profiles are generated from public attributes, not written by the municipality. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}
