// The hub's answers for the Automation area on the demo shop (Juniper Lane Goods, America/Chicago),
// shaped by the generated operation types; ids and a few deliveries and crossings are made up.
import type {
  AutomationScenario,
  OutboundDeliveryView,
  ScheduleView,
  ThresholdTriggerView,
  WebhookEndpointView,
  WebhookSubscriptionView,
} from '../src/pages/automation.operations.js';

const FINANCE = { key: 'finance', name: 'Finance & ops' };
const SALES = { key: 'sales', name: 'Sales & leads' };
const REPORTING = { key: 'reporting', name: 'P&L & filing' };
const SUPPORT = { key: 'support', name: 'Customer support' };

export const SCENARIOS: AutomationScenario[] = [
  {
    key: 'cash-flow-report',
    title: 'Cash flow report',
    sampleInput: { weeks: 13 },
    agent: FINANCE,
  },
  {
    key: 'late-invoice-detection',
    title: 'Late invoice detection',
    sampleInput: {},
    agent: FINANCE,
  },
  {
    key: 'lead-qualification',
    title: 'Lead qualification',
    sampleInput: { email: 'ana@example.com' },
    agent: SALES,
  },
  { key: 'monthly-pnl', title: 'Monthly P&L', sampleInput: { month: '2026-11' }, agent: REPORTING },
  { key: 'ticket-escalation', title: 'Ticket escalation', sampleInput: {}, agent: SUPPORT },
];

export const CASH_FLOW_SCHEDULE: ScheduleView = {
  id: '5c0e0000-0000-4000-8000-000000000001',
  scenarioKey: 'cash-flow-report',
  scenarioTitle: 'Cash flow report',
  agentKey: 'finance',
  cron: '0 7 * * 1',
  timeZone: 'America/Chicago',
  followsWorkspaceTimeZone: true,
  enabled: true,
  missedTickPolicy: 'RUN_ONCE',
  input: null,
  description: 'At 07:00, only on Monday',
  // Mondays 07:00 in Chicago: CST (UTC-6) until DST starts on Sunday March 14, 2027, then CDT
  // (UTC-5).
  nextFireTimes: [
    '2027-02-22T13:00:00.000Z',
    '2027-03-01T13:00:00.000Z',
    '2027-03-08T13:00:00.000Z',
    '2027-03-15T12:00:00.000Z',
    '2027-03-22T12:00:00.000Z',
  ],
  lastTickAt: '2027-02-15T13:00:00.000Z',
  lastRunId: '7a1b2c3d-0000-4000-8000-000000000009',
};

export const PNL_SCHEDULE: ScheduleView = {
  id: '5c0e0000-0000-4000-8000-000000000002',
  scenarioKey: 'monthly-pnl',
  scenarioTitle: 'Monthly P&L',
  agentKey: 'reporting',
  cron: '0 6 2 * *',
  timeZone: 'America/Chicago',
  followsWorkspaceTimeZone: true,
  enabled: false,
  missedTickPolicy: 'SKIP',
  input: { month: '2026-11' },
  description: 'At 06:00, on day 2 of the month',
  nextFireTimes: [],
  lastTickAt: null,
  lastRunId: null,
};

export const LEAD_ENDPOINT: WebhookEndpointView = {
  id: 'e0000000-0000-4000-8000-000000000001',
  name: 'Website lead form',
  scenarioKey: 'lead-qualification',
  agentKey: 'sales',
  url: 'https://hub.juniperlane.example/hooks/e0000000-0000-4000-8000-000000000001',
  enabled: true,
  secretHint: 'whsec_…Qk7w',
  createdAt: '2027-02-01T15:00:00.000Z',
  lastDeliveryAt: '2027-02-16T17:20:00.000Z',
  deliveries: [
    {
      id: 'd1',
      messageId: 'msg_2',
      eventType: 'lead.created',
      status: 'REJECTED',
      errorCode: 'WEBHOOK_SIGNATURE_INVALID',
      error: 'No signature in webhook-signature matches the secret.',
      runId: null,
      receivedAt: '2027-02-16T17:25:00.000Z',
    },
    {
      id: 'd0',
      messageId: 'msg_1',
      eventType: 'lead.created',
      status: 'ACCEPTED',
      errorCode: null,
      error: null,
      runId: '9f000000-0000-4000-8000-000000000001',
      receivedAt: '2027-02-16T17:20:00.000Z',
    },
  ],
};

