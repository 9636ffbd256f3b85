import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { HouseholdEntity } from './household.entity.js';
import { MemberProfessionEntity } from './member-profession.entity.js';
import { MemberLanguageEntity } from './member-language.entity.js';

import { MEMBER_ROLES, type MemberRole } from '#matching/vocabulary/members.js';
export { MEMBER_ROLES, type MemberRole } from '#matching/vocabulary/members.js';
export const GENDERS = ['female', 'male', 'x'] as const;
export type Gender = (typeof GENDERS)[number];
import { ASPIRATIONS, type Aspiration } from '#matching/model/types.js';
import { sqlList } from './sql-list.js';
export { ASPIRATIONS, type Aspiration };


@Entity('household_member')
@Unique('household_member_position_unique', ['householdId', 'position'])
@Check('household_member_role_valid', `"role" IN (${sqlList(MEMBER_ROLES)})`)
@Check('household_member_gender_valid', `"gender" IS NULL OR "gender" IN (${sqlList(GENDERS)})`)
@Check('household_member_birth_year_range', `"birth_year" BETWEEN 1900 AND 2100`)
@Check('household_member_education_range', `"education_level" IS NULL OR "education_level" BETWEEN 0 AND 8`)
@Check('household_member_experience_range', `"work_experience_years" BETWEEN 0 AND 80`)
@Check('household_member_aspirations_valid', `"aspirations" <@ ARRAY[${sqlList(ASPIRATIONS)}]::text[]`)
export class HouseholdMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('household_member_household_idx')
  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @ManyToOne(() => HouseholdEntity, (h) => h.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<HouseholdEntity>;

  @Column({ type: 'smallint' })
  position: number;

  /** Personal data: never shown to a municipality before it accepted the household. */
  @Column({ name: 'full_name', type: 'varchar', length: 200, nullable: true })
  fullName: string | null;

  @Column({ name: 'birth_year', type: 'smallint' })
  birthYear: number;

  @Column({ type: 'varchar', length: 12 })
  role: MemberRole;

  /** Optional and never scored; read only by the fairness audit. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  gender: Gender | null;

  /** ISCED 2011 level 0–8. */
  @Column({ name: 'education_level', type: 'smallint', nullable: true })
  educationLevel: number | null;

  @Column({ name: 'work_experience_years', type: 'smallint', default: 0 })
  workExperienceYears: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  aspirations: Aspiration[];

  @OneToMany(() => MemberProfessionEntity, (p) => p.member, { cascade: true })
  professions: Relation<MemberProfessionEntity>[];

  @OneToMany(() => MemberLanguageEntity, (l) => l.member, { cascade: true })
  languages: Relation<MemberLanguageEntity>[];
}
