import { describe, expect, it } from 'vitest';
import { analyzeSentiment } from '../../domains/support/engine/sentiment.js';
import {
  cashOverLine,
  crossingDiff,
  describeThreshold,
  nexusOverLine,
  overdueInvoicesOverLine,
  parseThresholdRule,
  sentimentOverLine,
  thresholdRunInput,
  type OverLine,
  type ThresholdRule,
} from './thresholds.js';

function rule(condition: ThresholdRule['condition'], params: unknown): ThresholdRule {
  const parsed = parseThresholdRule(condition, params);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.rule;
}

const over = (...subjects: string[]): OverLine[] =>
  subjects.map((subject) => ({ subject, detail: subject, value: null }));

describe('parameters, validated per condition', () => {
  it('fills in the defaults: grace 0 days, 80%, 3 messages in 60 minutes', () => {
    expect(rule('INVOICE_OVERDUE', {}).params).toEqual({ graceDays: 0 });
    expect(rule('NEXUS_EXPOSURE', undefined).params).toEqual({ percent: 80 });
    expect(rule('NEGATIVE_SENTIMENT_SPIKE', {}).params).toEqual({ count: 3, windowMinutes: 60 });
  });

  it('refuses what a condition does not take, naming each problem', () => {
    const refused = (condition: ThresholdRule['condition'], params: unknown) => {
      const parsed = parseThresholdRule(condition, params);
      return parsed.ok ? [] : parsed.problems;
    };
    expect(refused('INVOICE_OVERDUE', { graceDays: -1 })[0]).toMatch(/^params\.graceDays: /);
    expect(refused('INVOICE_OVERDUE', { graceDays: 1.5 })).toHaveLength(1);
    expect(refused('NEXUS_EXPOSURE', { percent: 0 })[0]).toMatch(/^params\.percent: /);
    expect(refused('NEXUS_EXPOSURE', { percent: 101 })[0]).toMatch(/^params\.percent: /);
    expect(refused('CASH_BELOW_FLOOR', {})[0]).toMatch(/^params\.floorCents: /);
    expect(refused('CASH_BELOW_FLOOR', { floorCents: 12.5 })).toHaveLength(1);
    expect(refused('NEGATIVE_SENTIMENT_SPIKE', { count: 1 })[0]).toMatch(/^params\.count: /);
    expect(refused('CASH_BELOW_FLOOR', { floorCents: 100, floor: 5 })[0]).toMatch(/^params: /);
  });
});

describe('the condition in words', () => {
  it.each([
    ['INVOICE_OVERDUE', {}, 'An open invoice is past its due date'],
    ['INVOICE_OVERDUE', { graceDays: 1 }, 'An open invoice is more than 1 day past its due date'],
    ['INVOICE_OVERDUE', { graceDays: 7 }, 'An open invoice is more than 7 days past its due date'],
    [
      'NEXUS_EXPOSURE',
      {},
      'Sales into a state where the shop is not registered reach 80% of its economic-nexus threshold',
    ],
    ['CASH_BELOW_FLOOR', { floorCents: 500_000 }, 'Cash below $5,000.00'],
    [
      'NEGATIVE_SENTIMENT_SPIKE',
      { count: 4, windowMinutes: 1 },
      '4 or more negative customer messages within 1 minute',
    ],
  ] as const)('%s %j: %s', (condition, params, words) => {
    expect(describeThreshold(rule(condition, params))).toBe(words);
  });
});

