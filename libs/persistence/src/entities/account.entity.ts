import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity.js';
import { HouseholdEntity } from './household.entity.js';

import { ROLES, type Role } from '#matching/vocabulary/roles.js';

/** The roles (matching/vocabulary/roles.ts), here for the account code that imports them from the entity. */
export { ROLES, type Role };

/** A person who can sign in. Municipality members are bound to one municipality, newcomers to one household. */
@Entity('account')
@Check('account_role_valid', `"role" IN ('admin', 'officer', 'municipality', 'newcomer')`)
@Check(
  'account_binding_matches_role',
  `("role" = 'municipality') = ("municipality_code" IS NOT NULL) AND ("role" = 'newcomer') = ("household_id" IS NOT NULL)`,
)
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; unique. */
  @Index('account_email_unique', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 100 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 12 })
  role: Role;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6, nullable: true })
  municipalityCode: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<MunicipalityEntity>;

  @Index('account_household_idx')
  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<HouseholdEntity>;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  /** Raised to revoke every token issued before; tokens carry the version they were issued under. */
  @Column({ name: 'token_version', type: 'integer', default: 1 })
  tokenVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
