// The console's Spanish strings: the same keys as en.ts, area by area (the type checker enforces it).
import type { Catalogue } from './en.js';
import { shell } from './es/shell.js';
import { settings } from './es/settings.js';
import { common } from './es/common.js';
import { dashboard } from './es/dashboard.js';
import { scenarios } from './es/scenarios.js';
import { runs } from './es/runs.js';
import { review } from './es/review.js';
import { finance } from './es/finance.js';
import { reports } from './es/reports.js';
import { tax } from './es/tax.js';
import { automation } from './es/automation.js';
import { content } from './es/content.js';
import { knowledge } from './es/knowledge.js';
import { leads } from './es/leads.js';
import { conversations } from './es/conversations.js';
import { agents } from './es/agents.js';
import { audit } from './es/audit.js';
import { outbox } from './es/outbox.js';
import { account } from './es/account.js';
import { budgets } from './es/budgets.js';

export const es: Catalogue = {
  ...shell,
  ...settings,
  ...common,
  ...dashboard,
  ...scenarios,
  ...runs,
  ...review,
  ...finance,
  ...reports,
  ...tax,
  ...automation,
  ...content,
  ...knowledge,
  ...leads,
  ...conversations,
  ...agents,
  ...audit,
  ...outbox,
  ...account,
  ...budgets,
};
