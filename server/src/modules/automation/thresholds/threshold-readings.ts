import type { DataSource } from 'typeorm';
import {
  cashOverLine,
  nexusOverLine,
  overdueInvoicesOverLine,
  sentimentOverLine,
  type OverLine,
  type ThresholdRule,
} from '../../../engines/automation/thresholds.js';
import type { CashFlowService } from '../../finance/cash-flow.service.js';
import type { ReceivablesService } from '../../finance/receivables.service.js';
import type { NexusService } from '../../tax/nexus.service.js';
import { todayIn, workspaceTimeZone } from '../../tax/workspace-calendar.js';

/** Whether a customer's message is negative, by the support agent's own sentiment analysis. */
export type NegativeMessageTest = (text: string) => boolean;

export interface ThresholdReadingSources {
  dataSource: DataSource;
  receivables: ReceivablesService;
  nexus: NexusService;
  cashFlow: CashFlowService;
  /**
   * The support agent's VADER labelling (domains/support/engine/sentiment.ts), handed in by the
   * composition root: services never import an agent's domain, and the support agent stores no
   * label per message (its ticket brief labels the conversation's messages the same way).
   */
  isNegative: NegativeMessageTest;
}

/**
 * What is over each trigger's line now, read through the services that own the data (the
 * receivables aging, the nexus engine's exposure, the cash-flow report's cash balance, the
 * conversations' customer messages) as of the shop's calendar day. One instance serves one
 * evaluation pass: each source is read once however many triggers watch it.
 */
export class ThresholdReadings {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(
    private readonly sources: ThresholdReadingSources,
    private readonly workspaceId: string,
    private readonly now: Date,
  ) {}

  /** The shop's IANA time zone. */
  timeZone(): Promise<string> {
    return this.once('zone', () => workspaceTimeZone(this.sources.dataSource, this.workspaceId));
  }

  /** The shop's calendar date now (YYYY-MM-DD, in its time zone). */
  async today(): Promise<string> {
    return todayIn(await this.timeZone(), this.now);
  }

  async overLine(rule: ThresholdRule): Promise<OverLine[]> {
    switch (rule.condition) {
      case 'INVOICE_OVERDUE':
        return overdueInvoicesOverLine(await this.openInvoices(), rule.params);
      case 'NEXUS_EXPOSURE':
        return nexusOverLine(await this.nexusStates(), rule.params);
      case 'CASH_BELOW_FLOOR':
        return cashOverLine(await this.cashBalance(), rule.params);
      case 'NEGATIVE_SENTIMENT_SPIKE':
        return sentimentOverLine(
          await this.customerMessagesWithin(rule.params.windowMinutes),
          rule.params,
          this.now,
        );
      default:
        return unreachable(rule);
    }
  }

  private async openInvoices() {
    return this.once('invoices', async () => {
      const aging = await this.sources.receivables.aging(this.workspaceId, await this.today());
      return aging.rows;
    });
  }

  private async nexusStates() {
    return this.once('nexus', async () => {
      const report = await this.sources.nexus.exposure(this.workspaceId, await this.today());
      return report.states;
    });
  }

  private async cashBalance() {
    return this.once('cash', async () =>
      this.sources.cashFlow.cashBalance(this.workspaceId, await this.today()),
    );
  }

  /** The customer messages of the last `windowMinutes`, newest first, each labelled. */
  private async customerMessagesWithin(windowMinutes: number) {
    return this.once(`messages:${windowMinutes}`, async () => {
      const since = new Date(this.now.getTime() - windowMinutes * 60_000);
      const rows = (await this.sources.dataSource.query(
        `SELECT text, created_at FROM conversation_message
          WHERE workspace_id = $1 AND role = 'CUSTOMER' AND created_at > $2 AND created_at <= $3
          ORDER BY created_at DESC`,
        [this.workspaceId, since, this.now],
      )) as Array<{ text: string; created_at: Date | string }>;
      return rows.map((row) => ({
        at: new Date(row.created_at),
        text: row.text,
        negative: this.sources.isNegative(row.text),
      }));
    });
  }

  private once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let reading = this.cache.get(key) as Promise<T> | undefined;
    if (!reading) {
      reading = read();
      this.cache.set(key, reading);
    }
    return reading;
  }
}

function unreachable(value: never): never {
  throw new Error(`unhandled threshold condition ${JSON.stringify(value)}`);
}
