// "Why this number": a tax figure's formula and the cited rules it used, folded under the figure's
// row. A toggle in the row's first cell (aria-expanded, aria-controls) opens a row below it that
// spans the table, so the explanation has the table's width rather than one narrow cell's, and it
// stays in view when a narrow screen scrolls the table sideways. A figure names its rules by id;
// the answer lists each rule with its citation once (rulesUsed).
import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../../i18n/index.js';
import type { TaxCitation, TaxFigure, TaxRule } from '../tax.operations.js';

export type RuleIndex = ReadonlyMap<string, TaxRule>;

export function ruleIndex(rules: readonly TaxRule[]): RuleIndex {
  return new Map(rules.map((rule) => [rule.ruleId, rule]));
}

/** "IRS, Rev. Proc. 2025-32, § 3.23 (2025-10-09)", linked to where it was read. */
export function citationLink(citation: TaxCitation): TemplateResult {
  const parts = [citation.publisher, citation.title, citation.section].filter(Boolean).join(', ');
  const published = citation.published === 'undated' ? '' : ` (${citation.published})`;
  return html`<a class="cite" href=${citation.url} target="_blank" rel="noopener noreferrer"
    >${parts}${published}</a
  >`;
}

/** The set of open rows with `key` flipped (a new set, so Lit sees the change). */
export function toggled(open: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(open);
  if (!next.delete(key)) next.add(key);
  return next;
}

/** The toggle for the row `key`; `label` completes it for screen readers ("Why Georgia"). */
export function whyButton(
  key: string,
  label: string,
  open: boolean,
  toggle: () => void,
): TemplateResult {
  return html`<button
    type="button"
    class="why-toggle"
    data-why-toggle=${key}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${`why-${key}`}
    @click=${toggle}
  >
    ${t('tax.why')}<span class="visually-hidden"> ${label}</span>
  </button>`;
}

/** The folded row under row `key`, spanning `columns` cells. */
export function whyRow(
  key: string,
  columns: number,
  open: boolean,
  body: TemplateResult,
): TemplateResult {
  return html`<tr class="why-row" id=${`why-${key}`} ?hidden=${!open}>
    <td colspan=${columns}><div class="why-body" data-why=${key}>${body}</div></td>
  </tr>`;
}

function ruleItem(use: TaxFigure['rules'][number], rules: RuleIndex): TemplateResult {
  const rule = rules.get(use.ruleId);
  return html`<li data-rule=${use.ruleId}>
    <code>${use.ruleId}</code>: ${use.value}${rule ? html` (${rule.concept})` : nothing}
    ${rule?.note ? html`<span class="muted">${rule.note}</span>` : nothing}
    ${rule ? html`<br />${citationLink(rule.citation)}` : nothing}
  </li>`;
}

/** A figure's formula (with the amounts it used) and each rule's value and source. */
export function figureWhy(figure: TaxFigure, rules: RuleIndex): TemplateResult {
  return html`<p class="formula">${figure.formula}</p>
    ${
      figure.rules.length
        ? html`<ul class="rules">
            ${figure.rules.map((use) => ruleItem(use, rules))}
          </ul>`
        : html`<p class="muted">${t('tax.fromBooks')}</p>`
    }`;
}
