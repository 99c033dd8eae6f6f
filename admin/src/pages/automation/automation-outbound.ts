// <zac-automation-outbound>: the Outbound webhooks tab. Each subscription's URL, the events it is
// told about (chips), whether it is on (and why the hub turned it off), its failures in a row and
// its delivery log (./outbound-deliveries.ts). Writers add and edit one (the secret is shown once),
// send it a test event, turn it off, enable it again, and delete it (asked twice).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber, formatTime } from '../../format.js';
import { t } from '../../i18n/index.js';
import { loadState } from '../../page.js';
import {
  AUTOMATION_OUTBOUND,
  CREATE_WEBHOOK_SUBSCRIPTION,
  DELETE_WEBHOOK_SUBSCRIPTION,
  SEND_TEST_WEBHOOK,
  UPDATE_WEBHOOK_SUBSCRIPTION,
  type OutboundDeliveryView,
  type WebhookEventType,
  type WebhookSubscriptionView,
} from '../automation.operations.js';
import { EVENT_TYPES, EVENT_WIRE_NAMES, eventWords } from './automation-format.js';
import { AutomationTab, enabledBadge } from './automation-tab.js';

interface SubscriptionForm {
  /** The subscription edited; '' adds one. */
  id: string;
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
}

export class ZacAutomationOutbound extends AutomationTab {
  static override properties = {
    ...AutomationTab.properties,
    _subscriptions: { state: true },
    _form: { state: true },
    _secret: { state: true },
    _notice: { state: true },
  };

  declare _subscriptions: WebhookSubscriptionView[];
  declare _form: SubscriptionForm | null;
  declare _secret: { value: string; url: string } | null;
  /** What the last action did, per subscription id. */
  declare _notice: { id: string; text: string } | null;

  constructor() {
    super();
    this._subscriptions = [];
    this._form = null;
    this._secret = null;
    this._notice = null;
  }

  protected async loadList(): Promise<void> {
    const { webhookSubscriptions } = await this.client.request(AUTOMATION_OUTBOUND);
    this._subscriptions = webhookSubscriptions;
  }

  private replace(sub: WebhookSubscriptionView): void {
    const known = this._subscriptions.some((s) => s.id === sub.id);
    this._subscriptions = known
      ? this._subscriptions.map((s) => (s.id === sub.id ? sub : s))
      : [...this._subscriptions, sub];
  }

  /** A delivery answered anew (a test or a redelivery) goes to the top of its log. */
  private withDelivery(subId: string, delivery: OutboundDeliveryView): void {
    this._subscriptions = this._subscriptions.map((s) =>
      s.id === subId
        ? { ...s, deliveries: [delivery, ...s.deliveries.filter((d) => d.id !== delivery.id)] }
        : s,
    );
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = this._form;
    if (!form) return;
    const formId = form.id || 'new';
    const url = form.url.trim();
    if (!/^https?:\/\/\S+$/i.test(url)) {
      this._actionError = { id: formId, message: t('automation.outbound.urlMissing') };
      return;
    }
    if (!form.eventTypes.length) {
      this._actionError = { id: formId, message: t('automation.outbound.eventsMissing') };
      return;
    }
    const description = form.description.trim();
    await this.act(formId, async () => {
      if (form.id) {
        const { updateWebhookSubscription } = await this.client.request(
          UPDATE_WEBHOOK_SUBSCRIPTION,
          { id: form.id, input: { url, description, eventTypes: form.eventTypes } },
        );
        this.replace(updateWebhookSubscription);
      } else {
        const { createWebhookSubscription } = await this.client.request(
          CREATE_WEBHOOK_SUBSCRIPTION,
          { input: { url, description: description || null, eventTypes: form.eventTypes } },
        );
        this.replace(createWebhookSubscription.subscription);
        this._secret = { value: createWebhookSubscription.secret, url };
      }
      this._form = null;
    });
  }

