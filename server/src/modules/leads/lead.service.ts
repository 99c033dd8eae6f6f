import { LeadEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import { unstorableTextProblem } from '../../runtime/guardrails/index.js';
import type { CompanyFacts, LeadEnricher } from './enrichment/lead-enricher.js';
import { nextStepFor, type LeadNextStep } from '../../engines/lead-scoring/lead-next-step.js';
import type { LeadScore, LeadScorer, TrainedLeadModel } from './scoring/lead-scorer.js';
import { emitLeadScoredHot } from '../automation/outbound-webhooks/webhook-emissions.js';

/** Services here are called by resolvers and by tools alike; both know the workspace. */
type WorkspaceScope = Pick<RequestContext, 'workspaceId'>;

/** Text PostgreSQL can store (no NUL, whole surrogate pairs): refused as INVALID_INPUT, not INTERNAL. */
function storableText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .superRefine((text, ctx) => {
      const problem = unstorableTextProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** A lead as a form or a qualification run captures it; validated before anything is written. */
export const captureLeadSchema = z.object({
  name: storableText(1, 200),
  // 254 is the longest address SMTP can deliver to.
  email: z.string().trim().pipe(z.email().max(254)),
  company: storableText(1, 200).optional(),
  consent: z.boolean().optional(),
  sourcePage: storableText(1, 500).optional(),
  pagesViewed: z.number().int().min(0).max(10_000).optional(),
  minutesOnSite: z.number().min(0).max(100_000).optional(),
  pricingPageVisits: z.number().int().min(0).max(10_000).optional(),
});
export type CaptureLead = z.input<typeof captureLeadSchema>;

export interface EnrichedLead {
  lead: LeadEntity;
  company: CompanyFacts | null;
}

export interface ScoredLead extends LeadScore {
  lead: LeadEntity;
  nextStep: LeadNextStep;
}

/**
 * Leads of a workspace: capture (deduplicated by email), enrichment and scoring. A capture
 * either writes all of its fields or nothing: input is validated first, and the merge with an
 * existing lead is one statement.
 */
export class LeadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly enricher: LeadEnricher,
    private readonly scorer: LeadScorer,
  ) {}

  /**
   * Creates the lead, or updates the one with the same email: name, company and source page
   * take the newer value, engagement adds up (each capture reports one visit), consent given
   * stays given unless the capture withdraws it (`consent: false`).
   */
  async capture(scope: WorkspaceScope, input: CaptureLead): Promise<LeadEntity> {
    const lead = parseLead(input);
    const now = this.clock.now();
    const consent = lead.consent ?? null;
    const rows = (await this.dataSource.query(
      `INSERT INTO lead (workspace_id, email, name, company, consent, consent_at, source_page,
                         pages_viewed, minutes_on_site, pricing_page_visits, created_at, updated_at)
       VALUES ($1, $2, $3, $4, COALESCE($5::boolean, false), CASE WHEN $5::boolean THEN $6::timestamptz END,
               $7, $8, $9, $10, $6, $6)
       ON CONFLICT ON CONSTRAINT uq_lead_workspace_email DO UPDATE SET
         name = EXCLUDED.name,
         company = COALESCE(EXCLUDED.company, lead.company),
         consent = COALESCE($5::boolean, lead.consent),
         consent_at = CASE WHEN $5::boolean IS NULL THEN lead.consent_at
                           WHEN $5::boolean THEN COALESCE(lead.consent_at, $6::timestamptz) END,
         source_page = COALESCE(EXCLUDED.source_page, lead.source_page),
         pages_viewed = lead.pages_viewed + EXCLUDED.pages_viewed,
         minutes_on_site = lead.minutes_on_site + EXCLUDED.minutes_on_site,
         pricing_page_visits = lead.pricing_page_visits + EXCLUDED.pricing_page_visits,
         captures = lead.captures + 1,
         updated_at = $6
       RETURNING id`,
      [
        scope.workspaceId,
        lead.email,
        lead.name,
        lead.company ?? null,
        consent,
        now,
        lead.sourcePage ?? null,
        lead.pagesViewed ?? 0,
        lead.minutesOnSite ?? 0,
        lead.pricingPageVisits ?? 0,
      ],
    )) as Array<{ id: string }>;
    return this.dataSource.manager.findOneByOrFail(LeadEntity, { id: rows[0]?.id ?? '' });
  }

  find(scope: WorkspaceScope, email: string): Promise<LeadEntity | null> {
    return this.dataSource.manager.findOneBy(LeadEntity, {
      workspaceId: scope.workspaceId,
      email: requireEmail(email),
    });
  }

  /** Highest score first; unscored leads last, newest first among equals. */
  list(scope: WorkspaceScope, limit = 100, offset = 0): Promise<LeadEntity[]> {
    return this.dataSource
      .getRepository(LeadEntity)
      .createQueryBuilder('lead')
      .where('lead.workspace_id = :workspaceId', { workspaceId: scope.workspaceId })
      .orderBy('lead.score', 'DESC', 'NULLS LAST')
      .addOrderBy('lead.created_at', 'DESC')
      .addOrderBy('lead.id', 'DESC')
      .take(limit)
      .skip(offset)
      .getMany();
  }

  /** Looks up the lead's company and stores what was found (or that nothing was). */
  async enrich(scope: WorkspaceScope, email: string): Promise<EnrichedLead> {
    const lead = await this.require(scope, email);
    const company = await this.enricher.enrich(lead.email);
    lead.enrichment = company ? { ...company } : null;
    lead.enrichedAt = this.clock.now();
    await this.dataSource.query(
      'UPDATE lead SET enrichment = $2, enriched_at = $3, updated_at = $3 WHERE id = $1',
      [lead.id, lead.enrichment === null ? null : JSON.stringify(lead.enrichment), lead.enrichedAt],
    );
    return { lead, company };
  }

  /** Scores the lead from its engagement and stored enrichment, and records the score. */
  async score(scope: WorkspaceScope, email: string): Promise<ScoredLead> {
    const lead = await this.require(scope, email);
    const company = companyOf(lead);
    const result = await this.scorer.score(scope.workspaceId, lead, company);
    const now = this.clock.now();
    const previousTier = lead.tier;
    Object.assign(lead, {
      score: result.score,
      scoreFactors: result.factors,
      tier: result.tier,
      scoredAt: now,
      stage: lead.stage === 'NEW' ? 'QUALIFIED' : lead.stage,
    });
    await this.dataSource.query(
      `UPDATE lead SET score = $2, score_factors = $3, tier = $4, scored_at = $5, stage = $6,
                       updated_at = $5
       WHERE id = $1`,
      [lead.id, result.score, JSON.stringify(result.factors), result.tier, now, lead.stage],
    );
    await emitLeadScoredHot(this.dataSource.manager, scope.workspaceId, lead, previousTier);
    return {
      ...result,
      lead,
      nextStep: nextStepFor({ ...lead, tier: result.tier }, company?.name ?? null, now),
    };
  }

  /** Capture, enrichment and scoring in one call (a form submission). */
  async submit(scope: WorkspaceScope, input: CaptureLead): Promise<LeadEntity> {
    const lead = await this.capture(scope, input);
    await this.enrich(scope, lead.email);
    return (await this.score(scope, lead.email)).lead;
  }

  /** The scoring model of the workspace with its held-out evaluation. */
  model(scope: WorkspaceScope): Promise<TrainedLeadModel> {
    return this.scorer.model(scope.workspaceId);
  }

  async require(scope: WorkspaceScope, email: string): Promise<LeadEntity> {
    const lead = await this.find(scope, email);
    if (!lead) {
      throw new DomainError('LEAD_NOT_FOUND', `No lead with the email ${requireEmail(email)}.`, {
        email: requireEmail(email),
      });
    }
    return lead;
  }
}

/** The company facts stored on the lead by enrichment, or null. */
export function companyOf(lead: LeadEntity): CompanyFacts | null {
  const e = lead.enrichment;
  if (!e || typeof e.industry !== 'string' || typeof e.employees !== 'number') return null;
  return e as unknown as CompanyFacts;
}

function parseLead(input: CaptureLead): z.output<typeof captureLeadSchema> {
  const parsed = captureLeadSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
    const field = parsed.error.issues[0]?.path.join('.');
    throw new DomainError('INVALID_INPUT', `The lead is not valid: ${issues.join('; ')}.`, {
      ...(field ? { field } : {}),
    });
  }
  return { ...parsed.data, email: parsed.data.email.toLowerCase() };
}

function requireEmail(email: string): string {
  const parsed = z.email().max(254).safeParse(email.trim());
  if (!parsed.success) {
    throw new DomainError('INVALID_INPUT', `"${email}" is not an email address.`, {
      field: 'email',
    });
  }
  return parsed.data.toLowerCase();
}
