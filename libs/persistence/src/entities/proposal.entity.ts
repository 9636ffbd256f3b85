import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { HouseholdEntity } from './household.entity.js';
import { MunicipalityEntity } from './municipality.entity.js';
import { RoundEntity, RunEntity } from './round.entity.js';
import { HOME_BANDS, type HomeBand } from '#matching/vocabulary/index.js';

import {
  ACTIVE_PROPOSAL_STATUSES,
  MUNICIPALITY_RESPONSES,
  NEWCOMER_RESPONSES,
  PROPOSAL_STATUSES,
  REVIEW_OUTCOMES,
  type MunicipalityResponse,
  type NewcomerResponse,
  type ProposalStatus,
  type ReviewOutcome,
} from '#matching/vocabulary/lifecycle.js';
import { sqlList } from './sql-list.js';
export { PROPOSAL_STATUSES, type ProposalStatus } from '#matching/vocabulary/lifecycle.js';

/**
 * A published placement proposal. Its status is derived from its facts (answers, review, withdrawal, expiry,
 * move-in date) by `proposalStatus` in the matching vocabulary and stored for filtering. It holds its capacity
 * while it is active (`ACTIVE_PROPOSAL_STATUSES`) and gives it back once when it ends.
 */
@Entity('proposal')
@Unique('proposal_round_household_unique', ['roundId', 'householdId'])
@Index('proposal_one_active_per_household', ['householdId'], { unique: true, where: `"status" IN (${sqlList(ACTIVE_PROPOSAL_STATUSES)})` })
@Check('proposal_status_valid', `"status" IN (${sqlList(PROPOSAL_STATUSES)})`)
@Check('proposal_withdrawal_has_reason', `"withdrawn_at" IS NULL OR "withdrawn_reason" IS NOT NULL`)
@Check('proposal_municipality_response_valid', `"municipality_response" IS NULL OR "municipality_response" IN (${sqlList(MUNICIPALITY_RESPONSES)})`)
@Check('proposal_newcomer_response_valid', `"newcomer_response" IS NULL OR "newcomer_response" IN (${sqlList(NEWCOMER_RESPONSES)})`)
@Check('proposal_review_valid', `"review_outcome" IS NULL OR "review_outcome" IN (${sqlList(REVIEW_OUTCOMES)})`)
@Check('proposal_contact_complete', `("contact_name" IS NULL AND "contact_email" IS NULL AND "contact_phone" IS NULL) OR ("contact_name" IS NOT NULL AND ("contact_email" IS NOT NULL OR "contact_phone" IS NOT NULL))`)
@Check('proposal_decline_has_reason', `"municipality_response" IS DISTINCT FROM 'declined' OR "municipality_reason" IS NOT NULL`)
@Check('proposal_contest_has_reason', `"newcomer_response" IS DISTINCT FROM 'contested' OR "newcomer_reason" IS NOT NULL`)
@Check('proposal_home_band_valid', `"home_resource" IN (${sqlList(HOME_BANDS)})`)
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => RoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<RoundEntity>;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @ManyToOne(() => RunEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'run_id' })
  run?: Relation<RunEntity>;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<HouseholdEntity>;

  @Index('proposal_municipality_idx')
  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<MunicipalityEntity>;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'integer' })
  persons: number;

  /** The home band the proposal holds (the capacity resource it takes). */
  @Column({ name: 'home_resource', type: 'varchar', length: 12 })
  homeBand: HomeBand;

  @Index('proposal_status_idx')
  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: ProposalStatus;

  @Column({ name: 'municipality_response', type: 'varchar', length: 12, nullable: true })
  municipalityResponse: MunicipalityResponse | null;

  @Column({ name: 'municipality_reason', type: 'varchar', length: 1000, nullable: true })
  municipalityReason: string | null;

  @Column({ name: 'newcomer_response', type: 'varchar', length: 12, nullable: true })
  newcomerResponse: NewcomerResponse | null;

  @Column({ name: 'newcomer_reason', type: 'varchar', length: 1000, nullable: true })
  newcomerReason: string | null;

  @Column({ name: 'review_outcome', type: 'varchar', length: 12, nullable: true })
  reviewOutcome: ReviewOutcome | null;

  @Column({ name: 'review_note', type: 'varchar', length: 1000, nullable: true })
  reviewNote: string | null;

  /** When an officer withdrew the proposal; null when not withdrawn. */
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** The officer's reason for the withdrawal (shown to both sides). */
  @Column({ name: 'withdrawn_reason', type: 'varchar', length: 1000, nullable: true })
  withdrawnReason: string | null;

  /** When the response deadline passed without both answers; null when not expired. */
  @Column({ name: 'expired_at', type: 'timestamptz', nullable: true })
  expiredAt: Date | null;

  /** The date the household moved in (YYYY-MM-DD), recorded by the municipality or an officer. */
  @Column({ name: 'housed_on', type: 'date', nullable: true })
  housedOn: string | null;

  /** When the municipality answered (accepted or declined); null until it did. */
  @Column({ name: 'municipality_responded_at', type: 'timestamptz', nullable: true })
  municipalityRespondedAt: Date | null;

  /** When the newcomer answered (accepted or contested); null until they did. A contest waits on an officer from then. */
  @Column({ name: 'newcomer_responded_at', type: 'timestamptz', nullable: true })
  newcomerRespondedAt: Date | null;

  /**
   * The response deadline: the last day (YYYY-MM-DD, Dutch date, inclusive) on which both sides answer; set at
   * publication from the round policy's `responseDays` (`responseDeadline`), later by an officer's extension. A side
   * that has not answered is reminded before it (`remindedFor`); after it the proposal expires (`expiresOn`).
   */
  @Column({ name: 'respond_by', type: 'date' })
  respondBy: string;

  /**
   * When a change of the household (matching/vocabulary/household-changes.ts) made the proposal wait on an officer's
   * review because the home may no longer fit; null when it does not wait on that (never did, or an officer kept it).
   */
  @Column({ name: 'change_review_since', type: 'timestamptz', nullable: true })
  changeReviewSince: Date | null;

  /**
   * The deadline whose reminders were written (matching/vocabulary/notifications.ts `deadlineReminders`): each
   * deadline is reminded of once; an extension's new deadline again. Null: none yet.
   */
  @Column({ name: 'reminded_for', type: 'date', nullable: true })
  remindedFor: string | null;

  /** The municipality's contact person for this household (name, with an e-mail address and/or a phone number); null until set. */
  @Column({ name: 'contact_name', type: 'varchar', length: 120, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 32, nullable: true })
  contactPhone: string | null;

  /** The date (YYYY-MM-DD) the municipality expects the household to move in; null until set. Not the move-in itself (`housedOn`). */
  @Column({ name: 'expected_move_in', type: 'date', nullable: true })
  expectedMoveIn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
