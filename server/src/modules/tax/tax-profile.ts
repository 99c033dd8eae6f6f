import { EQUIPMENT_ELECTIONS, TaxProfileEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { FILING_STATUSES } from '../../engines/tax-rules/index.js';
import type { DeductionInput } from './deduction-summary.js';

/**
 * The owner's tax profile for a year, read from tax_profile and checked: its JSON documents
 * (home office, vehicle, equipment) are validated here, so a malformed row fails loudly with
 * what is wrong instead of producing a wrong deduction.
 */

const cents = z.number().int().min(0);
const squareFeet = z.number().int().positive();
const isoDate = z.iso.date();

const homeOffice = z.object({
  officeSquareFeet: squareFeet,
  homeSquareFeet: squareFeet,
  mortgageInterestAndTaxes: z.object({ direct: cents, indirect: cents }),
  operatingExpenses: z.object({ direct: cents, indirect: cents }),
  depreciationCents: cents,
});

const vehicle = z.object({
  description: z.string().min(1),
  placedInServiceOn: isoDate,
  totalMiles: z.number().int().min(0),
  mileageLog: z.array(
    z.object({
      // A day, or a whole month.
      on: z.union([isoDate, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)]),
      miles: z.number().int().min(0),
    }),
  ),
  costsOutsideBooks: z.array(z.object({ label: z.string().min(1), cents })),
});

const equipment = z.array(
  z.object({
    description: z.string().min(1),
    costCents: cents,
    placedInServiceOn: isoDate,
    businessUseBasisPoints: z.number().int().min(0).max(10_000),
    listed: z.boolean(),
    election: z.enum(EQUIPMENT_ELECTIONS),
  }),
);

const profile = z.object({
  filingStatus: z.enum(FILING_STATUSES as [string, ...string[]]),
  businessForm: z.string(),
  homeOffice: homeOffice.nullable(),
  vehicle: vehicle.nullable(),
  equipment,
  note: z.string(),
});

export class MalformedTaxProfileError extends Error {
  constructor(taxYear: number, problems: string) {
    super(`The tax profile for ${taxYear} is malformed: ${problems}`);
    this.name = 'MalformedTaxProfileError';
  }
}

export async function readTaxProfile(
  dataSource: DataSource,
  workspaceId: string,
  taxYear: number,
): Promise<DeductionInput['profile']> {
  const row = await dataSource.getRepository(TaxProfileEntity).findOneBy({ workspaceId, taxYear });
  if (!row) return null;
  const parsed = profile.safeParse(row);
  if (!parsed.success) {
    throw new MalformedTaxProfileError(
      taxYear,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  const p = parsed.data;
  if (p.vehicle && p.vehicle.mileageLog.reduce((sum, m) => sum + m.miles, 0) > p.vehicle.totalMiles)
    throw new MalformedTaxProfileError(taxYear, 'vehicle: more business miles than miles driven');
  if (p.homeOffice && p.homeOffice.officeSquareFeet > p.homeOffice.homeSquareFeet)
    throw new MalformedTaxProfileError(taxYear, 'homeOffice: the office is larger than the home');
  return p;
}
