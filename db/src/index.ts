export * from './data-source.js';
export {
  backupOpenPglite,
  backupPgliteDataDir,
  restorePgliteDataDir,
  RestoreTargetNotEmptyError,
} from './pglite-backup.js';
export {
  asBackgroundWork,
  beginForegroundWork,
  foregroundWorkUnderWay,
  isBackgroundWork,
} from './background-work.js';
export * from './entities/index.js';
export { DEMO_AGENTS, type AgentSeed, type ScenarioSeed } from './seed/demo-catalog.js';
export { DEMO_LEAD } from './seed/demo-sales.js';
export {
  DEMO_MERCHANTS,
  labeledDemoTransactions,
  type DemoMerchant,
} from './seed/demo-merchants.js';
export {
  buildDemoBooks,
  seedDemoBooks,
  DEMO_CHECKING,
  DEMO_LOAN,
  DEMO_UNSEEN_MERCHANTS,
  UNCATEGORIZED_COUNT,
  type DemoBooks,
  type DemoBooksBankTransaction,
  type DemoBooksBill,
  type DemoBooksEntry,
  type DemoBooksInvoice,
  type DemoBooksLine,
  type DemoLoanPayment,
} from './seed/demo-books.js';
export { convergeReferenceData, type ConvergenceReport } from './seed/converge-reference-data.js';
export {
  DEMO_WORKSPACE_SLUG,
  seedDemoWorkspace,
  type SeedResult,
} from './seed/seed-demo-workspace.js';
export {
  CHART_OF_ACCOUNTS,
  SCHEDULE_C_LINES,
  type ChartAccount,
  type ScheduleCLine,
} from './seed/chart-of-accounts.js';
