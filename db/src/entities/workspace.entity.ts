import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A business using the hub (a tenant). Every business row carries its `workspace_id`. */
@Entity({ name: 'workspace' })
export class WorkspaceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) slug!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', default: 'UTC' }) timeZone!: string;
  /** BCP 47 (en-US, es-MX): the console's language and its date and number forms. */
  @Column({ type: 'text', default: 'en-US' }) locale!: string;
  /** ISO 4217 (USD, MXN): the currency the console shows the shop's money in. */
  @Column({ type: 'text', default: 'USD' }) currency!: string;
  /** The shop's industry (NAICS 2022, 2-6 digits): picks the benchmarks its ratios are read against. */
  @Column({ type: 'text', nullable: true }) naicsCode!: string | null;
  /**
   * The shop's server signs verified visitor identities with it (see identity-hash.ts). Only an
   * owner sees it, once, when rotating it.
   */
  @Column({ type: 'text', select: false }) widgetIdentitySecret!: string;
  /** When the identity secret last changed; null while it is the one made with the workspace. */
  @Column({ type: 'timestamptz', nullable: true }) widgetIdentitySecretRotatedAt!: Date | null;
  /** The secret replaced by the last rotation: it still verifies until its expiry. */
  @Column({ type: 'text', nullable: true, select: false })
  widgetIdentityPreviousSecret!: string | null;
  @Column({ type: 'timestamptz', nullable: true })
  widgetIdentityPreviousSecretExpiresAt!: Date | null;
  /** Signs visitor tokens; never leaves the hub. */
  @Column({ type: 'text', select: false }) visitorTokenSecret!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
