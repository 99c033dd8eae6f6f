/**
 * What a webhook body starts: a Standard Webhooks envelope `{type, timestamp, data}` starts the
 * scenario with `data` as its input and `type` as the event type; any other JSON object is the
 * scenario's input itself. An envelope is recognised by a string `type` next to an object `data`
 * (`timestamp` is the sender's business: the signed webhook-timestamp header is what counts).
 */
export type WebhookPayload =
  | { ok: true; input: Record<string, unknown>; eventType: string | null }
  | { ok: false; reason: 'INVALID_JSON' | 'INVALID_INPUT'; problem: string };

const EVENT_TYPE_MAX = 200;

export function unwrapWebhookPayload(body: Buffer): WebhookPayload {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return { ok: false, reason: 'INVALID_JSON', problem: 'the body is not UTF-8 text' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // V8's message quotes the body; the answer and the delivery log need not repeat it.
    return { ok: false, reason: 'INVALID_JSON', problem: 'the body is not a JSON document' };
  }
  if (!isPlainObject(parsed)) {
    return {
      ok: false,
      reason: 'INVALID_INPUT',
      problem: 'input: expected a JSON object (the input, or an envelope {type, timestamp, data})',
    };
  }
  if (typeof parsed.type === 'string' && isPlainObject(parsed.data)) {
    const eventType = parsed.type.trim();
    if (eventType.length < 1 || eventType.length > EVENT_TYPE_MAX) {
      return {
        ok: false,
        reason: 'INVALID_INPUT',
        problem: `type: 1 to ${EVENT_TYPE_MAX} characters`,
      };
    }
    return { ok: true, input: parsed.data, eventType };
  }
  return { ok: true, input: parsed, eventType: null };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
