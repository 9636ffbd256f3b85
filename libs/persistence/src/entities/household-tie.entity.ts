import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { HouseholdEntity } from './household.entity.js';
import { MunicipalityEntity } from './municipality.entity.js';

import { TIE_KINDS, TIE_STATUSES, type TieKind, type TieStatus } from '#matching/vocabulary/index.js';
import { sqlList } from './sql-list.js';

@Entity('household_tie')
@Check('household_tie_kind_valid', `"kind" IN (${sqlList(TIE_KINDS)})`)
@Check('household_tie_status_valid', `"status" IN (${sqlList(TIE_STATUSES)})`)
@Check('household_tie_family_fields', `"kind" = 'family' OR (NOT "first_degree" AND NOT "live_near")`)
@Check('household_tie_verified_complete', `"status" = 'declared' OR ("verified_at" IS NOT NULL AND "verification_note" IS NOT NULL)`)
export class HouseholdTieEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('household_tie_household_idx')
  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @ManyToOne(() => HouseholdEntity, (h) => h.ties, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<HouseholdEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: TieKind;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<MunicipalityEntity>;

  @Column({ type: 'varchar', length: 300, nullable: true })
  description: string | null;

  /** `declared` by the newcomer or `verified` by an officer (with a note); only verified ties can be hard (isHardTie). */
  @Column({ type: 'varchar', length: 8, default: 'declared' })
  status: TieStatus;

  /** Family ties only: the relative is first-degree family (partner, parent, child). */
  @Column({ name: 'first_degree', type: 'boolean', default: false })
  firstDegree: boolean;

  /** Family ties only: the household asks to live near this relative. */
  @Column({ name: 'live_near', type: 'boolean', default: false })
  liveNear: boolean;

  /** Account of the officer who verified the tie (null while declared, or when that account is gone). */
  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** The officer's note on the evidence (e.g. "signed contract seen, valid to 2027-06"). */
  @Column({ name: 'verification_note', type: 'varchar', length: 1000, nullable: true })
  verificationNote: string | null;
}
