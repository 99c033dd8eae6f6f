import { daysBetween } from './dates.js';

/**
 * Exemption and resale certificates: which are about to expire (alerts 60 and 30 days before),
 * and which exempt or resale sales no certificate covers on the sale's date. A certificate covers
 * a sale when it is the buyer's (names compared trimmed and case-insensitively), for the sale's
 * state, issued on or before the sale and not expired on that day (no expiry date: never expires).
 */

export const CERTIFICATE_ALERT_DAYS = [60, 30] as const;

export interface CertificateInput {
  id: string;
  buyerName: string;
  state: string;
  kind: string;
  number: string;
  issuedOn: string;
  expiresOn: string | null;
}

export type CertificateStatus =
  'NO_EXPIRY' | 'VALID' | 'EXPIRES_WITHIN_60_DAYS' | 'EXPIRES_WITHIN_30_DAYS' | 'EXPIRED';

export interface CertificateCheck {
  certificate: CertificateInput;
  status: CertificateStatus;
  /** Days from `asOf` to the expiry date (negative once expired); null without one. */
  daysToExpiry: number | null;
  /** The alert days before expiry (60 and 30), dated; empty without an expiry date. */
  alertDates: string[];
  message: string;
}

function alertDate(expiresOn: string, daysBefore: number): string {
  const date = new Date(`${expiresOn}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - daysBefore);
  return date.toISOString().slice(0, 10);
}

export function checkCertificate(certificate: CertificateInput, asOf: string): CertificateCheck {
  const who = `${certificate.buyerName} (${certificate.state} ${certificate.number})`;
  if (certificate.expiresOn === null) {
    return {
      certificate,
      status: 'NO_EXPIRY',
      daysToExpiry: null,
      alertDates: [],
      message: `${who} carries no expiry date.`,
    };
  }
  const days = daysBetween(asOf, certificate.expiresOn);
  const alertDates = CERTIFICATE_ALERT_DAYS.map((d) => alertDate(certificate.expiresOn ?? '', d));
  const status: CertificateStatus =
    days < 0
      ? 'EXPIRED'
      : days <= 30
        ? 'EXPIRES_WITHIN_30_DAYS'
        : days <= 60
          ? 'EXPIRES_WITHIN_60_DAYS'
          : 'VALID';
  const message =
    status === 'EXPIRED'
      ? `${who} expired on ${certificate.expiresOn} (${-days} days ago): ask for a new one.`
      : status === 'VALID'
        ? `${who} is valid until ${certificate.expiresOn}.`
        : `${who} expires on ${certificate.expiresOn}, in ${days} days: ask for a renewal.`;
  return { certificate, status, daysToExpiry: days, alertDates, message };
}

export interface ExemptSaleInput {
  id: string;
  soldOn: string;
  state: string;
  buyerName: string | null;
  treatment: 'exempt' | 'resale';
  goodsCents: number;
}

export type UncoveredReason = 'NO_BUYER' | 'NO_CERTIFICATE' | 'EXPIRED' | 'NOT_YET_ISSUED';

export interface UncoveredSale {
  sale: ExemptSaleInput;
  reason: UncoveredReason;
  /** The buyer's certificate for the state that was closest to covering it, if any. */
  certificate: CertificateInput | null;
  message: string;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function covers(c: CertificateInput, sale: ExemptSaleInput): boolean {
  return c.issuedOn <= sale.soldOn && (c.expiresOn === null || sale.soldOn <= c.expiresOn);
}

/** The exempt and resale sales no certificate covers, in sale order. */
export function uncoveredSales(
  sales: readonly ExemptSaleInput[],
  certificates: readonly CertificateInput[],
): UncoveredSale[] {
  const found: UncoveredSale[] = [];
  for (const sale of [...sales].sort(
    (a, b) => a.soldOn.localeCompare(b.soldOn) || a.id.localeCompare(b.id),
  )) {
    const what = `${sale.treatment} sale of ${sale.soldOn} into ${sale.state}`;
    if (!sale.buyerName) {
      found.push({
        sale,
        reason: 'NO_BUYER',
        certificate: null,
        message: `The ${what} names no buyer, so no certificate can cover it.`,
      });
      continue;
    }
    const buyerName = sale.buyerName;
    const theirs = certificates.filter(
      (c) => same(c.buyerName, buyerName) && c.state === sale.state,
    );
    if (theirs.some((c) => covers(c, sale))) continue;
    const expired = theirs
      .filter((c) => c.expiresOn !== null && c.expiresOn < sale.soldOn)
      .sort((a, b) => (b.expiresOn ?? '').localeCompare(a.expiresOn ?? ''))[0];
    const later = theirs
      .filter((c) => c.issuedOn > sale.soldOn)
      .sort((a, b) => a.issuedOn.localeCompare(b.issuedOn))[0];
    if (expired) {
      found.push({
        sale,
        reason: 'EXPIRED',
        certificate: expired,
        message: `${buyerName}'s certificate ${expired.number} expired on ${expired.expiresOn}, before the ${what}.`,
      });
    } else if (later) {
      found.push({
        sale,
        reason: 'NOT_YET_ISSUED',
        certificate: later,
        message: `${buyerName}'s certificate ${later.number} was issued on ${later.issuedOn}, after the ${what}.`,
      });
    } else {
      found.push({
        sale,
        reason: 'NO_CERTIFICATE',
        certificate: null,
        message: `No ${sale.state} certificate on file for ${buyerName} (${what}).`,
      });
    }
  }
  return found;
}
