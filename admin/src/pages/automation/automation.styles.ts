// The look the Automation tabs share, in the Content area's manner: cards of triggers, tables
// that stack into labelled rows on a phone, status words on a tint (colour never the only
// signal), chips, the enabled switch, the one-time secret dialog and code boxes.
import { css } from 'lit';
import { stackingTable } from '../../styles.js';

export const automationStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-bottom: 0.75rem;
  }
  .toolbar p {
    margin: 0;
    flex: 1 1 20rem;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.cards > li + li {
    margin-top: 0.75rem;
  }
  .card h2,
  .card h3 {
    font-size: 1rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .card header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.75rem;
    align-items: center;
  }
  .card header h2 {
    flex: 1 1 14rem;
  }
  .card p {
    margin: 0.35rem 0;
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
  dl.facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.2rem 1rem;
    margin: 0.5rem 0;
  }
  dl.facts dt {
    color: var(--zac-admin-muted);
  }
  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  input.code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
    background: var(--zac-admin-subtle);
    border-radius: 4px;
    padding: 0.05rem 0.3rem;
    overflow-wrap: anywhere;
  }
  ol.times {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  ol.times li {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    list-style: none;
    margin: 0.35rem 0;
    padding: 0;
  }
  .chip {
    background: var(--zac-admin-accent-bg);
    color: var(--zac-admin-accent-fg);
    border-radius: 999px;
    padding: 0.05rem 0.6rem;
    font-size: 0.85rem;
  }
  .badge[data-status='ACCEPTED'],
  .badge[data-status='DELIVERED'] {
    background: var(--zac-admin-ok-bg);
    color: var(--zac-admin-ok-fg);
  }
  .badge[data-status='REJECTED'],
  .badge[data-status='FAILED'] {
    background: var(--zac-admin-danger-bg);
    color: var(--zac-admin-danger-fg);
  }
  .badge[data-status='PENDING'],
  .badge[data-status='open'] {
    background: var(--zac-admin-warn-bg);
    color: var(--zac-admin-warn-fg);
  }
  label.switch {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
    cursor: pointer;
  }
  label.switch input {
    width: 1.1rem;
    height: 1.1rem;
    accent-color: var(--zac-admin-ok);
  }
  .table-wrap {
    /* The containing block of visually hidden cell text, which would otherwise widen the page. */
    position: relative;
    border: 1px solid var(--zac-admin-border);
    border-radius: 8px;
    background: var(--zac-admin-bg);
    margin: 0.5rem 0;
  }
  .table-wrap table th,
  .table-wrap table td {
    border-bottom-color: var(--zac-admin-subtle);
  }
  td.when,
  th.when {
    white-space: nowrap;
  }
  td.subject code {
    white-space: nowrap;
    overflow-wrap: normal;
  }
  details > summary {
    cursor: pointer;
    color: var(--zac-admin-primary);
    margin: 0.5rem 0 0.25rem;
  }
  fieldset {
    border: 1px solid var(--zac-admin-border);
    border-radius: 6px;
    margin: 0 0 0.85rem;
    padding: 0.5rem 0.75rem 0.6rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  fieldset label {
    font-weight: 400;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin: 0.3rem 0;
  }
  .choice input {
    margin-top: 0.3rem;
  }
  .choice .hint {
    display: block;
    color: var(--zac-admin-muted);
    font-size: 0.85rem;
  }
  form.card,
  section.card {
    margin: 0.75rem 0;
  }
  section.card h2 {
    font-size: 1.1rem;
    margin-bottom: 0.5rem;
  }
  form.card h2 {
    margin-bottom: 0.75rem;
  }
  .card h3 {
    margin: 0.75rem 0 0.25rem;
    font-size: 0.95rem;
  }
  .form-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 0 1rem;
  }
  .preview {
    border-left: 3px solid var(--zac-admin-primary);
    padding: 0.25rem 0.75rem;
    margin: 0 0 0.85rem;
    background: var(--zac-admin-subtle);
    border-radius: 0 6px 6px 0;
  }
  .preview p {
    margin: 0.2rem 0;
  }
  dialog {
    border: 1px solid var(--zac-admin-border);
    border-radius: 10px;
    padding: 1.25rem;
    max-width: min(34rem, calc(100vw - 2rem));
    color: var(--zac-admin-fg);
  }
  dialog::backdrop {
    background: var(--zac-admin-overlay);
  }
  dialog h2 {
    margin-top: 0;
  }
  .secret {
    display: block;
    padding: 0.5rem 0.6rem;
    font-size: 0.95rem;
    user-select: all;
  }
  ${stackingTable}
  /* A phone: tighter cards, facts in one column. */
  @media (max-width: 600px) {
    li.card {
      padding: 0.75rem;
    }
    dl.facts {
      grid-template-columns: minmax(0, 1fr);
    }
    dl.facts dd {
      margin-bottom: 0.3rem;
    }
  }
`;
