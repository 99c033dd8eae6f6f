// Pieces every Finance section shares: its look and amounts that show their direction.
import { css, html, type TemplateResult } from 'lit';
import { money } from './finance-format.js';

export const financeStyles = css`
  h2 {
    margin-top: 0;
  }
  h3 {
    font-size: 1rem;
    margin: 1rem 0 0.4rem;
  }
  .amount {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  th.amount {
    text-align: right;
  }
  .out {
    color: var(--zac-admin-danger);
  }
  .in {
    color: var(--zac-admin-ok);
  }
  .nowrap {
    white-space: nowrap;
  }
  .kpis {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    gap: 0.6rem;
    margin: 0.75rem 0;
    padding: 0;
    list-style: none;
  }
  .kpi .value {
    display: block;
    font-size: 1.25rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .kpi .label {
    color: var(--zac-admin-muted);
    font-size: 0.9rem;
  }
  .kpi .sub {
    display: block;
    color: var(--zac-admin-muted);
    font-size: 0.85rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  td .actions select {
    max-width: 14rem;
  }
  form.row .field {
    margin-bottom: 0.5rem;
  }
  .table-wrap {
    /* Keeps visually hidden labels inside the scrolling box, not widening the page. */
    position: relative;
  }
  .table-wrap table {
    min-width: 36rem;
  }
  .pick {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--zac-admin-focus);
  }
`;

/** An amount from integer cents; money out (negative) reads red and keeps its minus sign. */
export function amount(cents: number): TemplateResult {
  return html`<span class=${cents < 0 ? 'out' : ''} data-cents=${cents}>${money(cents)}</span>`;
}
