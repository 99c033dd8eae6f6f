import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from '../../engines/tax-rules/index.js';
import { buildDeductionSummary } from '../../modules/tax/deduction-summary.js';
import type { TaxService } from '../../modules/tax/tax.service.js';
import type { ToolContext } from '../../runtime/tool-registry.js';
import { deductionsAnswer } from './answers.js';
import { TAX_PLAYBOOKS } from './playbooks.js';
import { trackDeductionsTool } from './tools/track-deductions.tool.js';

const summary = buildDeductionSummary({
  taxYear: 2026,
  ruleSet: FEDERAL_RULE_SET,
  scheduleCLabels: {},
  accounts: [
    {
      code: '4010',
      name: 'Sales',
      type: 'REVENUE',
      scheduleCLine: null,
      netDebitCents: -5_000_000,
    },
    {
      code: '6150',
      name: 'Meals',
      type: 'EXPENSE',
      scheduleCLine: 'L24B_MEALS',
      netDebitCents: 20_000,
    },
  ],
  booksThrough: '2026-11-20',
  carAndTruckByMonth: new Map(),
  uncategorized: { count: 2, cents: 12_345, firstOn: '2026-11-02', lastOn: '2026-11-19' },
  profile: {
    filingStatus: 'single',
    businessForm: 'sole proprietor',
    homeOffice: null,
    vehicle: {
      description: 'car',
      placedInServiceOn: '2020-01-01',
      totalMiles: 10_000,
      mileageLog: [{ on: '2026-02-10', miles: 100 }],
      costsOutsideBooks: [],
    },
    equipment: [],
    note: '',
  },
});

describe('track_deductions and its answer', () => {
  it('runs the service for the workspace and year, and summarizes its totals', async () => {
    const calls: Array<[string, number]> = [];
    const tax = {
      deductionSummary: (workspaceId: string, taxYear: number) => {
        calls.push([workspaceId, taxYear]);
        return Promise.resolve(summary);
      },
    } as unknown as TaxService;
    const tool = trackDeductionsTool(tax);
    const output = await tool.execute({ workspaceId: 'ws-1' } as ToolContext, { taxYear: 2026 });
    expect(calls).toEqual([['ws-1', 2026]]);
    expect(tool.summarize?.(output)).toBe(
      '2026: 2 Schedule C lines, expenses $172.50, net profit $49,827.50; 1 possible missed deductions',
    );
    expect(tool.input.safeParse({ taxYear: 2019 }).success).toBe(false);
  });

  it('quotes the figures, the rule ids and their sources, and the missed deductions', () => {
    const answer = deductionsAnswer(summary);
    expect(answer.text).toContain('from the books through 2026-11-20 (the year is not over)');
    expect(answer.text).toContain('net profit $49,827.50 (line 31)');
    expect(answer.text).toContain(
      'Meals: meals on the books $200.00 × 50% = $100.00 deductible [meals-deductible-share/2023].',
    );
    expect(answer.text).toContain(
      'Vehicle (100 of 10,000 miles in the business): $72.50 on line 9 [mileage-business/2026]; the standard mileage rate gives $72.50 more (standard mileage $72.50, actual costs $0.00).',
    );
    expect(answer.text).toContain('(1) 2 bank payments totalling $123.45');
    expect(answer.text).toContain('mileage-business/2026: Notice 2026-10');
    expect(answer.data).toEqual({ deductions: summary });
  });

  it('says so when the tool gave nothing, and plans one call with the scenario input', () => {
    expect(deductionsAnswer(undefined).text).toBe('The deductions could not be tracked.');
    const playbook = TAX_PLAYBOOKS.find((p) => p.scenarioKey === 'deduction-tracking');
    expect(playbook?.plan({ taxYear: 2026 }, [])).toEqual([
      { name: 'track_deductions', input: { taxYear: 2026 } },
    ]);
  });
});
