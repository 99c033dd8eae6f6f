import type { z } from 'zod';
import type { CompanyFacts } from '../../../modules/leads/enrichment/lead-enricher.js';
import { captureLeadSchema, type LeadService } from '../../../modules/leads/lead.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { asTool } from '../../domain-tool-error.js';

export interface EnrichLeadOutput {
  leadId: string;
  email: string;
  name: string;
  /** How many times this lead was captured; above 1 means it was merged into an earlier one. */
  captures: number;
  consent: boolean;
  company: CompanyFacts | null;
}

/** Captures the lead (or merges into the one with the same email), then looks up its company. */
export function enrichLeadTool(
  leads: LeadService,
): Tool<z.infer<typeof captureLeadSchema>, EnrichLeadOutput> {
  return {
    name: 'enrich_lead',
    description:
      "Records a lead (name, email, optional company, consent, source page and engagement; a known email is updated, its engagement added up) and looks up the company behind the email's domain.",
    input: captureLeadSchema,
    execute: (ctx, input) =>
      asTool(async () => {
        const captured = await leads.capture(ctx, input);
        const { lead, company } = await leads.enrich(ctx, captured.email);
        return {
          leadId: lead.id,
          email: lead.email,
          name: lead.name,
          captures: lead.captures,
          consent: lead.consent,
          company,
        };
      }),
    summarize: (o) =>
      o.company
        ? `${o.company.name}: ${o.company.industry}, ${o.company.employees} employees, ${o.company.country} (${o.company.source})`
        : `No company found for ${o.email}`,
  };
}
