// The look the Content tabs share: the editorial states as badges (words on a tint, so colour is
// never the only signal), cards in a responsive grid, toolbars, counters that turn red past a
// platform's limit, and pass/fail marks. Only the console's tokens and the tints styles.ts uses.
import { css } from 'lit';
import { stackingTable } from '../../styles.js';

export const contentStyles = css`
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
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
    gap: 0.75rem;
  }
  .card h3 {
    font-size: 1rem;
    margin: 0 0 0.35rem;
    overflow-wrap: anywhere;
  }
  .card p {
    margin: 0.35rem 0;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.plain > li + li {
    margin-top: 0.5rem;
  }
  .meta {
    color: var(--zac-admin-muted);
    font-size: 0.85rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.5rem;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .over {
    color: var(--zac-admin-danger);
    font-weight: 700;
  }
  .ok {
    color: var(--zac-admin-ok);
  }
  .badge[data-state='IDEA'] {
    background: var(--zac-admin-subtle);
    color: var(--zac-admin-fg);
    border: 1px solid var(--zac-admin-border);
  }
  .badge[data-state='DRAFTING'] {
    background: var(--zac-admin-accent-bg);
    color: var(--zac-admin-accent-fg);
  }
  .badge[data-state='IN_REVIEW'] {
    background: var(--zac-admin-warn-bg);
    color: var(--zac-admin-warn-fg);
  }
  .badge[data-state='APPROVED'] {
    background: var(--zac-admin-ok-bg);
    color: var(--zac-admin-ok-fg);
  }
  .badge[data-state='SCHEDULED'] {
    background: var(--zac-admin-info-bg);
    color: var(--zac-admin-info-fg);
  }
  .badge[data-state='PUBLISHED'] {
    background: var(--zac-admin-ok);
    color: var(--zac-admin-primary-fg);
  }
  .badge[data-status='rising'],
  .badge[data-status='OK'],
  .badge[data-status='NOT_MODIFIED'] {
    background: var(--zac-admin-ok-bg);
    color: var(--zac-admin-ok-fg);
  }
  .badge[data-status='seasonal peak'] {
    background: var(--zac-admin-warn-bg);
    color: var(--zac-admin-warn-fg);
  }
  .badge[data-status='falling'],
  .badge[data-status='ERROR'] {
    background: var(--zac-admin-danger-bg);
    color: var(--zac-admin-danger-fg);
  }
  .table-wrap {
    /* The containing block of visually hidden cell text (position: absolute), which would
       otherwise escape the scroll box and widen the page. */
    position: relative;
    border: 1px solid var(--zac-admin-border);
    border-radius: 8px;
    background: var(--zac-admin-bg);
  }
  .table-wrap table th,
  .table-wrap table td {
    border-bottom-color: var(--zac-admin-subtle);
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  ${stackingTable}
  .saved {
    color: var(--zac-admin-ok);
  }
`;
