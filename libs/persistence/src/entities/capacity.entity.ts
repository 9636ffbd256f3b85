import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity.js';
import { CAPACITY_FIGURES_NONNEGATIVE, withCapacityFigures } from './capacity-figures.js';

/** A municipality's quota for one half-year period, in persons and homes by size band. */
@Entity('capacity')
@Unique('capacity_municipality_period_unique', ['municipalityCode', 'period'])
@Check('capacity_period_format', `"period" ~ '^[0-9]{4}-H[12]$'`)
@Check(
  'capacity_usage_within_capacity',
  `"used_persons" BETWEEN 0 AND "persons" AND "used_homes_1_2" BETWEEN 0 AND "homes_1_2" AND "used_homes_3_4" BETWEEN 0 AND "homes_3_4" AND "used_homes_5_plus" BETWEEN 0 AND "homes_5_plus"`,
)
@Check('capacity_nonnegative', CAPACITY_FIGURES_NONNEGATIVE)
export class CapacityEntity extends withCapacityFigures(class {}) {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<MunicipalityEntity>;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  /** Held by open proposals and placements of this period; the database refuses to let it pass capacity. */
  @Column({ name: 'used_persons', type: 'integer', default: 0 }) usedPersons: number;
  @Column({ name: 'used_homes_1_2', type: 'integer', default: 0 }) usedHomes1to2: number;
  @Column({ name: 'used_homes_3_4', type: 'integer', default: 0 }) usedHomes3to4: number;
  @Column({ name: 'used_homes_5_plus', type: 'integer', default: 0 }) usedHomes5plus: number;

  /** True when the figure was derived from population share rather than set by the municipality. */
  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
