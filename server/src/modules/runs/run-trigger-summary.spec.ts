import { describe, expect, it } from 'vitest';
import { runTriggerSummary } from './run-trigger-summary.js';

describe('runTriggerSummary', () => {
  it('names a schedule by its description and says when a missed tick ran late', () => {
    const detail = {
      scheduleId: 's1',
      tick: '2026-12-07T13:00:00.000Z',
      description: 'At 07:00, only on Monday',
    };
    expect(runTriggerSummary('SCHEDULE', detail)).toBe('Schedule: At 07:00, only on Monday');
    expect(runTriggerSummary('SCHEDULE', { ...detail, late: true })).toBe(
      'Schedule: At 07:00, only on Monday (a missed tick, run late)',
    );
  });

  it('names the webhook event and the threshold condition with its subject', () => {
    expect(runTriggerSummary('WEBHOOK', { eventType: 'order.shipped', deliveryId: 'd1' })).toBe(
      'Webhook: order.shipped',
    );
    expect(runTriggerSummary('WEBHOOK', { eventType: null })).toBe('Webhook: an inbound event');
    expect(
      runTriggerSummary('THRESHOLD', { condition: 'Cash below $5,000.00', subject: 'cash' }),
    ).toBe('Threshold: Cash below $5,000.00 (cash)');
  });

  it('reads runs recorded before the detail existed by their kind alone', () => {
    expect(runTriggerSummary('API', {})).toBe('Through the API');
    expect(runTriggerSummary('AGENT', {})).toBe('Asked by another agent');
    expect(runTriggerSummary('MANUAL', {})).toBe('By hand in the console');
    expect(runTriggerSummary('WIDGET', {})).toBe('From the storefront widget');
  });
});
