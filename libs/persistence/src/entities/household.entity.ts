import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { HouseholdMemberEntity } from './household-member.entity.js';
import { HouseholdTieEntity } from './household-tie.entity.js';
import { HouseholdProtectedEntity } from './household-protected.entity.js';
import { ACCESSIBILITY_NEEDS, CARE_NEEDS, PREFERRED_SETTINGS, type AccessibilityNeed, type CareNeed, type Criterion, type PreferredSetting } from '#matching/model/types.js';
import { URGENCIES, type Urgency } from '#matching/vocabulary/index.js';
import { sqlList } from './sql-list.js';
import { versionedJson } from './versioned-json.js';

// The stored vocabulary is the matching core's vocabulary: one list, checked in the database too.
export { ACCESSIBILITY_NEEDS, CARE_NEEDS, CRITERIA, PREFERRED_SETTINGS } from '#matching/model/types.js';
export type { AccessibilityNeed, CareNeed, Criterion, PreferredSetting } from '#matching/model/types.js';

import { HOUSEHOLD_STATUSES, type HouseholdStatus } from '#matching/vocabulary/lifecycle.js';
import { ERASURE_KINDS, ERASURE_REASON_LENGTH, type ErasureKind } from '#matching/vocabulary/retention.js';
export { HOUSEHOLD_STATUSES, type HouseholdStatus } from '#matching/vocabulary/lifecycle.js';
export type PreferenceWeights = Partial<Record<Criterion, number>>;


@Entity('household')
@Check('household_status_valid', `"status" IN (${sqlList(HOUSEHOLD_STATUSES)})`)
@Check('household_setting_valid', `"preferred_setting" IN (${sqlList(PREFERRED_SETTINGS)})`)
@Check('household_urgency_valid', `"urgency" IN (${sqlList(URGENCIES)})`)
@Check('household_care_needs_valid', `"care_needs" <@ ARRAY[${sqlList(CARE_NEEDS)}]::text[]`)
@Check('household_erasure_valid', `"erasure_kind" IS NULL OR "erasure_kind" IN (${sqlList(ERASURE_KINDS)})`)
@Check('household_erasure_complete', `("erased_at" IS NULL) = ("erasure_kind" IS NULL)`)
@Check('household_merged_withdrawn', `"merged_into_id" IS NULL OR ("status" = 'withdrawn' AND "merged_into_id" <> "id")`)
@Check('household_split_from_other', `"split_from_id" IS NULL OR "split_from_id" <> "id"`)
@Check('household_told_position_positive', `"told_position" IS NULL OR "told_position" > 0`)
@Check('household_accessibility_valid', `"accessibility_needs" <@ ARRAY[${sqlList(ACCESSIBILITY_NEEDS)}]::text[]`)
export class HouseholdEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Human-readable case reference, e.g. HH-000123; what officers and newcomers quote. */
  @Index('household_reference_unique', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Index('household_status_idx')
  @Column({ type: 'varchar', length: 12, default: 'waiting' })
  status: HouseholdStatus;

  @Column({ name: 'permit_date', type: 'date' })
  permitDate: string;

  @Column({ name: 'reception_location', type: 'varchar', length: 120 })
  receptionLocation: string;

  @Column({ name: 'preferred_setting', type: 'varchar', length: 16, default: 'no_preference' })
  preferredSetting: PreferredSetting;

  /** The household's own criterion weights (versioned); the default is the envelope of `{}` (no own weights). */
  @Column({ name: 'preference_weights', type: 'jsonb', default: () => `'{"data": {}, "schemaVersion": 1}'`, transformer: versionedJson<PreferenceWeights>('household.preference_weights') })
  preferenceWeights: PreferenceWeights;

  @Column({ name: 'care_needs', type: 'text', array: true, default: () => `'{}'` })
  careNeeds: CareNeed[];

  @Column({ name: 'accessibility_needs', type: 'text', array: true, default: () => `'{}'` })
  accessibilityNeeds: AccessibilityNeed[];

  /** Free-text medical detail: officers only, never scored, never shown to municipalities. */
  @Column({ name: 'medical_notes', type: 'text', nullable: true })
  medicalNotes: string | null;

  @Column({ type: 'varchar', length: 12, default: 'none' })
  urgency: Urgency;

  /** Households sharing a link group are relatives who asked to be placed in the same municipality. */
  @Index('household_link_group_idx')
  @Column({ name: 'link_group', type: 'varchar', length: 40, nullable: true })
  linkGroup: string | null;

  @Column({ name: 'is_synthetic', type: 'boolean', default: false })
  isSynthetic: boolean;

  @OneToMany(() => HouseholdMemberEntity, (m) => m.household, { cascade: true })
  members: Relation<HouseholdMemberEntity>[];

  @OneToMany(() => HouseholdTieEntity, (t) => t.household, { cascade: true })
  ties: Relation<HouseholdTieEntity>[];

  @OneToOne(() => HouseholdProtectedEntity, (p) => p.household, { cascade: true })
  protectedTraits?: Relation<HouseholdProtectedEntity> | null;

  /** When the case's personal data was erased (matching/vocabulary/retention.ts); null while it is kept. */
  /**
   * The household this one was split off from (`HouseholdLineageRepository.split`: its members left it and keep its
   * queue rights: the same permit date and urgency), or null.
   */
  @Column({ name: 'split_from_id', type: 'uuid', nullable: true })
  splitFromId: string | null;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'split_from_id' })
  splitFrom?: Relation<HouseholdEntity> | null;

  /**
   * The household this one was merged into (`HouseholdLineageRepository.merge`: its members, ties and accounts moved
   * there; this one is `withdrawn` and keeps its history: proposals, rounds, audit), or null.
   */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: Relation<HouseholdEntity> | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
  /** Why: `retention` (the scheduled pass) or `request` (an officer, on request); null while kept. */
  @Column({ name: 'erasure_kind', type: 'varchar', length: 10, nullable: true })
  erasureKind: ErasureKind | null;
  /** The officer's reason for an erasure on request (ERASURE_REASON_LENGTH); null otherwise. */
  @Column({ name: 'erasure_reason', type: 'varchar', length: ERASURE_REASON_LENGTH.max, nullable: true })
  erasureReason: string | null;
  /**
   * The place in the queue (1 = first) the household's newcomers were last told of, or first recorded at, when a round
   * was published (`enqueuePositionNotifications`); null before the first publication it waited through. What a
   * marked change is measured from (matching/vocabulary/notifications.ts `markedPositionChange`).
   */
  @Column({ name: 'told_position', type: 'integer', nullable: true })
  toldPosition: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
