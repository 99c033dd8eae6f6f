// <zac-outbound-deliveries>: one subscription's delivery log. Each delivery's event, status,
// attempts, last status code, next attempt and delivery time; a delivery opens to its attempt log
// (time, code, error, duration) and the payload sent, and writers redeliver it (a new attempt
// with the same webhook-id). Emits zac-delivery with a delivery the hub answered anew.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { ConsoleClient } from '../../api/client.js';
import { errorMessage, formatDuration, formatTime } from '../../format.js';
import { base } from '../../styles.js';
import { REDELIVER_WEBHOOK, type OutboundDeliveryView } from '../automation.operations.js';
import { deliveryStatusWords, eventWords, prettyJson } from './automation-format.js';
import { automationStyles } from './automation.styles.js';

export class ZacOutboundDeliveries extends LitElement {
  static override styles = [
    base,
    automationStyles,
    css`
      .delivery-details {
        padding: 0 0.25rem 0.5rem;
      }
      .delivery-details h3 {
        font-size: 0.95rem;
        margin: 0.75rem 0 0.25rem;
      }
      @media (max-width: 600px) {
        .delivery-details .table-wrap {
          border: none;
        }
        .delivery-details .table-wrap tr {
          padding-left: 0;
          padding-right: 0;
        }
      }
    `,
  ];
  static override properties = {
    client: { attribute: false },
    deliveries: { attribute: false },
    canWrite: { type: Boolean },
    _open: { state: true },
    _busy: { state: true },
    _error: { state: true },
  };

  declare client: ConsoleClient;
  declare deliveries: OutboundDeliveryView[];
  declare canWrite: boolean;
  /** The delivery whose attempts and payload are shown. */
  declare _open: string;
  declare _busy: boolean;
  declare _error: { id: string; message: string } | null;

  constructor() {
    super();
    this.deliveries = [];
    this.canWrite = false;
    this._open = '';
    this._busy = false;
    this._error = null;
  }

  private async redeliver(d: OutboundDeliveryView): Promise<void> {
    this._busy = true;
    this._error = null;
    try {
      const { redeliverWebhook } = await this.client.request(REDELIVER_WEBHOOK, {
        deliveryId: d.id,
      });
      this.dispatchEvent(new CustomEvent('zac-delivery', { detail: redeliverWebhook }));
    } catch (error) {
      this._error = { id: d.id, message: errorMessage(error) };
    } finally {
      this._busy = false;
    }
  }

  private details(d: OutboundDeliveryView): TemplateResult {
    return html`<div class="delivery-details" data-delivery-details=${d.id}>
      <h3>Attempts</h3>
      ${
        d.attemptLog.length
          ? html`<div class="table-wrap">
              <table class="stack" data-attempts>
                <thead>
                  <tr>
                    <th scope="col">At</th>
                    <th scope="col">Status code</th>
                    <th scope="col">Error</th>
                    <th scope="col">Took</th>
                  </tr>
                </thead>
                <tbody>
                  ${d.attemptLog.map(
                    (a) =>
                      html`<tr>
                        <td class="when">${formatTime(a.at)}</td>
                        <td data-label="Status code" class="num">${a.statusCode ?? '—'}</td>
                        <td data-label="Error">${a.error ?? '—'}</td>
                        <td data-label="Took" class="num">${formatDuration(a.durationMs)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p class="meta">Not attempted yet.</p>`
      }
      <h3>Payload</h3>
      <pre tabindex="0" aria-label=${`Payload of ${d.id}`} data-payload>
${prettyJson(d.payload)}</pre>
      <p class="meta">webhook-id <code>${d.id}</code></p>
      ${
        this.canWrite
          ? html`<div class="actions">
              <button
                type="button"
                class="secondary"
                data-action="redeliver"
                ?disabled=${this._busy || d.status === 'PENDING'}
                @click=${() => this.redeliver(d)}
              >
                Redeliver
              </button>
              ${d.status === 'PENDING' ? html`<span class="meta">Retrying on its own.</span>` : nothing}
            </div>`
          : nothing
      }
      ${
        this._error?.id === d.id
          ? html`<p class="error" role="alert" data-action-error>${this._error.message}</p>`
          : nothing
      }
    </div>`;
  }

  private row(d: OutboundDeliveryView): TemplateResult {
    const open = this._open === d.id;
    return html`<tr data-delivery=${d.id}>
        <td>
          <button
            type="button"
            class="secondary"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${`delivery-${d.id}`}
            data-action="open-delivery"
            @click=${() => (this._open = open ? '' : d.id)}
          >
            ${eventWords(d.eventType)}
          </button>
          <div class="meta">${formatTime(d.createdAt)}</div>
        </td>
        <td data-label="Status">
          <span class="badge" data-status=${d.status}>${deliveryStatusWords(d.status)}</span>
        </td>
        <td data-label="Attempts" class="num">${d.attempts}</td>
        <td data-label="Last code" class="num">${d.lastStatusCode ?? '—'}</td>
        <td data-label="Next attempt" class="when">
          ${d.nextAttemptAt ? formatTime(d.nextAttemptAt) : '—'}
        </td>
        <td data-label="Delivered" class="when">
          ${d.deliveredAt ? formatTime(d.deliveredAt) : '—'}
        </td>
      </tr>
      ${
        open
          ? html`<tr class="details" id=${`delivery-${d.id}`}>
              <td colspan="6">${this.details(d)}</td>
            </tr>`
          : nothing
      }`;
  }

  override render() {
    if (!this.deliveries.length) {
      return html`<p class="meta">
        No deliveries yet: the events it subscribes to have not happened since it was created.
      </p>`;
    }
    return html`<div class="table-wrap">
      <table class="stack" data-outbound-deliveries>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last code</th>
            <th scope="col">Next attempt</th>
            <th scope="col">Delivered</th>
          </tr>
        </thead>
        <tbody>
          ${this.deliveries.map((d) => this.row(d))}
        </tbody>
      </table>
    </div>`;
  }
}
