import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../errors.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { texasReturnDueDate } from '../filing/texas-return.worksheet.js';
import { NexusService } from '../nexus.service.js';
import { ComplianceService } from './compliance.service.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let seeded: SeededServices;
let compliance: ComplianceService;

beforeAll(async () => {
  seeded = await openSeededServices({ now: NOW, actor: 'compliance-spec' });
  const clock = { now: () => NOW };
  compliance = new ComplianceService(
    seeded.db.dataSource,
    clock,
    new NexusService(seeded.db.dataSource, clock),
  );
}, 60_000);

afterAll(async () => {
  await seeded?.close();
});

describe('ComplianceService.calendar on the demo', () => {
  it('lists the next 120 days: Georgia registration overdue, a certificate, 1040-ES, the Texas return', async () => {
    const calendar = await compliance.calendar(seeded.ctx.workspaceId);
    expect([calendar.today, calendar.from, calendar.to]).toEqual([
      '2026-11-26',
      '2026-11-26',
      '2027-03-26',
    ]);
    expect(calendar.events.map((e) => [e.dueDate, e.kind, e.state, e.status, e.remindOn])).toEqual([
      ['2025-12-31', 'REGISTRATION', 'GA', 'OVERDUE', '2025-12-24'],
      ['2027-01-10', 'CERTIFICATE_EXPIRY', 'AZ', 'DUE_SOON', '2026-12-11'],
      ['2027-01-15', 'ESTIMATED_TAX', null, 'UPCOMING', '2027-01-08'],
      ['2027-01-20', 'SALES_TAX_RETURN', 'TX', 'UPCOMING', '2027-01-13'],
    ]);
    const georgia = calendar.events[0];
    expect(georgia?.detail).toContain('calendar year 2025');
    expect(georgia?.citation.url).toContain('sovos.com');
    expect(calendar.events[3]?.title).toBe('Texas sales tax return, 2026-Q4 (quarterly)');
  });

  it("names the Texas return worksheet's due dates: Inauguration Day moves no Texas return", async () => {
    // 2033-01-20 is Inauguration Day, a DC legal holiday but not a Texas banking holiday.
    const calendar = await compliance.calendar(seeded.ctx.workspaceId, '2033-01-01', '2033-12-31');
    const texas = calendar.events.filter((e) => e.kind === 'SALES_TAX_RETURN' && e.state === 'TX');
    expect(texas[0]?.title).toBe('Texas sales tax return, 2032-Q4 (quarterly)');
    const worksheet = texasReturnDueDate({
      key: '2032-Q4',
      kind: 'QUARTER',
      start: '2032-10-01',
      end: '2032-12-31',
    });
    expect([texas[0]?.dueDate, worksheet.due]).toEqual(['2033-01-20', '2033-01-20']);
  });

  it("checks Texas's quarterly frequency against the state tax of the last four quarters", async () => {
    const calendar = await compliance.calendar(seeded.ctx.workspaceId);
    expect(calendar.frequencyChecks).toMatchObject([
      {
        state: 'TX',
        assigned: 'QUARTERLY',
        indicated: 'MONTHLY',
        matches: false,
        ruleId: 'tx-filing-frequency/1994',
        quarters: [
          { label: '2025-Q4', stateTaxCents: 237_066 },
          { label: '2026-Q1', stateTaxCents: 170_436 },
          { label: '2026-Q2', stateTaxCents: 185_690 },
          { label: '2026-Q3', stateTaxCents: 179_952 },
        ],
      },
    ]);
    expect(calendar.frequencyChecks[0]?.message).toContain(
      'reached $1,500.00 or more in 4 of the last 4 quarters',
    );
  });

  it('adds the Form 1040 and the Texas franchise tax report of the LLC in the spring', async () => {
    const calendar = await compliance.calendar(seeded.ctx.workspaceId, '2027-04-01', '2027-05-31');
    expect(calendar.events.map((e) => [e.dueDate, e.kind, e.sourceRule])).toEqual([
      ['2025-12-31', 'REGISTRATION', 'registration/GA'],
      ['2027-04-15', 'ESTIMATED_TAX', 'estimated-tax-due-date-1/2007'],
      ['2027-04-15', 'FEDERAL_RETURN', 'form-1040-due/1955'],
      ['2027-04-20', 'SALES_TAX_RETURN', 'filing/TX'],
      ['2027-05-17', 'STATE_FRANCHISE_TAX', 'tx-franchise-tax-report-due/2008'],
    ]);
  });

  it('refuses a date that is not YYYY-MM-DD and a range ending before it starts', async () => {
    await expect(compliance.calendar(seeded.ctx.workspaceId, '2026-13-01')).rejects.toThrow(
      DomainError,
    );
    await expect(
      compliance.calendar(seeded.ctx.workspaceId, '2026-12-01', '2026-11-01'),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
  });
});

describe('ComplianceService.certificates on the demo', () => {
  it('gives each certificate its expiry status on today', async () => {
    const report = await compliance.certificates(seeded.ctx.workspaceId);
    expect(
      report.certificates.map((c) => [c.certificate.buyerName, c.status, c.daysToExpiry]),
    ).toEqual([
      ['Bluebonnet Botanicals', 'NO_EXPIRY', null],
      ['Bramble & Bean Coffee', 'NO_EXPIRY', null],
      ['Cedar & Sage Boutique', 'EXPIRED', -150],
      ['Lone Star Gift Co', 'NO_EXPIRY', null],
      ['Prairie Lark Home', 'VALID', 400],
      ['Sunday Market Provisions', 'EXPIRES_WITHIN_60_DAYS', 45],
      ['Tallgrass Home Co.', 'NO_EXPIRY', null],
    ]);
    // Linked to the customer row where the buyer is one (the seeded wholesale customers).
    const linked = (await seeded.db.dataSource.query(
      `SELECT c.buyer_name AS "buyerName", cu.company FROM exemption_certificate c
         JOIN customer cu ON cu.id = c.customer_id WHERE c.workspace_id = $1 ORDER BY 1`,
      [seeded.ctx.workspaceId],
    )) as Array<{ buyerName: string; company: string }>;
    expect(linked).toEqual([
      { buyerName: 'Bramble & Bean Coffee', company: 'Bramble & Bean Coffee' },
      { buyerName: 'Tallgrass Home Co.', company: 'Tallgrass Home Co.' },
    ]);
    expect(report.needingAttention.map((c) => c.certificate.buyerName)).toEqual([
      'Cedar & Sage Boutique',
      'Sunday Market Provisions',
    ]);
  });

  it('flags the resale sales without a valid certificate on the sale date, with their amounts', async () => {
    const report = await compliance.certificates(seeded.ctx.workspaceId);
    expect(
      report.uncoveredSales.map((u) => [
        u.sale.soldOn,
        u.sale.state,
        u.sale.buyerName,
        u.sale.goodsCents,
        u.reason,
      ]),
    ).toEqual([
      ['2026-08-13', 'TX', 'Harbor Point Realty', 231_200, 'NO_CERTIFICATE'],
      ['2026-08-14', 'CO', 'Cedar & Sage Boutique', 178_241, 'EXPIRED'],
      ['2026-09-08', 'CO', 'Cedar & Sage Boutique', 201_350, 'EXPIRED'],
      ['2026-09-14', 'CO', 'Cedar & Sage Boutique', 156_579, 'EXPIRED'],
      ['2026-10-22', 'TX', 'Harbor Point Realty', 115_600, 'NO_CERTIFICATE'],
      ['2026-11-09', 'CO', 'Cedar & Sage Boutique', 276_297, 'EXPIRED'],
    ]);
    expect(report.uncoveredCents).toBe(1_159_267);
  });

  it('checks the sales up to the date asked, and the certificates on that date', async () => {
    const august = await compliance.certificates(seeded.ctx.workspaceId, '2026-08-13');
    expect(august.uncoveredSales.map((u) => u.sale.buyerName)).toEqual(['Harbor Point Realty']);
    const june = await compliance.certificates(seeded.ctx.workspaceId, '2026-06-01');
    expect(june.uncoveredSales).toEqual([]);
    expect(june.certificates.find((c) => c.certificate.state === 'CO')?.status).toBe(
      'EXPIRES_WITHIN_30_DAYS',
    );
  });

  it("reads only the workspace's own certificates", async () => {
    const other = await seeded.db.dataSource.query(
      `INSERT INTO workspace (slug, name, time_zone) VALUES ('other-compliance', 'Other', 'UTC') RETURNING id`,
    );
    const report = await compliance.certificates((other as Array<{ id: string }>)[0]?.id ?? '');
    expect(report.certificates).toEqual([]);
    expect(report.uncoveredSales).toEqual([]);
  });
});

describe('ComplianceService.regulatoryChanges', () => {
  it('answers what changed since a date from the shipped rule sets', async () => {
    const changes = await compliance.regulatoryChanges('2025-06-01');
    expect(changes.map((c) => c.id)).toContain('nexus/IL/2026-01-01');
    await expect(compliance.regulatoryChanges('last year')).rejects.toMatchObject({
      errorCode: 'INVALID_INPUT',
    });
  });
});
