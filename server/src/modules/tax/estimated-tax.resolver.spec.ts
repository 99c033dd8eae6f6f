import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { buildHubSchema } from '../../graphql/build-schema.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let schema: GraphQLSchema;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:estimated-tax-resolver-spec' });
  schema = await buildHubSchema();
}, 120_000);

afterAll(() => fixture?.close());

const PLAN = `
  query Plan($taxYear: Int!, $expected: SafeInt) {
    estimatedTaxPlan(taxYear: $taxYear, expectedNetProfitCents: $expected) {
      taxYear ruleSetVersion filingStatus asOf netProfitBasis
      projectedNetProfit { cents formula }
      totalTax { cents formula rules { ruleId ruleSetVersion citation { title url } } }
      standardVsItemized { chosen standardTotal { cents } itemizedTotal { cents } difference { cents } why }
      qbiStatus qbiDeduction { cents }
      requiredAnnualPayment { cents formula }
      basis
      installments { number dueDate amount { cents } status shortfall }
      payments { paidOn amountCents }
      behind warnings
    }
  }`;

const RECORD = `
  mutation Record($taxYear: Int!, $paidOn: String!, $amountCents: SafeInt!) {
    recordEstimatedTaxPayment(taxYear: $taxYear, paidOn: $paidOn, amountCents: $amountCents) {
      taxYear paidOn amountCents note
    }
  }`;

const run = (source: string, variableValues: Record<string, unknown>) =>
  graphql({ schema, source, variableValues, contextValue: fixture.ctx });

describe('estimatedTaxPlan and recordEstimatedTaxPayment over GraphQL', () => {
  it('answers the demo plan with every figure and its rules', async () => {
    const result = await run(PLAN, { taxYear: 2026 });
    expect(result.errors).toBeUndefined();
    const plan = (result.data as { estimatedTaxPlan: Record<string, unknown> }).estimatedTaxPlan;
    expect(plan).toMatchObject({
      taxYear: 2026,
      ruleSetVersion: 'us-federal/2026-12-03.3',
      filingStatus: 'single',
      asOf: '2026-11-26',
      netProfitBasis: 'LEDGER_ANNUALISED',
      projectedNetProfit: { cents: 6_592_119 },
      totalTax: { cents: 1_330_611 },
      standardVsItemized: {
        chosen: 'STANDARD',
        standardTotal: { cents: 1_710_000 },
        itemizedTotal: { cents: 1_439_368 },
        difference: { cents: 270_632 },
      },
      qbiStatus: 'BELOW_THRESHOLD',
      qbiDeduction: { cents: 883_280 },
      requiredAnnualPayment: { cents: 1_184_300 },
      basis: 'priorYear',
      behind: true,
    });
    expect(
      (plan.installments as Array<{ status: string; shortfall: number | null }>).map((i) => [
        i.status,
        i.shortfall,
      ]),
    ).toEqual([
      ['PAID', 0],
      ['PAID', 0],
      ['SHORT', 96_075],
      ['UPCOMING', null],
    ]);
    const rules = (plan.totalTax as { rules: Array<{ ruleId: string; ruleSetVersion: string }> })
      .rules;
    expect(rules.map((r) => r.ruleId)).toContain('income-tax-rate-2/2018');
    expect(rules.every((r) => r.ruleSetVersion === 'us-federal/2026-12-03.3')).toBe(true);
  });

  it('takes a given net profit', async () => {
    const result = await run(PLAN, { taxYear: 2026, expected: 8_000_000 });
    expect(result.errors).toBeUndefined();
    expect(
      (result.data as { estimatedTaxPlan: { netProfitBasis: string } }).estimatedTaxPlan
        .netProfitBasis,
    ).toBe('GIVEN');
  });

  it('refuses a tax year not begun with INVALID_INPUT', async () => {
    const result = await run(PLAN, { taxYear: 2027 });
    const error = result.errors?.[0]?.originalError;
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).errorCode).toBe('INVALID_INPUT');
    expect((error as DomainError).details.field).toBe('taxYear');
  });

  it('records a payment, and refuses a future one with INVALID_INPUT on paidOn', async () => {
    const refused = await run(RECORD, { taxYear: 2026, paidOn: '2026-12-01', amountCents: 5_000 });
    const error = refused.errors?.[0]?.originalError as DomainError;
    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.details.field).toBe('paidOn');

    const saved = await run(RECORD, { taxYear: 2026, paidOn: '2026-11-25', amountCents: 96_075 });
    expect(saved.errors).toBeUndefined();
    expect(saved.data).toEqual({
      recordEstimatedTaxPayment: {
        taxYear: 2026,
        paidOn: '2026-11-25',
        amountCents: 96_075,
        note: '',
      },
    });
    const after = await run(PLAN, { taxYear: 2026 });
    expect(
      (after.data as { estimatedTaxPlan: { payments: unknown[] } }).estimatedTaxPlan.payments,
    ).toHaveLength(4);
  });
});
