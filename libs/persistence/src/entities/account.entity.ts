import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity.js';
import { HouseholdEntity } from './household.entity.js';

import { ROLES, type Role } from '#matching/vocabulary/roles.js';
import { SUPPORTED_LOCALES, type Locale } from '#matching/messages/locales.js';
import { sqlList } from './sql-list.js';

/** The roles (matching/vocabulary/roles.ts), here for the account code that imports them from the entity. */
export { ROLES, type Role };

/** A person who can sign in. Municipality members are bound to one municipality, newcomers to one household. */
@Entity('account')
@Check('account_locale_valid', `"locale" IN (${sqlList(SUPPORTED_LOCALES)})`)
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

  /**
   * The language the person reads (matching/messages/locales.ts): the e-mails the service sends them are in it. Set
   * when the account is made from an access code (the language chosen on the welcome page) and whenever the person
   * changes the site's language while signed in (`updateMySettings`); `nl` for accounts made before.
   */
  @Column({ type: 'varchar', length: 2, default: 'nl' })
  locale: Locale;

  /**
   * Whether new notifications are also e-mailed (matching/vocabulary/mail.ts); on by default, the person turns it off
   * on the messages page (`updateMySettings`).
   */
  @Column({ name: 'email_notifications', type: 'boolean', default: true })
  emailNotifications: boolean;

  /** Raised to revoke every token issued before; tokens carry the version they were issued under. */
  @Column({ name: 'token_version', type: 'integer', default: 1 })
  tokenVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
