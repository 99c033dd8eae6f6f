// <zac-automation-inbound>: the Inbound webhooks tab. Each endpoint with its scenario, its URL (to
// copy), its switch and last delivery; its recent deliveries fold out (accepted or rejected, why
// in words, the run started). Creating an endpoint or rotating its secret shows the secret once
// (./secret-dialog.ts). A box says how a sender signs and what it posts.
import { html, nothing, type TemplateResult } from 'lit';
import { formatTime } from '../../format.js';
import { t } from '../../i18n/index.js';
import { loadState } from '../../page.js';
import { href } from '../../router.js';
import {
  AUTOMATION_INBOUND,
  CREATE_WEBHOOK_ENDPOINT,
  DELETE_WEBHOOK_ENDPOINT,
  ROTATE_WEBHOOK_ENDPOINT_SECRET,
  UPDATE_WEBHOOK_ENDPOINT,
  type InboundDeliveryView,
  type WebhookEndpointView,
} from '../automation.operations.js';
import { deliveryStatusWords, errorCodeWords, fill } from './automation-format.js';
import { AutomationTab, scenarioOptions } from './automation-tab.js';

/** What a sender does, shown beside the endpoints. */
function howToCall(url: string): TemplateResult {
  const body = `{
  "type": "lead.created",
  "timestamp": "2026-12-07T15:04:05Z",
  "data": { ${t('automation.howto.bodyData')} }
}`;
  return html`<section class="card" aria-labelledby="howto-title" data-howto>
    <h2 id="howto-title">${t('automation.howto.title')}</h2>
    <p>
      ${fill(t('automation.howto.post'), {
        standard: html`<a href="https://www.standardwebhooks.com/" target="_blank" rel="noopener"
          >Standard Webhooks</a
        >`,
      })}
    </p>
    <pre tabindex="0" aria-label=${t('automation.howto.headers')}>
POST ${url}
content-type: application/json
webhook-id: msg_2Lm9…        (${t('automation.howto.idNote')})
webhook-timestamp: 1796655845 (${t('automation.howto.timestampNote')})
webhook-signature: v1,&lt;${t('automation.howto.signatureNote')}&gt;</pre>
    <p>
      ${fill(t('automation.howto.key'), {
        prefix: html`<code>whsec_</code>`,
        data: html`<code>data</code>`,
      })}
    </p>
    <pre tabindex="0" aria-label=${t('automation.howto.body')}>${body}</pre>
    <p class="meta">${t('automation.howto.answers')}</p>
  </section>`;
}

export class ZacAutomationInbound extends AutomationTab {
  static override properties = {
    ...AutomationTab.properties,
    _endpoints: { state: true },
    _adding: { state: true },
    _name: { state: true },
    _scenarioKey: { state: true },
    _secret: { state: true },
  };

  declare _endpoints: WebhookEndpointView[];
  declare _adding: boolean;
  declare _name: string;
  declare _scenarioKey: string;
  /** The secret the hub answered once, and whose; '' when none is shown. */
  declare _secret: { value: string; name: string } | null;

  constructor() {
    super();
    this._endpoints = [];
    this._adding = false;
    this._name = '';
    this._scenarioKey = '';
    this._secret = null;
  }

  protected async loadList(): Promise<void> {
    const { webhookEndpoints } = await this.client.request(AUTOMATION_INBOUND);
    this._endpoints = webhookEndpoints;
  }

  private replace(endpoint: WebhookEndpointView): void {
    const known = this._endpoints.some((e) => e.id === endpoint.id);
    this._endpoints = known
      ? this._endpoints.map((e) => (e.id === endpoint.id ? endpoint : e))
      : [...this._endpoints, endpoint];
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const name = this._name.trim();
    if (!name || !this._scenarioKey) {
      this._actionError = { id: 'new', message: t('automation.inbound.missing') };
      return;
    }
    await this.act('new', async () => {
      const { createWebhookEndpoint } = await this.client.request(CREATE_WEBHOOK_ENDPOINT, {
        input: { name, scenarioKey: this._scenarioKey },
      });
      this.replace(createWebhookEndpoint.endpoint);
      this._secret = { value: createWebhookEndpoint.secret, name };
      this._adding = false;
      this._name = '';
      this._scenarioKey = '';
    });
  }

