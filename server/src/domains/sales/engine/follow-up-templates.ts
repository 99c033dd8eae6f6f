import type { EmailPersona } from '@zactonics/db';
import { firstName } from '../../../engines/lead-scoring/lead-next-step.js';
import type { CompanyFacts } from '../../../modules/leads/enrichment/lead-enricher.js';
import { headerLine, leadText } from '../../../engines/lead-text/lead-text.js';

/** What a follow-up email is written from: the lead, what they did and said, their company. */
export interface FollowUpFacts {
  shopName: string;
  lead: {
    name: string;
    company: string | null;
    sourcePage: string | null;
    pagesViewed: number;
    pricingPageVisits: number;
  };
  company: CompanyFacts | null;
  /** What the lead said in the conversation, in a few words (optional). */
  notes?: string | undefined;
}

export interface DraftedEmail {
  subject: string;
  body: string;
}

/**
 * One template per persona, filled only with known facts: a sentence whose fact is missing is
 * left out rather than guessed. Technical decision makers get how it works, executives the
 * outcome and a quote, end users the gifts themselves. Every fact a visitor typed (name,
 * company, source page, notes) goes in through `leadText` (one inert line: no control
 * characters, markdown or non-http(s) link), and the subject is one header line.
 */
export function draftFollowUp(persona: EmailPersona, facts: FollowUpFacts): DraftedEmail {
  const drafted = draftBody(persona, facts);
  return { subject: headerLine(drafted.subject), body: drafted.body };
}

function draftBody(persona: EmailPersona, facts: FollowUpFacts): DraftedEmail {
  const first = firstName(leadText(facts.lead.name, 100)) || 'there';
  const companyName = leadText(facts.company?.name ?? facts.lead.company, 100);
  const forCompany = companyName ? ` for ${companyName}` : '';
  const sourcePage = leadText(facts.lead.sourcePage, 200);
  const visited = sourcePage ? ` and for reading our ${sourcePage} page` : '';
  const notes = leadText(facts.notes, 500).replace(/[.\s]+$/, '');
  const said = notes ? `You mentioned ${notes}; ` : '';
  const team = facts.company ? ` of about ${facts.company.employees} people` : '';
  const shopName = leadText(facts.shopName, 100);
  const signOff = `Best,\n${shopName}`;

  if (persona === 'TECHNICAL_DECISION_MAKER') {
    return {
      subject: `How gift ordering would work${forCompany}`,
      body: lines(
        `Hi ${first},`,
        '',
        `Thanks for your interest in ${shopName}${visited}. Since you would be the one setting this up${forCompany}, here is how it works in practice:`,
        '',
        '- You upload the recipient list once (CSV); we check every address before anything ships.',
        '- Every parcel is tracked, and you get one consolidated invoice per order.',
        `- Orders for a team${team} can be split by office or sent to each home address.`,
        '',
        `${said}I am happy to walk you through the recipient upload and tracking in 20 minutes. Would that help?`,
        '',
        signOff,
      ),
    };
  }
  if (persona === 'EXECUTIVE') {
    const industry = facts.company
      ? `Teams in ${facts.company.industry.toLowerCase()} use our gifts to thank clients and welcome new hires. `
      : '';
    const pricing =
      facts.lead.pricingPageVisits > 0
        ? 'I saw you looked at our pricing, so I can put a tailored quote together. '
        : '';
    return {
      subject: `Corporate gifts${forCompany}, without the admin`,
      body: lines(
        `Hi ${first},`,
        '',
        `Thanks for your interest in ${shopName}${visited}. ${industry}We handle sourcing, wrapping and delivery${companyName ? ` for a company like ${companyName}` : ''}${team}, with one invoice.`,
        '',
        `${said}${pricing}Would a 15-minute call next week be useful?`,
        '',
        signOff,
      ),
    };
  }
  return {
    subject: 'Gifts your team will actually like',
    body: lines(
      `Hi ${first},`,
      '',
      `Thanks for browsing ${shopName}${visited}. Our most-loved picks for teams are the speckled stoneware mugs, the fig candle and our Earl Grey tins, and everything can be gift-wrapped with a handwritten card.`,
      '',
      `${said}Reply with your budget per person and I will suggest a box${forCompany}.`,
      '',
      signOff,
    ),
  };
}

function lines(...parts: string[]): string {
  return parts.join('\n');
}
