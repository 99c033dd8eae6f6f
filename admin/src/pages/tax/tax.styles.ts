// The look the Tax tabs share: amounts in tabular figures, tables that scroll inside their card
// (never the page, down to 390 px), status badges, share bars and the expandable "why".
import { css } from 'lit';

export const taxStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: flex-end;
    margin-bottom: 0.75rem;
  }
  .toolbar .field {
    margin-bottom: 0;
  }
  .toolbar label.check {
    font-weight: 400;
    display: flex;
    gap: 0.4rem;
    align-items: center;
  }
  .card + h2,
  .table-wrap + h2 {
    margin-top: 1rem;
  }
  .table-wrap {
    /* The containing block of the cells' visually hidden text (position: absolute), which would
       otherwise escape the scroll box and widen the page. */
    position: relative;
    max-width: 100%;
    border: 1px solid var(--zac-admin-border);
    border-radius: 8px;
  }
  .table-wrap[tabindex]:focus-visible {
    outline-offset: 0;
  }
  .table-wrap table th,
  .table-wrap table td {
    border-bottom-color: var(--zac-admin-subtle);
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.5rem;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tr.total td,
  tr.total th {
    font-weight: 700;
    border-top: 2px solid var(--zac-admin-border);
  }
  .negative {
    color: var(--zac-admin-danger);
  }
  .badge[data-status='MET'],
  .badge[data-status='OVERDUE'] {
    background: var(--zac-admin-danger-bg);
    color: var(--zac-admin-danger-fg);
  }
  .badge[data-status='APPROACHING'],
  .badge[data-status='DUE_SOON'] {
    background: var(--zac-admin-warn-bg);
    color: var(--zac-admin-warn-fg);
  }
  .badge[data-status='REGISTERED'],
  .badge[data-status='PAID'] {
    background: var(--zac-admin-ok-bg);
    color: var(--zac-admin-ok-fg);
  }
  button.why-toggle {
    background: none;
    border: none;
    padding: 0;
    color: var(--zac-admin-primary);
    text-decoration: underline;
    font-size: 0.85rem;
    font-weight: 400;
  }
  button.why-toggle[aria-expanded='true']::after {
    content: ' ▴';
  }
  button.why-toggle[aria-expanded='false']::after {
    content: ' ▾';
  }
  tr.why-row > td {
    background: var(--zac-admin-subtle);
    border-bottom: 1px solid var(--zac-admin-border);
  }
  /* Kept in view while the table scrolls sideways on a narrow screen. */
  .why-body {
    position: sticky;
    left: 0.5rem;
    max-width: min(52rem, calc(100vw - 3rem));
    font-size: 0.9rem;
  }
  .why-body p {
    margin: 0 0 0.35rem;
  }
  .why-body .formula {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  .why-body ul {
    margin: 0;
    padding-left: 1.1rem;
  }
  .why-body li + li {
    margin-top: 0.25rem;
  }
  .small {
    font-size: 0.85rem;
    font-weight: 400;
  }
  .cite {
    overflow-wrap: anywhere;
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.75rem;
    margin-bottom: 1rem;
  }
  .summary .card {
    padding: 0.75rem;
  }
  .summary .label {
    color: var(--zac-admin-muted);
    font-size: 0.85rem;
  }
  .summary .value {
    font-size: 1.2rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
`;
