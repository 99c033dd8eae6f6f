// The hub's answers on the demo data (a hub started 2026-12-03, `nexusExposure` with no date and
// `deductionSummary(taxYear: 2026)`), trimmed to a few states and Schedule C lines: the console must
// show these figures exactly as given.
import type { DeductionSummary, NexusExposure } from '../src/pages/tax.operations.js';

export const NEXUS_2026_12_03: NexusExposure = {
  asOf: '2026-12-03',
  timeZone: 'America/Chicago',
  ruleSetVersion: 'us-nexus/2026-12-03.1',
  registerNow: ['GA'],
  watch: ['NJ'],
  statesSoldInto: ['AZ', 'CA', 'CO', 'FL', 'GA', 'IL', 'NC', 'NJ', 'NY', 'OK', 'TX', 'WA'],
  states: [
    {
      state: 'GA',
      stateName: 'Georgia',
      status: 'MET',
      registered: false,
      registeredOn: null,
      actionKind: 'REGISTER_NOW',
      action: 'Register and collect: the threshold is met and the shop is not registered.',
      reason:
        'Georgia MET on 2026-12-03 under nexus/GA/2020-01-01 (more than $100,000.00 of retail sales or at least 200 transactions, in the previous or the current calendar year; marketplace-facilitated sales included). Measured over calendar year 2025 (2025-01-01 to 2025-12-31): $13,408.89 is 13.40% of $100,000.00 (more than $100,000.00 needed: not met); 258 transactions is 129.00% of 200 transactions (at least 200 transactions needed: met). Source: Georgia: Remote Seller Thresholds, https://streamlinedsalestax.org/state-details/georgia.',
      rule: {
        id: 'nexus/GA/2020-01-01',
        summary:
          'more than $100,000.00 of retail sales or at least 200 transactions, in the previous or the current calendar year; marketplace-facilitated sales included',
        effectiveFrom: '2020-01-01',
        effectiveTo: null,
        citation: {
          publisher: 'Streamlined Sales Tax Governing Board (Georgia state page; HB 61)',
          title: 'Georgia: Remote Seller Thresholds',
          section: 'Effective 1/1/2020',
          url: 'https://streamlinedsalestax.org/state-details/georgia',
          published: 'undated',
        },
      },
      decidingWindow: {
        from: '2025-01-01',
        to: '2025-12-31',
        label: 'calendar year 2025',
        salesCents: 1340889,
        transactions: 258,
        percent: '129.00%',
        met: true,
      },
    },
    {
      state: 'NJ',
      stateName: 'New Jersey',
      status: 'APPROACHING',
      registered: false,
      registeredOn: null,
      actionKind: 'WATCH',
      action:
        'Watch: sales are at 80% or more of the threshold; registration will be due when it is met.',
      reason:
        'New Jersey APPROACHING on 2026-12-03 under nexus/NJ/2018-11-01 (more than $100,000.00 of retail sales or at least 200 transactions, in the previous or the current calendar year; marketplace-facilitated sales included). Measured over calendar year 2025 (2025-01-01 to 2025-12-31): $8,992.47 is 8.99% of $100,000.00 (more than $100,000.00 needed: not met); 173 transactions is 86.50% of 200 transactions (at least 200 transactions needed: not met). Source: Sales Tax Information for Remote Sellers (P.L. 2018, c. 132), https://www.state.nj.us/treasury/taxation/remotesellers.shtml.',
      rule: {
        id: 'nexus/NJ/2018-11-01',
        summary:
          'more than $100,000.00 of retail sales or at least 200 transactions, in the previous or the current calendar year; marketplace-facilitated sales included',
        effectiveFrom: '2018-11-01',
        effectiveTo: null,
        citation: {
          publisher: 'New Jersey Division of Taxation',
          title: 'Sales Tax Information for Remote Sellers (P.L. 2018, c. 132)',
          section: 'Economic Threshold',
          url: 'https://www.state.nj.us/treasury/taxation/remotesellers.shtml',
          published: 'undated',
        },
      },
      decidingWindow: {
        from: '2025-01-01',
        to: '2025-12-31',
        label: 'calendar year 2025',
        salesCents: 899247,
        transactions: 173,
        percent: '86.50%',
        met: false,
      },
    },
    {
      state: 'TX',
      stateName: 'Texas',
      status: 'BELOW',
      registered: true,
      registeredOn: '2024-12-01',
      actionKind: 'REGISTERED',
      action:
        'Registered although the threshold is not met in the window measured; a state may require collection to continue for a time (not modelled).',
      reason:
        'Texas BELOW on 2026-12-03 under nexus/TX/2019-10-01 (at least $500,000.00 of gross sales, in the twelve calendar months before the month evaluated; marketplace-facilitated sales included). Measured over the twelve calendar months before this month (2025-12-01 to 2026-11-30): $157,228.95 is 31.44% of $500,000.00 (at least $500,000.00 needed: not met). Source: Remote Sellers (34 Tex. Admin. Code § 3.286 safe harbor), https://comptroller.texas.gov/taxes/sales/remote-sellers.php.',
      rule: {
        id: 'nexus/TX/2019-10-01',
        summary:
          'at least $500,000.00 of gross sales, in the twelve calendar months before the month evaluated; marketplace-facilitated sales included',
        effectiveFrom: '2019-10-01',
        effectiveTo: null,
        citation: {
          publisher: 'Texas Comptroller of Public Accounts',
          title: 'Remote Sellers (34 Tex. Admin. Code § 3.286 safe harbor)',
          section: 'Use Tax',
          url: 'https://comptroller.texas.gov/taxes/sales/remote-sellers.php',
          published: 'undated',
        },
      },
      decidingWindow: {
        from: '2025-12-01',
        to: '2026-11-30',
        label: 'the twelve calendar months before this month',
        salesCents: 15722895,
        transactions: 2781,
        percent: '31.44%',
        met: false,
      },
    },
    {
      state: 'OR',
      stateName: 'Oregon',
      status: 'NO_SALES_TAX',
      registered: false,
      registeredOn: null,
      actionKind: 'NONE',
      action: 'No state sales tax: nothing to register.',
      reason:
        'Oregon has no general state sales tax (https://resalecertificate.org/articles/states-with-no-sales-tax-guide).',
      rule: null,
      decidingWindow: null,
    },
  ],
};