  private async rotate(e: WebhookEndpointView): Promise<void> {
    await this.act(e.id, async () => {
      const { rotateWebhookEndpointSecret } = await this.client.request(
        ROTATE_WEBHOOK_ENDPOINT_SECRET,
        { id: e.id },
      );
      this.replace(rotateWebhookEndpointSecret.endpoint);
      this._secret = { value: rotateWebhookEndpointSecret.secret, name: e.name };
    });
  }

  private async setEnabled(e: WebhookEndpointView, enabled: boolean): Promise<void> {
    await this.act(e.id, async () => {
      const { updateWebhookEndpoint } = await this.client.request(UPDATE_WEBHOOK_ENDPOINT, {
        id: e.id,
        name: null,
        enabled,
      });
      this.replace(updateWebhookEndpoint);
    });
    this.requestUpdate();
  }

  private async deleteItem(e: WebhookEndpointView): Promise<void> {
    await this.act(e.id, async () => {
      await this.client.request(DELETE_WEBHOOK_ENDPOINT, { id: e.id });
      this._endpoints = this._endpoints.filter((x) => x.id !== e.id);
    });
  }

  private deliveries(e: WebhookEndpointView): TemplateResult {
    const list = e.deliveries;
    if (!list.length) return html`<p class="meta">${t('automation.inbound.nothingReceived')}</p>`;
    const rejected = list.filter((d) => d.status === 'REJECTED').length;
    return html`<details data-deliveries>
      <summary>
        ${
          rejected
            ? t('automation.inbound.recentWithRejected', { count: list.length, rejected })
            : t('automation.inbound.recent', { count: list.length })
        }
      </summary>
      <div class="table-wrap">
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">${t('automation.inbound.received')}</th>
              <th scope="col">${t('automation.status')}</th>
              <th scope="col">${t('automation.event')}</th>
              <th scope="col">${t('automation.inbound.why')}</th>
              <th scope="col">${t('automation.run')}</th>
            </tr>
          </thead>
          <tbody>
            ${list.map((d) => this.delivery(d))}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  private delivery(d: InboundDeliveryView): TemplateResult {
    return html`<tr data-delivery=${d.id}>
      <td class="when">${formatTime(d.receivedAt)}</td>
      <td data-label=${t('automation.status')}>
        <span class="badge" data-status=${d.status}>${deliveryStatusWords(d.status)}</span>
      </td>
      <td data-label=${t('automation.event')}>${d.eventType ?? '—'}</td>
      <td data-label=${t('automation.inbound.why')}>
        ${
          d.errorCode
            ? html`<span data-error-words>${errorCodeWords(d.errorCode)}</span
                >${d.error ? html`<br /><span class="meta">${d.error}</span>` : nothing}`
            : '—'
        }
      </td>
      <td data-label=${t('automation.run')}>
        ${
          d.runId
            ? html`<a href=${href(`/runs/${encodeURIComponent(d.runId)}`)}
                >${t('automation.runLink', { id: d.runId.slice(0, 8) })}</a
              >`
            : '—'
        }
      </td>
    </tr>`;
  }

  private endpoint(e: WebhookEndpointView): TemplateResult {
    return html`<li class="card" data-endpoint=${e.id}>
      <header>
        <h2>${e.name}</h2>
        ${this.enabledSwitch(e.enabled, e.name, (on) => void this.setEnabled(e, on))}
      </header>
      <dl class="facts">
        <dt>${t('automation.starts')}</dt>
        <dd>
          ${this.scenarioTitle(e.scenarioKey)}
          <span class="meta">(${this.agentName(e.scenarioKey) || e.agentKey})</span>
        </dd>
        <dt>${t('automation.inbound.url')}</dt>
        <dd>
          <code data-url>${e.url}</code>
          <zac-copy-button
            .text=${e.url}
            label=${t('automation.inbound.copyUrl', { name: e.name })}
          ></zac-copy-button>
        </dd>
        <dt>${t('automation.secret')}</dt>
        <dd><code>${e.secretHint}</code></dd>
        <dt>${t('automation.inbound.lastDelivery')}</dt>
        <dd>
          ${e.lastDeliveryAt ? formatTime(e.lastDeliveryAt) : t('automation.inbound.noneYet')}
        </dd>
      </dl>
      ${this.deliveries(e)}
      ${
        this.canWrite
          ? html`<div class="actions">
              ${this.confirmButton(
                e.id,
                {
                  key: 'rotate-secret',
                  verb: t('automation.inbound.rotate'),
                  question: t('automation.inbound.rotateNamed', { name: e.name }),
                },
                () => this.rotate(e),
              )}
              ${this.confirmButton(
                e.id,
                {
                  key: 'delete',
                  verb: t('automation.delete'),
                  question: t('automation.inbound.deleteNamed', { name: e.name }),
                },
                () => this.deleteItem(e),
              )}
            </div>`
          : nothing
      }
      ${this.actionError(e.id)}
    </li>`;
  }

  private addForm(): TemplateResult {
    return html`<form
      class="card"
      @submit=${this.create}
      novalidate
      aria-label=${t('automation.inbound.add')}
    >
      <h2>${t('automation.inbound.add')}</h2>
      <div class="form-grid">
        <div class="field">
          <label for="e-name">${t('automation.inbound.name')}</label>
          <input
            id="e-name"
            maxlength="100"
            placeholder=${t('automation.inbound.namePlaceholder')}
            .value=${this._name}
            @input=${(ev: Event) => (this._name = (ev.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="e-scenario">${t('automation.inbound.scenario')}</label>
          <select
            id="e-scenario"
            @change=${(ev: Event) => (this._scenarioKey = (ev.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!this._scenarioKey}>
              ${t('automation.pickScenario')}
            </option>
            ${scenarioOptions(this._scenarios, this._scenarioKey)}
          </select>
        </div>
      </div>
      ${this.actionError('new')}
      <div class="actions">
        <button type="submit" data-action="create-endpoint" ?disabled=${this._busy}>
          ${t('automation.inbound.create')}
        </button>
        <button type="button" class="secondary" @click=${() => (this._adding = false)}>
          ${t('common.cancel')}
        </button>
      </div>
    </form>`;
  }

  override render() {
    const state = loadState({ loading: this._loading, error: this._error, empty: false }, '');
    if (state !== nothing) return state;
    const first = this._endpoints[0];
    return html`<div class="toolbar">
        <p class="muted">${t('automation.inbound.intro')}</p>
        ${
          this.canWrite
            ? html`<button
                type="button"
                data-action="add-endpoint"
                ?disabled=${this._adding}
                @click=${() => (this._adding = true)}
              >
                ${t('automation.inbound.add')}
              </button>`
            : nothing
        }
      </div>
      ${this._adding ? this.addForm() : nothing}
      ${
        this._endpoints.length
          ? html`<ul class="plain cards" data-endpoints>
              ${this._endpoints.map((e) => this.endpoint(e))}
            </ul>`
          : html`<p class="state" data-empty>${t('automation.inbound.empty')}</p>`
      }
      ${howToCall(first?.url ?? `${location.origin}/hooks/<${t('automation.howto.endpointId')}>`)}
      <zac-secret-dialog
        .secret=${this._secret?.value ?? ''}
        .heading=${t('automation.inbound.secretOf', { name: this._secret?.name ?? '' })}
        .usage=${t('automation.inbound.secretUsage')}
        @zac-secret-closed=${() => (this._secret = null)}
      ></zac-secret-dialog>`;
  }
}