  private async setEnabled(s: WebhookSubscriptionView, enabled: boolean): Promise<void> {
    await this.act(s.id, async () => {
      const { updateWebhookSubscription } = await this.client.request(UPDATE_WEBHOOK_SUBSCRIPTION, {
        id: s.id,
        input: { enabled },
      });
      this.replace(updateWebhookSubscription);
      this._notice = {
        id: s.id,
        text: enabled ? t('automation.outbound.enabledAgain') : t('automation.outbound.turnedOff'),
      };
    });
  }

  private async sendTest(s: WebhookSubscriptionView): Promise<void> {
    await this.act(s.id, async () => {
      const { sendTestWebhook } = await this.client.request(SEND_TEST_WEBHOOK, {
        subscriptionId: s.id,
      });
      this.withDelivery(s.id, sendTestWebhook);
      this._notice = {
        id: s.id,
        text: t('automation.outbound.testSent'),
      };
    });
  }

  private async deleteItem(s: WebhookSubscriptionView): Promise<void> {
    await this.act(s.id, async () => {
      await this.client.request(DELETE_WEBHOOK_SUBSCRIPTION, { id: s.id });
      this._subscriptions = this._subscriptions.filter((x) => x.id !== s.id);
    });
  }

  private edit(s: WebhookSubscriptionView | null): void {
    this._actionError = null;
    this._form = s
      ? { id: s.id, url: s.url, description: s.description ?? '', eventTypes: [...s.eventTypes] }
      : { id: '', url: '', description: '', eventTypes: ['RUN_SUCCEEDED', 'RUN_FAILED'] };
  }

  private formCard(form: SubscriptionForm): TemplateResult {
    // From the form as it is now, not as it was rendered: events may come before a render.
    const current = () => this._form ?? form;
    const set = (patch: Partial<SubscriptionForm>) => (this._form = { ...current(), ...patch });
    const toggle = (type: WebhookEventType, on: boolean) => {
      const types = current().eventTypes;
      set({
        eventTypes: on
          ? EVENT_TYPES.filter((t) => t === type || types.includes(t))
          : types.filter((t) => t !== type),
      });
    };
    const title = form.id ? t('automation.outbound.edit') : t('automation.outbound.add');
    return html`<form class="card" @submit=${this.save} novalidate aria-label=${title}>
      <h2>${title}</h2>
      <div class="form-grid">
        <div class="field">
          <label for="o-url">${t('automation.outbound.url')}</label>
          <input
            id="o-url"
            type="url"
            placeholder="https://example.com/hooks/zactonics"
            .value=${form.url}
            @input=${(e: Event) => set({ url: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="o-description"
            >${t('automation.outbound.description')}
            <span class="hint">${t('automation.optional')}</span></label
          >
          <input
            id="o-description"
            maxlength="500"
            .value=${form.description}
            @input=${(e: Event) => set({ description: (e.target as HTMLInputElement).value })}
          />
        </div>
      </div>
      <fieldset>
        <legend>${t('automation.outbound.events')}</legend>
        ${EVENT_TYPES.map(
          (t) =>
            html`<div class="choice">
              <input
                type="checkbox"
                id=${`o-event-${t}`}
                .checked=${live(form.eventTypes.includes(t))}
                @change=${(e: Event) => toggle(t, (e.target as HTMLInputElement).checked)}
              />
              <label for=${`o-event-${t}`}
                >${eventWords(t)} <code>${EVENT_WIRE_NAMES[t]}</code></label
              >
            </div>`,
        )}
      </fieldset>
      ${this.actionError(form.id || 'new')}
      <div class="actions">
        <button type="submit" data-action="save-subscription" ?disabled=${this._busy}>
          ${form.id ? t('automation.outbound.save') : t('automation.outbound.create')}
        </button>
        <button type="button" class="secondary" @click=${() => (this._form = null)}>
          ${t('common.cancel')}
        </button>
      </div>
    </form>`;
  }

  private state(s: WebhookSubscriptionView): TemplateResult {
    return enabledBadge(s.enabled);
  }

