import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { HouseholdMemberEntity } from './household-member.entity.js';

import { CEFR_LEVELS, type CefrLevel, type LanguageCode } from '#matching/vocabulary/index.js';
import { sqlList } from './sql-list.js';

@Entity('member_language')
@Check('member_language_code_format', `"language" ~ '^[a-z]{2,3}$'`)
@Check('member_language_cefr_valid', `"cefr" IN (${sqlList(CEFR_LEVELS)})`)
export class MemberLanguageEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** In the vocabulary's normal form only: ISO 639-1, or ISO 639-3 where no two-letter code exists (normaliseLanguage). */
  @PrimaryColumn({ type: 'varchar', length: 3 })
  language: LanguageCode;

  @Column({ type: 'varchar', length: 2 })
  cefr: CefrLevel;

  @ManyToOne(() => HouseholdMemberEntity, (m) => m.languages, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Relation<HouseholdMemberEntity>;
}
