import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { HouseholdMemberEntity } from './household-member.entity.js';

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

@Entity('member_language')
@Check('member_language_code_format', `"language" ~ '^[a-z]{2,3}$'`)
@Check('member_language_cefr_valid', `"cefr" IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')`)
export class MemberLanguageEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** ISO 639-1 (or -3 where no two-letter code exists). */
  @PrimaryColumn({ type: 'varchar', length: 3 })
  language: string;

  @Column({ type: 'varchar', length: 2 })
  cefr: CefrLevel;

  @ManyToOne(() => HouseholdMemberEntity, (m) => m.languages, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Relation<HouseholdMemberEntity>;
}
