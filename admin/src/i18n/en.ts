// The console's English strings, one module an area (./en/<area>.ts), each key prefixed with its
// area. A string with `{name}` takes that parameter; one with `one` and `other` forms is chosen by
// Intl.PluralRules for its `count`. ./es/<area>.ts has the same keys (the type checker and
// test/console-display.test.ts hold it to that), so a translator reads only those pairs of files.
import type { Translation } from './catalogue.js';
import { shell } from './en/shell.js';
import { settings } from './en/settings.js';
import { common } from './en/common.js';
import { dashboard } from './en/dashboard.js';
import { scenarios } from './en/scenarios.js';
import { runs } from './en/runs.js';
import { review } from './en/review.js';
import { finance } from './en/finance.js';
import { reports } from './en/reports.js';
import { tax } from './en/tax.js';
import { automation } from './en/automation.js';
import { content } from './en/content.js';
import { knowledge } from './en/knowledge.js';
import { leads } from './en/leads.js';
import { conversations } from './en/conversations.js';
import { agents } from './en/agents.js';
import { audit } from './en/audit.js';
import { outbox } from './en/outbox.js';
import { account } from './en/account.js';
import { budgets } from './en/budgets.js';

export const en = {
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
} as const;

export type { Message } from './catalogue.js';
export type MessageKey = keyof typeof en;
/** Another language's catalogue: every English key, each with a value of the same form. */
export type Catalogue = Translation<typeof en>;
