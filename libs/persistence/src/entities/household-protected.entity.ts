import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { HouseholdEntity } from './household.entity.js';

/**
 * Protected traits, kept in their own table so that nothing that loads a household for scoring can read
 * them by accident. Only the fairness audit joins this table.
 */
@Entity('household_protected')
export class HouseholdProtectedEntity {
  @PrimaryColumn({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @OneToOne(() => HouseholdEntity, (h) => h.protectedTraits, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<HouseholdEntity>;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  nationality: string | null;

  @Column({ name: 'origin_region', type: 'varchar', length: 60, nullable: true })
  originRegion: string | null;
}
