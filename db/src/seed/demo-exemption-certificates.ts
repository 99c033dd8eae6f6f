/**
 * DEMO DATA, invented for the demo shop: its wholesale buyers' resale certificates, and the filing
 * frequency Texas assigned to its sales tax permit.
 *
 * - Out-of-state buyers (their invoices ship to their own state, for resale): Prairie Lark Home
 *   (OK) has a valid certificate; Sunday Market Provisions (AZ) has one that expires 45 days after
 *   `now` (the 60-day alert fires); Cedar & Sage Boutique (CO) had one that expired 150 days
 *   before `now`, so its later resale sales are uncovered.
 * - Texan buyers: Texas blanket resale certificates (Form 01-339) carry no expiry date (valid until
 *   the buyer revokes it or stops holding a permit), so `expires_on` is null. Harbor Point Realty,
 *   a real-estate office buying closing gifts, never gave one: its invoices are booked for resale
 *   without a certificate and are flagged.
 * - Texas files QUARTERLY: Tax Code § 151.401(b) lets a taxpayer owing less than $500 a month or
 *   $1,500 a quarter file quarterly (what the Comptroller assigned at registration, from the
 *   sales expected; see docs/TAX-RULES.md for how the demo's actual tax compares).
 */
import type { EntityManager } from 'typeorm';

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface DemoCertificate {
  buyerName: string;
  state: string;
  kind: 'RESALE' | 'EXEMPT_ORGANIZATION' | 'OTHER';
  number: string;
  issuedOn: string;
  expiresOn: string | null;
  documentRef: string;
  note: string;
}

/** The demo's certificates, dated from `now` (the seed's clock). */
export function buildDemoCertificates(now: Date): DemoCertificate[] {
  const today = now.toISOString().slice(0, 10);
  const year = now.getUTCFullYear();
  const texan = (buyerName: string, number: string, issuedOn: string): DemoCertificate => ({
    buyerName,
    state: 'TX',
    kind: 'RESALE',
    number,
    issuedOn,
    expiresOn: null,
    documentRef: `certificates/TX/${number}.pdf`,
    note: 'Demo data: Texas Sales and Use Tax Resale Certificate (Form 01-339), blanket; no expiry date.',
  });
  return [
    {
      buyerName: 'Prairie Lark Home',
      state: 'OK',
      kind: 'RESALE',
      number: 'OK-STS-2041-7385',
      issuedOn: `${year - 3}-02-10`,
      expiresOn: addDays(today, 400),
      documentRef: 'certificates/OK/OK-STS-2041-7385.pdf',
      note: 'Demo data: Oklahoma resale certificate with the validity period stated on it.',
    },
    {
      buyerName: 'Sunday Market Provisions',
      state: 'AZ',
      kind: 'RESALE',
      number: 'AZ-TPT-21-558204',
      issuedOn: `${year - 3}-03-04`,
      expiresOn: addDays(today, 45),
      documentRef: 'certificates/AZ/AZ-TPT-21-558204.pdf',
      note: 'Demo data: Arizona Form 5000A (resale), blanket, for the period stated on it.',
    },
    {
      buyerName: 'Cedar & Sage Boutique',
      state: 'CO',
      kind: 'RESALE',
      number: 'CO-0563-11029384',
      issuedOn: `${year - 3}-01-22`,
      expiresOn: addDays(today, -150),
      documentRef: 'certificates/CO/CO-0563-11029384.pdf',
      note: 'Demo data: Colorado DR 0563 (resale); expired, a renewal was requested and not yet received.',
    },
    texan('Tallgrass Home Co.', '32045678901', `${year - 3}-05-02`),
    texan('Bramble & Bean Coffee', '32087654321', `${year - 3}-06-18`),
    texan('Lone Star Gift Co', '32011223344', `${year - 3}-01-09`),
    texan('Bluebonnet Botanicals', '32099887766', `${year - 3}-04-27`),
  ];
}

/**
 * Writes the certificates (linked to the customer row whose company is the buyer, where one
 * exists) and sets Texas's filing frequency, within the seed's transaction.
 */
export async function seedDemoExemptionCertificates(
  tx: EntityManager,
  workspaceId: string,
  now: Date,
): Promise<void> {
  for (const c of buildDemoCertificates(now)) {
    await tx.query(
      `INSERT INTO exemption_certificate
         (workspace_id, customer_id, buyer_name, state, kind, number, issued_on, expires_on, document_ref, note)
       VALUES ($1, (SELECT id FROM customer WHERE workspace_id = $1 AND company = $2 LIMIT 1),
               $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        workspaceId,
        c.buyerName,
        c.state,
        c.kind,
        c.number,
        c.issuedOn,
        c.expiresOn,
        c.documentRef,
        c.note,
      ],
    );
  }
  await tx.query(
    `UPDATE tax_registration SET filing_frequency = 'QUARTERLY' WHERE workspace_id = $1 AND state = 'TX'`,
    [workspaceId],
  );
}
