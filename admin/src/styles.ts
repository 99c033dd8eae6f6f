import { css } from 'lit';

/** Shared look of every console element: tokens, controls, tables, states, visible focus. */
export const base = css`
  :host {
    --zac-admin-fg: #111827;
    --zac-admin-muted: #4b5563;
    --zac-admin-border: #d1d5db;
    --zac-admin-bg: #ffffff;
    --zac-admin-subtle: #f3f4f6;
    --zac-admin-primary: #1d4ed8;
    --zac-admin-danger: #b91c1c;
    --zac-admin-ok: #047857;
    --zac-admin-warn: #92400e;
    --zac-admin-focus: #2563eb;
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
    border: 1px solid #6b7280;
    border-radius: 6px;
    padding: 0.4rem 0.55rem;
    background: #fff;
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
    color: #fff;
    border-radius: 6px;
    padding: 0.4rem 0.9rem;
    cursor: pointer;
  }
  button.secondary {
    background: #fff;
    color: var(--zac-admin-primary);
  }
  button.danger {
    background: var(--zac-admin-danger);
    border-color: var(--zac-admin-danger);
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
  .table-wrap {
    overflow-x: auto;
  }
  .state {
    padding: 1rem;
    color: var(--zac-admin-muted);
  }
  .error {
    color: var(--zac-admin-danger);
    background: #fef2f2;
    border: 1px solid #fecaca;
    border-radius: 6px;
    padding: 0.6rem 0.8rem;
    margin: 0.5rem 0;
  }
  .notice {
    color: #1e3a8a;
    background: #eff6ff;
    border: 1px solid #bfdbfe;
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
    background: #d1fae5;
    color: #065f46;
  }
  .badge[data-status='FAILED'],
  .badge[data-status='CANCELLED'],
  .badge[data-status='disabled'] {
    background: #fee2e2;
    color: #991b1b;
  }
  .badge[data-status='WAITING_FOR_HUMAN'] {
    background: #fef3c7;
    color: #78350f;
  }
  .badge[data-status='RUNNING'],
  .badge[data-status='QUEUED'] {
    background: #dbeafe;
    color: #1e3a8a;
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
