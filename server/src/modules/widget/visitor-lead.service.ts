import { LeadEntity, VisitorEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../errors.js';
import type { LeadService } from '../leads/lead.service.js';
import type { VisitorPrincipal } from './visitor-session.service.js';

export interface VisitorLeadForm {
  name: string;
  email: string;
  company?: string | null;
  consent: boolean;
  sourcePage?: string | null;
  pagesViewed?: number | null;
  pricingPageVisits?: number | null;
  minutesOnSite?: number | null;
}

/** The widget's lead form: the visitor becomes a lead (captured, enriched, scored) of their own. */
export class VisitorLeadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leads: LeadService,
  ) {}

  /** Captured, enriched and scored; the visitor remembers the lead (a hot one is offered a meeting). */
  async submit(visitor: VisitorPrincipal, input: VisitorLeadForm): Promise<LeadEntity> {
    if (!input.consent) {
      throw new DomainError(
        'CONSENT_REQUIRED',
        'Please agree to be contacted so the team can reply.',
      );
    }
    const lead = await this.leads.submit(visitor, {
      name: input.name,
      email: input.email,
      company: input.company ?? undefined,
      consent: true,
      sourcePage: input.sourcePage ?? undefined,
      pagesViewed: input.pagesViewed ?? undefined,
      pricingPageVisits: input.pricingPageVisits ?? undefined,
      minutesOnSite: input.minutesOnSite ?? undefined,
    });
    await this.dataSource.manager.update(
      VisitorEntity,
      { id: visitor.visitorId },
      { leadId: lead.id },
    );
    return lead;
  }

  /** The visitor's lead when it is hot, or MEETING_NOT_OFFERED. */
  async hotLead(visitor: VisitorPrincipal): Promise<LeadEntity> {
    const row = await this.dataSource.manager.findOneBy(VisitorEntity, {
      id: visitor.visitorId,
    });
    const lead = row?.leadId
      ? await this.dataSource.manager.findOneBy(LeadEntity, { id: row.leadId })
      : null;
    if (!lead || lead.tier !== 'HOT') {
      throw new DomainError(
        'MEETING_NOT_OFFERED',
        'Meetings are offered after the contact form, to leads the sales team follows up first.',
      );
    }
    return lead;
  }
}
