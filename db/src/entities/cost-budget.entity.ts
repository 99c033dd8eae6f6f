import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

/**
 * What happens to a paid model call once the month's spend reached the limit: it goes to the
 * offline provider instead (the step says so), the run waits for a person to approve paid calls,
 * or nothing but the alerts.
 */
export const COST_BUDGET_POLICIES = ['FALLBACK_OFFLINE', 'REQUIRE_APPROVAL', 'ALERT_ONLY'] as const;
export type CostBudgetPolicy = (typeof COST_BUDGET_POLICIES)[number];

export const COST_BUDGET_NOTICE_LEVELS = ['WARNING', 'EXHAUSTED'] as const;
export type CostBudgetNoticeLevel = (typeof COST_BUDGET_NOTICE_LEVELS)[number];

/**
 * A monthly model-cost budget: the whole workspace's (agentId null, at most one) or one agent's
 * (at most one per agent). The limit is in integer cents; spend is summed from the runs' costed
 * steps in the workspace's calendar month.
 */
@Entity({ name: 'cost_budget' })
export class CostBudgetEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid', nullable: true }) agentId!: string | null;
  @Column({ type: 'bigint', transformer: centsTransformer }) limitCents!: number;
  @Column({ type: 'text' }) policy!: CostBudgetPolicy;
  @Column({ type: 'integer', default: 80 }) warnPercent!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** A threshold of a budget announced in a month ("2026-12", the workspace's calendar): once. */
@Entity({ name: 'cost_budget_notice' })
export class CostBudgetNoticeEntity {
  @Column({ type: 'uuid', primary: true }) budgetId!: string;
  @Column({ type: 'text', primary: true }) month!: string;
  @Column({ type: 'text', primary: true }) level!: CostBudgetNoticeLevel;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'bigint', transformer: centsTransformer }) spentMicroUsd!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
