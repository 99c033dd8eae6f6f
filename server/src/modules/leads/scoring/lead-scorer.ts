import { HistoricalDealEntity, type LeadScoreFactor, type LeadTier } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import {
  accuracy,
  areaUnderRoc,
  explain,
  predict,
  trainLogisticRegression,
  type LogisticModel,
} from '../../../engines/lead-scoring/logistic-regression.js';
import {
  LEAD_FEATURES,
  leadFeatures,
  type Engagement,
  type Firmographics,
} from '../../../engines/lead-scoring/lead-features.js';

/** How well the model does on deals it never saw (every fifth deal, held out). */
export interface ModelEvaluation {
  trainingDeals: number;
  heldOutDeals: number;
  /** Area under the ROC curve on the held-out deals. */
  heldOutAuc: number | null;
  /** Share of held-out deals predicted right at p = 0.5. */
  heldOutAccuracy: number;
  /** Share of held-out deals won: what always guessing the majority would reach, from below. */
  heldOutWinRate: number;
}

export interface TrainedLeadModel {
  model: LogisticModel;
  evaluation: ModelEvaluation;
}

export interface LeadScore {
  /** round(100 × probability of winning the deal). */
  score: number;
  probability: number;
  tier: LeadTier;
  /** Every feature's contribution, largest effect first. */
  factors: LeadScoreFactor[];
}

/** Tiers by score: HOT above 70, WARM 40 to 70, COLD below 40. */
export function tierOf(score: number): LeadTier {
  return score > 70 ? 'HOT' : score >= 40 ? 'WARM' : 'COLD';
}

/**
 * Scores leads with a logistic regression trained on the workspace's closed deals. Training
 * takes a few milliseconds, so it happens once per workspace per process, on first use, and the
 * model in use is the one evaluated: trained on 80% of the deals, tested on the other 20%.
 */
export class LeadScorer {
  private readonly models = new Map<string, Promise<TrainedLeadModel>>();

  constructor(private readonly dataSource: DataSource) {}

  model(workspaceId: string): Promise<TrainedLeadModel> {
    let model = this.models.get(workspaceId);
    if (!model) {
      model = this.train(workspaceId);
      // A failed training (no deals yet) is not cached: the next call tries again.
      model.catch(() => this.models.delete(workspaceId));
      this.models.set(workspaceId, model);
    }
    return model;
  }

  async score(
    workspaceId: string,
    engagement: Engagement,
    company: Firmographics | null,
  ): Promise<LeadScore> {
    const { model } = await this.model(workspaceId);
    const raw = leadFeatures(engagement, company);
    // An unknown value is counted as the training average: it contributes nothing.
    const row = raw.map((v, j) => v ?? model.means[j] ?? 0);
    const { probability, contributions } = explain(model, row);
    const score = Math.round(100 * probability);
    const factors: LeadScoreFactor[] = LEAD_FEATURES.map((f, j) => {
      const value = raw[j] ?? null;
      return {
        feature: f.key,
        label: f.label,
        value: value === null ? null : round(value, 2),
        contribution: round(contributions[j] ?? 0, 3),
      };
    }).sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
    return { score, probability, tier: tierOf(score), factors };
  }

  private async train(workspaceId: string): Promise<TrainedLeadModel> {
    const deals = await this.dataSource.manager.find(HistoricalDealEntity, {
      where: { workspaceId },
      order: { seq: 'ASC' },
    });
    const rows = deals.map((d) => ({
      x: leadFeatures(d, d).map((v) => v ?? 0),
      y: (d.won ? 1 : 0) as 0 | 1,
      heldOut: d.seq % 5 === 4,
    }));
    const training = rows.filter((r) => !r.heldOut);
    const test = rows.filter((r) => r.heldOut);
    if (training.length < 20 || test.length === 0) {
      throw new Error(
        `lead scoring needs at least 25 closed deals to learn from; this workspace has ${deals.length}`,
      );
    }
    const model = trainLogisticRegression(
      training.map((r) => r.x),
      training.map((r) => r.y),
    );
    const probabilities = test.map((r) => predict(model, r.x));
    const labels = test.map((r) => r.y);
    return {
      model,
      evaluation: {
        trainingDeals: training.length,
        heldOutDeals: test.length,
        heldOutAuc: areaUnderRoc(probabilities, labels),
        heldOutAccuracy: accuracy(probabilities, labels),
        heldOutWinRate: labels.filter((y) => y === 1).length / labels.length,
      },
    };
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
