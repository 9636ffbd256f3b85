import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One row per seed step that has run, written in the same transaction as its data: seeding is idempotent. */
@Entity('seed_state')
export class SeedStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  step: string;

  @Column({ type: 'integer' })
  rows: number;

  @CreateDateColumn({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;
}
