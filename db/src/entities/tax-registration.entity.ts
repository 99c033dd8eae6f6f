import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The shop is registered to collect sales tax in `state` from `registeredOn`. */
@Entity({ name: 'tax_registration' })
export class TaxRegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) state!: string;
  @Column({ type: 'date' }) registeredOn!: string;
  @Column({ type: 'text', nullable: true }) accountNumber!: string | null;
  @Column({ type: 'text', default: '' }) note!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
