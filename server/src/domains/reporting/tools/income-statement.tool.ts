import { z } from 'zod';
import { formatCents } from '../../../engines/accounting/index.js';
import type {
  FinancialStatement,
  StatementsService,
} from '../../../modules/reporting/statements.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';

export const monthInput = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
});

/**
 * The month's income statement from the ledger, with the prior month and the same month last
 * year; every figure is the engine's, in cents, with the accounts that produced it.
 */
export function buildIncomeStatementTool(
  statements: StatementsService,
): Tool<z.infer<typeof monthInput>, FinancialStatement> {
  return {
    name: 'build_income_statement',
    description:
      "A month's income statement from the ledger (revenue by account, COGS, gross profit, operating expenses, operating income, interest, net income) with the prior month and the same month last year, variances in cents and percent.",
    input: monthInput,
    execute: (ctx, { month }) =>
      statements.incomeStatement(ctx.workspaceId, month, { prior: true, lastYear: true }),
    summarize: (statement) => {
      const net = statement.sections.flatMap((s) => s.rows).find((r) => r.key === 'net-income');
      return `${statement.title}: net income ${formatCents(net?.currentCents ?? 0)}`;
    },
  };
}
