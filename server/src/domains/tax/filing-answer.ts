import { formatDollars } from '../../engines/tax-rules/figure.js';
import type { FinalAnswer } from '../../runtime/model-gateway.js';
import type { SalesTaxFilingToolOutput } from './tools/prepare-sales-tax-filing.tool.js';

/**
 * The filing packet in words, offline, in short paragraphs: the return's figures, the due date,
 * collected vs owed, the Schedule C bottom line, what the CPA still needs, and the files. Every
 * figure is quoted from the tool's output; nothing is computed here.
 */
export function filingAnswer(output: SalesTaxFilingToolOutput | undefined): FinalAnswer {
  if (!output) {
    return {
      text: 'The sales tax filing could not be prepared.',
      citations: [],
      confidence: null,
      handoffSuggested: false,
    };
  }
  const line = (key: string) => output.lines.find((l) => l.key === key);
  const amount = (key: string) => formatDollars(line(key)?.cents ?? 0);
  const rules = (key: string) => `[${line(key)?.ruleIds.join(', ') ?? ''}]`;
  const r = output.reconciliation;
  const held = output.checklist.filter((c) => c.status === 'HELD').map((c) => c.title);
  const missing = output.checklist.filter((c) => c.status !== 'HELD');
  const heading = `${output.status === 'PRELIMINARY' ? 'PRELIMINARY ' : ''}${output.formTitle}, ${output.period.key} (${output.period.start} to ${output.period.end})`;
  const localCount = output.jurisdictions.filter((j) => j.level !== 'STATE').length;
  const taxes = `State tax ${amount('STATE_TAX_DUE')} + local tax ${amount('LOCAL_TAX_DUE')} (${localCount} local jurisdictions) = ${amount('TOTAL_TAX_DUE')} due.`;
  // Texas's form has the timely filing and prepayment discounts; another state's summary
  // worksheet takes no discount (not modelled), so the answer does not speak of one.
  const texas = output.state === 'TX';
  const figures = texas
    ? `${heading}: total Texas sales ${amount('TOTAL_SALES')}, taxable sales ${amount('TAXABLE_SALES')} (form entries ${line('TOTAL_SALES')?.formEntry} and ${line('TAXABLE_SALES')?.formEntry}). ${taxes} Filed and paid on time, the timely filing discount is ${amount('TIMELY_FILING_DISCOUNT')} ${rules('TIMELY_FILING_DISCOUNT')} and the net tax due ${amount('NET_TAX_DUE')}.`
    : `${heading}: gross sales ${amount('TOTAL_SALES')} (exempt ${amount('EXEMPT_SALES')}, for resale ${amount('RESALE_SALES')}), taxable sales ${amount('TAXABLE_SALES')}. ${taxes} Net tax due ${amount('NET_TAX_DUE')}: vendor discounts and collection allowances are state-specific and not modelled, so none is taken.`;
  const late =
    output.deadlineStatus === 'OVERDUE'
      ? `: that date has passed (today is ${output.preparedOn}); if the return was not filed, ${texas ? `the discount is lost (${formatDollars(output.netTaxDueIfLateCents)} due) and late penalties apply` : 'late penalties and interest apply'}`
      : output.deadlineStatus === 'DUE_TODAY'
        ? ': today'
        : '';
  const prepayment =
    output.prepaymentDueDate && output.totalDiscountIfPrepaidCents !== null
      ? ` A prepayment by ${output.prepaymentDueDate} would have earned 1.75% in all (${formatDollars(output.totalDiscountIfPrepaidCents)}).`
      : '';
  const paragraphs = [
    figures,
    `Due ${output.dueDate} [${output.dueDateRuleIds.join(', ')}]${late}.${prepayment}`,
    `Collected from buyers ${formatDollars(r.taxCollectedCents)} (2200 Sales tax payable ${formatDollars(r.ledgerCollectedCents)}); owed ${formatDollars(r.taxOwedCents)}, a difference of ${formatDollars(r.differenceCents)}.${r.differenceReasons.length > 0 ? ` ${r.differenceReasons.join(' ')}` : ''}`,
    output.scheduleC
      ? `Schedule C ${output.scheduleC.taxYear}${output.scheduleC.partialYear ? ` (books through ${output.scheduleC.booksThrough}, the year not over)` : ''}: net profit ${formatDollars(output.scheduleC.netProfitCents)}.`
      : '',
    `For the CPA: in the hub: ${held.join('; ') || 'nothing'}. Still to gather or complete: ${missing.map((c) => `${c.title} (${c.status === 'PARTIAL' ? 'partly held' : 'not held'})`).join('; ') || 'nothing'}.`,
    `CPA packet: ${output.files.map((f) => `${f.format} ${f.url}`).join(', ')} (links work for 24 hours; packet ${output.packetId}).`,
  ];
  return {
    text: paragraphs.filter(Boolean).join('\n\n'),
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { filing: output },
  };
}
