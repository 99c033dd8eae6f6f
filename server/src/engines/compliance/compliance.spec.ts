import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from '../tax-rules/data/federal-rule-set.js';
import { NEXUS_RULE_SET } from '../tax-rules/nexus/data/nexus-rule-set.js';
import {
  COMPLIANCE_RULE_SET,
  ComplianceInputError,
  ShippedRuleSetsFeed,
  buildComplianceCalendar,
  checkCertificate,
  checkFilingFrequency,
  registrationDeadline,
  returnsDue,
  uncoveredSales,
  type CertificateInput,
  type ExemptSaleInput,
  type FilingFrequency,
} from './index.js';

const due = (state: string, frequency: FilingFrequency, from: string, to: string) =>
  returnsDue(COMPLIANCE_RULE_SET, FEDERAL_RULE_SET, state, frequency, from, to).map((r) => ({
    period: r.period.label,
    nominal: r.nominalDueDate,
    due: r.dueDate,
    skipped: r.shift.skipped.map((s) => s.reason),
  }));

describe('sales tax return due dates', () => {
  it('Texas: the 20th of the month after the period (Tax Code § 151.401)', () => {
    expect(due('TX', 'QUARTERLY', '2026-10-01', '2026-10-31')).toEqual([
      { period: '2026-Q3', nominal: '2026-10-20', due: '2026-10-20', skipped: [] },
    ]);
  });

  it('Texas: a due date on a Sunday moves to Monday, on Martin Luther King Jr. Day to Tuesday', () => {
    expect(due('TX', 'QUARTERLY', '2025-04-01', '2025-04-30')).toEqual([
      { period: '2025-Q1', nominal: '2025-04-20', due: '2025-04-21', skipped: ['Sunday'] },
    ]);
    expect(due('TX', 'MONTHLY', '2025-01-01', '2025-01-31')).toEqual([
      {
        period: '2024-12',
        nominal: '2025-01-20',
        due: '2025-01-21',
        skipped: ["Dr. Martin Luther King, Jr.'s Birthday"],
      },
    ]);
  });

  it('Washington: monthly on the 25th (Christmas on a Friday moves it to Monday), annual April 15', () => {
    expect(due('WA', 'MONTHLY', '2026-12-01', '2026-12-31')).toEqual([
      {
        period: '2026-11',
        nominal: '2026-12-25',
        due: '2026-12-28',
        skipped: ['Christmas Day', 'Saturday', 'Sunday'],
      },
    ]);
    expect(due('WA', 'ANNUAL', '2026-01-01', '2026-12-31')).toEqual([
      { period: '2025', nominal: '2026-04-15', due: '2026-04-15', skipped: [] },
    ]);
  });

  it('California: the last day of the month after the quarter, a Saturday moving to Monday', () => {
    expect(due('CA', 'QUARTERLY', '2026-01-01', '2026-02-28')).toEqual([
      {
        period: '2025-Q4',
        nominal: '2026-01-31',
        due: '2026-02-02',
        skipped: ['Saturday', 'Sunday'],
      },
    ]);
  });

  it('New York: quarters end in February, May, August and November; the year ends in February', () => {
    expect(due('NY', 'QUARTERLY', '2026-09-01', '2026-09-30')).toEqual([
      {
        period: '2026-06 to 2026-08 (Jun-Aug)',
        nominal: '2026-09-20',
        due: '2026-09-21',
        skipped: ['Sunday'],
      },
    ]);
    expect(due('NY', 'ANNUAL', '2026-01-01', '2026-12-31')).toEqual([
      { period: '2025-03 to 2026-02', nominal: '2026-03-20', due: '2026-03-20', skipped: [] },
    ]);
  });

  it('has a rule for each of the twelve demo states, each cited with where it was read', () => {
    expect(COMPLIANCE_RULE_SET.filing.map((s) => s.state).sort()).toEqual([
      'AZ',
      'CA',
      'CO',
      'FL',
      'GA',
      'IL',
      'NC',
      'NJ',
      'NY',
      'OK',
      'TX',
      'WA',
    ]);
    for (const s of COMPLIANCE_RULE_SET.filing) {
      expect(s.citation.url).not.toBe('');
      expect(s.readAt.length).toBeGreaterThan(0);
      expect(due(s.state, 'MONTHLY', '2026-01-01', '2026-12-31')).toHaveLength(12);
    }
  });

  it('refuses an unknown state and a frequency the state does not assign', () => {
    expect(() => due('ZZ', 'MONTHLY', '2026-01-01', '2026-12-31')).toThrow(ComplianceInputError);
    expect(() => due('NJ', 'ANNUAL', '2026-01-01', '2026-12-31')).toThrow(/no annual/);
  });
});