const FAILED_DELIVERY: OutboundDeliveryView = {
  id: 'msg_2xLq9b',
  eventType: 'RUN_FAILED',
  status: 'FAILED',
  attempts: 8,
  lastStatusCode: 503,
  lastError: '503 Service Unavailable: down for maintenance',
  nextAttemptAt: null,
  deliveredAt: null,
  createdAt: '2027-02-14T10:00:00.000Z',
  payload: {
    type: 'run.failed',
    timestamp: '2027-02-14T10:00:00.000Z',
    data: { runId: '7a1b2c3d', agent: 'finance', errorCode: 'TOOL_FAILED' },
  },
  attemptLog: [
    {
      at: '2027-02-14T10:00:00.000Z',
      statusCode: 503,
      error: '503 Service Unavailable',
      durationMs: 120,
    },
    {
      at: '2027-02-14T10:00:05.000Z',
      statusCode: null,
      error: 'timed out after 10 s',
      durationMs: 10000,
    },
  ],
};

export const DISABLED_SUBSCRIPTION: WebhookSubscriptionView = {
  id: 'b0000000-0000-4000-8000-000000000001',
  url: 'https://ops.juniperlane.example/zactonics',
  description: 'Ops dashboard',
  eventTypes: ['RUN_FAILED', 'APPROVAL_REQUESTED'],
  enabled: false,
  disabledReason: 'Disabled after 8 failed attempts in a row over 5 days (last: 503).',
  secretHint: 'whsec_…x9Pa',
  consecutiveFailures: 8,
  createdAt: '2027-02-01T15:00:00.000Z',
  deliveries: [FAILED_DELIVERY],
};

export const TEST_DELIVERY: OutboundDeliveryView = {
  ...FAILED_DELIVERY,
  id: 'msg_test1',
  eventType: 'RUN_SUCCEEDED',
  status: 'PENDING',
  attempts: 0,
  lastStatusCode: null,
  lastError: null,
  nextAttemptAt: '2027-02-16T18:00:00.000Z',
  payload: { type: 'run.succeeded', timestamp: '2027-02-16T18:00:00.000Z', data: { test: true } },
  attemptLog: [],
};

export const CASH_THRESHOLD: ThresholdTriggerView = {
  id: 't0000000-0000-4000-8000-000000000003',
  condition: 'CASH_BELOW_FLOOR',
  params: { floorCents: 1_000_000 },
  description: 'Cash below $10,000.00',
  scenarioKey: 'cash-flow-report',
  agentKey: 'finance',
  enabled: true,
  createdAt: '2027-02-01T15:00:00.000Z',
  crossings: [],
};

export const OVERDUE_THRESHOLD: ThresholdTriggerView = {
  id: 't0000000-0000-4000-8000-000000000001',
  condition: 'INVOICE_OVERDUE',
  params: { graceDays: 0 },
  description: 'An invoice overdue',
  scenarioKey: 'late-invoice-detection',
  agentKey: 'finance',
  enabled: true,
  createdAt: '2027-02-01T15:00:00.000Z',
  crossings: [
    {
      id: 'c2',
      subject: 'invoice:INV-2027-014',
      detail: 'INV-2027-014 (Maple & Co) is 1 day overdue: $420.00 due 2027-02-15',
      value: 1,
      crossedAt: '2027-02-16T06:00:00.000Z',
      clearedAt: null,
      runId: '9f000000-0000-4000-8000-000000000002',
      baseline: false,
      runError: null,
    },
    {
      id: 'c1',
      subject: 'invoice:INV-2026-005',
      detail: 'INV-2026-005 (Birch Studio) is 40 days overdue (baseline: over when armed)',
      value: 40,
      crossedAt: '2027-02-01T15:00:00.000Z',
      clearedAt: '2027-02-10T15:00:00.000Z',
      runId: null,
      baseline: true,
      runError: null,
    },
  ],
};
