// <zac-tax-quote>: sales tax on a sale typed in: where it ships (ZIP, state, city), the date, the
// lines (a category and an amount each) and the shipping charged. The hub answers with the
// sourcing, each jurisdiction's rate and tax with the rules behind it, each line's treatment and
// the total; amounts are typed in dollars and sent as whole cents.
import { css, html, nothing, type TemplateResult } from 'lit';
import { t, translated } from '../../i18n/index.js';
import { ConsolePage } from '../../page.js';
import { amountCell } from '../reports/report-format.js';
import { TAX_SALES_TAX_QUOTE, type QuoteInput, type SalesTaxQuote } from '../tax.operations.js';
import { fill, parseDollars, ratePercent, words } from './tax-format.js';
import { salesTaxRuleItem } from './tax-sales.js';
import { taxStyles } from './tax.styles.js';
import { toggled, whyButton, whyRow } from './tax-why.js';

/** The hub's product categories (SalesTaxLineInput.category). */
const CATEGORIES = ['general', 'clothing', 'grocery', 'digital', 'gift-card'] as const;

/** How the sale was sourced, in words (`tax.quote.sourcing.<KIND>`); an unknown kind as sent. */
function sourcingWords(sourcing: string): string {
  return translated(`tax.quote.sourcing.${sourcing}`, sourcing);
}

/** A product category in words (`tax.category.<category>`); an unknown one as sent. */
function categoryWords(category: string): string {
  return translated(`tax.category.${category}`, category);
}

interface LineDraft {
  description: string;
  category: string;
  quantity: string;
  price: string;
}

const blankLine = (): LineDraft => ({
  description: '',
  category: 'general',
  quantity: '1',
  price: '',
});

/** The form's fields as the API's input, or the first problem found, naming its field. */
export function quoteInput(form: {
  postalCode: string;
  state: string;
  city: string;
  date: string;
  shipping: string;
  lines: readonly LineDraft[];
}): { input: QuoteInput } | { error: string; field: string } {
  const state = form.state.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(state)) return { error: t('tax.quote.stateError'), field: 'state' };
  if (!/^\d{5}(-\d{4})?$/.test(form.postalCode.trim())) {
    return { error: t('tax.quote.zipError'), field: 'zip' };
  }
  const shipping = form.shipping.trim() === '' ? 0 : parseDollars(form.shipping);
  if (shipping === null) return { error: t('tax.quote.shippingError'), field: 'shipping' };
  const lines: QuoteInput['lines'] = [];
  for (const [i, line] of form.lines.entries()) {
    const price = parseDollars(line.price);
    const quantity = Number(line.quantity);
    if (price === null) {
      return { error: t('tax.quote.priceError', { n: String(i + 1) }), field: `price-${i}` };
    }
    if (!Number.isInteger(quantity) || quantity < 1) {
      return { error: t('tax.quote.quantityError', { n: String(i + 1) }), field: `qty-${i}` };
    }
    lines.push({
      id: `line-${i + 1}`,
      description: line.description.trim() || null,
      category: line.category,
      quantity,
      unitPriceCents: price,
    });
  }
  if (!lines.length) return { error: t('tax.quote.noLines'), field: 'price-0' };
  return {
    input: {
      shipTo: { postalCode: form.postalCode.trim(), state, city: form.city.trim() || null },
      date: form.date || null,
      lines,
      shippingCents: shipping,
    },
  };
}

