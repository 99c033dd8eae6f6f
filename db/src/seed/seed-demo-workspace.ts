import type { DataSource, EntityManager } from 'typeorm';
import { CustomerEntity } from '../entities/customer.entity.js';
import { InvoiceEntity } from '../entities/invoice.entity.js';
import { KnowledgeArticleEntity } from '../entities/knowledge-article.entity.js';
import { OrderEntity } from '../entities/order.entity.js';
import { ShipmentEventEntity } from '../entities/shipment-event.entity.js';
import { WorkspaceEntity } from '../entities/workspace.entity.js';
import { convergeReferenceDataWithin } from './converge-reference-data.js';
import { seedDemoBooks } from './demo-books.js';
import { buildDemoBusiness } from './demo-business.js';
import { seedDemoSales } from './demo-sales.js';
import { seedDemoSalesByState } from './demo-sales-by-state.js';
import { seedDemoSalesTaxFacts } from './demo-sales-tax.js';
import { seedDemoExemptionCertificates } from './demo-exemption-certificates.js';
import { seedDemoTaxProfiles } from './demo-tax-profile.js';
import { seedDemoEstimatedPayments } from './demo-estimated-payments.js';
import { seedDemoTeam } from './demo-team.js';
import { seedDemoContent } from './demo-content.js';
import { seedDemoSchedules } from './demo-schedules.js';
import { seedDemoThresholds } from './demo-thresholds.js';

export const DEMO_WORKSPACE_SLUG = 'demo';

export interface SeedResult {
  workspace: WorkspaceEntity;
  /** False when the workspace already existed and nothing was written. */
  created: boolean;
}

/**
 * Creates the demo shop (agents, scenarios and business data) once, in one transaction: a
 * database either has all of it or none of it. `now` anchors the demo's dates. The agents,
 * scenarios and company directory are reference data, written by the same convergence that
 * keeps them current at every start (converge-reference-data.ts).
 */
export async function seedDemoWorkspace(dataSource: DataSource, now: Date): Promise<SeedResult> {
  return dataSource.transaction(async (tx) => {
    // Two hubs starting together on a fresh PostgreSQL database must not both seed: the second
    // waits here for the first to commit, then finds the workspace.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['zactonics-seed']);
    const existing = await tx.findOneBy(WorkspaceEntity, { slug: DEMO_WORKSPACE_SLUG });
    if (existing) return { workspace: existing, created: false };

    const workspace = await tx.save(
      tx.create(WorkspaceEntity, {
        slug: DEMO_WORKSPACE_SLUG,
        name: 'Juniper Lane Goods',
        timeZone: 'America/Chicago',
        // NAICS 2022 459420, Gift, Novelty, and Souvenir Retailers: handmade gifts sold online,
        // wholesale and at markets.
        naicsCode: '459420',
      }),
    );
    await convergeReferenceDataWithin(tx, workspace.id);
    await seedBusiness(tx, workspace.id, now);
    const invoices = await tx.find(InvoiceEntity, {
      where: { workspaceId: workspace.id },
      order: { number: 'ASC' },
    });
    await seedDemoBooks(tx, workspace.id, now, invoices);
    await seedDemoSalesTaxFacts(tx, workspace.id);
    await seedDemoSalesByState(tx, workspace.id);
    await seedDemoExemptionCertificates(tx, workspace.id, now);
    await seedDemoSales(tx, workspace.id, now);
    await seedDemoTeam(tx, workspace.id, now);
    await seedDemoTaxProfiles(tx, workspace.id, now);
    await seedDemoEstimatedPayments(tx, workspace.id, now);
    await seedDemoContent(tx, workspace.id, now);
    await seedDemoSchedules(tx, workspace.id, workspace.timeZone, now);
    await seedDemoThresholds(tx, workspace.id, now);
    return { workspace, created: true };
  });
}

async function seedBusiness(tx: EntityManager, workspaceId: string, now: Date) {
  const demo = buildDemoBusiness(now);
  await tx.insert(
    KnowledgeArticleEntity,
    demo.articles.map((a) => ({ ...a, workspaceId })),
  );
  const customers = await tx.save(
    demo.customers.map((c) => tx.create(CustomerEntity, { ...c, workspaceId })),
  );
  const customerId = (email: string) => {
    const customer = customers.find((c) => c.email === email);
    if (!customer) throw new Error(`demo data names an unknown customer ${email}`);
    return customer.id;
  };
  for (const { events, customerEmail, ...order } of demo.orders) {
    const saved = await tx.save(
      tx.create(OrderEntity, { ...order, workspaceId, customerId: customerId(customerEmail) }),
    );
    if (events.length > 0) {
      await tx.insert(
        ShipmentEventEntity,
        events.map((e) => ({ ...e, workspaceId, orderId: saved.id })),
      );
    }
  }
  await tx.insert(
    InvoiceEntity,
    demo.invoices.map(({ customerEmail, ...i }) => ({
      ...i,
      workspaceId,
      customerId: customerId(customerEmail),
    })),
  );
}
