import type { LeadService } from '../../modules/leads/lead.service.js';
import type { EmailOutboxService } from '../../modules/leads/mail/outbox.service.js';
import type { BookingService } from '../../modules/meetings/booking.service.js';
import { defineAgent } from '../agent-definition.js';
import { SALES_PLAYBOOKS } from './playbooks.js';
import { bookMeetingTool } from './tools/book-meeting.tool.js';
import { draftFollowUpEmailTool } from './tools/draft-follow-up-email.tool.js';
import { enrichLeadTool } from './tools/enrich-lead.tool.js';
import { findFreeSlotsTool } from './tools/find-free-slots.tool.js';
import { scoreLeadTool } from './tools/score-lead.tool.js';
import { sendEmailTool } from './tools/send-email.tool.js';

/** The services sales' tools use. */
export interface SalesServices {
  leads: LeadService;
  emailOutbox: EmailOutboxService;
  bookings: BookingService;
}

/** Sales and leads: qualifies and scores leads, writes follow-ups, books demos. */
export const salesAgent = defineAgent({
  key: 'sales',
  playbooks: SALES_PLAYBOOKS,
  defaultScenario: 'lead-qualification',
  tools: (services: SalesServices) => [
    enrichLeadTool(services.leads),
    scoreLeadTool(services.leads),
    draftFollowUpEmailTool({ leads: services.leads, outbox: services.emailOutbox }),
    sendEmailTool(services.emailOutbox),
    findFreeSlotsTool(services.bookings),
    bookMeetingTool(services.bookings),
  ],
});
