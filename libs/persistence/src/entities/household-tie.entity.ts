import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { HouseholdEntity } from './household.entity.js';
import { MunicipalityEntity } from './municipality.entity.js';

import { TIE_KINDS, type TieKind } from '#matching/vocabulary/index.js';
import { sqlList } from './sql-list.js';

@Entity('household_tie')
@Check('household_tie_kind_valid', `"kind" IN (${sqlList(TIE_KINDS)})`)
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
}
