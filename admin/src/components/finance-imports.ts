// <zac-finance-imports>: import a bank statement (CSV, OFX, QFX) into one of the shop's bank
// accounts, and the list of past imports. The file is read as text in the browser; the hub
// imports all of it or nothing, and counts rows it already had as duplicates.
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  FINANCE_BANK_IMPORTS,
  IMPORT_BANK_FILE,
  type BankAccountOption,
  type BankImportRow,
} from '../pages/finance.operations.js';
import type { ImportBankFileInput } from '../gql/graphql.js';
import { errorMessage, formatNumber, formatTime } from '../format.js';
import { formatLocale, t, translated, type MessageKey } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';
import { financeStyles } from './finance-ui.js';
import { pager } from './pager.js';

export const IMPORTS_PAGE_SIZE = 20;
/** The hub's limit on a statement file. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const LAYOUTS = [
  { value: 'SINGLE_AMOUNT', label: 'One amount column' },
  { value: 'DEBIT_CREDIT', label: 'Debit and credit columns' },
  { value: 'AMOUNT_WITH_TYPE', label: 'Amount with a debit/credit type column' },
] as const;
const DATE_ORDERS = [
  { value: 'MDY', label: 'Month/day/year' },
  { value: 'DMY', label: 'Day/month/year' },
  { value: 'YMD', label: 'Year-month-day' },
] as const;
const SIGN_CONVENTIONS = [
  { value: 'NEGATIVE_IS_OUTFLOW', label: 'Negative is money out (most bank accounts)' },
  { value: 'POSITIVE_IS_OUTFLOW', label: 'Positive is money out (many card exports)' },
] as const;

/** An option's words in the current language (the English label when the catalogue lacks it). */
function optionLabel(prefix: string, option: { value: string; label: string }): string {
  return translated(`${prefix}.${option.value}`, option.label);
}

/** "one amount column" for SINGLE_AMOUNT; a layout the console does not know reads as sent. */
export function layoutLabel(layout: string): string {
  const known = LAYOUTS.find((l) => l.value === layout);
  return known ? optionLabel('finance.layout', known).toLocaleLowerCase(formatLocale()) : layout;
}

interface ImportResult {
  fileName: string;
  format: string;
  layout: string;
  rowCount: number;
  importedCount: number;
  duplicateCount: number;
}

export function importSummary(r: ImportResult): string {
  return t('finance.imports.summary', {
    count: r.importedCount,
    file: r.fileName,
    format: r.format,
    layout: layoutLabel(r.layout),
    rows: t('finance.imports.rowsRead', { count: r.rowCount }),
    duplicates:
      r.duplicateCount === 0
        ? t('finance.imports.noDuplicates')
        : t('finance.imports.duplicatesSkipped', { count: r.duplicateCount }),
  });
}

