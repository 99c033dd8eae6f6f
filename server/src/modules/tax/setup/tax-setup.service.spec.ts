import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleContext, type ConsoleContext } from '../../../console-context.js';
import { callerContext, type RequestContext } from '../../../context.js';
import { DomainError } from '../../../errors.js';
import { buildHubSchema } from '../../../graphql/build-schema.js';
import { domainErrorStatusPlugin, formatError } from '../../../graphql/domain-errors.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { consoleAccessPlugin } from '../../admin-users/operation-access.js';

// The shop's own tax facts written through TaxSetupService and read back through the services
// that use them (sales tax, nexus, the compliance calendar and certificates), on a real database.

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let demo: RequestContext;
let apollo: ApolloServer<ConsoleContext>;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:tax-setup-spec' });
  demo = callerContext(fixture.ctx.workspaceId, 'user:owner-1', { role: 'OWNER' });
  apollo = new ApolloServer<ConsoleContext>({
    schema: await buildHubSchema(),
    formatError: (formatted, error) =>
      formatError(formatted, error, { development: false, log: () => undefined }),
    plugins: [consoleAccessPlugin(), domainErrorStatusPlugin()],
  });
  await apollo.start();
}, 120_000);

afterAll(async () => {
  await apollo?.stop();
  await fixture?.close();
});

const setup = () => fixture.services.taxSetup;

