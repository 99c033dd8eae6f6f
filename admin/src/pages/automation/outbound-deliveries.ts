// <zac-outbound-deliveries>: one subscription's delivery log. Each delivery's event, status,
// attempts, last status code, next attempt and delivery time; a delivery opens to its attempt log
// (time, code, error, duration) and the payload sent, and writers redeliver it (a new attempt
// with the same webhook-id). Emits zac-delivery with a delivery the hub answered anew.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { ConsoleClient } from '../../api/client.js';
import { errorMessage, formatDuration, formatNumber, formatTime } from '../../format.js';
import { LanguageController, t } from '../../i18n/index.js';
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
    new LanguageController(this);
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
      <h3>${t('automation.deliveries.attempts')}</h3>
      ${
        d.attemptLog.length
          ? html`<div class="table-wrap">
              <table class="stack" data-attempts>
                <thead>
                  <tr>
                    <th scope="col">${t('automation.deliveries.at')}</th>
                    <th scope="col">${t('automation.deliveries.statusCode')}</th>
                    <th scope="col">${t('automation.deliveries.error')}</th>
                    <th scope="col">${t('automation.deliveries.took')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${d.attemptLog.map(
                    (a) =>
                      html`<tr>
                        <td class="when">${formatTime(a.at)}</td>
                        <td data-label=${t('automation.deliveries.statusCode')} class="num">
                          ${a.statusCode ?? '—'}
                        </td>
                        <td data-label=${t('automation.deliveries.error')}>${a.error ?? '—'}</td>
                        <td data-label=${t('automation.deliveries.took')} class="num">
                          ${formatDuration(a.durationMs)}
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p class="meta">${t('automation.deliveries.notAttempted')}</p>`
      }
      <h3>${t('automation.deliveries.payload')}</h3>
      <pre
        tabindex="0"
        aria-label=${t('automation.deliveries.payloadOf', { id: d.id })}
        data-payload
      >
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
                ${t('automation.deliveries.redeliver')}
              </button>
              ${
                d.status === 'PENDING'
                  ? html`<span class="meta">${t('automation.deliveries.retrying')}</span>`
                  : nothing
              }
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
        <td data-label=${t('automation.status')}>
          <span class="badge" data-status=${d.status}>${deliveryStatusWords(d.status)}</span>
        </td>
        <td data-label=${t('automation.deliveries.attemptCount')} class="num">
          ${formatNumber(d.attempts)}
        </td>
        <td data-label=${t('automation.deliveries.lastCode')} class="num">
          ${d.lastStatusCode ?? '—'}
        </td>
        <td data-label=${t('automation.deliveries.nextAttempt')} class="when">
          ${d.nextAttemptAt ? formatTime(d.nextAttemptAt) : '—'}
        </td>
        <td data-label=${t('automation.deliveries.delivered')} class="when">
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
      return html`<p class="meta">${t('automation.deliveries.empty')}</p>`;
    }
    return html`<div class="table-wrap">
      <table class="stack" data-outbound-deliveries>
        <thead>
          <tr>
            <th scope="col">${t('automation.event')}</th>
            <th scope="col">${t('automation.status')}</th>
            <th scope="col">${t('automation.deliveries.attemptCount')}</th>
            <th scope="col">${t('automation.deliveries.lastCode')}</th>
            <th scope="col">${t('automation.deliveries.nextAttempt')}</th>
            <th scope="col">${t('automation.deliveries.delivered')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.deliveries.map((d) => this.row(d))}
        </tbody>
      </table>
    </div>`;
  }
}
