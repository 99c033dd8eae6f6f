import { css } from 'lit';

/** Shared look of every console element: tokens, controls, tables, states, visible focus. */
export const base = css`
  /* The colour tokens (--zac-admin-*) are set on the document by app.css, per theme. */
  :host {
    display: block;
    color: var(--zac-admin-fg);
    font:
      15px/1.45 system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--zac-admin-focus);
    outline-offset: 2px;
  }
  h1 {
    font-size: 1.5rem;
    margin: 0 0 1rem;
  }
  h2 {
    font-size: 1.15rem;
    margin: 1.25rem 0 0.5rem;
  }
  a {
    color: var(--zac-admin-primary);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    border: 1px solid var(--zac-admin-input-border);
    border-radius: 6px;
    padding: 0.4rem 0.55rem;
    background: var(--zac-admin-bg);
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 6rem;
    resize: vertical;
  }
  textarea.code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 13px;
  }
  [aria-invalid='true'] {
    border-color: var(--zac-admin-danger) !important;
  }
  button {
    border: 1px solid var(--zac-admin-primary);
    background: var(--zac-admin-primary);
    color: var(--zac-admin-primary-fg);
    border-radius: 6px;
    padding: 0.4rem 0.9rem;
    cursor: pointer;
  }
  button.secondary {
    background: var(--zac-admin-bg);
    color: var(--zac-admin-primary);
  }
  button.danger {
    background: var(--zac-admin-danger);
    border-color: var(--zac-admin-danger);
    color: var(--zac-admin-primary-fg);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  label {
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-bottom: 0.85rem;
  }
  /* A lone picker above a list: as wide as its choices, not the page. */
  .field.narrow {
    max-width: 20rem;
  }
  .field .hint {
    font-weight: 400;
    color: var(--zac-admin-muted);
    font-size: 0.85rem;
  }
  .field-error {
    color: var(--zac-admin-danger);
    font-size: 0.9rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-end;
  }
  .card {
    border: 1px solid var(--zac-admin-border);
    border-radius: 8px;
    padding: 1rem;
    background: var(--zac-admin-bg);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.45rem 0.5rem;
    border-bottom: 1px solid var(--zac-admin-border);
    vertical-align: top;
  }
  th {
    font-weight: 600;
    background: var(--zac-admin-subtle);
  }
  /* Positioned, so visually hidden labels inside a scrolled table scroll (and clip) with it
     instead of widening the page. */
  .table-wrap {
    position: relative;
    overflow-x: auto;
  }
  .state {
    padding: 1rem;
    color: var(--zac-admin-muted);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.6rem 0;
  }
  .pager .range {
    color: var(--zac-admin-muted);
    margin-right: auto;
  }
  /* A list's CSV link ends its row of filters or tabs, level with them. */
  .row > .csv-download,
  .tabs > .csv-download {
    margin-left: auto;
    align-self: center;
  }
  /* A time in a table cell stays on one line. */
  td.when {
    white-space: nowrap;
  }
  /* A card already frames its content: no second indent, no gap above its title. */
  .card > .state {
    padding: 0.25rem 0;
  }
  .card > h2:first-child,
  .card > h3:first-child {
    margin-top: 0;
  }
  .error {
    color: var(--zac-admin-danger);
    background: var(--zac-admin-error-surface);
    border: 1px solid var(--zac-admin-error-border);
    border-radius: 6px;
    padding: 0.6rem 0.8rem;
    margin: 0.5rem 0;
  }
  .notice {
    color: var(--zac-admin-info-fg);
    background: var(--zac-admin-info-surface);
    border: 1px solid var(--zac-admin-info-border);
    border-radius: 6px;
    padding: 0.6rem 0.8rem;
    margin: 0.5rem 0;
  }
  .badge {
    display: inline-block;
    border-radius: 999px;
    padding: 0.05rem 0.55rem;
    font-size: 0.8rem;
    font-weight: 600;
    background: var(--zac-admin-subtle);
    color: var(--zac-admin-fg);
    white-space: nowrap;
    align-self: center;
  }
  .badge[data-status='SUCCEEDED'],
  .badge[data-status='enabled'] {
    background: var(--zac-admin-ok-bg);
    color: var(--zac-admin-ok-fg);
  }
  .badge[data-status='FAILED'],
  .badge[data-status='CANCELLED'],
  .badge[data-status='disabled'] {
    background: var(--zac-admin-danger-bg);
    color: var(--zac-admin-danger-fg);
  }
  .badge[data-status='WAITING_FOR_HUMAN'] {
    background: var(--zac-admin-warn-bg);
    color: var(--zac-admin-warn-fg);
  }
  .badge[data-status='RUNNING'],
  .badge[data-status='QUEUED'] {
    background: var(--zac-admin-info-bg);
    color: var(--zac-admin-info-fg);
  }
  .muted {
    color: var(--zac-admin-muted);
  }
  pre {
    background: var(--zac-admin-subtle);
    padding: 0.6rem;
    border-radius: 6px;
    overflow: auto;
    max-height: 24rem;
    font-size: 13px;
    white-space: pre-wrap;
    word-break: break-word;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    /* A table ignores width: fixed layout and max-width keep a hidden data table from widening the page. */
    max-width: 1px;
    table-layout: fixed;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/** Tables marked `stack` become blocks on a phone, each cell named by its data-label. */
export const stackingTable = css`
  @media (max-width: 600px) {
    table.stack thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table.stack tr {
      display: block;
      padding: 0.5rem 0.6rem;
      border-bottom: 1px solid var(--zac-admin-border);
    }
    table.stack td {
      display: block;
      border: none;
      padding: 0.1rem 0;
      min-width: 0;
      text-align: left;
      white-space: normal;
    }
    table.stack td[data-label]::before {
      content: attr(data-label) ': ';
      font-weight: 600;
      color: var(--zac-admin-muted);
    }
  }
`;
