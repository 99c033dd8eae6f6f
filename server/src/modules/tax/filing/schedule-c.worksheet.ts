import type { Figure } from '../../../engines/tax-rules/index.js';
import type { DeductionSummary } from '../deduction-summary.js';
import type { ScheduleCLine, ScheduleCWorksheet } from './filing-packet.js';

/**
 * The Schedule C (Form 1040) summary for the CPA, from the deduction summary as it stands: Part I
 * (lines 1, 2, 4, 7), each expense line as deducted, and lines 28 to 31. Every amount is the
 * summary's own Figure (formula and rules); nothing is recomputed here.
 */

function fromFigure(line: string, label: string, figure: Figure): ScheduleCLine {
  return {
    line,
    label,
    cents: figure.cents,
    formula: figure.formula,
    ruleIds: [...new Set(figure.rules.map((r) => r.ruleId))],
  };
}

export function buildScheduleC(summary: DeductionSummary): ScheduleCWorksheet {
  const lines: ScheduleCLine[] = [
    fromFigure('1', 'Gross receipts or sales', summary.grossReceipts),
    fromFigure('2', 'Returns and allowances', summary.returnsAndAllowances),
    fromFigure('4', 'Cost of goods sold', summary.costOfGoodsSold),
    fromFigure('7', 'Gross income', summary.grossIncome),
    ...summary.lines.map((l) =>
      fromFigure(l.line, l.label, {
        ...l.deduction,
        formula: l.adjustment ? `${l.deduction.formula} (${l.adjustment})` : l.deduction.formula,
      }),
    ),
    fromFigure('28', 'Total expenses', summary.totalExpenses),
    fromFigure('29', 'Tentative profit', summary.tentativeProfit),
    fromFigure('30', 'Business use of home', summary.homeOfficeDeduction),
    fromFigure('31', 'Net profit', summary.netProfit),
  ];
  return {
    taxYear: summary.taxYear,
    booksThrough: summary.booksThrough,
    partialYear: summary.booksThrough !== null && summary.booksThrough < summary.period.to,
    lines,
    netProfitCents: summary.netProfit.cents,
    ruleSetVersion: summary.ruleSetVersion,
  };
}