describe('registration deadlines after the threshold is met', () => {
  const deadline = (state: string, metBy: string) =>
    registrationDeadline(COMPLIANCE_RULE_SET, state, metBy).dueDate;

  it('Georgia and North Carolina: before the next sale', () => {
    expect(deadline('GA', '2025-12-31')).toBe('2025-12-31');
    expect(deadline('NC', '2026-03-10')).toBe('2026-03-10');
  });

  it('New Jersey: within 30 days', () => {
    expect(deadline('NJ', '2026-03-10')).toBe('2026-04-09');
  });

  it('Colorado and Washington: the first of the first month at least 90 / 30 days after', () => {
    expect(deadline('CO', '2026-03-10')).toBe('2026-07-01');
    expect(deadline('WA', '2026-03-02')).toBe('2026-04-01');
    expect(deadline('WA', '2026-03-03')).toBe('2026-05-01');
  });

  it('a state with no deadline read: before further sales, said so', () => {
    const d = registrationDeadline(COMPLIANCE_RULE_SET, 'OK', '2026-05-31');
    expect(d.dueDate).toBe('2026-05-31');
    expect(d.source).toBeNull();
    expect(d.explanation).toContain('no registration deadline was read');
  });
});

const cert = (over: Partial<CertificateInput>): CertificateInput => ({
  id: 'c1',
  buyerName: 'Sunday Market Provisions',
  state: 'AZ',
  kind: 'RESALE',
  number: 'AZ-1',
  issuedOn: '2024-03-04',
  expiresOn: '2027-01-10',
  ...over,
});

describe('certificates', () => {
  it('alerts 60 and 30 days before expiry, at the boundaries', () => {
    const status = (expiresOn: string | null) =>
      checkCertificate(cert({ expiresOn }), '2026-11-26').status;
    expect(status(null)).toBe('NO_EXPIRY');
    expect(status('2027-01-26')).toBe('VALID'); // 61 days
    expect(status('2027-01-25')).toBe('EXPIRES_WITHIN_60_DAYS'); // 60 days
    expect(status('2026-12-27')).toBe('EXPIRES_WITHIN_60_DAYS'); // 31 days
    expect(status('2026-12-26')).toBe('EXPIRES_WITHIN_30_DAYS'); // 30 days
    expect(status('2026-11-26')).toBe('EXPIRES_WITHIN_30_DAYS'); // expires today, still valid
    expect(status('2026-11-25')).toBe('EXPIRED');
    expect(checkCertificate(cert({}), '2026-11-26').alertDates).toEqual([
      '2026-11-11',
      '2026-12-11',
    ]);
  });

  it('flags resale sales no certificate covers on the sale date, with the reason', () => {
    const sale = (
      id: string,
      soldOn: string,
      buyerName: string | null,
      state = 'AZ',
    ): ExemptSaleInput => ({
      id,
      soldOn,
      state,
      buyerName,
      treatment: 'resale',
      goodsCents: 100_000,
    });
    const certificates = [
      cert({ expiresOn: '2026-06-30' }),
      cert({
        id: 'c2',
        buyerName: 'Lone Star Gift Co',
        state: 'TX',
        issuedOn: '2025-02-01',
        expiresOn: null,
      }),
    ];
    const flagged = uncoveredSales(
      [
        sale('s1', '2026-06-30', 'sunday market provisions '), // covered on its last day
        sale('s2', '2026-07-01', 'Sunday Market Provisions'), // expired the day before
        sale('s3', '2025-01-15', 'Lone Star Gift Co', 'TX'), // before its certificate
        sale('s4', '2026-03-01', 'Lone Star Gift Co', 'TX'), // covered, no expiry
        sale('s5', '2026-03-01', 'Harbor Point Realty', 'TX'),
        sale('s6', '2026-03-01', 'Lone Star Gift Co', 'OK'), // a Texas certificate, an Oklahoma sale
        sale('s7', '2026-03-02', null),
      ],
      certificates,
    );
    expect(flagged.map((f) => [f.sale.id, f.reason])).toEqual([
      ['s3', 'NOT_YET_ISSUED'],
      ['s5', 'NO_CERTIFICATE'],
      ['s6', 'NO_CERTIFICATE'],
      ['s7', 'NO_BUYER'],
      ['s2', 'EXPIRED'],
    ]);
  });
});

describe('filing frequency against the Texas threshold (Tax Code § 151.401(b))', () => {
  const [rule] = COMPLIANCE_RULE_SET.frequencyThresholds;
  if (!rule) throw new Error('the rule set has no Texas frequency threshold');
  const check = (assigned: FilingFrequency, cents: number[]) =>
    checkFilingFrequency(
      rule,
      'Texas',
      assigned,
      cents.map((stateTaxCents, i) => ({ label: `2026-Q${i + 1}`, stateTaxCents })),
    );

  it('quarterly while every quarter owes less than $1,500; monthly from $1,500.00', () => {
    expect(check('QUARTERLY', [149_999, 120_000]).indicated).toBe('QUARTERLY');
    expect(check('QUARTERLY', [149_999, 120_000]).matches).toBe(true);
    const over = check('QUARTERLY', [150_000, 120_000]);
    expect([over.indicated, over.matches]).toEqual(['MONTHLY', false]);
    expect(over.message).toContain('$1,500.00 or more in 1 of the last 2 quarters');
  });

  it('a monthly filer under the threshold may stay monthly; no quarters, no answer', () => {
    expect(check('MONTHLY', [10_000]).matches).toBe(true);
    expect(check('QUARTERLY', []).indicated).toBeNull();
  });
});

