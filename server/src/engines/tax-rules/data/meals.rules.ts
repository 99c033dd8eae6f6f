import { rational } from '../rational.js';
import type { TaxRule } from '../types.js';
import { read } from './read.js';

/**
 * The share of business meal expenses that is deductible: 50% (IRC § 274(n)(1), Pub 463).
 * The rule starts in 2023 because the temporary 100% deduction for food or beverages provided by
 * a restaurant (Consolidated Appropriations Act, 2021; Notice 2021-25) covered amounts paid or
 * incurred after December 31, 2020 and before January 1, 2023; that exception is not modelled,
 * so no meals rule governs 2021 or 2022 and a lookup there fails rather than guessing.
 */
export const MEALS_RULES: TaxRule[] = [
  {
    id: 'meals-deductible-share/2023',
    concept: 'meals.deductibleShare',
    taxYear: null,
    effective: { from: '2023-01-01', to: null },
    value: { kind: 'ratio', ratio: rational(1, 2) },
    citation: {
      publisher: 'United States Code / Internal Revenue Service',
      title:
        'Internal Revenue Code § 274(n)(1), Only 50 percent of meal expenses allowed as deduction; Publication 463, Travel, Gift, and Car Expenses',
      section: '§ 274(n)(1)(A); Pub 463 chapter 2, 50% Limit',
      url: 'https://law.onecle.com/tax/2004/transportlabor.tc.wpd39.html',
      published: 'undated',
    },
    readAt: [
      read(
        'https://law.onecle.com/tax/2004/transportlabor.tc.wpd39.html',
        'U.S. Tax Court opinion quoting IRC § 274(n)',
        '(n) Only 50 Percent of Meal * * * Expenses Allowed as Deduction.-- (1) In general.--The amount allowable as a deduction under this chapter for-- (A) any expense for food or beverages, ... shall not exceed 50 percent of the amount of such expense',
      ),
      read(
        'https://ttlc.intuit.com/community/tax-credits-deductions/discussion/per-diem-for-transportation-workers-in-2023/00/3237733/amp',
        'answer quoting Publication 463, page 16 (2023 thread)',
        'In general, you can deduct only 50% of your business-related meal expenses, unless an exception applies. ... The 50% limit applies to employees or their employers, and to self-employed persons (including independent contractors)',
      ),
      read(
        'https://dangarassociates.com/index.php/tax-news/20-meal-expenses-at-100-for-2021-and-2022',
        'summary of the temporary restaurant exception (why this rule starts in 2023)',
        'provides a 100-percent deduction for business related expenses paid or incurred after December 31, 2020, and before January 1, 2023, for food and beverages provided by a restaurant',
      ),
    ],
    note: 'Exceptions (80% under Department of Transportation hours-of-service limits, meals sold to customers, 2021-2022 restaurant meals) are not modelled: the demo shop has none.',
  },
];
