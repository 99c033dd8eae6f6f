// Registers every console tag once.
import { ZacAgentEditor } from './components/zac-agent-editor.js';
import { ZacBudgetBanner } from './components/budget-banner.js';
import { ZacBudgetSettings } from './components/budget-settings.js';
import { ZacBudgetState } from './components/budget-state.js';
import { ZacFinanceCashChart } from './components/finance-cash-chart.js';
import { ZacFinanceCashFlow } from './components/finance-cash-flow.js';
import { ZacFinanceImports } from './components/finance-imports.js';
import { ZacFinanceReceivables } from './components/finance-receivables.js';
import { ZacFinanceReminders } from './components/finance-reminders.js';
import { ZacFinanceReviewQueue } from './components/finance-review-queue.js';
import { ZacEmbedSnippet } from './components/embed-snippet.js';
import { ZacLanguagePicker } from './components/language-picker.js';
import { ZacThemeToggle } from './components/theme-toggle.js';
import { ZacScenarioForm } from './components/scenario-form.js';
import { ZacScenarioGrid } from './components/scenario-grid.js';
import { ZacRunTimeline } from './components/zac-run-timeline.js';
import { ZacStackedBars } from './components/zac-stacked-bars.js';
import { ZacWorkspaceSettings } from './components/workspace-settings.js';
import { ZacAccountPage } from './pages/account.page.js';
import { ZacActivityPage } from './pages/activity.page.js';
import { ZacAgentsPage } from './pages/agents.page.js';
import { ZacAuditPage } from './pages/audit.page.js';
import { ZacConversationsPage } from './pages/conversations.page.js';
import { ZacDashboardPage } from './pages/dashboard.page.js';
import { ZacFinancePage } from './pages/finance.page.js';
import { ZacKnowledgePage } from './pages/knowledge.page.js';
import { ZacLeadsPage } from './pages/leads.page.js';
import { ZacOutboxPage } from './pages/outbox.page.js';
import { ZacReviewPage } from './pages/review.page.js';
import { ZacRunPage } from './pages/run.page.js';
import { ZacScenariosPage } from './pages/scenarios.page.js';
import { ZacSetPasswordPage } from './pages/set-password.page.js';
import { ZacSettingsPage } from './pages/settings.page.js';
import { ZacSignInPage } from './pages/sign-in.page.js';
import { defineAll } from './lazy-areas.js';
import { ZacAdminApp } from './zac-admin-app.js';

const TAGS: Record<string, CustomElementConstructor> = {
  'zac-agent-editor': ZacAgentEditor,
  'zac-budget-banner': ZacBudgetBanner,
  'zac-budget-settings': ZacBudgetSettings,
  'zac-budget-state': ZacBudgetState,
  'zac-finance-cash-chart': ZacFinanceCashChart,
  'zac-finance-cash-flow': ZacFinanceCashFlow,
  'zac-finance-imports': ZacFinanceImports,
  'zac-finance-receivables': ZacFinanceReceivables,
  'zac-finance-reminders': ZacFinanceReminders,
  'zac-finance-review-queue': ZacFinanceReviewQueue,
  'zac-run-timeline': ZacRunTimeline,
  'zac-scenario-form': ZacScenarioForm,
  'zac-scenario-grid': ZacScenarioGrid,
  'zac-stacked-bars': ZacStackedBars,
  'zac-workspace-settings': ZacWorkspaceSettings,
  'zac-theme-toggle': ZacThemeToggle,
  'zac-embed-snippet': ZacEmbedSnippet,
  'zac-language-picker': ZacLanguagePicker,
  'zac-account-page': ZacAccountPage,
  'zac-outbox-page': ZacOutboxPage,
  'zac-set-password-page': ZacSetPasswordPage,
  'zac-activity-page': ZacActivityPage,
  'zac-agents-page': ZacAgentsPage,
  'zac-audit-page': ZacAuditPage,
  'zac-conversations-page': ZacConversationsPage,
  'zac-dashboard-page': ZacDashboardPage,
  'zac-finance-page': ZacFinancePage,
  'zac-knowledge-page': ZacKnowledgePage,
  'zac-leads-page': ZacLeadsPage,
  'zac-review-page': ZacReviewPage,
  'zac-run-page': ZacRunPage,
  'zac-scenarios-page': ZacScenariosPage,
  'zac-settings-page': ZacSettingsPage,
  'zac-sign-in-page': ZacSignInPage,
  'zac-admin-app': ZacAdminApp,
};

export function defineConsoleElements(): void {
  defineAll(TAGS);
}
