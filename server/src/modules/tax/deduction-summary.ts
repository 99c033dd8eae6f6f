import type { TaxProfileEquipment, TaxProfileHomeOffice, TaxProfileVehicle } from '@zactonics/db';
import {
  compareHomeOfficeMethods,
  compareVehicleMethods,
  computeSection179,
  figure,
  findRule,
  formatDollars,
  formatPercent,
  mergeRules,
  multiplyCents,
  rational,
  ruleUse,
  valueOf,
  type Figure,
  type RuleSet,
  type RuleUse,
  type Rounding,
} from '../../engines/tax-rules/index.js';

/**
 * The year's deductions from the ledger and the owner's tax profile, pure: the ledger's expense
 * accounts summed by Schedule C line, then the rules that turn a ledger amount into a deduction
 * (meals at 50%, the larger vehicle method instead of the books' car and truck spending, Section
 * 179 on the profile's equipment within the business income limitation, home office by the larger
 * method within the gross income limitation), and a missed-deduction finder. Every figure carries
 * its formula and rules. Amounts in integer cents, each computed line rounded to the cent once.
 */

const ROUNDING: Rounding = 'cent';

export interface LedgerAccountAmount {
  code: string;
  name: string;
  type: 'REVENUE' | 'COGS' | 'EXPENSE';
  scheduleCLine: string | null;
  /** Debits − credits over the year: an expense's amount; revenue is negative. */
  netDebitCents: number;
}

export interface UncategorizedSpending {
  count: number;
  /** Money out, positive cents. */
  cents: number;
  firstOn: string | null;
  lastOn: string | null;
}

export interface DeductionInput {
  taxYear: number;
  ruleSet: RuleSet;
  scheduleCLabels: Readonly<Record<string, string>>;
  accounts: readonly LedgerAccountAmount[];
  /** The last day with a journal line in the year (the books may run to a day within it). */
  booksThrough: string | null;
  /** Car and truck spending on the books by month (YYYY-MM → cents). */
  carAndTruckByMonth: ReadonlyMap<string, number>;
  uncategorized: UncategorizedSpending;
  profile: {
    filingStatus: string;
    businessForm: string;
    homeOffice: TaxProfileHomeOffice | null;
    vehicle: TaxProfileVehicle | null;
    equipment: readonly TaxProfileEquipment[];
    note: string;
  } | null;
}

export interface AccountAmount {
  code: string;
  name: string;
  cents: number;
}

export interface ScheduleCLineSummary {
  line: string;
  label: string;
  accounts: AccountAmount[];
  /** The ledger accounts' sum over the tax year. */
  ledgerCents: number;
  /** What is deducted on the line, with why. */
  deduction: Figure;
  /** Why it differs from the ledger; null when the ledger amount is deducted as is. */
  adjustment: string | null;
}

export interface MethodChoice {
  chosen: string;
  why: string;
}

export interface VehicleSummary extends MethodChoice {
  description: string;
  businessMiles: number;
  totalMiles: number;
  standardMileage: Figure;
  actualExpenses: Figure;
  deduction: Figure;
}

export interface HomeOfficeSummary extends MethodChoice {
  officeSquareFeet: number;
  homeSquareFeet: number;
  simplified: Figure;
  actual: Figure;
  deduction: Figure;
  carryoverOperatingCents: number;
  carryoverDepreciationCents: number;
}

export interface Section179PropertySummary {
  description: string;
  placedInServiceOn: string;
  businessCost: Figure;
  elected: Figure;
  reason: string;
}

export interface Section179Summary {
  properties: Section179PropertySummary[];
  dollarLimit: Figure;
  threshold: Figure;
  dollarLimitation: Figure;
  businessIncome: Figure;
  businessIncomeLimitation: Figure;
  deduction: Figure;
  carryover: Figure;
}

export interface MissedDeduction {
  kind:
    | 'UNCATEGORIZED_SPENDING'
    | 'NO_MILEAGE_LOG'
    | 'MONTH_WITHOUT_MILES'
    | 'EQUIPMENT_WITHOUT_ELECTION'
    | 'DEPRECIATION_NOT_COMPUTED'
    | 'NO_TAX_PROFILE';
  text: string;
  cents: number;
}

