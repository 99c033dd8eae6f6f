import { stringify } from 'csv-stringify/sync';
import { decimalDollars } from '../../reporting/filing-package/money-format.js';
import type { SalesTaxFilingPacketContent } from './filing-packet.js';

/**
 * The CPA packet as CSV: one row per return worksheet line, per jurisdiction, per outlet, per
 * reconciliation figure, per Schedule C line and per checklist item, each with the rule ids behind
 * it. Amounts are decimal dollars with two decimals written exactly from the cents (the column
 * names say USD); cells that do not apply are empty. Rows of one section add up as the return
 * does: the JURISDICTION rows' tax_owed_usd sum to the RETURN row TOTAL_TAX_DUE.
 */
export function renderFilingCsv(content: SalesTaxFilingPacketContent): Buffer {
  const header = [
    'section',
    'state',
    'period',
    'item',
    'key',
    'label',
    'level',
    'code',
    'rate',
    'amount_usd',
    'state_usd',
    'local_usd',
    'taxable_usd',
    'tax_owed_usd',
    'form_entry',
    'status',
    'detail',
    'rule_ids',
  ];
  const base = { state: content.state, period: content.period.key };
  type Row = Partial<Record<(typeof header)[number], string>>;
  const rows: Row[] = [];
  const w = content.returnWorksheet;
  for (const l of w.lines) {
    rows.push({
      section: 'RETURN',
      item: l.item,
      key: l.key,
      label: l.label,
      amount_usd: decimalDollars(l.cents),
      state_usd: l.stateCents === null ? '' : decimalDollars(l.stateCents),
      local_usd: l.localCents === null ? '' : decimalDollars(l.localCents),
      form_entry: l.formEntry,
      detail: l.formula,
      rule_ids: l.ruleIds.join(' '),
    });
  }
  for (const j of w.jurisdictions) {
    rows.push({
      section: 'JURISDICTION',
      key: j.code,
      label: j.name,
      level: j.level,
      code: j.code,
      rate: j.rate,
      taxable_usd: decimalDollars(j.taxableSalesCents),
      tax_owed_usd: decimalDollars(j.taxOwedCents),
      rule_ids: j.ruleIds.join(' '),
    });
  }
  for (const o of w.locations) {
    rows.push({
      section: 'OUTLET',
      label: o.label,
      code: o.channel,
      rate: o.combinedRate,
      amount_usd: decimalDollars(o.grossSalesCents),
      taxable_usd: decimalDollars(o.taxableSalesCents),
      detail: `tax collected ${decimalDollars(o.taxCollectedCents)}`,
    });
  }
  const r = w.reconciliation;
  const owedLine = w.lines.find((l) => l.key === 'TOTAL_TAX_DUE');
  const owedRef = owedLine ? ` (${w.state === 'TX' ? 'Item' : 'line'} ${owedLine.item})` : '';
  const reconciliation: Array<[string, string, number]> = [
    ['TAX_OWED', `Tax owed${owedRef}`, r.taxOwedCents],
    ['TAX_COLLECTED', 'Tax collected from buyers', r.taxCollectedCents],
    ['LEDGER_COLLECTED', 'Credited to 2200 Sales tax payable', r.ledgerCollectedCents],
    ['OWED_MINUS_COLLECTED', 'Owed minus collected', r.differenceCents],
    [
      'KEPT_ON_TIMELY_RETURN',
      'Collected minus net tax due on a timely return',
      r.keptOnTimelyReturnCents,
    ],
  ];
  for (const [key, label, cents] of reconciliation) {
    rows.push({
      section: 'RECONCILIATION',
      key,
      label,
      amount_usd: decimalDollars(cents),
      detail: key === 'OWED_MINUS_COLLECTED' ? r.differenceReasons.join(' ') : '',
    });
  }
  rows.push({
    section: 'DUE_DATE',
    key: 'RETURN_DUE',
    label: 'Return and payment due',
    detail: w.dueDate.due,
    status: w.deadlineStatus,
    rule_ids: w.dueDate.ruleIds.join(' '),
  });
  if (w.prepayment) {
    rows.push({
      section: 'DUE_DATE',
      key: 'PREPAYMENT_DUE',
      label: 'Prepayment due (prepayment discount)',
      detail: w.prepayment.dueDate.due,
      rule_ids: w.prepayment.dueDate.ruleIds.join(' '),
    });
  }
  for (const l of content.scheduleC?.lines ?? []) {
    rows.push({
      section: 'SCHEDULE_C',
      period: String(content.scheduleC?.taxYear ?? ''),
      item: l.line,
      key: l.line,
      label: l.label,
      amount_usd: decimalDollars(l.cents),
      detail: l.formula,
      rule_ids: l.ruleIds.join(' '),
    });
  }
  for (const item of content.checklist) {
    rows.push({
      section: 'CHECKLIST',
      key: item.key,
      label: item.title,
      status: item.status,
      detail: item.detail,
    });
  }
  const records = rows.map((row) =>
    header.map((column) => {
      if (column === 'state') return base.state;
      if (column === 'period') return row.period ?? base.period;
      return row[column] ?? '';
    }),
  );
  return Buffer.from(stringify([header, ...records], { record_delimiter: 'unix' }), 'utf8');
}
