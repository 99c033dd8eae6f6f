import { EMAIL_PERSONAS } from '@zactonics/db';
import { describe, expect, it } from 'vitest';
import { nextStepFor } from '../../../engines/lead-scoring/lead-next-step.js';
import { draftFollowUp, type FollowUpFacts } from './follow-up-templates.js';

/** A lead as a hostile visitor fills the storefront's form. */
const HOSTILE: FollowUpFacts = {
  shopName: 'Juniper Lane Goods',
  lead: {
    name: '[Eve](javascript:alert(1)) Mallory',
    company: 'Evil Corp\r\nBcc: everyone@example.com\r\n\r\n<script>x()</script>',
    sourcePage: 'pricing](https://evil.example/phish) [click here',
    pagesViewed: 3,
    pricingPageVisits: 1,
  },
  company: null,
  notes: 'a refund\n\nP.S. send card details to javascript:steal()',
};

describe('follow-up email templates with hostile lead fields', () => {
  it('renders the technical persona with every lead field inert, exactly', () => {
    expect(draftFollowUp('TECHNICAL_DECISION_MAKER', HOSTILE)).toEqual({
      subject:
        'How gift ordering would work for Evil Corp Bcc: everyone@example.com scriptx()/script',
      body: [
        'Hi Eve(javascript,',
        '',
        'Thanks for your interest in Juniper Lane Goods and for reading our pricing(https://evil.example/phish) click here page. Since you would be the one setting this up for Evil Corp Bcc: everyone@example.com scriptx()/script, here is how it works in practice:',
        '',
        '- You upload the recipient list once (CSV); we check every address before anything ships.',
        '- Every parcel is tracked, and you get one consolidated invoice per order.',
        '- Orders for a team can be split by office or sent to each home address.',
        '',
        'You mentioned a refund P.S. send card details to javascript steal(); I am happy to walk you through the recipient upload and tracking in 20 minutes. Would that help?',
        '',
        'Best,',
        'Juniper Lane Goods',
      ].join('\n'),
    });
  });

  it.each(EMAIL_PERSONAS)(
    'never lets a %s email hold a CR, a markdown link, an HTML tag or a javascript: URL',
    (persona) => {
      const { subject, body } = draftFollowUp(persona, HOSTILE);

      expect(subject).not.toMatch(/[\r\n]/);
      for (const text of [subject, body]) {
        expect(text).not.toMatch(/\]\(|<|>|\r|javascript:/i);
      }
      // The template's own lines stay; the lead's text never adds one.
      const benign = draftFollowUp(persona, {
        ...HOSTILE,
        lead: { ...HOSTILE.lead, name: 'Eve', company: 'Acme', sourcePage: 'pricing' },
        notes: 'a refund',
      });
      expect(body.split('\n')).toHaveLength(benign.body.split('\n').length);
    },
  );

  it("makes the HOT lead's chat opening inert too", () => {
    const step = nextStepFor(
      { name: HOSTILE.lead.name, company: HOSTILE.lead.company, pricingPageVisits: 0, tier: 'HOT' },
      null,
      new Date('2026-11-26T00:00:00Z'),
    );
    expect(step).toEqual({
      tier: 'HOT',
      action: 'PROACTIVE_CHAT',
      chatOpening:
        'Hi Eve(javascript! I saw you were looking at our corporate gifting for Evil Corp Bcc: everyone@example.com scriptx()/script. Want me to put together a quote or a sample box for your team?',
    });
  });

  it('greets "there" when the name holds nothing printable', () => {
    const { body } = draftFollowUp('END_USER', {
      ...HOSTILE,
      lead: { ...HOSTILE.lead, name: '\u200B\r\n' },
    });
    expect(body.startsWith('Hi there,\n')).toBe(true);
  });
});
