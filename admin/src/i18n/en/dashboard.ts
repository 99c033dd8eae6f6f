// The dashboard: key figures, the charts, the per-agent table.
export const dashboard = {
  'dashboard.period': 'Period',
  'dashboard.lastDays': { one: 'Last {count} day', other: 'Last {count} days' },
  'dashboard.keyFigures': 'Key figures',
  'dashboard.runs': 'Runs',
  'dashboard.successRate': 'Success rate',
  'dashboard.unavailableNote': {
    one: '{count} failed on an unavailable tool (not counted)',
    other: '{count} failed on an unavailable tool (not counted)',
  },
  'dashboard.escalations': 'Escalations',
  'dashboard.handoffs': 'Handoffs',
  'dashboard.medianSlowest': 'Median duration (slowest agent)',
  'dashboard.p95Slowest': 'p95 duration (slowest agent)',
  'dashboard.cost': 'Cost',
  'dashboard.openApprovals': 'Open approvals',
  'dashboard.runsPerDay': 'Runs per day, by agent',
  'dashboard.day': 'Day',
  /** A calendar day on the chart's axis, from its two-digit month and day. */
  'dashboard.dayLabel': '{month}-{day}',
  'dashboard.noRuns': {
    one: "No runs in the last {count} day. Start one from Scenarios, or open the demo storefront's chat.",
    other:
      "No runs in the last {count} days. Start one from Scenarios, or open the demo storefront's chat.",
  },
  'dashboard.costPerAgentUsd': 'Model cost per agent (USD)',
  'dashboard.costPerAgent': 'Model cost per agent',
  'dashboard.agent': 'Agent',
  'dashboard.costUsd': 'Cost (USD)',
  'dashboard.noCost':
    "No model cost in this period: runs on the offline provider are free. With a model provider configured, each agent's cost shows here.",
  'dashboard.perAgent': 'Per agent',
  'dashboard.median': 'Median',
  'dashboard.p95': 'p95',
  'dashboard.tokensInOut': 'Tokens in / out',
  'dashboard.tokensValue': '{input} / {output}',
  'dashboard.chartLabel': 'Label',
} as const;
