import type { AccountType, NormalBalance } from '../entities/ledger-account.entity.js';

/**
 * The lines of IRS Schedule C (Form 1040), Profit or Loss From Business, tax year 2025, that a
 * small shop's costs are deducted on. Source: 2025 Instructions for Schedule C (Form 1040),
 * https://www.irs.gov/instructions/i1040sc, Part II (lines 8-27a) and Part III (line 4, cost of
 * goods sold, carried from line 42). Line 27a totals Part V "other expenses", listed by name.
 */
export const SCHEDULE_C_LINES = {
  L4_COST_OF_GOODS_SOLD: 'Line 4: Cost of goods sold (Part III)',
  L8_ADVERTISING: 'Line 8: Advertising',
  L9_CAR_AND_TRUCK: 'Line 9: Car and truck expenses',
  L10_COMMISSIONS_AND_FEES: 'Line 10: Commissions and fees',
  L11_CONTRACT_LABOR: 'Line 11: Contract labor',
  L13_DEPRECIATION: 'Line 13: Depreciation and section 179 expense',
  L14_EMPLOYEE_BENEFITS: 'Line 14: Employee benefit programs',
  L15_INSURANCE: 'Line 15: Insurance (other than health)',
  L16B_INTEREST_OTHER: 'Line 16b: Interest, other',
  L17_LEGAL_AND_PROFESSIONAL: 'Line 17: Legal and professional services',
  L18_OFFICE_EXPENSE: 'Line 18: Office expense',
  L20B_RENT_OTHER_PROPERTY: 'Line 20b: Rent or lease, other business property',
  L21_REPAIRS_AND_MAINTENANCE: 'Line 21: Repairs and maintenance',
  L22_SUPPLIES: 'Line 22: Supplies (not included in Part III)',
  L23_TAXES_AND_LICENSES: 'Line 23: Taxes and licenses',
  L24A_TRAVEL: 'Line 24a: Travel',
  L24B_MEALS: 'Line 24b: Deductible meals',
  L25_UTILITIES: 'Line 25: Utilities',
  L26_WAGES: 'Line 26: Wages (less employment credits)',
  L27A_OTHER_EXPENSES: 'Line 27a: Other expenses (from Part V)',
} as const;
export type ScheduleCLine = keyof typeof SCHEDULE_C_LINES;

/**
 * The departments a small shop's operating expenses fall into, for the income statement's
 * "operating expenses by department". Interest (6070) has none: it is shown below operating income.
 */
export const DEPARTMENTS = {
  SALES_AND_MARKETING: 'Sales and marketing',
  OPERATIONS: 'Operations and fulfilment',
  PEOPLE: 'People',
  GENERAL_AND_ADMINISTRATIVE: 'General and administrative',
} as const;
export type Department = (typeof DEPARTMENTS)[keyof typeof DEPARTMENTS];

export interface ChartAccount {
  code: string;
  name: string;
  type: AccountType;
  normalBalance: NormalBalance;
  /** The header account's code; null for the six top-level headers. */
  parent: string | null;
  postable: boolean;
  scheduleCLine: ScheduleCLine | null;
  /** Operating expenses: the department the income statement groups them under. */
  department: Department | null;
  description: string;
}

const NORMAL: Record<AccountType, NormalBalance> = {
  ASSET: 'DEBIT',
  LIABILITY: 'CREDIT',
  EQUITY: 'CREDIT',
  REVENUE: 'CREDIT',
  COGS: 'DEBIT',
  EXPENSE: 'DEBIT',
};

function header(code: string, name: string, type: AccountType): ChartAccount {
  return {
    code,
    name,
    type,
    normalBalance: NORMAL[type],
    parent: null,
    postable: false,
    scheduleCLine: null,
    department: null,
    description: '',
  };
}

