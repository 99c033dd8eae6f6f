// <zac-reports-downloads>: the Downloads tab: prepare a filing package for a closed month or
// quarter, or the annual report for a closed year (the last closed one by default), and the
// recent ones with their PDF, XLSX and CSV links. Links come fresh from the hub with every
// listing (they expire after a day); each file shows its size and SHA-256 so a download can be
// checked. Viewers see and download but cannot prepare (the hub refuses them too).
import { css, html, nothing, type TemplateResult } from 'lit';
import { errorMessage, formatTime } from '../../format.js';
import { formatLocale, t, type MessageKey } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import {
  PREPARE_FILING_PACKAGE,
  REPORT_FILING_PACKAGES,
  type FilingPackage,
  type FilingPackageFile,
} from '../reports.operations.js';
import {
  formatPeriod,
  lastClosedPeriod,
  localToday,
  parsePeriod,
  type PeriodKind,
} from './period.js';

const RECENT = 10;

const CHOICES: readonly { kind: PeriodKind; label: MessageKey; example: MessageKey }[] = [
  {
    kind: 'quarter',
    label: 'reports.downloads.choice.quarter',
    example: 'reports.downloads.typeQuarter',
  },
  {
    kind: 'month',
    label: 'reports.downloads.choice.month',
    example: 'reports.downloads.typeMonth',
  },
  { kind: 'year', label: 'reports.downloads.choice.year', example: 'reports.downloads.typeYear' },
];

