import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a console user may do: OWNER everything, ADMIN all but users and keys, VIEWER read only. */
export const ADMIN_ROLES = ['OWNER', 'ADMIN', 'VIEWER'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/**
 * A person who signs in to the admin console. The email is stored lower-case (unique per
 * workspace); the password only as an argon2id hash (PHC string, parameters included).
 */
@Entity({ name: 'admin_user' })
export class AdminUserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) email!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) role!: AdminRole;
  @Column({ type: 'text', select: false }) passwordHash!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) lastSignInAt!: Date | null;
  /** A disabled user cannot sign in and its sessions stop working. */
  @Column({ type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  /** Set while an invited user has not chosen a password yet; such a user cannot sign in. */
  @Column({ type: 'timestamptz', nullable: true }) invitedAt!: Date | null;
}