export const DEDUCTIONS_2026: DeductionSummary = {
  taxYear: 2026,
  ruleSetVersion: 'us-federal/2026-12-03.2',
  period: { from: '2026-01-01', to: '2026-12-31' },
  booksThrough: '2026-11-30',
  profile: {
    filingStatus: 'single',
    businessForm:
      'Texas single-member LLC, disregarded for federal income tax: the owner files Schedule C (Form 1040)',
    note: 'Demo data (db/src/seed/demo-tax-profile.ts): invented for the demo shop.',
  },
  grossReceipts: {
    cents: 33303843,
    formula:
      "revenue accounts' credits less debits: 4010 Sales: online store $200,586.05 + 4020 Sales: wholesale $74,705.19 + 4030 Sales: markets and pop-ups $48,720.79 + 4040 Shipping income $9,026.40 (line 1)",
    rules: [],
  },
  returnsAndAllowances: {
    cents: 240198,
    formula: 'contra revenue: 4090 Returns and refunds $2,401.98 (line 2)',
    rules: [],
  },
  costOfGoodsSold: {
    cents: 9456455,
    formula:
      'cost of goods sold accounts: 5010 Materials and merchandise $93,089.75 + 5020 Packaging $1,127.78 + 5030 Inbound freight $347.02 (line 4)',
    rules: [],
  },
  grossIncome: {
    cents: 23607190,
    formula:
      'line 1 $333,038.43 − line 2 $2,401.98 − line 4 $94,564.55 (line 7; no other income on the books)',
    rules: [],
  },
  lines: [
    {
      line: 'L8_ADVERTISING',
      label: 'Line 8: Advertising',
      ledgerCents: 328603,
      adjustment: null,
      accounts: [{ code: '6010', name: 'Advertising', cents: 328603 }],
      deduction: { cents: 328603, formula: 'ledger: 6010 Advertising $3,286.03', rules: [] },
    },
    {
      line: 'L9_CAR_AND_TRUCK',
      label: 'Line 9: Car and truck expenses',
      ledgerCents: 154204,
      adjustment:
        "the vehicle deduction by the larger method (standard mileage) replaces the books' car and truck spending",
      accounts: [{ code: '6020', name: 'Car and truck', cents: 154204 }],
      deduction: {
        cents: 299425,
        formula: 'larger of standard mileage $2,994.25 and actual costs $1,266.73',
        rules: [{ ruleId: 'mileage-business/2026', value: '72.5 cents per mile' }],
      },
    },
    {
      line: 'L24B_MEALS',
      label: 'Line 24b: Deductible meals',
      ledgerCents: 121878,
      adjustment: 'only 50% of business meals is deductible',
      accounts: [{ code: '6150', name: 'Meals', cents: 121878 }],
      deduction: {
        cents: 60939,
        formula: 'meals on the books $1,218.78 × 50%',
        rules: [{ ruleId: 'meals-deductible-share/2023', value: '50%' }],
      },
    },
  ],
  vehicle: {
    description: "Owner's 2019 Subaru Outback (market runs, wholesale deliveries)",
    businessMiles: 4130,
    totalMiles: 11550,
    chosen: 'STANDARD_MILEAGE',
    why: "the standard mileage rate gives $1,727.52 more (standard mileage $2,994.25, actual costs $1,266.73). The standard rate must have been chosen in the vehicle's first business year to be used later; confirm which method was used then.",
    standardMileage: {
      cents: 299425,
      formula: '$2,994.25',
      rules: [{ ruleId: 'mileage-business/2026', value: '72.5 cents per mile' }],
    },
    actualExpenses: {
      cents: 126673,
      formula: 'actual costs $3,542.54 × 4130 business miles / 11550 miles',
      rules: [],
    },
    deduction: {
      cents: 299425,
      formula: 'larger of standard mileage $2,994.25 and actual costs $1,266.73',
      rules: [{ ruleId: 'mileage-business/2026', value: '72.5 cents per mile' }],
    },
  },
  section179: {
    properties: [
      {
        description: 'Pottery wheel',
        placedInServiceOn: '2026-02-17',
        reason: 'qualifying property',
        businessCost: { cents: 149500, formula: 'cost $1,495.00 × business use 100%', rules: [] },
        elected: { cents: 149500, formula: 'elected $1,495.00 of $1,495.00', rules: [] },
      },
      {
        description: 'Slab roller',
        placedInServiceOn: '2026-06-08',
        reason: 'qualifying property',
        businessCost: { cents: 218000, formula: 'cost $2,180.00 × business use 100%', rules: [] },
        elected: { cents: 218000, formula: 'elected $2,180.00 of $2,180.00', rules: [] },
      },
    ],
    dollarLimit: {
      cents: 256000000,
      formula: 'the 2026 dollar limit (line 1)',
      rules: [{ ruleId: 'section-179-dollar-limit/2026', value: '$2,560,000.00' }],
    },
    threshold: {
      cents: 409000000,
      formula: 'the 2026 phase-out threshold (line 3)',
      rules: [{ ruleId: 'section-179-phase-out-threshold/2026', value: '$4,090,000.00' }],
    },
    dollarLimitation: {
      cents: 256000000,
      formula: 'line 1 $2,560,000.00 − line 4 $0.00, not below zero (line 5)',
      rules: [
        { ruleId: 'section-179-dollar-limit/2026', value: '$2,560,000.00' },
        { ruleId: 'section-179-phase-out-threshold/2026', value: '$4,090,000.00' },
      ],
    },
    businessIncome: {
      cents: 5719164,
      formula:
        'gross income $236,071.90 − expenses before section 179 $178,880.26 (before the home office)',
      rules: [],
    },
    businessIncomeLimitation: {
      cents: 5719164,
      formula:
        'smaller of business income $57,191.64 (not less than zero) and line 5 $2,560,000.00 (line 11)',
      rules: [
        { ruleId: 'section-179-dollar-limit/2026', value: '$2,560,000.00' },
        { ruleId: 'section-179-phase-out-threshold/2026', value: '$4,090,000.00' },
      ],
    },
    deduction: {
      cents: 367500,
      formula: 'lines 9 + 10 = $3,675.00, but not more than line 11 $57,191.64 (line 12)',
      rules: [
        { ruleId: 'section-179-dollar-limit/2026', value: '$2,560,000.00' },
        { ruleId: 'section-179-phase-out-threshold/2026', value: '$4,090,000.00' },
      ],
    },
    carryover: {
      cents: 0,
      formula: 'lines 9 + 10 − line 12: carried to 2027 (line 13)',
      rules: [
        { ruleId: 'section-179-dollar-limit/2026', value: '$2,560,000.00' },
        { ruleId: 'section-179-phase-out-threshold/2026', value: '$4,090,000.00' },
      ],
    },
  },
  homeOffice: {
    officeSquareFeet: 140,
    homeSquareFeet: 1400,
    chosen: 'ACTUAL_EXPENSES',
    why: 'actual expenses give $2,730.91 more (simplified $700.00, actual $3,430.91); the method may be chosen anew each year (Pub 587)',
    carryoverOperatingCents: 0,
    carryoverDepreciationCents: 0,
    simplified: {
      cents: 70000,
      formula: 'smaller of $700.00 and the gross income limitation $53,516.64 (worksheet line 5)',
      rules: [
        { ruleId: 'home-office-simplified-maximum-area/2013', value: '300 square feet' },
        { ruleId: 'home-office-simplified-rate/2013', value: '500 cents per square foot' },
      ],
    },
    actual: {
      cents: 343091,
      formula:
        'mortgage interest and taxes + allowed operating expenses + allowed depreciation (line 32)',
      rules: [],
    },
    deduction: {
      cents: 343091,
      formula: 'larger of the simplified method $700.00 and actual expenses $3,430.91',
      rules: [
        { ruleId: 'home-office-simplified-maximum-area/2013', value: '300 square feet' },
        { ruleId: 'home-office-simplified-rate/2013', value: '500 cents per square foot' },
      ],
    },
  },
  totalExpenses: {
    cents: 18255526,
    formula:
      'lines 8 to 27a: $3,286.03 + $2,994.25 + $1,541.54 + $3,149.05 + $11,532.19 + $914.00 + $2,998.06 + $4,084.11 + $449.84 + $31,350.00 + $1,797.50 + $2,689.65 + $7,402.42 + $1,073.33 + $609.39 + $3,931.04 + $83,828.20 + $18,924.66 (line 28)',
    rules: [
      { ruleId: 'mileage-business/2026', value: '72.5 cents per mile' },
      { ruleId: 'section-179-dollar-limit/2026', value: '$2,560,000.00' },
      { ruleId: 'section-179-phase-out-threshold/2026', value: '$4,090,000.00' },
      { ruleId: 'meals-deductible-share/2023', value: '50%' },
    ],
  },
  tentativeProfit: {
    cents: 5351664,
    formula: 'line 7 $236,071.90 − line 28 $182,555.26 (line 29)',
    rules: [
      { ruleId: 'mileage-business/2026', value: '72.5 cents per mile' },
      { ruleId: 'section-179-dollar-limit/2026', value: '$2,560,000.00' },
      { ruleId: 'section-179-phase-out-threshold/2026', value: '$4,090,000.00' },
      { ruleId: 'meals-deductible-share/2023', value: '50%' },
    ],
  },
  homeOfficeDeduction: {
    cents: 343091,
    formula: 'Form 8829, actual expenses (line 30)',
    rules: [
      { ruleId: 'home-office-simplified-maximum-area/2013', value: '300 square feet' },
      { ruleId: 'home-office-simplified-rate/2013', value: '500 cents per square foot' },
    ],
  },
  netProfit: {
    cents: 5008573,
    formula: 'line 29 $53,516.64 − line 30 $3,430.91 (line 31)',
    rules: [
      { ruleId: 'mileage-business/2026', value: '72.5 cents per mile' },
      { ruleId: 'section-179-dollar-limit/2026', value: '$2,560,000.00' },
      { ruleId: 'section-179-phase-out-threshold/2026', value: '$4,090,000.00' },
      { ruleId: 'meals-deductible-share/2023', value: '50%' },
      { ruleId: 'home-office-simplified-maximum-area/2013', value: '300 square feet' },
      { ruleId: 'home-office-simplified-rate/2013', value: '500 cents per square foot' },
    ],
  },
  missedDeductions: [
    {
      kind: 'UNCATEGORIZED_SPENDING',
      cents: 526264,
      text: '37 bank payments totalling $5,262.64 (2026-11-12 to 2026-12-03) still await review: until categorized they are on no Schedule C line.',
    },
    {
      kind: 'EQUIPMENT_WITHOUT_ELECTION',
      cents: 148410,
      text: "Laptop for the online store, placed in service 2026-09-14 for $1,649.00 at 90% business use ($1,484.10): no section 179 or depreciation election is recorded, so nothing is deducted for it; electing section 179 could deduct up to $1,484.10 within the year's limit and the business income limitation.",
    },
  ],
  rulesUsed: [
    {
      ruleId: 'mileage-business/2026',
      concept: 'vehicle.businessStandardMileageRate',
      ruleSetVersion: 'us-federal/2026-12-03.2',
      value: '72.5 cents per mile',
      note: null,
      citation: {
        publisher: 'Internal Revenue Service',
        title: 'Notice 2026-10 (IR-2025-128), 2026 standard mileage rates',
        section: 'Business rate',
        url: 'https://kpmg.com/us/en/taxnewsflash/news/2025/12/notice-2026-10-standard-mileage-rates-2026.html',
        published: '2025-12-29',
      },
    },
    {
      ruleId: 'section-179-dollar-limit/2026',
      concept: 'section179.dollarLimit',
      ruleSetVersion: 'us-federal/2026-12-03.2',
      value: '$2,560,000.00',
      note: null,
      citation: {
        publisher: 'Internal Revenue Service',
        title: 'Rev. Proc. 2025-32, 2026 inflation-adjusted items',
        section: 'Section 3, election to expense certain depreciable assets (§ 179)',
        url: 'https://spidell.com/news/flash-email/2025-66-irs-releases-several-inflation-figures-for-2026-tax-year',
        published: '2025-10-09',
      },
    },
    {
      ruleId: 'section-179-phase-out-threshold/2026',
      concept: 'section179.phaseOutThreshold',
      ruleSetVersion: 'us-federal/2026-12-03.2',
      value: '$4,090,000.00',
      note: null,
      citation: {
        publisher: 'Internal Revenue Service',
        title: 'Rev. Proc. 2025-32, 2026 inflation-adjusted items',
        section: 'Section 3, election to expense certain depreciable assets (§ 179)',
        url: 'https://spidell.com/news/flash-email/2025-66-irs-releases-several-inflation-figures-for-2026-tax-year',
        published: '2025-10-09',
      },
    },
    {
      ruleId: 'meals-deductible-share/2023',
      concept: 'meals.deductibleShare',
      ruleSetVersion: 'us-federal/2026-12-03.2',
      value: '50%',
      note: 'Exceptions (80% under Department of Transportation hours-of-service limits, meals sold to customers, 2021-2022 restaurant meals) are not modelled: the demo shop has none.',
      citation: {
        publisher: 'United States Code / Internal Revenue Service',
        title:
          'Internal Revenue Code § 274(n)(1), Only 50 percent of meal expenses allowed as deduction; Publication 463, Travel, Gift, and Car Expenses',
        section: '§ 274(n)(1)(A); Pub 463 chapter 2, 50% Limit',
        url: 'https://law.onecle.com/tax/2004/transportlabor.tc.wpd39.html',
        published: 'undated',
      },
    },
    {
      ruleId: 'home-office-simplified-maximum-area/2013',
      concept: 'homeOffice.simplifiedMaximumArea',
      ruleSetVersion: 'us-federal/2026-12-03.2',
      value: '300 square feet',
      note: null,
      citation: {
        publisher: 'Internal Revenue Service',
        title:
          'Publication 587, Business Use of Your Home: Simplified Method Worksheet (Rev. Proc. 2013-13)',
        section: 'Simplified Method Worksheet, lines 2 and 3a',
        url: 'http://taxmap.ntis.gov/taxmap/pubs/p587-009.htm',
        published: '2013-01-15',
      },
    },
    {
      ruleId: 'home-office-simplified-rate/2013',
      concept: 'homeOffice.simplifiedRate',
      ruleSetVersion: 'us-federal/2026-12-03.2',
      value: '500 cents per square foot',
      note: null,
      citation: {
        publisher: 'Internal Revenue Service',
        title:
          'Publication 587, Business Use of Your Home: Simplified Method Worksheet (Rev. Proc. 2013-13)',
        section: 'Simplified Method Worksheet, lines 2 and 3a',
        url: 'http://taxmap.ntis.gov/taxmap/pubs/p587-009.htm',
        published: '2013-01-15',
      },
    },
  ],
};