function account(
  code: string,
  name: string,
  type: AccountType,
  parent: string,
  options: {
    scheduleC?: ScheduleCLine;
    department?: Department;
    contra?: boolean;
    description?: string;
  } = {},
): ChartAccount {
  const normal = NORMAL[type];
  return {
    code,
    name,
    type,
    normalBalance: options.contra ? (normal === 'DEBIT' ? 'CREDIT' : 'DEBIT') : normal,
    parent,
    postable: true,
    scheduleCLine: options.scheduleC ?? null,
    department: options.department ?? null,
    description: options.description ?? '',
  };
}

/**
 * The demo shop's chart of accounts: a small-business chart with the usual numbering (1xxx
 * assets ... 6xxx operating expenses), every expense and COGS account mapped to its Schedule C
 * line. Contra accounts (accumulated depreciation, owner's draws, returns) carry the opposite
 * normal balance of their type.
 */
export const CHART_OF_ACCOUNTS: readonly ChartAccount[] = [
  header('1000', 'Assets', 'ASSET'),
  account('1010', 'Operating checking', 'ASSET', '1000'),
  account('1020', 'Savings', 'ASSET', '1000'),
  account('1050', 'Payment processor clearing', 'ASSET', '1000', {
    description: 'Card sales awaiting payout from Shopify Payments and Square.',
  }),
  account('1100', 'Accounts receivable', 'ASSET', '1000'),
  account('1200', 'Inventory', 'ASSET', '1000'),
  account('1300', 'Prepaid expenses', 'ASSET', '1000'),
  account('1500', 'Equipment', 'ASSET', '1000', { description: 'Kilns, wheels, shelving.' }),
  account('1510', 'Accumulated depreciation', 'ASSET', '1000', { contra: true }),

  header('2000', 'Liabilities', 'LIABILITY'),
  account('2010', 'Accounts payable', 'LIABILITY', '2000'),
  account('2100', 'Credit card payable', 'LIABILITY', '2000'),
  account('2200', 'Sales tax payable', 'LIABILITY', '2000'),
  account('2300', 'Payroll liabilities', 'LIABILITY', '2000'),
  account('2500', 'Equipment loan', 'LIABILITY', '2000', {
    description: 'Five-year bank loan for the kilns.',
  }),

  header('3000', 'Equity', 'EQUITY'),
  account('3010', "Owner's contributions", 'EQUITY', '3000'),
  account('3020', "Owner's draws", 'EQUITY', '3000', { contra: true }),
  account('3900', 'Retained earnings', 'EQUITY', '3000'),

  header('4000', 'Revenue', 'REVENUE'),
  account('4010', 'Sales: online store', 'REVENUE', '4000'),
  account('4020', 'Sales: wholesale', 'REVENUE', '4000'),
  account('4030', 'Sales: markets and pop-ups', 'REVENUE', '4000'),
  account('4040', 'Shipping income', 'REVENUE', '4000'),
  account('4090', 'Returns and refunds', 'REVENUE', '4000', { contra: true }),

  header('5000', 'Cost of goods sold', 'COGS'),
  account('5010', 'Materials and merchandise', 'COGS', '5000', {
    scheduleC: 'L4_COST_OF_GOODS_SOLD',
    description: 'Clay, glaze, wax, wicks, fragrance, tea: what goes into what is sold.',
  }),
  account('5020', 'Packaging', 'COGS', '5000', { scheduleC: 'L4_COST_OF_GOODS_SOLD' }),
  account('5030', 'Inbound freight', 'COGS', '5000', { scheduleC: 'L4_COST_OF_GOODS_SOLD' }),

  header('6000', 'Operating expenses', 'EXPENSE'),
  account('6010', 'Advertising', 'EXPENSE', '6000', {
    department: DEPARTMENTS.SALES_AND_MARKETING,
    scheduleC: 'L8_ADVERTISING',
  }),
  account('6020', 'Car and truck', 'EXPENSE', '6000', {
    department: DEPARTMENTS.OPERATIONS,
    scheduleC: 'L9_CAR_AND_TRUCK',
  }),
  account('6030', 'Commissions and fees', 'EXPENSE', '6000', {
    department: DEPARTMENTS.SALES_AND_MARKETING,
    scheduleC: 'L10_COMMISSIONS_AND_FEES',
    description: 'Marketplace commissions (Etsy, Faire).',
  }),
  account('6040', 'Contract labor', 'EXPENSE', '6000', {
    department: DEPARTMENTS.PEOPLE,
    scheduleC: 'L11_CONTRACT_LABOR',
  }),
  account('6050', 'Depreciation', 'EXPENSE', '6000', {
    department: DEPARTMENTS.OPERATIONS,
    scheduleC: 'L13_DEPRECIATION',
  }),
  account('6060', 'Insurance', 'EXPENSE', '6000', {
    department: DEPARTMENTS.GENERAL_AND_ADMINISTRATIVE,
    scheduleC: 'L15_INSURANCE',
  }),
  account('6070', 'Interest', 'EXPENSE', '6000', { scheduleC: 'L16B_INTEREST_OTHER' }),
  account('6080', 'Legal and professional', 'EXPENSE', '6000', {
    department: DEPARTMENTS.GENERAL_AND_ADMINISTRATIVE,
    scheduleC: 'L17_LEGAL_AND_PROFESSIONAL',
  }),
  account('6090', 'Office expense', 'EXPENSE', '6000', {
    department: DEPARTMENTS.GENERAL_AND_ADMINISTRATIVE,
    scheduleC: 'L18_OFFICE_EXPENSE',
  }),
  account('6100', 'Rent', 'EXPENSE', '6000', {
    department: DEPARTMENTS.OPERATIONS,
    scheduleC: 'L20B_RENT_OTHER_PROPERTY',
  }),
  account('6110', 'Repairs and maintenance', 'EXPENSE', '6000', {
    department: DEPARTMENTS.OPERATIONS,
    scheduleC: 'L21_REPAIRS_AND_MAINTENANCE',
  }),
  account('6120', 'Supplies', 'EXPENSE', '6000', {
    department: DEPARTMENTS.OPERATIONS,
    scheduleC: 'L22_SUPPLIES',
  }),
  account('6130', 'Taxes and licenses', 'EXPENSE', '6000', {
    department: DEPARTMENTS.GENERAL_AND_ADMINISTRATIVE,
    scheduleC: 'L23_TAXES_AND_LICENSES',
  }),
  account('6140', 'Travel', 'EXPENSE', '6000', {
    department: DEPARTMENTS.GENERAL_AND_ADMINISTRATIVE,
    scheduleC: 'L24A_TRAVEL',
  }),
  account('6150', 'Meals', 'EXPENSE', '6000', {
    department: DEPARTMENTS.GENERAL_AND_ADMINISTRATIVE,
    scheduleC: 'L24B_MEALS',
  }),
  account('6160', 'Utilities', 'EXPENSE', '6000', {
    department: DEPARTMENTS.OPERATIONS,
    scheduleC: 'L25_UTILITIES',
  }),
  account('6170', 'Wages', 'EXPENSE', '6000', {
    department: DEPARTMENTS.PEOPLE,
    scheduleC: 'L26_WAGES',
  }),
  account('6180', 'Payroll taxes', 'EXPENSE', '6000', {
    department: DEPARTMENTS.PEOPLE,
    scheduleC: 'L23_TAXES_AND_LICENSES',
  }),
  account('6200', 'Software and subscriptions', 'EXPENSE', '6000', {
    department: DEPARTMENTS.GENERAL_AND_ADMINISTRATIVE,
    scheduleC: 'L27A_OTHER_EXPENSES',
  }),
  account('6210', 'Shipping and postage', 'EXPENSE', '6000', {
    department: DEPARTMENTS.OPERATIONS,
    scheduleC: 'L27A_OTHER_EXPENSES',
  }),
  account('6220', 'Payment processing fees', 'EXPENSE', '6000', {
    department: DEPARTMENTS.SALES_AND_MARKETING,
    scheduleC: 'L27A_OTHER_EXPENSES',
  }),
  account('6230', 'Bank fees', 'EXPENSE', '6000', {
    department: DEPARTMENTS.GENERAL_AND_ADMINISTRATIVE,
    scheduleC: 'L27A_OTHER_EXPENSES',
  }),
];