export class ZacFinanceImports extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    financeStyles,
    css`
      form.import {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 0 1rem;
        align-items: start;
      }
      form.import .submit {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        margin-bottom: 0.85rem;
        align-self: end;
      }
      input[type='file'] {
        max-width: 100%;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _accounts: { state: true },
    _items: { state: true },
    _total: { state: true },
    _offset: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _importing: { state: true },
    _result: { state: true },
    _importError: { state: true },
    _file: { state: true },
  };

  declare _accounts: BankAccountOption[];
  declare _items: BankImportRow[];
  declare _total: number;
  declare _offset: number;
  declare _loading: boolean;
  declare _error: unknown;
  declare _importing: boolean;
  /** The last import's counts; its summary is worded at each render (in the current language). */
  declare _result: ImportResult | null;
  /** Why the import did not happen, worded at each render. */
  declare _importError: (() => string) | null;
  declare _file: File | null;

  constructor() {
    super();
    this._accounts = [];
    this._items = [];
    this._total = 0;
    this._offset = 0;
    this._loading = true;
    this._error = null;
    this._importing = false;
    this._result = null;
    this._importError = null;
    this._file = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this._loading = true;
    try {
      const { bankAccounts, bankImports } = await this.client.request(FINANCE_BANK_IMPORTS, {
        first: IMPORTS_PAGE_SIZE,
        offset: this._offset,
      });
      this._accounts = bankAccounts;
      this._items = bankImports.items;
      this._total = bankImports.totalCount;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private go(offset: number): void {
    this._offset = offset;
    void this.load();
  }

  private pickFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this._file = input.files?.[0] ?? null;
    this._result = null;
    this._importError = null;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this._importing) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const file = this._file;
    this._result = null;
    this._importError = null;
    if (!file) {
      this._importError = () => t('finance.imports.chooseFile');
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      const size = (file.size / 1024 / 1024).toLocaleString(formatLocale(), {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      this._importError = () => t('finance.imports.tooLarge', { name: file.name, size });
      return;
    }
    const text = (name: string) => String(data.get(name) ?? '') || null;
    const bankAccountId = text('bankAccountId');
    if (!bankAccountId) {
      this._importError = () => t('finance.imports.chooseAccount');
      return;
    }
    this._importing = true;
    try {
      const input: ImportBankFileInput = {
        bankAccountId,
        fileName: file.name,
        content: await file.text(),
        layout: text('layout'),
        dateOrder: text('dateOrder'),
        signConvention: text('signConvention'),
      };
      const { importBankFile } = await this.client.request(IMPORT_BANK_FILE, { input });
      this._result = importBankFile;
      this._offset = 0;
      await this.load();
    } catch (error) {
      const message = errorMessage(error);
      this._importError = () => message;
    } finally {
      this._importing = false;
    }
  }

  private form(): TemplateResult {
    const disabled = !this.canWrite || this._importing;
    const select = (
      id: string,
      label: MessageKey,
      options: readonly { value: string; label: string }[],
      prefix: string,
      hint: MessageKey,
    ) =>
      html`<div class="field">
        <label for=${id}>${t(label)}</label>
        <select id=${id} name=${id} ?disabled=${disabled} aria-describedby=${`${id}-hint`}>
          <option value="">${t('finance.imports.detect')}</option>
          ${options.map((o) => html`<option value=${o.value}>${optionLabel(prefix, o)}</option>`)}
        </select>
        <span class="hint" id=${`${id}-hint`}>${t(hint)}</span>
      </div>`;
    return html`<form class="import" @submit=${this.submit} aria-label=${t('finance.imports.form')}>
      <div class="field">
        <label for="bankAccountId">${t('finance.imports.bankAccount')}</label>
        <select
          id="bankAccountId"
          name="bankAccountId"
          required
          ?disabled=${disabled || this._accounts.length === 0}
        >
          ${
            this._accounts.length === 0
              ? html`<option value="">${t('finance.imports.noBankAccount')}</option>`
              : nothing
          }
          ${this._accounts.map(
            (a) => html`<option value=${a.id}>${a.name} · ${a.institution} ····${a.last4}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="file">${t('finance.imports.file')}</label>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,.ofx,.qfx,text/csv"
          required
          ?disabled=${disabled}
          aria-describedby="file-hint"
          @change=${this.pickFile}
        />
        <span class="hint" id="file-hint">${t('finance.imports.fileHint')}</span>
      </div>
      ${select(
        'layout',
        'finance.imports.layout',
        LAYOUTS,
        'finance.layout',
        'finance.imports.layoutHint',
      )}
      ${select(
        'dateOrder',
        'finance.imports.dateOrder',
        DATE_ORDERS,
        'finance.dateOrder',
        'finance.imports.dateOrderHint',
      )}
      ${select(
        'signConvention',
        'finance.imports.sign',
        SIGN_CONVENTIONS,
        'finance.sign',
        'finance.imports.signHint',
      )}
      <div class="submit">
        <button
          type="submit"
          data-action="import"
          ?disabled=${disabled || this._accounts.length === 0}
        >
          ${this._importing ? t('finance.imports.importing') : t('finance.imports.import')}
        </button>
      </div>
    </form>`;
  }

  /** The hub names who imported as an actor ("user:<id>", a job name): "you" reads better. */
  private importer(actor: string): string {
    if (this.user && actor === `user:${this.user.id}`) {
      return t('finance.imports.you', { email: this.user.email });
    }
    if (actor.startsWith('user:')) return t('finance.imports.consoleUser');
    return actor;
  }

  private table(): TemplateResult {
    const accountName = (id: string) => this._accounts.find((a) => a.id === id)?.name ?? '—';
    return html`<div class="table-wrap" tabindex="0" aria-label=${t('finance.imports.table')}>
        <table>
          <thead>
            <tr>
              <th scope="col">${t('finance.imports.imported')}</th>
              <th scope="col">${t('finance.imports.fileColumn')}</th>
              <th scope="col">${t('finance.imports.account')}</th>
              <th scope="col">${t('finance.imports.format')}</th>
              <th scope="col" class="amount">${t('finance.imports.rows')}</th>
              <th scope="col" class="amount">${t('finance.imports.new')}</th>
              <th scope="col" class="amount">${t('finance.imports.duplicates')}</th>
              <th scope="col">${t('finance.imports.by')}</th>
            </tr>
          </thead>
          <tbody>
            ${this._items.map(
              (i) =>
                html`<tr data-import=${i.id}>
                  <td class="nowrap">${formatTime(i.importedAt)}</td>
                  <td>${i.fileName}</td>
                  <td>${accountName(i.bankAccountId)}</td>
                  <td>${i.format} · ${layoutLabel(i.layout)}</td>
                  <td class="amount">${formatNumber(i.rowCount)}</td>
                  <td class="amount">${formatNumber(i.importedCount)}</td>
                  <td class="amount">${formatNumber(i.duplicateCount)}</td>
                  <td>${this.importer(i.importedBy)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${pager({
        label: t('finance.imports.pages'),
        previousLabel: t('finance.previousPage'),
        nextLabel: t('finance.nextPage'),
        offset: this._offset,
        shown: this._items.length,
        total: this._total,
        pageSize: IMPORTS_PAGE_SIZE,
        busy: this._loading,
        go: (offset) => this.go(offset),
      })}`;
  }

  override render() {
    const state = loadState(
      {
        loading: this._loading && this._items.length === 0,
        error: this._error,
        empty: this._items.length === 0,
      },
      t('finance.imports.none'),
    );
    return html`<h2>${t('finance.tab.imports')}</h2>
      ${!this.canWrite ? html`<p class="muted">${t('finance.imports.viewerNote')}</p>` : nothing}
      ${this._error ? nothing : this.form()}
      <div aria-live="polite">
        ${
          this._result
            ? html`<p class="notice" data-import-result>${importSummary(this._result)}</p>`
            : nothing
        }
      </div>
      ${
        this._importError
          ? html`<p class="error" role="alert" data-import-error>${this._importError()}</p>`
          : nothing
      }
      <h3>${t('finance.imports.past')}</h3>
      ${state !== nothing ? state : this.table()}`;
  }
}