export interface DeductionSummary {
  taxYear: number;
  ruleSetVersion: string;
  period: { from: string; to: string };
  booksThrough: string | null;
  profile: DeductionInput['profile'];
  grossReceipts: Figure; // line 1
  returnsAndAllowances: Figure; // line 2
  costOfGoodsSold: Figure; // line 4
  grossIncome: Figure; // line 7
  lines: ScheduleCLineSummary[];
  meals: Figure | null;
  vehicle: VehicleSummary | null;
  section179: Section179Summary | null;
  homeOffice: HomeOfficeSummary | null;
  totalExpenses: Figure; // line 28
  tentativeProfit: Figure; // line 29
  homeOfficeDeduction: Figure; // line 30
  netProfit: Figure; // line 31
  missedDeductions: MissedDeduction[];
  rulesUsed: RuleUse[];
}

const L1_ACCOUNTS = (a: LedgerAccountAmount) => a.type === 'REVENUE' && a.netDebitCents <= 0;

function monthName(yyyyMm: string): string {
  const [year, month] = yyyyMm.split('-').map(Number);
  return new Date(Date.UTC(year as number, (month as number) - 1, 1)).toLocaleString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function accountList(accounts: readonly AccountAmount[]): string {
  return accounts.map((a) => `${a.code} ${a.name} ${formatDollars(a.cents)}`).join(' + ');
}

/** A mileage line's date for the rate lookup: a whole month is priced on its first day. */
function tripDate(on: string): string {
  return on.length === 7 ? `${on}-01` : on;
}

function vehicleSummary(
  input: DeductionInput,
  vehicle: TaxProfileVehicle,
  booksCarAndTruck: AccountAmount[],
): VehicleSummary {
  const costs = [
    ...booksCarAndTruck.map((a) => ({ label: `${a.code} ${a.name} (books)`, cents: a.cents })),
    ...vehicle.costsOutsideBooks,
  ];
  const comparison = compareVehicleMethods(input.ruleSet, {
    trips: vehicle.mileageLog.map((m) => ({ date: tripDate(m.on), miles: m.miles })),
    costs,
    totalMiles: vehicle.totalMiles,
    rounding: ROUNDING,
  });
  const standard = comparison.standardMileage.deduction;
  const actual = comparison.actualExpenses.deduction;
  const standardLarger = comparison.larger !== 'actualExpenses';
  const chosen = standardLarger ? 'STANDARD_MILEAGE' : 'ACTUAL_EXPENSES';
  const why =
    comparison.larger === 'equal'
      ? `both methods give ${formatDollars(standard.cents)}; the standard mileage rate needs only the mileage log.`
      : `${standardLarger ? 'the standard mileage rate gives' : 'actual costs give'} ${formatDollars(comparison.difference)} more ` +
        `(standard mileage ${formatDollars(standard.cents)}, actual costs ${formatDollars(actual.cents)}). The standard rate must have been chosen ` +
        `in the vehicle's first business year to be used later; confirm which method was used then.`;
  const deduction = standardLarger ? standard : actual;
  return {
    description: vehicle.description,
    businessMiles: comparison.standardMileage.totalMiles,
    totalMiles: vehicle.totalMiles,
    standardMileage: standard,
    actualExpenses: actual,
    chosen,
    why,
    deduction: figure(
      deduction.cents,
      `larger of standard mileage ${formatDollars(standard.cents)} and actual costs ${formatDollars(actual.cents)}`,
      deduction,
      standard,
      actual,
    ),
  };
}

function businessCost(equipment: TaxProfileEquipment): number {
  return multiplyCents(
    equipment.costCents,
    rational(equipment.businessUseBasisPoints, 10_000),
    ROUNDING,
  );
}

function section179Summary(
  input: DeductionInput,
  equipment: readonly TaxProfileEquipment[],
  businessIncomeCents: number,
  businessIncomeFormula: string,
): Section179Summary {
  const result = computeSection179(input.ruleSet, {
    taxYear: input.taxYear,
    properties: equipment.map((e) => ({
      description: e.description,
      costCents: e.costCents,
      placedInService: e.placedInServiceOn,
      businessUse: rational(e.businessUseBasisPoints, 10_000),
      listed: e.listed,
    })),
    businessIncomeCents,
    rounding: ROUNDING,
  });
  return {
    properties: result.properties.map((p) => ({
      description: p.description,
      placedInServiceOn: p.placedInService,
      businessCost: p.businessCost,
      elected: p.elected,
      reason: p.reason,
    })),
    dollarLimit: result.maximumAmount,
    threshold: result.threshold,
    dollarLimitation: result.dollarLimitation,
    businessIncome: figure(businessIncomeCents, businessIncomeFormula),
    businessIncomeLimitation: result.businessIncomeLimitation,
    deduction: result.deduction,
    carryover: result.carryoverOut,
  };
}

function homeOfficeSummary(
  input: DeductionInput,
  home: TaxProfileHomeOffice,
  grossIncomeCents: number,
  otherExpensesCents: number,
): HomeOfficeSummary {
  const comparison = compareHomeOfficeMethods(
    input.ruleSet,
    {
      taxYear: input.taxYear,
      squareFeet: home.officeSquareFeet,
      grossIncomeLimitationCents: grossIncomeCents - otherExpensesCents,
      rounding: ROUNDING,
    },
    {
      businessSquareFeet: home.officeSquareFeet,
      homeSquareFeet: home.homeSquareFeet,
      grossIncomeCents,
      otherBusinessExpensesCents: otherExpensesCents,
      mortgageInterestAndTaxes: home.mortgageInterestAndTaxes,
      operatingExpenses: home.operatingExpenses,
      depreciationCents: home.depreciationCents,
      rounding: ROUNDING,
    },
  );
  const simplified = comparison.simplified.deduction;
  const actual = comparison.actual.deduction;
  const simplifiedLarger = comparison.larger === 'simplified';
  const chosen = simplifiedLarger ? 'SIMPLIFIED' : 'ACTUAL_EXPENSES';
  const why =
    comparison.larger === 'equal'
      ? `both methods give ${formatDollars(simplified.cents)}; the simplified method needs no expense records`
      : `${simplifiedLarger ? 'the simplified method gives' : 'actual expenses give'} ${formatDollars(comparison.difference)} more ` +
        `(simplified ${formatDollars(simplified.cents)}, actual ${formatDollars(actual.cents)}); the method may be chosen anew each year (Pub 587)`;
  const deduction = simplifiedLarger ? simplified : actual;
  return {
    officeSquareFeet: home.officeSquareFeet,
    homeSquareFeet: home.homeSquareFeet,
    simplified,
    actual,
    chosen,
    why,
    deduction: figure(
      deduction.cents,
      `larger of the simplified method ${formatDollars(simplified.cents)} and actual expenses ${formatDollars(actual.cents)}`,
      deduction,
      simplified,
      actual,
    ),
    carryoverOperatingCents: simplifiedLarger ? 0 : comparison.actual.carryoverOperating.cents,
    carryoverDepreciationCents: simplifiedLarger
      ? 0
      : comparison.actual.carryoverDepreciation.cents,
  };
}

export function buildDeductionSummary(input: DeductionInput): DeductionSummary {
  const { taxYear, ruleSet, profile } = input;
  const yearEnd = `${taxYear}-12-31`;
  const label = (line: string) => input.scheduleCLabels[line] ?? line;

  // --- Part I: income. Revenue accounts with a credit balance are receipts; contra revenue
  // (returns and refunds) is line 2; COGS accounts are line 4.
  const receipts = input.accounts
    .filter(L1_ACCOUNTS)
    .map((a) => ({ code: a.code, name: a.name, cents: -a.netDebitCents }));
  const returns = input.accounts
    .filter((a) => a.type === 'REVENUE' && !L1_ACCOUNTS(a))
    .map((a) => ({ code: a.code, name: a.name, cents: a.netDebitCents }));
  const grossReceipts = figure(
    sum(receipts.map((a) => a.cents)),
    `revenue accounts' credits less debits: ${accountList(receipts) || 'none'} (line 1)`,
  );
  const returnsAndAllowances = figure(
    sum(returns.map((a) => a.cents)),
    `contra revenue: ${accountList(returns) || 'none'} (line 2)`,
  );
  const cogsAccounts = input.accounts
    .filter((a) => a.type === 'COGS')
    .map((a) => ({ code: a.code, name: a.name, cents: a.netDebitCents }));
  const costOfGoodsSold = figure(
    sum(cogsAccounts.map((a) => a.cents)),
    `cost of goods sold accounts: ${accountList(cogsAccounts) || 'none'} (line 4)`,
  );
  const grossIncome = figure(
    grossReceipts.cents - returnsAndAllowances.cents - costOfGoodsSold.cents,
    `line 1 ${formatDollars(grossReceipts.cents)} − line 2 ${formatDollars(returnsAndAllowances.cents)} − line 4 ${formatDollars(costOfGoodsSold.cents)} (line 7; no other income on the books)`,
    grossReceipts,
    returnsAndAllowances,
    costOfGoodsSold,
  );

  // --- Part II: expenses by line, as the ledger has them.
  const byLine = new Map<string, AccountAmount[]>();
  for (const a of input.accounts.filter((x) => x.type === 'EXPENSE')) {
    const line = a.scheduleCLine ?? 'UNMAPPED';
    byLine.set(line, [
      ...(byLine.get(line) ?? []),
      { code: a.code, name: a.name, cents: a.netDebitCents },
    ]);
  }
  const ledgerCents = (line: string) => sum((byLine.get(line) ?? []).map((a) => a.cents));
  const missed: MissedDeduction[] = [];

  // Meals: 50% (IRC § 274(n)(1)).
  let meals: Figure | null = null;
  if (byLine.has('L24B_MEALS')) {
    const rule = findRule(ruleSet, 'meals.deductibleShare', yearEnd);
    const share = valueOf(rule, 'ratio').ratio;
    const booked = ledgerCents('L24B_MEALS');
    meals = figure(
      multiplyCents(booked, share, ROUNDING),
      `meals on the books ${formatDollars(booked)} × ${formatPercent(share)}`,
      ruleUse(ruleSet, rule),
    );
  }

  // Vehicle: the larger method replaces the books' car and truck spending.
  const carAccounts = byLine.get('L9_CAR_AND_TRUCK') ?? [];
  const vehicle =
    profile?.vehicle && profile.vehicle.mileageLog.length > 0
      ? vehicleSummary(input, profile.vehicle, carAccounts)
      : null;
  const carOnBooks = sum(carAccounts.map((a) => a.cents));
  if (!vehicle && carOnBooks > 0) {
    missed.push({
      kind: 'NO_MILEAGE_LOG',
      cents: carOnBooks,
      text: `${formatDollars(carOnBooks)} of car and truck spending is on the books for ${taxYear} but no business miles are logged: without a mileage log neither the standard mileage rate nor the business share of actual costs can be claimed.`,
    });
  }
  if (vehicle && profile?.vehicle) {
    const logged = new Set(profile.vehicle.mileageLog.map((m) => m.on.slice(0, 7)));
    for (const [month, cents] of [...input.carAndTruckByMonth.entries()].sort()) {
      if (cents > 0 && !logged.has(month)) {
        missed.push({
          kind: 'MONTH_WITHOUT_MILES',
          cents,
          text: `${monthName(month)}: ${formatDollars(cents)} of car and truck spending on the books but no business miles logged for the month; its miles would add to the vehicle deduction.`,
        });
      }
    }
  }

  const lineDeduction = (line: string, accounts: AccountAmount[]): ScheduleCLineSummary => {
    const booked = sum(accounts.map((a) => a.cents));
    const base = {
      line,
      label: line === 'UNMAPPED' ? 'No Schedule C line on the account' : label(line),
      accounts,
      ledgerCents: booked,
    };
    if (line === 'L24B_MEALS' && meals) {
      return {
        ...base,
        deduction: meals,
        adjustment: 'only 50% of business meals is deductible',
      };
    }
    if (line === 'L9_CAR_AND_TRUCK' && vehicle) {
      return {
        ...base,
        deduction: vehicle.deduction,
        adjustment: `the vehicle deduction by the larger method (${vehicle.chosen === 'STANDARD_MILEAGE' ? 'standard mileage' : 'actual costs'}) replaces the books' car and truck spending`,
      };
    }
    return {
      ...base,
      deduction: figure(booked, `ledger: ${accountList(accounts)}`),
      adjustment: null,
    };
  };
  const lines = [...byLine.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([line, accounts]) => lineDeduction(line, accounts));
  if (vehicle && !byLine.has('L9_CAR_AND_TRUCK')) {
    lines.push({
      line: 'L9_CAR_AND_TRUCK',
      label: label('L9_CAR_AND_TRUCK'),
      accounts: [],
      ledgerCents: 0,
      deduction: vehicle.deduction,
      adjustment: 'the vehicle deduction by the larger method; nothing on the books',
    });
  }
  const expensesBefore179 = sum(lines.map((l) => l.deduction.cents));

  // Section 179 on the equipment with the election, limited by the business income figured
  // without it (and before the home office, which is limited by what remains).
  const equipment = profile?.equipment ?? [];
  const inYear = equipment.filter((e) => e.placedInServiceOn.startsWith(`${taxYear}-`));
  const elected = inYear.filter((e) => e.election === 'SECTION_179');
  const businessIncomeCents = grossIncome.cents - expensesBefore179;
  const section179 =
    elected.length > 0
      ? section179Summary(
          input,
          elected,
          businessIncomeCents,
          `gross income ${formatDollars(grossIncome.cents)} − expenses before section 179 ${formatDollars(expensesBefore179)} (before the home office)`,
        )
      : null;
  for (const e of inYear.filter((x) => x.election === 'NONE')) {
    const cost = businessCost(e);
    missed.push({
      kind: 'EQUIPMENT_WITHOUT_ELECTION',
      cents: cost,
      text: `${e.description}, placed in service ${e.placedInServiceOn} for ${formatDollars(e.costCents)} at ${formatPercent(rational(e.businessUseBasisPoints, 10_000))} business use (${formatDollars(cost)}): no section 179 or depreciation election is recorded, so nothing is deducted for it; electing section 179 could deduct up to ${formatDollars(cost)} within the year's limit and the business income limitation.`,
    });
  }
  for (const e of inYear.filter((x) => x.election === 'DEPRECIATION')) {
    const cost = businessCost(e);
    missed.push({
      kind: 'DEPRECIATION_NOT_COMPUTED',
      cents: cost,
      text: `${e.description} (${formatDollars(cost)} business cost) is to be depreciated, but tax depreciation (MACRS) is not computed here: ask the preparer for its first-year depreciation.`,
    });
  }
  if (section179) {
    const depreciation = lines.find((l) => l.line === 'L13_DEPRECIATION');
    const booked = depreciation?.ledgerCents ?? 0;
    const with179 = figure(
      booked + section179.deduction.cents,
      `depreciation on the books ${formatDollars(booked)} + section 179 ${formatDollars(section179.deduction.cents)}`,
      section179.deduction,
    );
    const adjustment =
      "section 179 on the profile's equipment added to the books' depreciation (straight-line book depreciation, not MACRS)";
    if (depreciation) {
      depreciation.deduction = with179;
      depreciation.adjustment = adjustment;
    } else {
      lines.push({
        line: 'L13_DEPRECIATION',
        label: label('L13_DEPRECIATION'),
        accounts: [],
        ledgerCents: 0,
        deduction: with179,
        adjustment,
      });
    }
  }
  lines.sort((a, b) => a.line.localeCompare(b.line, 'en', { numeric: true }));

  const totalExpenses = figure(
    sum(lines.map((l) => l.deduction.cents)),
    `lines 8 to 27a: ${lines.map((l) => formatDollars(l.deduction.cents)).join(' + ')} (line 28)`,
    ...lines.map((l) => l.deduction),
  );
  const tentativeProfit = figure(
    grossIncome.cents - totalExpenses.cents,
    `line 7 ${formatDollars(grossIncome.cents)} − line 28 ${formatDollars(totalExpenses.cents)} (line 29)`,
    grossIncome,
    totalExpenses,
  );
  const homeOffice = profile?.homeOffice
    ? homeOfficeSummary(input, profile.homeOffice, grossIncome.cents, totalExpenses.cents)
    : null;
  const homeOfficeDeduction = homeOffice
    ? figure(
        homeOffice.deduction.cents,
        `${homeOffice.chosen === 'SIMPLIFIED' ? 'simplified method' : 'Form 8829, actual expenses'} (line 30)`,
        homeOffice.deduction,
      )
    : figure(0, 'no home office in the tax profile (line 30)');
  const netProfit = figure(
    tentativeProfit.cents - homeOfficeDeduction.cents,
    `line 29 ${formatDollars(tentativeProfit.cents)} − line 30 ${formatDollars(homeOfficeDeduction.cents)} (line 31)`,
    tentativeProfit,
    homeOfficeDeduction,
  );

  if (input.uncategorized.count > 0) {
    missed.unshift({
      kind: 'UNCATEGORIZED_SPENDING',
      cents: input.uncategorized.cents,
      text: `${input.uncategorized.count} bank payments totalling ${formatDollars(input.uncategorized.cents)} (${input.uncategorized.firstOn} to ${input.uncategorized.lastOn}) still await review: until categorized they are on no Schedule C line.`,
    });
  }
  if (!profile) {
    missed.push({
      kind: 'NO_TAX_PROFILE',
      cents: 0,
      text: `No tax profile for ${taxYear}: mileage, the home office and equipment placed in service are not considered.`,
    });
  }

  return {
    taxYear,
    ruleSetVersion: ruleSet.version,
    period: { from: `${taxYear}-01-01`, to: yearEnd },
    booksThrough: input.booksThrough,
    profile,
    grossReceipts,
    returnsAndAllowances,
    costOfGoodsSold,
    grossIncome,
    lines,
    meals,
    vehicle,
    section179,
    homeOffice,
    totalExpenses,
    tentativeProfit,
    homeOfficeDeduction,
    netProfit,
    missedDeductions: missed,
    rulesUsed: mergeRules(netProfit, ...(section179 ? [section179.carryover] : [])),
  };
}
