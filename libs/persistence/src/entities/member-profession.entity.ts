import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { HouseholdMemberEntity } from './household-member.entity.js';
import { IscoOccupationEntity } from './isco-occupation.entity.js';

@Entity('member_profession')
export class MemberProfessionEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ name: 'isco_code', type: 'varchar', length: 4 })
  iscoCode: string;

  @Column({ type: 'smallint', default: 0 })
  position: number;

  @ManyToOne(() => HouseholdMemberEntity, (m) => m.professions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Relation<HouseholdMemberEntity>;

  @ManyToOne(() => IscoOccupationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'isco_code' })
  occupation?: Relation<IscoOccupationEntity>;
}