describe('compliance calendar', () => {
  const calendar = buildComplianceCalendar(COMPLIANCE_RULE_SET, FEDERAL_RULE_SET, {
    today: '2026-11-26',
    from: '2026-11-26',
    to: '2027-05-31',
    registrations: [{ state: 'TX', registeredOn: '2024-12-01', filingFrequency: 'QUARTERLY' }],
    registerNow: [
      { state: 'GA', stateName: 'Georgia', metBy: '2025-12-31', window: 'calendar year 2025' },
    ],
    certificates: [cert({})],
    ownerFiles1040: true,
    franchiseTaxStates: ['TX'],
  });

  it('lists every obligation in date order with its status, reminder and rule', () => {
    expect(
      calendar.events.map((e) => [e.dueDate, e.kind, e.state, e.status, e.remindOn, e.sourceRule]),
    ).toEqual([
      ['2025-12-31', 'REGISTRATION', 'GA', 'OVERDUE', '2025-12-24', 'registration/GA'],
      [
        '2027-01-10',
        'CERTIFICATE_EXPIRY',
        'AZ',
        'DUE_SOON',
        '2026-12-11',
        'certificate-alerts/60-30-days',
      ],
      [
        '2027-01-15',
        'ESTIMATED_TAX',
        null,
        'UPCOMING',
        '2027-01-08',
        'estimated-tax-due-date-4/2007',
      ],
      ['2027-01-20', 'SALES_TAX_RETURN', 'TX', 'UPCOMING', '2027-01-13', 'filing/TX'],
      [
        '2027-04-15',
        'ESTIMATED_TAX',
        null,
        'UPCOMING',
        '2027-04-08',
        'estimated-tax-due-date-1/2007',
      ],
      ['2027-04-15', 'FEDERAL_RETURN', null, 'UPCOMING', '2027-04-01', 'form-1040-due/1955'],
      ['2027-04-20', 'SALES_TAX_RETURN', 'TX', 'UPCOMING', '2027-04-13', 'filing/TX'],
      [
        '2027-05-17',
        'STATE_FRANCHISE_TAX',
        'TX',
        'UPCOMING',
        '2027-05-03',
        'tx-franchise-tax-report-due/2008',
      ],
    ]);
  });

  it('says why a date moved and whose holidays apply', () => {
    const franchise = calendar.events.find((e) => e.kind === 'STATE_FRANCHISE_TAX');
    expect(franchise?.nominalDueDate).toBe('2027-05-15');
    expect(franchise?.moved).toBe('2027-05-15 Saturday; 2027-05-16 Sunday');
    expect(calendar.holidayNote).toContain('District of Columbia');
  });

  it('refuses a range that ends before it starts', () => {
    expect(() =>
      buildComplianceCalendar(COMPLIANCE_RULE_SET, FEDERAL_RULE_SET, {
        today: '2026-11-26',
        from: '2026-12-01',
        to: '2026-11-01',
        registrations: [],
        registerNow: [],
        certificates: [],
        ownerFiles1040: false,
        franchiseTaxStates: [],
      }),
    ).toThrow(ComplianceInputError);
  });
});

describe('regulatory change feed (shipped rule sets)', () => {
  const feed = new ShippedRuleSetsFeed(NEXUS_RULE_SET, FEDERAL_RULE_SET);

  it('answers what changed since a date, oldest first, dated by enactment', async () => {
    const changes = await feed.changesSince('2025-06-01');
    const ids = changes.map((c) => c.id);
    expect(ids).toContain('nexus/IL/2026-01-01'); // enacted 2025-06-16
    expect(ids).not.toContain('nexus/UT/2025-07-01'); // enacted 2025-03-25
    expect(ids).not.toContain('nexus/NC/2024-07-01');
    const obbba = changes.find(
      (c) => c.id.startsWith('section-179-dollar-limit/2025') && c.enacted === '2025-07-04',
    );
    expect(obbba?.jurisdiction).toBe('US');
    expect(changes.every((c) => c.changedOn > '2025-06-01')).toBe(true);
    expect([...changes].sort((a, b) => a.changedOn.localeCompare(b.changedOn))).toEqual(changes);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    await expect(feed.changesSince('June 2025')).rejects.toThrow(ComplianceInputError);
  });
});
