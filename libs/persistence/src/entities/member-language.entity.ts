import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { HouseholdMemberEntity } from './household-member.entity.js';

import { CEFR_LEVELS, type CefrLevel } from '#matching/model/types.js';
import { sqlList } from './sql-list.js';
export { CEFR_LEVELS, type CefrLevel };

@Entity('member_language')
@Check('member_language_code_format', `"language" ~ '^[a-z]{2,3}$'`)
@Check('member_language_cefr_valid', `"cefr" IN (${sqlList(CEFR_LEVELS)})`)
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