export class ZacTaxQuote extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    taxStyles,
    css`
      fieldset {
        border: 1px solid var(--zac-admin-border);
        border-radius: 8px;
        padding: 0.75rem;
        margin: 0 0 0.75rem;
        min-width: 0;
      }
      legend {
        font-weight: 600;
        padding: 0 0.25rem;
      }
      .line {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: flex-end;
        margin-bottom: 0.5rem;
      }
      .line .field {
        margin-bottom: 0;
      }
      .line input.qty {
        width: 4.5rem;
      }
      .line input.money,
      input.money {
        width: 7rem;
      }
      input.zip {
        width: 7rem;
      }
      input.state {
        width: 4.5rem;
        text-transform: uppercase;
      }
      table th[scope='row'] {
        min-width: 12rem;
      }
      .line label {
        font-size: 0.85rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _postalCode: { state: true },
    _state: { state: true },
    _city: { state: true },
    _date: { state: true },
    _shipping: { state: true },
    _lines: { state: true },
    _error: { state: true },
    _field: { state: true },
    _quoting: { state: true },
    _quote: { state: true },
    _descriptions: { state: true },
    _open: { state: true },
  };

  declare _postalCode: string;
  declare _state: string;
  declare _city: string;
  declare _date: string;
  declare _shipping: string;
  declare _lines: LineDraft[];
  declare _error: string;
  declare _field: string;
  declare _quoting: boolean;
  declare _quote: SalesTaxQuote | null;
  /** The descriptions sent, by line id: the quote names lines by id only. */
  declare _descriptions: ReadonlyMap<string, string>;
  declare _open: ReadonlySet<string>;

  constructor() {
    super();
    this._postalCode = '';
    this._state = '';
    this._city = '';
    this._date = '';
    this._shipping = '';
    this._lines = [blankLine()];
    this._error = '';
    this._field = '';
    this._quoting = false;
    this._quote = null;
    this._descriptions = new Map();
    this._open = new Set();
  }

  private setLine(index: number, change: Partial<LineDraft>): void {
    this._lines = this._lines.map((line, i) => (i === index ? { ...line, ...change } : line));
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const checked = quoteInput({
      postalCode: this._postalCode,
      state: this._state,
      city: this._city,
      date: this._date,
      shipping: this._shipping,
      lines: this._lines,
    });
    if ('error' in checked) {
      this._error = checked.error;
      this._field = checked.field;
      return;
    }
    this._error = '';
    this._field = '';
    this._quoting = true;
    try {
      const { salesTaxQuote } = await this.client.request(TAX_SALES_TAX_QUOTE, checked);
      this._descriptions = new Map(
        checked.input.lines.map((l) => [l.id ?? '', l.description ?? ''] as const),
      );
      this._quote = salesTaxQuote;
      this._open = new Set();
    } catch (error) {
      this._quote = null;
      this._error = error instanceof Error ? error.message : String(error);
    } finally {
      this._quoting = false;
    }
  }

  private invalid(field: string): 'true' | 'false' {
    return this._field === field ? 'true' : 'false';
  }

  private lineFields(line: LineDraft, i: number): TemplateResult {
    const n = i + 1;
    return html`<div class="line" data-quote-line=${i}>
      <div class="field">
        <label for=${`desc-${i}`}>${t('tax.quote.lineDescription', { n: String(n) })}</label>
        <input
          id=${`desc-${i}`}
          .value=${line.description}
          @input=${(e: Event) =>
            this.setLine(i, { description: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for=${`cat-${i}`}>${t('tax.quote.category')}</label>
        <select
          id=${`cat-${i}`}
          @change=${(e: Event) =>
            this.setLine(i, { category: (e.target as HTMLSelectElement).value })}
        >
          ${CATEGORIES.map(
            (c) =>
              html`<option value=${c} ?selected=${c === line.category}>
                ${categoryWords(c)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for=${`qty-${i}`}>${t('tax.quote.quantity')}</label>
        <input
          id=${`qty-${i}`}
          class="qty"
          inputmode="numeric"
          .value=${line.quantity}
          aria-invalid=${this.invalid(`qty-${i}`)}
          @input=${(e: Event) =>
            this.setLine(i, { quantity: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for=${`price-${i}`}>${t('tax.quote.unitPrice')}</label>
        <input
          id=${`price-${i}`}
          class="money"
          inputmode="decimal"
          .value=${line.price}
          aria-invalid=${this.invalid(`price-${i}`)}
          @input=${(e: Event) => this.setLine(i, { price: (e.target as HTMLInputElement).value })}
        />
      </div>
      ${
        this._lines.length > 1
          ? html`<button
              type="button"
              class="secondary"
              aria-label=${t('tax.quote.removeLine', { n: String(n) })}
              @click=${() => (this._lines = this._lines.filter((_, j) => j !== i))}
            >
              ${t('tax.quote.remove')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private form(): TemplateResult {
    return html`<form @submit=${this.submit} novalidate aria-describedby="quote-error">
      <fieldset>
        <legend>${t('tax.quote.shipToAndDate')}</legend>
        <div class="row">
          <div class="field">
            <label for="zip">${t('tax.quote.zip')}</label>
            <input
              id="zip"
              class="zip"
              inputmode="numeric"
              autocomplete="postal-code"
              .value=${this._postalCode}
              aria-invalid=${this.invalid('zip')}
              @input=${(e: Event) => (this._postalCode = (e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="state">${t('tax.state')}</label>
            <input
              id="state"
              class="state"
              maxlength="2"
              .value=${this._state}
              aria-invalid=${this.invalid('state')}
              @input=${(e: Event) => (this._state = (e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="city"
              >${t('tax.quote.city')} <span class="hint">${t('tax.quote.optional')}</span></label
            >
            <input
              id="city"
              .value=${this._city}
              @input=${(e: Event) => (this._city = (e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="quote-date"
              >${t('tax.quote.date')} <span class="hint">${t('tax.quote.emptyToday')}</span></label
            >
            <input
              id="quote-date"
              type="date"
              .value=${this._date}
              @change=${(e: Event) => (this._date = (e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="shipping">${t('tax.quote.shippingDollars')}</label>
            <input
              id="shipping"
              class="money"
              inputmode="decimal"
              .value=${this._shipping}
              aria-invalid=${this.invalid('shipping')}
              @input=${(e: Event) => (this._shipping = (e.target as HTMLInputElement).value)}
            />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>${t('tax.quote.lines')}</legend>
        ${this._lines.map((line, i) => this.lineFields(line, i))}
        <button
          type="button"
          class="secondary"
          data-action="add-line"
          @click=${() => (this._lines = [...this._lines, blankLine()])}
        >
          ${t('tax.quote.addLine')}
        </button>
      </fieldset>
      <button type="submit" ?disabled=${this._quoting}>
        ${this._quoting ? t('tax.quote.quoting') : t('tax.quote.quote')}
      </button>
      <p class="field-error" id="quote-error" role="alert">${this._error}</p>
    </form>`;
  }

  private result(q: SalesTaxQuote): TemplateResult {
    const rules = new Map(q.rulesUsed.map((r) => [r.id, r]));
    const toggle = (key: string) => () => (this._open = toggled(this._open, key));
    return html`<section data-quote aria-label=${t('tax.quote.result')}>
      <div class="summary">
        <div class="card" data-kpi="quote-tax">
          <div class="label">${t('tax.quote.taxAt', { rate: ratePercent(q.combinedRate) })}</div>
          <div class="value">${amountCell(q.totalTaxCents)}</div>
        </div>
        <div class="card" data-kpi="quote-total">
          <div class="label">${t('tax.quote.totalWithTax')}</div>
          <div class="value">${amountCell(q.totalCents)}</div>
        </div>
      </div>
      <p>
        ${fill(
          t('tax.quote.sourcingSentence', {
            date: q.date,
            reason: q.sourcingReason,
            region: q.address.regionName,
            place: `${q.address.postalCode}${q.address.city ? `, ${q.address.city}` : ''}`,
            source: q.address.tableSource,
            asOf: q.address.tableAsOf,
            note: q.address.note ?? '',
          }),
          { sourcing: html`<strong>${sourcingWords(q.sourcing)}</strong>` },
        )}
      </p>
      <div class="table-wrap">
        <table data-quote-jurisdictions>
          <caption>
            ${t('tax.quote.perJurisdiction')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('tax.jurisdiction')}</th>
              <th scope="col" class="num">${t('tax.rate')}</th>
              <th scope="col" class="num">${t('tax.taxable')}</th>
              <th scope="col" class="num">${t('tax.tax')}</th>
            </tr>
          </thead>
          <tbody>
            ${q.jurisdictions.map((j) => {
              const key = `q-${j.code}`;
              const open = this._open.has(key);
              return html`<tr data-jurisdiction=${j.code}>
                  <th scope="row">
                    ${j.name} <span class="muted">${words(j.level)}</span><br />
                    ${whyButton(key, j.name, open, toggle(key))}
                  </th>
                  <td class="num" data-rate>${ratePercent(j.rate)}</td>
                  <td class="num">${amountCell(j.taxableCents)}</td>
                  <td class="num" data-column="tax">${amountCell(j.taxCents)}</td>
                </tr>
                ${whyRow(
                  key,
                  4,
                  open,
                  html`<ul class="rules">
                    ${j.ruleIds.map((id) => salesTaxRuleItem(id, rules.get(id)))}
                  </ul>`,
                )}`;
            })}
            <tr class="total">
              <th scope="row">${t('tax.quote.totalTax')}</th>
              <td class="num">${ratePercent(q.combinedRate)}</td>
              <td class="num">${amountCell(q.taxableCents)}</td>
              <td class="num">${amountCell(q.totalTaxCents)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div class="table-wrap">
        <table data-quote-lines>
          <caption>
            ${t('tax.quote.linesAndShipping')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('tax.line')}</th>
              <th scope="col">${t('tax.quote.treatment')}</th>
              <th scope="col" class="num">${t('tax.amount')}</th>
              <th scope="col" class="num">${t('tax.taxable')}</th>
              <th scope="col" class="num">${t('tax.tax')}</th>
            </tr>
          </thead>
          <tbody>
            ${q.lines.map((line) => {
              const key = `q-${line.id}`;
              const open = this._open.has(key);
              const name = this._descriptions.get(line.id) || line.id;
              return html`<tr data-quote-line-result=${line.id}>
                  <th scope="row">
                    ${name} <span class="muted">${categoryWords(line.category)}</span><br />
                    ${whyButton(key, name, open, toggle(key))}
                  </th>
                  <td>${words(line.treatment)}</td>
                  <td class="num">${amountCell(line.amountCents)}</td>
                  <td class="num">${amountCell(line.taxableCents)}</td>
                  <td class="num">${amountCell(line.taxCents)}</td>
                </tr>
                ${whyRow(
                  key,
                  5,
                  open,
                  html`<p>${line.reason}</p>
                    <ul class="rules">
                      ${line.ruleIds.map((id) => salesTaxRuleItem(id, rules.get(id)))}
                    </ul>`,
                )}`;
            })}
            <tr data-quote-shipping>
              <th scope="row">
                ${t('tax.quote.shipping')}<br /><span class="muted small"
                  >${q.shipping.reason}</span
                >
              </th>
              <td></td>
              <td class="num">${amountCell(q.shipping.amountCents)}</td>
              <td class="num">${amountCell(q.shipping.taxableCents)}</td>
              <td class="num">${amountCell(q.shipping.taxCents)}</td>
            </tr>
            <tr class="total">
              <th scope="row">${t('tax.quote.total')}</th>
              <td></td>
              <td class="num">${amountCell(q.subtotalCents)}</td>
              <td class="num">${amountCell(q.taxableCents)}</td>
              <td class="num">${amountCell(q.totalTaxCents)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p class="muted">
        ${t('tax.quote.rounding', {
          mode: words(q.rounding.mode),
          reason: q.rounding.reason,
          version: q.ruleSetVersion,
        })}
      </p>
    </section>`;
  }

  override render() {
    return html`${this.form()} ${this._quote ? this.result(this._quote) : nothing}`;
  }
}