/** A fresh workspace with nothing on file, and its owner. */
async function newShop(slug: string): Promise<RequestContext> {
  const [row] = (await fixture.db.dataSource.query(
    `INSERT INTO workspace (slug, name, time_zone) VALUES ($1, $1, 'America/Chicago') RETURNING id`,
    [slug],
  )) as [{ id: string }];
  return callerContext(row.id, `user:${slug}-owner`, { role: 'OWNER' });
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

async function auditActions(workspaceId: string): Promise<string[]> {
  const rows = (await fixture.db.dataSource.query(
    `SELECT action FROM audit_event WHERE workspace_id = $1 AND action LIKE 'tax.%' ORDER BY created_at, id`,
    [workspaceId],
  )) as Array<{ action: string }>;
  return rows.map((r) => r.action);
}

const MUG = { category: 'general', quantity: 2, unitPriceCents: 2_400 };

describe('setPlaceOfBusiness', () => {
  it('lets a shop without one quote sales tax, sourced from the address it entered', async () => {
    const shop = await newShop('setup-pob');
    const before = await refusal(
      fixture.services.salesTax.quote(shop.workspaceId, {
        shipTo: { state: 'TX', postalCode: '78701' },
        lines: [MUG],
      }),
    );
    expect([before.errorCode, before.details.reason]).toEqual([
      'NOT_FOUND',
      'NO_PLACE_OF_BUSINESS',
    ]);
    expect(await setup().placeOfBusiness(shop)).toBeNull();

    const place = await setup().setPlaceOfBusiness(shop, {
      name: 'Riverbend Pottery',
      line1: ' 500 W 2nd St ',
      city: 'Austin',
      state: 'tx',
      postalCode: '78701',
    });
    expect(place).toMatchObject({
      name: 'Riverbend Pottery',
      line1: '500 W 2nd St',
      state: 'TX',
      postalCode: '78701',
      combinedRate: '0.0825',
    });

    // Texas sources an in-state sale to the seller: a Houston buyer pays Austin's 8.25%.
    const quote = await fixture.services.salesTax.quote(shop.workspaceId, {
      shipTo: { state: 'TX', postalCode: '77002' },
      lines: [MUG],
    });
    expect([quote.sourcing, quote.combinedRate, quote.totalTaxCents]).toEqual([
      'ORIGIN',
      '0.0825',
      396,
    ]);
    expect(await auditActions(shop.workspaceId)).toEqual(['tax.place_of_business.set']);
  });

  it('moves the one place of business in place: the same row, the new rate', async () => {
    const shop = await newShop('setup-move');
    const first = await setup().setPlaceOfBusiness(shop, {
      name: 'Studio',
      line1: '1 Main St',
      city: 'Austin',
      state: 'TX',
      postalCode: '78704',
    });
    const moved = await setup().setPlaceOfBusiness(shop, {
      name: 'Studio',
      line1: '200 Elm St',
      city: 'Dallas',
      state: 'TX',
      postalCode: '75201',
    });
    expect(moved.id).toBe(first.id);
    const rows = (await fixture.db.dataSource.query(
      'SELECT city FROM business_location WHERE workspace_id = $1',
      [shop.workspaceId],
    )) as Array<{ city: string }>;
    expect(rows).toEqual([{ city: 'Dallas' }]);
    expect((await setup().placeOfBusiness(shop))?.combinedRate).toBe(moved.combinedRate);
  });

  it('two first-time writes at once leave one place of business, the later one', async () => {
    const shop = await newShop('setup-race');
    const at = (line1: string) =>
      setup().setPlaceOfBusiness(shop, {
        name: 'Studio',
        line1,
        city: 'Austin',
        state: 'TX',
        postalCode: '78704',
      });
    const [a, b] = await Promise.all([at('1 First St'), at('2 Second St')]);
    expect(a.id).toBe(b.id);
    const rows = (await fixture.db.dataSource.query(
      'SELECT line1 FROM business_location WHERE workspace_id = $1',
      [shop.workspaceId],
    )) as Array<{ line1: string }>;
    expect(rows).toHaveLength(1);
  });

  it.each([
    [
      'a state without rate tables',
      { state: 'OR', postalCode: '97201' },
      'state',
      'UNSUPPORTED_STATE',
    ],
    ['a malformed ZIP', { state: 'TX', postalCode: '7870' }, 'postalCode', 'BAD_POSTAL_CODE'],
    [
      'another state’s ZIP',
      { state: 'TX', postalCode: '90210' },
      'postalCode',
      'POSTAL_CODE_STATE_MISMATCH',
    ],
    ['an empty name', { name: '  ' }, 'name', 'REQUIRED'],
  ])(
    'refuses %s with INVALID_INPUT on the field, writing nothing',
    async (_, change, field, reason) => {
      const shop = await newShop(`setup-bad-${field}-${reason}`.toLowerCase());
      const error = await refusal(
        setup().setPlaceOfBusiness(shop, {
          name: 'Shop',
          line1: '1 Main St',
          city: 'Austin',
          state: 'TX',
          postalCode: '78704',
          ...change,
        }),
      );
      expect([error.errorCode, error.details.field, error.details.reason]).toEqual([
        'INVALID_INPUT',
        field,
        reason,
      ]);
      if (reason === 'UNSUPPORTED_STATE') expect(error.message).toContain('TX, CA, NY, FL, GA');
      expect(await setup().placeOfBusiness(shop)).toBeNull();
      expect(await auditActions(shop.workspaceId)).toEqual([]);
    },
  );

  it("refuses a name one of the shop's market locations has", async () => {
    const [market] = (await fixture.db.dataSource.query(
      `SELECT name FROM business_location WHERE workspace_id = $1 AND kind = 'MARKET' LIMIT 1`,
      [demo.workspaceId],
    )) as [{ name: string }];
    const error = await refusal(
      setup().setPlaceOfBusiness(demo, {
        name: market.name,
        line1: '1 Main St',
        city: 'Austin',
        state: 'TX',
        postalCode: '78704',
      }),
    );
    expect([error.errorCode, error.details.field, error.details.reason]).toEqual([
      'INVALID_INPUT',
      'name',
      'NAME_TAKEN',
    ]);
    expect((await setup().placeOfBusiness(demo))?.name).toBe('Juniper Lane Goods studio');
  });
});

describe('tax registrations', () => {
  it('registering in Georgia puts its returns on the calendar and shows it registered in nexus', async () => {
    const saved = await setup().saveTaxRegistration(demo, {
      state: 'ga',
      registeredOn: '2026-01-01',
      filingFrequency: 'quarterly',
      accountNumber: ' 123-4567 ',
    });
    expect(saved).toEqual({
      state: 'GA',
      stateName: 'Georgia',
      registeredOn: '2026-01-01',
      filingFrequency: 'QUARTERLY',
      accountNumber: '123-4567',
      note: '',
    });

    const calendar = await fixture.services.compliance.calendar(demo.workspaceId);
    const georgia = calendar.events.filter((e) => e.state === 'GA');
    expect(georgia.map((e) => [e.kind, e.dueDate, e.title])).toEqual([
      ['SALES_TAX_RETURN', '2027-01-20', 'Georgia sales tax return, 2026-Q4 (quarterly)'],
    ]);
    const nexus = await fixture.services.nexus.exposure(demo.workspaceId);
    expect(nexus.states.find((s) => s.state === 'GA')).toMatchObject({
      registered: true,
      registeredOn: '2026-01-01',
      actionKind: 'REGISTERED',
    });
    expect(nexus.registerNow).not.toContain('GA');

    // Saving again changes the one row (upsert by state).
    await setup().saveTaxRegistration(demo, {
      state: 'GA',
      registeredOn: '2026-01-01',
      filingFrequency: 'MONTHLY',
    });
    expect((await setup().taxRegistrations(demo)).map((r) => [r.state, r.filingFrequency])).toEqual(
      [
        ['GA', 'MONTHLY'],
        ['TX', 'QUARTERLY'],
      ],
    );

    const removed = await setup().removeTaxRegistration(demo, 'GA');
    expect(removed.state).toBe('GA');
    const after = await fixture.services.compliance.calendar(demo.workspaceId);
    expect(after.events.filter((e) => e.state === 'GA').map((e) => e.kind)).toEqual([
      'REGISTRATION',
    ]);
    expect(await auditActions(demo.workspaceId)).toEqual([
      'tax.registration.save',
      'tax.registration.save',
      'tax.registration.remove',
    ]);
    const [change] = (await fixture.db.dataSource.query(
      `SELECT actor, target_type AS "targetType", data FROM audit_event
        WHERE workspace_id = $1 AND action = 'tax.registration.save'
        ORDER BY created_at DESC, id LIMIT 1`,
      [demo.workspaceId],
    )) as [{ actor: string; targetType: string; data: Record<string, Record<string, unknown>> }];
    expect(change.actor).toBe('user:owner-1');
    expect(change.targetType).toBe('tax_registration');
    expect([change.data.before?.filingFrequency, change.data.after?.filingFrequency]).toEqual([
      'QUARTERLY',
      'MONTHLY',
    ]);
  });

  it.each([
    ['a state without filing rules', { state: 'OR' }, 'state', 'NO_FILING_RULES'],
    ['a date not YYYY-MM-DD', { registeredOn: '2026-02-30' }, 'registeredOn', 'BAD_DATE'],
    ['an unknown frequency', { filingFrequency: 'WEEKLY' }, 'filingFrequency', 'UNKNOWN_VALUE'],
    [
      'a frequency the state does not assign (North Carolina: no annual)',
      { filingFrequency: 'ANNUAL' },
      'filingFrequency',
      'FREQUENCY_NOT_ASSIGNED',
    ],
  ])('refuses %s with INVALID_INPUT', async (_, change, field, reason) => {
    const error = await refusal(
      setup().saveTaxRegistration(demo, {
        state: 'NC',
        registeredOn: '2026-01-01',
        filingFrequency: 'MONTHLY',
        ...change,
      }),
    );
    expect([error.errorCode, error.details.field, error.details.reason]).toEqual([
      'INVALID_INPUT',
      field,
      reason,
    ]);
    if (reason === 'NO_FILING_RULES') expect(error.message).toContain('GA');
    expect((await setup().taxRegistrations(demo)).map((r) => r.state)).toEqual(['TX']);
  });

  it("refuses removing a registration the shop does not have, and another workspace's", async () => {
    const shop = await newShop('setup-remove');
    const error = await refusal(setup().removeTaxRegistration(shop, 'TX'));
    expect(error.errorCode).toBe('NOT_FOUND');
    expect((await setup().taxRegistrations(demo)).map((r) => r.state)).toEqual(['TX']);
  });
});

describe('exemption certificates', () => {
  it("a resale certificate on file covers the buyer's sales from its issue date", async () => {
    const before = await fixture.services.compliance.certificates(demo.workspaceId);
    expect(before.uncoveredCents).toBe(1_159_267);
    const saved = await setup().saveExemptionCertificate(demo, {
      buyerName: 'Harbor Point Realty',
      state: 'tx',
      kind: 'resale',
      number: '01-884-2210',
      issuedOn: '2026-08-01',
    });
    expect(saved).toMatchObject({ state: 'TX', kind: 'RESALE', expiresOn: null });
    expect(saved.check.status).toBe('NO_EXPIRY');

    const after = await fixture.services.compliance.certificates(demo.workspaceId);
    // 231,200 + 115,600 cents of Harbor Point's Texas resale sales are now covered.
    expect(after.uncoveredCents).toBe(1_159_267 - 346_800);
    expect(after.uncoveredSales.map((u) => u.sale.buyerName)).not.toContain('Harbor Point Realty');

    // Issued later than the first sale: that sale is uncovered again.
    await setup().saveExemptionCertificate(demo, {
      id: saved.id,
      buyerName: 'Harbor Point Realty',
      state: 'TX',
      kind: 'RESALE',
      number: '01-884-2210',
      issuedOn: '2026-09-01',
      expiresOn: '2030-08-31',
    });
    const moved = await fixture.services.compliance.certificates(demo.workspaceId);
    expect(moved.uncoveredCents).toBe(1_159_267 - 115_600);

    await setup().removeExemptionCertificate(demo, saved.id);
    expect((await fixture.services.compliance.certificates(demo.workspaceId)).uncoveredCents).toBe(
      1_159_267,
    );
    expect((await auditActions(demo.workspaceId)).slice(-3)).toEqual([
      'tax.certificate.save',
      'tax.certificate.save',
      'tax.certificate.remove',
    ]);
  });

  it('refuses an expiry before the issue date', async () => {
    const error = await refusal(
      setup().saveExemptionCertificate(demo, {
        buyerName: 'Somebody',
        state: 'TX',
        kind: 'RESALE',
        number: 'X-1',
        issuedOn: '2026-05-01',
        expiresOn: '2026-04-30',
      }),
    );
    expect([error.errorCode, error.details.field, error.details.reason]).toEqual([
      'INVALID_INPUT',
      'expiresOn',
      'EXPIRES_BEFORE_ISSUED',
    ]);
  });

  it("treats another workspace's certificate and customer as not found", async () => {
    const shop = await newShop('setup-certs');
    const theirs = await setup().saveExemptionCertificate(shop, {
      buyerName: 'Elsewhere Inc',
      state: 'CA',
      kind: 'RESALE',
      number: 'SR-1',
      issuedOn: '2026-01-01',
    });
    const [customer] = (await fixture.db.dataSource.query(
      'SELECT id FROM customer WHERE workspace_id = $1 LIMIT 1',
      [demo.workspaceId],
    )) as [{ id: string }];
    const update = await refusal(
      setup().saveExemptionCertificate(demo, {
        id: theirs.id,
        buyerName: 'Taken over',
        state: 'CA',
        kind: 'RESALE',
        number: 'SR-1',
        issuedOn: '2026-01-01',
      }),
    );
    const remove = await refusal(setup().removeExemptionCertificate(demo, theirs.id));
    const foreignCustomer = await refusal(
      setup().saveExemptionCertificate(shop, {
        buyerName: 'Borrowed',
        customerId: customer.id,
        state: 'CA',
        kind: 'RESALE',
        number: 'SR-2',
        issuedOn: '2026-01-01',
      }),
    );
    expect([update.errorCode, remove.errorCode, foreignCustomer.errorCode]).toEqual([
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
    const report = await fixture.services.compliance.certificates(shop.workspaceId);
    expect(report.certificates.map((c) => [c.certificate.buyerName, c.certificate.number])).toEqual(
      [['Elsewhere Inc', 'SR-1']],
    );
  });
});

describe('over the console schema', () => {
  const SAVE = `
    mutation Save($input: TaxRegistrationInput!) {
      saveTaxRegistration(input: $input) { state stateName registeredOn filingFrequency }
    }`;
  const PLACE = `
    query { placeOfBusiness { name city combinedRate combinedRatePercent rateTableId } taxRegistrations { state } }`;

  async function execute(
    ctx: ConsoleContext,
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  }

  const as = (role: 'OWNER' | 'ADMIN' | 'VIEWER') =>
    createConsoleContext(fixture.services, demo.workspaceId, `user:${role.toLowerCase()}-1`, {
      role,
      userId: `${role.toLowerCase()}-1`,
    });

  it('refuses a viewer before anything runs, and nothing is written', async () => {
    const result = await execute(as('VIEWER'), SAVE, {
      input: { state: 'NC', registeredOn: '2026-01-01', filingFrequency: 'MONTHLY' },
    });
    expect(result.errors?.[0]?.extensions?.errorCode).toBe('FORBIDDEN');
    expect((await setup().taxRegistrations(demo)).map((r) => r.state)).toEqual(['TX']);
    // The service refuses a viewer too, whoever calls it.
    const direct = await refusal(
      setup().removeTaxRegistration(callerContext(demo.workspaceId, 'user:viewer-1'), 'TX'),
    );
    expect(direct.errorCode).toBe('FORBIDDEN');
  });

  it('lets an admin save and a viewer read', async () => {
    const saved = await execute(as('ADMIN'), SAVE, {
      input: { state: 'NC', registeredOn: '2026-03-01', filingFrequency: 'QUARTERLY' },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data).toEqual({
      saveTaxRegistration: {
        state: 'NC',
        stateName: 'North Carolina',
        registeredOn: '2026-03-01',
        filingFrequency: 'QUARTERLY',
      },
    });
    const read = await execute(as('VIEWER'), PLACE);
    expect(read.errors).toBeUndefined();
    expect(read.data).toMatchObject({
      placeOfBusiness: {
        name: 'Juniper Lane Goods studio',
        city: 'Austin',
        combinedRate: '0.0825',
        combinedRatePercent: '8.25%',
      },
      taxRegistrations: [{ state: 'NC' }, { state: 'TX' }],
    });
    await setup().removeTaxRegistration(demo, 'NC');
  });

  it('answers INVALID_INPUT with its field over GraphQL', async () => {
    const result = await execute(as('OWNER'), SAVE, {
      input: { state: 'OR', registeredOn: '2026-03-01', filingFrequency: 'QUARTERLY' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      errorCode: 'INVALID_INPUT',
      field: 'state',
    });
  });
});
