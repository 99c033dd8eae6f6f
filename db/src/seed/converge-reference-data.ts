import { isDeepStrictEqual } from 'node:util';
import type { DataSource, EntityManager } from 'typeorm';
import { AgentEntity } from '../entities/agent.entity.js';
import { CompanyDirectoryEntity } from '../entities/company-directory.entity.js';
import { ScenarioEntity } from '../entities/scenario.entity.js';
import { DEMO_AGENTS, type AgentSeed } from './demo-catalog.js';
import { DEMO_COMPANIES } from './demo-sales.js';

/**
 * Reference data is what a release ships rather than what the shop owns: the built-in agents
 * (name, description, position and the settings the owner has not edited: tools, model, system
 * prompt), their scenarios (title, description, sample input, position) and the company
 * directory. It converges to this release's catalog at every start, so a hub upgraded in place
 * gains newer tools and scenarios. Business data (orders, customers, articles, leads, the team,
 * closed deals) is seeded once and never touched again.
 *
 * What converges and what stays:
 * - a missing built-in agent or scenario is added; one that exists is updated field by field;
 * - a setting listed in `agent.edited_fields` (written by the agent editor) stays as the owner
 *   left it, whatever the release says;
 * - settings the catalog does not name (enabled, temperature, steps, review policy) are never
 *   touched, nor are scenarios or agents the catalog no longer names (runs refer to them).
 * Nothing is written when everything already matches, so every start after the first is a read.
 */
export interface ConvergenceReport {
  /** Built-in agents added, by key. */
  agentsAdded: string[];
  /** Fields brought to the catalog's value, by agent key. */
  agentsUpdated: Record<string, string[]>;
  scenariosAdded: string[];
  scenariosUpdated: string[];
  /** Company-directory domains added or corrected. */
  directoryDomains: string[];
}

/** The agent settings the catalog sets that the owner may also edit. */
const OWNER_EDITABLE = ['tools', 'model', 'systemPrompt'] as const;
/** What the owner cannot edit: always the release's. */
const ALWAYS_CONVERGED = ['name', 'description', 'position'] as const;
const SCENARIO_FIELDS = ['agentId', 'title', 'description', 'sampleInput', 'position'] as const;
const DIRECTORY_FIELDS = [
  'name',
  'industry',
  'employees',
  'country',
  'city',
  'description',
] as const;

/** Converges the workspace's reference data in its own transaction (see ConvergenceReport). */
export function convergeReferenceData(
  dataSource: DataSource,
  workspaceId: string,
): Promise<ConvergenceReport> {
  return dataSource.transaction((tx) => convergeReferenceDataWithin(tx, workspaceId));
}

/** The same, inside a transaction the caller holds (the first seed's). */
export async function convergeReferenceDataWithin(
  tx: EntityManager,
  workspaceId: string,
): Promise<ConvergenceReport> {
  // The seed's lock: two hubs starting together converge one after the other, so neither adds a
  // scenario the other just added. Re-entrant within the seed's own transaction.
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['zactonics-seed']);
  const report: ConvergenceReport = {
    agentsAdded: [],
    agentsUpdated: {},
    scenariosAdded: [],
    scenariosUpdated: [],
    directoryDomains: [],
  };
  const agents = await tx.find(AgentEntity, { where: { workspaceId } });
  const scenarios = await tx.find(ScenarioEntity, { where: { workspaceId } });
  for (const [position, seed] of DEMO_AGENTS.entries()) {
    const existing = agents.find((agent) => agent.key === seed.key);
    const agentId = existing
      ? await convergeAgent(tx, existing, seed, position, report)
      : await addAgent(tx, workspaceId, seed, position, report);
    for (const [scenarioPosition, scenarioSeed] of seed.scenarios.entries()) {
      const scenario = scenarios.find((s) => s.key === scenarioSeed.key);
      if (!scenario) {
        await tx.save(
          tx.create(ScenarioEntity, {
            ...scenarioSeed,
            workspaceId,
            agentId,
            position: scenarioPosition,
          }),
        );
        report.scenariosAdded.push(scenarioSeed.key);
        continue;
      }
      const wanted = { ...scenario, ...scenarioSeed, agentId, position: scenarioPosition };
      const patch = differences(scenario, wanted, SCENARIO_FIELDS);
      if (Object.keys(patch).length > 0) {
        await tx.save(tx.merge(ScenarioEntity, scenario, patch));
        report.scenariosUpdated.push(scenarioSeed.key);
      }
    }
  }
  report.directoryDomains = await convergeDirectory(tx);
  return report;
}

async function addAgent(
  tx: EntityManager,
  workspaceId: string,
  seed: AgentSeed,
  position: number,
  report: ConvergenceReport,
): Promise<string> {
  const { scenarios: _scenarios, ...settings } = seed;
  const agent = await tx.save(tx.create(AgentEntity, { ...settings, workspaceId, position }));
  report.agentsAdded.push(seed.key);
  return agent.id;
}

async function convergeAgent(
  tx: EntityManager,
  agent: AgentEntity,
  seed: AgentSeed,
  position: number,
  report: ConvergenceReport,
): Promise<string> {
  const wanted = { ...agent, ...seed, position };
  const fields = [
    ...ALWAYS_CONVERGED,
    ...OWNER_EDITABLE.filter((field) => !agent.editedFields.includes(field)),
  ];
  const patch = differences(agent, wanted, fields);
  if (Object.keys(patch).length > 0) {
    await tx.save(tx.merge(AgentEntity, agent, patch));
    report.agentsUpdated[seed.key] = Object.keys(patch);
  }
  return agent.id;
}

/** Shared by every workspace: rows missing are added, rows that differ are corrected. */
async function convergeDirectory(tx: EntityManager): Promise<string[]> {
  const rows = await tx.find(CompanyDirectoryEntity);
  const changed: string[] = [];
  for (const company of DEMO_COMPANIES) {
    const row = rows.find((r) => r.domain === company.domain);
    if (!row) {
      // Another workspace's start may add it at the same moment: the domain is unique.
      await tx
        .createQueryBuilder()
        .insert()
        .into(CompanyDirectoryEntity)
        .values(company)
        .orIgnore()
        .execute();
      changed.push(company.domain);
      continue;
    }
    const patch = differences(row, { ...row, ...company }, DIRECTORY_FIELDS);
    if (Object.keys(patch).length > 0) {
      await tx.save(tx.merge(CompanyDirectoryEntity, row, patch));
      changed.push(company.domain);
    }
  }
  return changed;
}

/** Of `fields`, those whose value in `wanted` the row does not have (JSON compared by value). */
function differences<T extends object>(
  row: T,
  wanted: T,
  fields: readonly (keyof T)[],
): Partial<T> {
  const patch: Partial<T> = {};
  for (const field of fields) {
    if (!isDeepStrictEqual(row[field], wanted[field])) patch[field] = wanted[field];
  }
  return patch;
}
