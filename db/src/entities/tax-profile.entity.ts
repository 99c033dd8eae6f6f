import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

/** The business use of the home (Pub 587): areas, and the home's expenses for the actual method. */
export interface TaxProfileHomeOffice {
  /** Used regularly and exclusively for the business. */
  officeSquareFeet: number;
  homeSquareFeet: number;
  /** Yearly amounts in cents; `direct` is for the office only, `indirect` for the whole home. */
  mortgageInterestAndTaxes: { direct: number; indirect: number };
  operatingExpenses: { direct: number; indirect: number };
  /** Depreciation of the office part of the home, already figured (cents). */
  depreciationCents: number;
}

/** One mileage log line: a day (YYYY-MM-DD) or a whole month (YYYY-MM), whole business miles. */
export interface TaxProfileMileage {
  on: string;
  miles: number;
}

export interface TaxProfileVehicle {
  description: string;
  placedInServiceOn: string;
  /** All miles driven in the year, business and personal. */
  totalMiles: number;
  mileageLog: TaxProfileMileage[];
  /** Costs paid outside the books (the books' car and truck accounts are added to these). */
  costsOutsideBooks: Array<{ label: string; cents: number }>;
}

/**
 * The owner's Schedule A facts for the year, in cents: what the standard-vs-itemized comparison
 * needs. Amounts are for the whole home; the home office's business part is taken out by the
 * comparison (it is deducted on Schedule C).
 */
export interface TaxProfileItemized {
  stateAndLocalIncomeOrSalesTaxCents: number;
  realEstateTaxCents: number;
  personalPropertyTaxCents: number;
  mortgageInterestCents: number;
  /** Average balance of home acquisition debt; null when not recorded. */
  mortgageAverageBalanceCents: number | null;
  /** Cash gifts to public charities. */
  charitableCashCents: number;
}

export const EQUIPMENT_ELECTIONS = ['SECTION_179', 'DEPRECIATION', 'NONE'] as const;
export type EquipmentElection = (typeof EQUIPMENT_ELECTIONS)[number];

export interface TaxProfileEquipment {
  description: string;
  costCents: number;
  placedInServiceOn: string;
  /** Business use in basis points: 10000 = 100%. */
  businessUseBasisPoints: number;
  listed: boolean;
  /** NONE: no election recorded yet (the missed-deduction finder names it). */
  election: EquipmentElection;
}

/**
 * The owner's tax facts for one tax year: what the ledger does not know but the deductions need.
 * Demo values are seeded by db/src/seed/demo-tax-profile.ts.
 */
@Entity({ name: 'tax_profile' })
export class TaxProfileEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'integer' }) taxYear!: number;
  /** single, marriedFilingJointly, ... (the tax rules engine's FilingStatus). */
  @Column({ type: 'text' }) filingStatus!: string;
  /** How the business files, in words ("single-member LLC, Schedule C"). */
  @Column({ type: 'text' }) businessForm!: string;
  @Column({ type: 'jsonb', nullable: true }) homeOffice!: TaxProfileHomeOffice | null;
  @Column({ type: 'jsonb', nullable: true }) vehicle!: TaxProfileVehicle | null;
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" }) equipment!: TaxProfileEquipment[];
  @Column({ type: 'bigint', nullable: true, transformer: centsTransformer })
  priorYearTaxCents!: number | null;
  @Column({ type: 'bigint', nullable: true, transformer: centsTransformer })
  priorYearAgiCents!: number | null;
  /** Schedule A facts (migration 1795720500000); null when not recorded. */
  @Column({ type: 'jsonb', nullable: true }) itemized!: TaxProfileItemized | null;
  @Column({ type: 'text', default: '' }) note!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