  private subscription(s: WebhookSubscriptionView): TemplateResult {
    const notice = this._notice?.id === s.id ? this._notice.text : '';
    return html`<li class="card" data-subscription=${s.id}>
      <header>
        <h2><code>${s.url}</code></h2>
        ${this.state(s)}
      </header>
      ${s.description ? html`<p>${s.description}</p>` : nothing}
      <ul class="chips" aria-label=${t('automation.outbound.events')}>
        ${s.eventTypes.map((t) => html`<li class="chip">${eventWords(t)}</li>`)}
      </ul>
      ${
        !s.enabled && s.disabledReason
          ? html`<p class="error" data-disabled-reason>${s.disabledReason}</p>`
          : nothing
      }
      <dl class="facts">
        <dt>${t('automation.outbound.failures')}</dt>
        <dd class="num" data-failures>${formatNumber(s.consecutiveFailures)}</dd>
        <dt>${t('automation.secret')}</dt>
        <dd><code>${s.secretHint}</code></dd>
        <dt>${t('automation.outbound.created')}</dt>
        <dd>${formatTime(s.createdAt)}</dd>
      </dl>
      ${
        this.canWrite
          ? html`<div class="actions">
              <button
                type="button"
                class="secondary"
                data-action="edit"
                aria-label=${t('automation.outbound.editNamed', { url: s.url })}
                @click=${() => this.edit(s)}
              >
                ${t('automation.edit')}
              </button>
              <button
                type="button"
                class="secondary"
                data-action="send-test"
                ?disabled=${this._busy || !s.enabled}
                @click=${() => this.sendTest(s)}
              >
                ${t('automation.outbound.sendTest')}
              </button>
              ${
                s.enabled
                  ? this.confirmButton(
                      s.id,
                      {
                        key: 'turn-off',
                        verb: t('automation.outbound.turnOff'),
                        question: t('automation.outbound.turnOffNamed', { url: s.url }),
                      },
                      () => this.setEnabled(s, false),
                    )
                  : html`<button
                      type="button"
                      data-action="enable"
                      ?disabled=${this._busy}
                      @click=${() => this.setEnabled(s, true)}
                    >
                      ${t('automation.outbound.enableAgain')}
                    </button>`
              }
              ${this.confirmButton(
                s.id,
                {
                  key: 'delete',
                  verb: t('automation.delete'),
                  question: t('automation.outbound.deleteNamed', { url: s.url }),
                },
                () => this.deleteItem(s),
              )}
            </div>`
          : nothing
      }
      ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
      ${this.actionError(s.id)}
      <details data-delivery-log>
        <summary>${t('automation.outbound.log', { count: s.deliveries.length })}</summary>
        <zac-outbound-deliveries
          .client=${this.client}
          .deliveries=${s.deliveries}
          .canWrite=${this.canWrite}
          @zac-delivery=${(e: CustomEvent<OutboundDeliveryView>) => this.withDelivery(s.id, e.detail)}
        ></zac-outbound-deliveries>
      </details>
    </li>`;
  }

  override render() {
    const state = loadState({ loading: this._loading, error: this._error, empty: false }, '');
    if (state !== nothing) return state;
    return html`<div class="toolbar">
        <p class="muted">${t('automation.outbound.intro')}</p>
        ${
          this.canWrite
            ? html`<button
                type="button"
                data-action="add-subscription"
                ?disabled=${this._form !== null && !this._form.id}
                @click=${() => this.edit(null)}
              >
                ${t('automation.outbound.add')}
              </button>`
            : nothing
        }
      </div>
      ${this._form ? this.formCard(this._form) : nothing}
      ${
        this._subscriptions.length
          ? html`<ul class="plain cards" data-subscriptions>
              ${this._subscriptions.map((s) => this.subscription(s))}
            </ul>`
          : html`<p class="state" data-empty>${t('automation.outbound.empty')}</p>`
      }
      <zac-secret-dialog
        .secret=${this._secret?.value ?? ''}
        .heading=${t('automation.outbound.secretHeading')}
        .usage=${t('automation.outbound.secretUsage', { url: this._secret?.url ?? '' })}
        @zac-secret-closed=${() => (this._secret = null)}
      ></zac-secret-dialog>`;
  }
}
