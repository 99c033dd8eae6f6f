import { z } from 'zod';
import type { LeadNextStep } from '../../../engines/lead-scoring/lead-next-step.js';
import type { LeadService } from '../../../modules/leads/lead.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { asTool } from '../../domain-tool-error.js';

const input = z.object({ email: z.string().trim().pipe(z.email()) });

export interface ScoreLeadOutput {
  email: string;
  name: string;
  company: string | null;
  score: number;
  tier: 'HOT' | 'WARM' | 'COLD';
  factors: Array<{ feature: string; label: string; value: number | null; contribution: number }>;
  nextStep: LeadNextStep;
  /** The model's held-out quality, so a reader can judge how far to trust the score. */
  model: { heldOutAuc: number | null; heldOutAccuracy: number; trainingDeals: number };
}

/** Scores a captured lead 0-100 with the factors behind the score, and records it on the lead. */
export function scoreLeadTool(leads: LeadService): Tool<z.infer<typeof input>, ScoreLeadOutput> {
  return {
    name: 'score_lead',
    description:
      "Scores a recorded lead 0-100 (chance of winning the deal, from the shop's closed deals) with each factor's contribution; HOT > 70 gets a chat opening line, WARM 40-70 a follow-up sequence.",
    input,
    execute: (ctx, { email }) =>
      asTool(async () => {
        const scored = await leads.score(ctx, email);
        const { evaluation } = await leads.model(ctx);
        return {
          email: scored.lead.email,
          name: scored.lead.name,
          company: (scored.lead.enrichment?.name as string | undefined) ?? scored.lead.company,
          score: scored.score,
          tier: scored.tier,
          factors: scored.factors,
          nextStep: scored.nextStep,
          model: {
            heldOutAuc: evaluation.heldOutAuc,
            heldOutAccuracy: evaluation.heldOutAccuracy,
            trainingDeals: evaluation.trainingDeals,
          },
        };
      }),
    summarize: (o) => `${o.score}/100 (${o.tier}); top factor: ${o.factors[0]?.label ?? 'none'}`,
  };
}