/** "48.2 KB" for a file's size (1 KB = 1,024 bytes, one decimal), in the formatting locale. */
export function fileSize(bytes: number): string {
  const number = (value: number, digits: number) =>
    value.toLocaleString(formatLocale(), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 1)} KB`;
  return `${number(bytes / 1024 / 1024, 1)} MB`;
}

export class ZacReportsDownloads extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      form.prepare {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: flex-end;
        margin-bottom: 0.5rem;
      }
      form.prepare .field {
        margin-bottom: 0;
      }
      form.prepare input {
        width: 8.5rem;
      }
      ul.packages {
        list-style: none;
        padding: 0;
        margin: 0.75rem 0 0;
        display: flex;
        flex-direction: column;
        gap: 0.6rem;
      }
      .package h3 {
        margin: 0 0 0.2rem;
        font-size: 1rem;
      }
      .package .meta {
        margin: 0 0 0.5rem;
        font-size: 0.85rem;
      }
      ul.files {
        list-style: none;
        padding: 0;
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      ul.files a {
        display: inline-flex;
        flex-direction: column;
        border: 1px solid var(--zac-admin-primary);
        border-radius: 6px;
        padding: 0.35rem 0.75rem;
        text-decoration: none;
        min-width: 7.5rem;
      }
      ul.files a:hover {
        background: var(--zac-admin-subtle);
      }
      ul.files .format {
        font-weight: 700;
      }
      ul.files .detail {
        font-size: 0.8rem;
        color: var(--zac-admin-muted);
        font-variant-numeric: tabular-nums;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _kind: { state: true },
    _period: { state: true },
    _packages: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _preparing: { state: true },
    _prepareError: { state: true },
    _notice: { state: true },
  };

  declare _kind: PeriodKind;
  declare _period: string;
  declare _packages: FilingPackage[];
  declare _loading: boolean;
  declare _error: unknown;
  declare _preparing: boolean;
  /** Why preparing did not happen, and what it prepared: worded at each render. */
  declare _prepareError: (() => string) | null;
  declare _notice: (() => string) | null;

  constructor() {
    super();
    this._kind = 'quarter';
    this._period = lastClosedPeriod(localToday(), 'quarter');
    this._packages = [];
    this._loading = true;
    this._error = null;
    this._preparing = false;
    this._prepareError = null;
    this._notice = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this._loading = true;
    try {
      const { filingPackages } = await this.client.request(REPORT_FILING_PACKAGES, {
        first: RECENT,
      });
      this._packages = filingPackages;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private changeKind(kind: PeriodKind): void {
    this._kind = kind;
    this._period = lastClosedPeriod(localToday(), kind);
    this._prepareError = null;
  }

  private async prepare(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const period = parsePeriod(this._period);
    if (!period || period.kind !== this._kind) {
      const example = lastClosedPeriod(localToday(), this._kind);
      const choice = CHOICES.find((c) => c.kind === this._kind) ?? CHOICES[0];
      this._prepareError = choice ? () => t(choice.example, { example }) : null;
      return;
    }
    this._preparing = true;
    this._prepareError = null;
    this._notice = null;
    try {
      const { prepareFilingPackage } = await this.client.request(PREPARE_FILING_PACKAGE, {
        period: formatPeriod(period),
      });
      this._packages = [
        prepareFilingPackage,
        ...this._packages.filter((p) => p.id !== prepareFilingPackage.id),
      ].slice(0, RECENT);
      const title = prepareFilingPackage.title;
      this._notice = () => t('reports.downloads.prepared', { title });
    } catch (error) {
      const message = errorMessage(error);
      this._prepareError = () => message;
    } finally {
      this._preparing = false;
    }
  }

  /** "You" for the signed-in person, "an API key" for a key, else the hub's actor id. */
  private preparer(preparedBy: string): string {
    if (this.user && preparedBy === `user:${this.user.id}`) return t('reports.downloads.you');
    if (preparedBy.startsWith('api_key:')) return t('reports.downloads.apiKey');
    return preparedBy;
  }

  private file(f: FilingPackageFile): TemplateResult {
    return html`<li>
      <a
        href=${f.url}
        download=${f.filename}
        data-format=${f.format}
        title=${`${f.filename}, SHA-256 ${f.sha256}`}
        ><span class="format">${f.format}</span
        ><span class="detail">${fileSize(f.bytes)} · sha256 ${f.sha256.slice(0, 8)}…</span></a
      >
    </li>`;
  }

  private item(p: FilingPackage): TemplateResult {
    const expires = p.files[0]?.expiresAt;
    return html`<li class="card package" data-package=${p.id}>
      <h3>${p.title}</h3>
      <p class="meta muted">
        ${t('reports.downloads.meta', {
          kind: t(
            p.kind === 'ANNUAL_REPORT'
              ? 'reports.downloads.annualReport'
              : 'reports.downloads.filingPackage',
          ),
          period: p.period,
          time: formatTime(p.preparedAt),
          who: this.preparer(p.preparedBy),
        })}
        ${
          expires
            ? html` · ${t('reports.downloads.linksUntil', { time: formatTime(expires) })}`
            : nothing
        }
      </p>
      <ul class="files" aria-label=${t('reports.downloads.files', { title: p.title })}>
        ${p.files.map((f) => this.file(f))}
      </ul>
    </li>`;
  }

  override render() {
    const state = loadState(
      {
        loading: this._loading && this._packages.length === 0,
        error: this._error,
        empty: this._packages.length === 0,
      },
      t('reports.downloads.none'),
    );
    return html`<form class="prepare" @submit=${this.prepare}>
        <div class="field">
          <label for="package-kind">${t('reports.downloads.prepare')}</label>
          <select
            id="package-kind"
            @change=${(e: Event) =>
              this.changeKind((e.target as HTMLSelectElement).value as PeriodKind)}
          >
            ${CHOICES.map(
              (c) =>
                html`<option value=${c.kind} ?selected=${c.kind === this._kind}>
                  ${t(c.label)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="package-period">${t('reports.period')}</label>
          <input
            id="package-period"
            autocomplete="off"
            spellcheck="false"
            .value=${this._period}
            aria-invalid=${this._prepareError ? 'true' : 'false'}
            aria-describedby="prepare-error"
            @input=${(e: Event) => (this._period = (e.target as HTMLInputElement).value.trim())}
          />
        </div>
        <button type="submit" ?disabled=${!this.canWrite || this._preparing}>
          ${this._preparing ? t('reports.downloads.preparing') : t('reports.downloads.prepare')}
        </button>
      </form>
      ${this.canWrite ? nothing : html`<p class="muted">${t('reports.downloads.viewerNote')}</p>`}
      <p class="field-error" id="prepare-error" role="alert">${this._prepareError?.()}</p>
      ${this._notice ? html`<p class="notice" role="status">${this._notice()}</p>` : nothing}
      <h2>${t('reports.downloads.recent')}</h2>
      ${state}
      ${
        this._packages.length
          ? html`<ul class="packages">
              ${this._packages.map((p) => this.item(p))}
            </ul>`
          : nothing
      }
      <p class="muted">${t('reports.downloads.closedOnly')}</p>`;
  }
}