describe('which subjects are over the line', () => {
  const invoice = (number: string, daysOverdue: number, openCents = 42_000) => ({
    number,
    customer: 'Harbor Point Realty',
    dueOn: '2026-11-23',
    openCents,
    daysOverdue,
  });

  it('an invoice is overdue once it is more than the grace days past due', () => {
    const invoices = [invoice('INV-1', 0), invoice('INV-2', 3), invoice('INV-3', 4)];
    expect(overdueInvoicesOverLine(invoices, { graceDays: 0 })).toEqual([
      {
        subject: 'invoice:INV-2',
        detail:
          'Invoice INV-2 (Harbor Point Realty) is 3 days overdue ($420.00 open, due 2026-11-23)',
        value: 3,
      },
      {
        subject: 'invoice:INV-3',
        detail:
          'Invoice INV-3 (Harbor Point Realty) is 4 days overdue ($420.00 open, due 2026-11-23)',
        value: 4,
      },
    ]);
    expect(overdueInvoicesOverLine(invoices, { graceDays: 3 }).map((o) => o.subject)).toEqual([
      'invoice:INV-3',
    ]);
  });

  it('a state is exposed at or above the percent of its threshold, unless registered', () => {
    const state = (code: string, numerator: number, registered = false) => ({
      state: code,
      stateName: code === 'GA' ? 'Georgia' : code,
      registered,
      decidingWindow: {
        label: 'calendar year 2026',
        share: { numerator, denominator: 100_000 },
        percent: `${(numerator / 1000).toFixed(2)}%`,
      },
    });
    const states = [
      state('GA', 80_000),
      state('NJ', 79_999),
      state('TX', 150_000, true),
      { state: 'OR', stateName: 'Oregon', registered: false, decidingWindow: null },
    ];
    expect(nexusOverLine(states, { percent: 80 })).toEqual([
      {
        subject: 'state:GA',
        detail:
          'Georgia: 80.00% of the economic-nexus threshold (calendar year 2026), not registered',
        value: 80,
      },
    ]);
    expect(nexusOverLine(states, { percent: 79.99 }).map((o) => o.subject)).toEqual([
      'state:GA',
      'state:NJ',
    ]);
  });

  it('cash is over the line strictly below the floor', () => {
    expect(cashOverLine(499_999, { floorCents: 500_000 })).toEqual([
      { subject: 'cash', detail: 'Cash is $4,999.99, below the $5,000.00 floor', value: 499_999 },
    ]);
    expect(cashOverLine(500_000, { floorCents: 500_000 })).toEqual([]);
  });

  it('a sentiment spike is enough negative messages inside the window ending now', () => {
    const now = new Date('2026-11-26T15:00:00Z');
    const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
    const messages = [
      { at: at(60), negative: true, text: 'an hour ago exactly: outside' },
      { at: at(59), negative: true, text: 'Still broken.' },
      { at: at(30), negative: false, text: 'Thanks!' },
      { at: at(10), negative: true, text: 'Where is my refund?' },
    ];
    const params = { count: 3, windowMinutes: 60 };
    expect(sentimentOverLine(messages, params, now)).toEqual([]);
    const spike = [...messages, { at: at(1), negative: true, text: 'This is   unacceptable.' }];
    expect(sentimentOverLine(spike, params, now)).toEqual([
      {
        subject: 'sentiment',
        detail:
          '3 negative customer messages in the last 60 minutes (latest: "This is unacceptable.")',
        value: 3,
      },
    ]);
  });
});

describe('crossings: opened and cleared with hysteresis', () => {
  it('opens what is over and not open, clears what is open and no longer over', () => {
    const diff = crossingDiff(['invoice:A', 'invoice:B'], over('invoice:B', 'invoice:C'));
    expect(diff.opened.map((o) => o.subject)).toEqual(['invoice:C']);
    expect(diff.cleared).toEqual(['invoice:A']);
  });

  it('a subject that stays over opens nothing again, however often it is evaluated', () => {
    let open: string[] = [];
    const opened: string[] = [];
    for (let i = 0; i < 10; i++) {
      const diff = crossingDiff(open, over('cash'));
      opened.push(...diff.opened.map((o) => o.subject));
      open = [
        ...open.filter((s) => !diff.cleared.includes(s)),
        ...diff.opened.map((o) => o.subject),
      ];
    }
    expect(opened).toEqual(['cash']);
  });

  it('a subject must clear before it crosses again', () => {
    expect(crossingDiff(['cash'], []).cleared).toEqual(['cash']);
    expect(crossingDiff([], over('cash')).opened.map((o) => o.subject)).toEqual(['cash']);
  });

  it('a subject listed twice opens once', () => {
    expect(crossingDiff([], over('cash', 'cash')).opened).toHaveLength(1);
  });
});

describe("the run's input", () => {
  const context = {
    today: '2026-11-26',
    condition: 'Cash below $5,000.00',
    detail: 'Cash is $1.00',
  };

  it("reports the cash-flow week ending on the crossing's day, and leaves other scenarios to their playbook", () => {
    expect(thresholdRunInput('cash-flow-report', context)).toEqual({
      weekEnding: '2026-11-26',
      historyWeeks: 13,
    });
    expect(thresholdRunInput('late-invoice-detection', context)).toBeNull();
    expect(thresholdRunInput('faq-resolution', context)).toBeNull();
  });

  it("asks ticket escalation for a person, which the support agent's analysis escalates", () => {
    const input = thresholdRunInput('ticket-escalation', {
      today: '2026-11-26',
      condition: '3 or more negative customer messages within 60 minutes',
      detail: '3 negative customer messages in the last 60 minutes (latest: "Still broken.")',
    });
    const message = String(input?.message);
    expect(message).toBe(
      '3 or more negative customer messages within 60 minutes. 3 negative customer messages in the last 60 minutes (latest: "Still broken."). A manager should review these conversations.',
    );
    expect(analyzeSentiment(message).escalation.reasons).toContain('HUMAN_REQUESTED');
  });
});
