/**
 * What started a run, in words for the console's activity feed and run page, from the run's
 * `trigger` kind and `trigger_detail` (run-launcher.ts writes both). Runs recorded before the
 * detail existed have `{}` and read by their kind alone.
 */
export function runTriggerSummary(kind: string, detail: Record<string, unknown>): string {
  const text = (key: string) => (typeof detail[key] === 'string' ? (detail[key] as string) : null);
  switch (kind) {
    case 'MANUAL':
      return 'By hand in the console';
    case 'API':
      return 'Through the API';
    case 'WIDGET':
      return 'From the storefront widget';
    case 'AGENT':
      return text('askedBy') ? `Asked by the ${text('askedBy')} agent` : 'Asked by another agent';
    case 'SCHEDULE': {
      const late = detail['late'] === true ? ' (a missed tick, run late)' : '';
      return `Schedule: ${text('description') ?? 'a scheduled tick'}${late}`;
    }
    case 'WEBHOOK':
      return `Webhook: ${text('eventType') ?? 'an inbound event'}`;
    case 'THRESHOLD': {
      const subject = text('subject') ? ` (${text('subject')})` : '';
      return `Threshold: ${text('condition') ?? 'a condition crossed'}${subject}`;
    }
    default:
      return kind;
  }
}
