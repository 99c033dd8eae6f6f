import type { EntityManager } from 'typeorm';
import { EstimatedTaxPaymentEntity } from '../entities/estimated-tax-payment.entity.js';
import { buildDemoTaxProfiles } from './demo-tax-profile.js';

/**
 * DEMO DATA, invented for the demo shop: the owner's 1040-ES payments. The owner pays last year's
 * tax in four equal parts (the 100% safe harbor): all four for the year before `now`'s, and for
 * `now`'s year the first two in full a day or so early but only $2,000 of the third, so the
 * estimated tax plan has an underpayment to warn about. Only payments dated on or before `now`
 * are seeded.
 */

function quarterOf(now: Date, taxYear: number): number {
  const profile = buildDemoTaxProfiles(now).find((p) => p.taxYear === taxYear);
  return Math.floor((profile?.priorYearTaxCents ?? 0) / 4);
}

export function buildDemoEstimatedPayments(now: Date): Array<Partial<EstimatedTaxPaymentEntity>> {
  const today = now.toISOString().slice(0, 10);
  const year = now.getUTCFullYear();
  const last = quarterOf(now, year - 1);
  const quarter = quarterOf(now, year);
  const lastYear = [
    { paidOn: `${year - 1}-04-11`, amountCents: last, note: '1040-ES voucher 1 (IRS Direct Pay)' },
    { paidOn: `${year - 1}-06-13`, amountCents: last, note: '1040-ES voucher 2 (IRS Direct Pay)' },
    { paidOn: `${year - 1}-09-12`, amountCents: last, note: '1040-ES voucher 3 (IRS Direct Pay)' },
    { paidOn: `${year}-01-14`, amountCents: last, note: '1040-ES voucher 4 (IRS Direct Pay)' },
  ]
    .filter((p) => p.paidOn <= today && p.amountCents > 0)
    .map((p) => ({ ...p, taxYear: year - 1 }));
  const thisYear = [
    { paidOn: `${year}-04-14`, amountCents: quarter, note: '1040-ES voucher 1 (IRS Direct Pay)' },
    { paidOn: `${year}-06-12`, amountCents: quarter, note: '1040-ES voucher 2 (IRS Direct Pay)' },
    {
      paidOn: `${year}-09-15`,
      amountCents: 200_000,
      note: '1040-ES voucher 3, part payment (IRS Direct Pay)',
    },
  ]
    .filter((p) => p.paidOn <= today && p.amountCents > 0)
    .map((p) => ({ ...p, taxYear: year }));
  return [...lastYear, ...thisYear];
}

export async function seedDemoEstimatedPayments(
  tx: EntityManager,
  workspaceId: string,
  now: Date,
): Promise<void> {
  const payments = buildDemoEstimatedPayments(now);
  if (payments.length === 0) return;
  await tx.insert(
    EstimatedTaxPaymentEntity,
    payments.map((p) => ({ ...p, workspaceId })),
  );
}
