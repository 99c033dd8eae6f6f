// <zac-automation-inbound>: the Inbound webhooks tab. Each endpoint with its scenario, its URL (to
// copy), its switch and last delivery; its recent deliveries fold out (accepted or rejected, why
// in words, the run started). Creating an endpoint or rotating its secret shows the secret once
// (./secret-dialog.ts). A box says how a sender signs and what it posts.
import { html, nothing, type TemplateResult } from 'lit';
import { formatTime } from '../../format.js';
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
import { deliveryStatusWords, errorCodeWords } from './automation-format.js';
import { AutomationTab, scenarioOptions } from './automation-tab.js';

/** What a sender does, shown beside the endpoints. */
function howToCall(url: string): TemplateResult {
  const body = `{
  "type": "lead.created",
  "timestamp": "2026-12-07T15:04:05Z",
  "data": { …the scenario's input… }
}`;
  return html`<section class="card" aria-labelledby="howto-title" data-howto>
    <h2 id="howto-title">How to call it</h2>
    <p>
      POST JSON to the endpoint’s URL with the three
      <a href="https://www.standardwebhooks.com/" target="_blank" rel="noopener"
        >Standard Webhooks</a
      >
      headers:
    </p>
    <pre tabindex="0" aria-label="Request headers">
POST ${url}
content-type: application/json
webhook-id: msg_2Lm9…        (unique per message; a repeat is refused)
webhook-timestamp: 1796655845 (Unix seconds; within 5 minutes of the hub's clock)
webhook-signature: v1,&lt;base64 HMAC-SHA256 of "&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;"&gt;</pre>
    <p>
      The key is the secret after <code>whsec_</code>, base64-decoded. The body is an envelope whose
      <code>data</code> is the scenario’s input, or the input itself:
    </p>
    <pre tabindex="0" aria-label="Request body">${body}</pre>
    <p class="meta">
      The hub answers 202 with the delivery and run ids; 400 when the body is not JSON or does not
      fit the scenario, 401 for a bad signature or an old timestamp, 404 for a disabled endpoint,
      409 for a repeated webhook-id and 413 over 64 KiB.
    </p>
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
      this._actionError = { id: 'new', message: 'Name the endpoint and pick its scenario.' };
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
    if (!list.length) return html`<p class="meta">Nothing received yet.</p>`;
    const rejected = list.filter((d) => d.status === 'REJECTED').length;
    return html`<details data-deliveries>
      <summary>
        Recent deliveries (${list.length}${rejected ? `, ${rejected} rejected` : ''})
      </summary>
      <div class="table-wrap">
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">Status</th>
              <th scope="col">Event</th>
              <th scope="col">Why</th>
              <th scope="col">Run</th>
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
      <td data-label="Status">
        <span class="badge" data-status=${d.status}>${deliveryStatusWords(d.status)}</span>
      </td>
      <td data-label="Event">${d.eventType ?? '—'}</td>
      <td data-label="Why">
        ${
          d.errorCode
            ? html`<span data-error-words>${errorCodeWords(d.errorCode)}</span
                >${d.error ? html`<br /><span class="meta">${d.error}</span>` : nothing}`
            : '—'
        }
      </td>
      <td data-label="Run">
        ${d.runId ? html`<a href=${href(`/runs/${encodeURIComponent(d.runId)}`)}>Run ${d.runId.slice(0, 8)}</a>` : '—'}
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
        <dt>Starts</dt>
        <dd>
          ${this.scenarioTitle(e.scenarioKey)}
          <span class="meta">(${this.agentName(e.scenarioKey) || e.agentKey})</span>
        </dd>
        <dt>URL</dt>
        <dd>
          <code data-url>${e.url}</code>
          <zac-copy-button .text=${e.url} label=${`Copy the URL of ${e.name}`}></zac-copy-button>
        </dd>
        <dt>Secret</dt>
        <dd><code>${e.secretHint}</code></dd>
        <dt>Last delivery</dt>
        <dd>${e.lastDeliveryAt ? formatTime(e.lastDeliveryAt) : 'none yet'}</dd>
      </dl>
      ${this.deliveries(e)}
      ${
        this.canWrite
          ? html`<div class="actions">
              ${this.confirmButton(e.id, 'Rotate secret', `of ${e.name}`, () => this.rotate(e))}
              ${this.confirmButton(e.id, 'Delete', e.name, () => this.deleteItem(e))}
            </div>`
          : nothing
      }
      ${this.actionError(e.id)}
    </li>`;
  }

  private addForm(): TemplateResult {
    return html`<form class="card" @submit=${this.create} novalidate aria-label="Add endpoint">
      <h2>Add endpoint</h2>
      <div class="form-grid">
        <div class="field">
          <label for="e-name">Name</label>
          <input
            id="e-name"
            maxlength="100"
            placeholder="Website lead form"
            .value=${this._name}
            @input=${(ev: Event) => (this._name = (ev.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="e-scenario">Scenario it starts</label>
          <select
            id="e-scenario"
            @change=${(ev: Event) => (this._scenarioKey = (ev.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!this._scenarioKey}>Pick a scenario</option>
            ${scenarioOptions(this._scenarios, this._scenarioKey)}
          </select>
        </div>
      </div>
      ${this.actionError('new')}
      <div class="actions">
        <button type="submit" data-action="create-endpoint" ?disabled=${this._busy}>
          Create endpoint
        </button>
        <button type="button" class="secondary" @click=${() => (this._adding = false)}>
          Cancel
        </button>
      </div>
    </form>`;
  }

  override render() {
    const state = loadState({ loading: this._loading, error: this._error, empty: false }, '');
    if (state !== nothing) return state;
    const first = this._endpoints[0];
    return html`<div class="toolbar">
        <p class="muted">
          An inbound webhook lets another system (a form, a shop platform) start a scenario by
          posting signed JSON to the endpoint’s URL.
        </p>
        ${
          this.canWrite
            ? html`<button
                type="button"
                data-action="add-endpoint"
                ?disabled=${this._adding}
                @click=${() => (this._adding = true)}
              >
                Add endpoint
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
          : html`<p class="state" data-empty>No endpoints yet.</p>`
      }
      ${howToCall(first?.url ?? `${location.origin}/hooks/<endpoint id>`)}
      <zac-secret-dialog
        .secret=${this._secret?.value ?? ''}
        .heading=${`Signing secret of ${this._secret?.name ?? ''}`}
        usage="The sender signs each request with it (see How to call it)."
        @zac-secret-closed=${() => (this._secret = null)}
      ></zac-secret-dialog>`;
  }
}
