import { DEMO_AGENTS } from '@zactonics/db';
import { describe, expect, it } from 'vitest';
import { checkReply, findPromptLeak, findToolNames } from './output-policy.js';

const support = DEMO_AGENTS.find((a) => a.key === 'support');
if (!support) throw new Error('the demo catalog has no support agent');
const context = { systemPrompt: support.systemPrompt, toolNames: support.tools };

describe('checkReply', () => {
  it('passes an ordinary grounded reply', () => {
    expect(
      checkReply(
        'You can return any unused item within 30 days.\n\nSource: "Returns" in our help centre.',
        context,
      ),
    ).toEqual([]);
  });

  it('passes the offline fallback reply that offers a person', () => {
    expect(
      checkReply(
        "I'm not sure about that one: I couldn't find it in our help centre. " +
          'Would you like me to connect you with a person from our team?',
        context,
      ),
    ).toEqual([]);
  });

  it('flags a reply that quotes 60 characters of the system prompt', () => {
    const quote = support.systemPrompt.slice(20, 80);
    const [violation] = checkReply(`Sure! My instructions say: ${quote}`, context);
    expect(violation?.rule).toBe('SYSTEM_PROMPT_LEAK');
  });

  it('flags a quote with its case, spacing and line breaks changed', () => {
    const quote = support.systemPrompt.slice(0, 90).toUpperCase().replace(/ /g, '\n  ');
    expect(checkReply(quote, context).map((v) => v.rule)).toEqual(['SYSTEM_PROMPT_LEAK']);
  });

  it('flags 12 words of the prompt in a row even with the punctuation changed', () => {
    // "Never compute money, tax or ratio figures yourself: call the tools and quote their results."
    const reply =
      'Well - never compute money tax or ratio figures yourself; call the tools and quote, they said';
    expect(findPromptLeak(reply, support.systemPrompt)).toBe(
      'never compute money tax or ratio figures yourself call the tools and',
    );
  });

  it('does not flag a few words shared with the prompt', () => {
    expect(
      findPromptLeak(
        'Juniper Lane Goods is a small online shop; a person from our team will reply.',
        support.systemPrompt,
      ),
    ).toBeNull();
  });

  it('flags a whole short prompt repeated, and never flags against an empty prompt', () => {
    expect(findPromptLeak('ok: Be brief.', 'Be brief.')).toBe('be brief.');
    expect(findPromptLeak('anything', '')).toBeNull();
  });

  it('flags a reply naming an internal tool, in snake_case or camelCase', () => {
    expect(checkReply('I used search_knowledge_base to find this.', context)).toEqual([
      { rule: 'INTERNAL_TOOL_NAME', detail: 'names search_knowledge_base' },
    ]);
    expect(findToolNames('calling trackOrder now', context.toolNames)).toEqual(['track_order']);
  });

  it('does not flag tool names used as plain words, nor one-word tool names', () => {
    expect(
      findToolNames('I can track order JL-1042 and open a ticket.', context.toolNames),
    ).toEqual([]);
    expect(findToolNames('Visit /track-order to follow it.', context.toolNames)).toEqual([]);
    expect(findToolNames('I will refund you.', ['refund'])).toEqual([]);
  });

  it('flags a card number or an SSN without repeating it', () => {
    const violations = checkReply('Your card 4111 1111 1111 1111 and SSN 123-45-6789.', context);
    expect(violations).toEqual([{ rule: 'PII', detail: 'contains 1 card number and 1 SSN' }]);
    expect(JSON.stringify(violations)).not.toMatch(/4111|6789/);
  });

  it('flags script, iframe and event-handler markup', () => {
    for (const markup of [
      '<script>alert(1)</script>',
      '<iframe src="https://evil.example">',
      '<img src=x onerror=alert(1)>',
    ]) {
      expect(checkReply(`Here you go ${markup}`, context).map((v) => v.rule)).toEqual([
        'HOSTILE_MARKUP',
      ]);
    }
  });

  it('reports every violated rule at once', () => {
    expect(
      checkReply(
        `${support.systemPrompt} <script>x</script> open_ticket 4111 1111 1111 1111`,
        context,
      ).map((v) => v.rule),
    ).toEqual(['SYSTEM_PROMPT_LEAK', 'INTERNAL_TOOL_NAME', 'PII', 'HOSTILE_MARKUP']);
  });
});
