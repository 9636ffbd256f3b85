import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { AccountEntity } from './account.entity.js';
import { HouseholdEntity } from './household.entity.js';
import { MunicipalityEntity } from './municipality.entity.js';
import type { AccessCodePurpose, AccessCodeRole } from '#matching/vocabulary/access-codes.js';
import type { Locale } from '#matching/messages/locales.js';

/**
 * A single-use access code (matching/vocabulary/access-codes.ts): an invitation to make an account, or a password
 * reset of one. Only the SHA-256 hash of the code is stored. A code works while it is neither used, revoked (a newer
 * code for the same person replaced it) nor past `expiresAt`.
 */
@Entity('access_code')
@Check('access_code_purpose_valid', `"purpose" IN ('invitation', 'password_reset')`)
@Check('access_code_role_valid', `"role" IN ('newcomer', 'municipality')`)
@Check(
  'access_code_binding_matches_role',
  `("role" = 'newcomer') = ("household_id" IS NOT NULL) AND ("role" = 'municipality') = ("municipality_code" IS NOT NULL)`,
)
@Check('access_code_reset_has_account', `"purpose" <> 'password_reset' OR "account_id" IS NOT NULL`)
export class AccessCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** SHA-256 of the normal form of the code (`normaliseAccessCode`), hex. */
  @Index('access_code_hash_unique', { unique: true })
  @Column({ name: 'code_hash', type: 'char', length: 64 })
  codeHash: string;

  @Column({ type: 'varchar', length: 16 })
  purpose: AccessCodePurpose;

  @Column({ type: 'varchar', length: 12 })
  role: AccessCodeRole;

  @Index('access_code_household_idx')
  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<HouseholdEntity>;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6, nullable: true })
  municipalityCode: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<MunicipalityEntity>;

  /** The account a reset is for; after an invitation is used, the account it made. */
  @Index('access_code_account_idx')
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  /** The e-mail address the account will sign in with, when the inviter gave one (municipality staff); else the newcomer chooses it. Lower case. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** The language of the letter or message the code was given in. */
  @Column({ type: 'varchar', length: 2 })
  locale: Locale;

  /** Who made the code (a member of staff's account); null when that account is gone. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<AccountEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
