// The Automation area (/admin/automation/<tab>): what starts the agents without a person asking.
// Schedules (cron in the shop's time zone), inbound webhooks (other systems start a scenario),
// outbound webhooks (the hub tells other systems what happened) and thresholds (a condition over
// the shop's data crossing its line). Tabs and address: ../tabbed-page.ts.
import { html, type TemplateResult } from 'lit';
import { t } from '../i18n/index.js';
import { TabbedConsolePage, type TabSection } from '../tabbed-page.js';
import { ZacAutomationInbound } from './automation/automation-inbound.js';
import { ZacAutomationOutbound } from './automation/automation-outbound.js';
import { ZacAutomationSchedules } from './automation/automation-schedules.js';
import { ZacAutomationThresholds } from './automation/automation-thresholds.js';
import { ZacCopyButton } from './automation/copy-button.js';
import { ZacOutboundDeliveries } from './automation/outbound-deliveries.js';
import { ZacScheduleForm } from './automation/schedule-form.js';
import { ZacSecretDialog } from './automation/secret-dialog.js';
import { ZacThresholdForm } from './automation/threshold-form.js';

/** The tabs, each label a catalogue key (shown in the current language). */
export const AUTOMATION_SECTIONS = [
  { key: 'schedules', labelKey: 'automation.tabSchedules' },
  { key: 'inbound', labelKey: 'automation.tabInbound' },
  { key: 'outbound', labelKey: 'automation.tabOutbound' },
  { key: 'thresholds', labelKey: 'automation.tabThresholds' },
] as const;

export type AutomationSection = (typeof AUTOMATION_SECTIONS)[number]['key'];

export class ZacAutomationPage extends TabbedConsolePage<AutomationSection> {
  protected readonly heading = 'Automation';
  protected readonly basePath = '/automation';
  /** Read at each render, so a language switch relabels the tabs. */
  protected get sections(): readonly TabSection<AutomationSection>[] {
    return AUTOMATION_SECTIONS.map((s) => ({ key: s.key, label: t(s.labelKey) }));
  }

  protected panel(tab: AutomationSection): TemplateResult {
    const c = this.client;
    const u = this.user;
    switch (tab) {
      case 'schedules':
        return html`<zac-automation-schedules .client=${c} .user=${u}></zac-automation-schedules>`;
      case 'inbound':
        return html`<zac-automation-inbound .client=${c} .user=${u}></zac-automation-inbound>`;
      case 'outbound':
        return html`<zac-automation-outbound .client=${c} .user=${u}></zac-automation-outbound>`;
      case 'thresholds':
        return html`<zac-automation-thresholds
          .client=${c}
          .user=${u}
        ></zac-automation-thresholds>`;
      default:
        return tab satisfies never;
    }
  }
}

/** The Automation area's tags, registered with the console's (see ../lazy-areas.ts). */
export const AUTOMATION_TAGS: Record<string, CustomElementConstructor> = {
  'zac-automation-page': ZacAutomationPage,
  'zac-automation-schedules': ZacAutomationSchedules,
  'zac-automation-inbound': ZacAutomationInbound,
  'zac-automation-outbound': ZacAutomationOutbound,
  'zac-automation-thresholds': ZacAutomationThresholds,
  'zac-copy-button': ZacCopyButton,
  'zac-outbound-deliveries': ZacOutboundDeliveries,
  'zac-schedule-form': ZacScheduleForm,
  'zac-secret-dialog': ZacSecretDialog,
  'zac-threshold-form': ZacThresholdForm,
};
