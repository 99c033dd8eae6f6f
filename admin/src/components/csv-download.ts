// The "Download CSV" link of a console list: GET /exports/<list>.csv with the list's filters.
// The hub checks the session cookie (a plain same-origin link), streams the file and names it;
// nothing is built in the browser.
import { html } from 'lit';
import { t } from '../i18n/index.js';

export type CsvList = 'runs' | 'leads' | 'conversations' | 'audit';

/** A filter value: empty values are left out, a list is sent as repeated parameters. */
export type CsvParams = Record<string, string | readonly string[] | null | undefined>;

export function csvHref(list: CsvList, params: CsvParams = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of typeof value === 'string' ? [value] : (value ?? [])) {
      if (v) query.append(name, v);
    }
  }
  const search = query.toString();
  return `/exports/${list}.csv${search ? `?${search}` : ''}`;
}

/** The link, with the filters the list shows now. */
export function csvDownload(list: CsvList, params: CsvParams = {}) {
  return html`<a class="csv-download" href=${csvHref(list, params)} download data-csv=${list}
    >${t('common.downloadCsv')}</a
  >`;
}
