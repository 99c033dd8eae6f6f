// The hub's answers on the demo data (a hub started 2026-12-03), some trimmed (a few states,
// Schedule C lines, rules): the console must show these figures exactly as given.
import type {
  ComplianceCalendar,
  DeductionSummary,
  EstimatedTaxPlan,
  ExemptionCertificates,
  NexusExposure,
  SalesTaxFilingPacket,
  SalesTaxLiability,
  SalesTaxQuote,
} from '../src/pages/tax.operations.js';

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

// salesTaxLiability(state: "TX", period: "2026-Q3") on the same hub.
export const TX_2026_Q3: SalesTaxLiability = {
  state: 'TX',
  registered: true,
  registeredOn: '2024-12-01',
  period: { key: '2026-Q3', kind: 'QUARTER', start: '2026-07-01', end: '2026-09-30' },
  orderCount: 646,
  grossSalesCents: 4051525,
  exemptSalesCents: 0,
  exemptByReason: [],
  resaleSalesCents: 1123369,
  taxableSalesCents: 2928156,
  shippingCents: 71137,
  taxableShippingCents: 71137,
  stateTaxOwedCents: 183010,
  localTaxOwedCents: 58562,
  taxOwedCents: 241572,
  taxCollectedCents: 235402,
  ledgerCollectedCents: 235402,
  differenceCents: 6170,
  differenceReasons: [
    'Shipping: $711.37 of delivery charges are taxable in Texas with the goods, about $58.69 of tax; tax charged at checkout on the goods alone leaves it owed but not collected.',
    "The rest, $3.01, is tax charged at checkout that differs from the rates × the period's taxable sales (rounding per order or payout, or tax charged on amounts other than the goods sold into the state).",
  ],
  notes: [
    'Each jurisdiction’s tax is its taxable sales for the period × its rate, rounded once to the cent (half a cent up), as the return computes it.',
    'The sales rows carry no product categories: their goods are quoted as general merchandise (food such as the shop’s tea is not split out of them).',
    "Sourcing: Texas sources local tax for a seller with a place of business in Texas to the place of business where the order is received and fulfilled (origin): the seller's city and transit rates apply, not the buyer's (Tax Code § 321.203; Rule 3.334). A remote seller collects at the destination.",
  ],
  ruleSetVersion: 'us-sales-tax/2026-12-03.1',
  jurisdictionTableVersion: 'jurisdictions/2026-12-03.1',
  jurisdictions: [
    {
      level: 'STATE',
      code: 'TX-STATE',
      name: 'Texas',
      rate: '0.0625',
      taxableSalesCents: 2928156,
      taxOwedCents: 183010,
      ruleIds: [
        'sales-tax/TX/general/2020-01-01',
        'sales-tax/TX/shipping/2020-01-01',
        'sales-tax/TX/state-rate/1990-07-01',
      ],
    },
    {
      level: 'CITY',
      code: 'TX-CITY-AUSTIN',
      name: 'City of Austin',
      rate: '0.01',
      taxableSalesCents: 2478091,
      taxOwedCents: 24781,
      ruleIds: [
        'avalara-zip5/TX/2026-01/78701/CITY',
        'avalara-zip5/TX/2026-01/78704/CITY',
        'avalara-zip5/TX/2026-01/78723/CITY',
        'sales-tax/TX/general/2020-01-01',
        'sales-tax/TX/shipping/2020-01-01',
      ],
    },
    {
      level: 'CITY',
      code: 'TX-78660-CITY',
      name: 'city tax for ZIP 78660 (WILLIAMSON COUNTY EMERGENCY SERVICES DISTRICT NO. 9-B)',
      rate: '0.015',
      taxableSalesCents: 226094,
      taxOwedCents: 3391,
      ruleIds: ['avalara-zip5/TX/2026-01/78660/CITY', 'sales-tax/TX/general/2020-01-01'],
    },
    {
      level: 'CITY',
      code: 'TX-78734-CITY',
      name: 'city tax for ZIP 78734 (LAKEWAY)',
      rate: '0.0175',
      taxableSalesCents: 223971,
      taxOwedCents: 3919,
      ruleIds: ['avalara-zip5/TX/2026-01/78734/CITY', 'sales-tax/TX/general/2020-01-01'],
    },
    {
      level: 'SPECIAL',
      code: 'TX-SPECIAL-AUSTIN-MTA',
      name: 'Capital Metropolitan Transportation Authority (Austin MTA)',
      rate: '0.01',
      taxableSalesCents: 2478091,
      taxOwedCents: 24781,
      ruleIds: [
        'avalara-zip5/TX/2026-01/78701/SPECIAL',
        'avalara-zip5/TX/2026-01/78704/SPECIAL',
        'avalara-zip5/TX/2026-01/78723/SPECIAL',
        'sales-tax/TX/general/2020-01-01',
        'sales-tax/TX/shipping/2020-01-01',
      ],
    },
    {
      level: 'SPECIAL',
      code: 'TX-78660-SPECIAL',
      name: 'special district tax for ZIP 78660 (WILLIAMSON COUNTY EMERGENCY SERVICES DISTRICT NO. 9-B)',
      rate: '0.005',
      taxableSalesCents: 226094,
      taxOwedCents: 1130,
      ruleIds: ['avalara-zip5/TX/2026-01/78660/SPECIAL', 'sales-tax/TX/general/2020-01-01'],
    },
    {
      level: 'SPECIAL',
      code: 'TX-78734-SPECIAL',
      name: 'special district tax for ZIP 78734 (LAKEWAY)',
      rate: '0.0025',
      taxableSalesCents: 223971,
      taxOwedCents: 560,
      ruleIds: ['avalara-zip5/TX/2026-01/78734/SPECIAL', 'sales-tax/TX/general/2020-01-01'],
    },
  ],
  locations: [
    {
      label: '78704 AUSTIN (origin: Juniper Lane Goods studio)',
      channel: 'ONLINE',
      city: 'Austin',
      postalCode: '78704',
      combinedRate: '0.0825',
      grossSalesCents: 1651919,
      taxableSalesCents: 1651919,
      taxCollectedCents: 130112,
    },
    {
      label: '78210 (resale)',
      channel: 'WHOLESALE',
      city: null,
      postalCode: '78210',
      combinedRate: '0',
      grossSalesCents: 1123369,
      taxableSalesCents: 0,
      taxCollectedCents: 0,
    },
    {
      label: '78701 AUSTIN (sold at Downtown Saturday Market (Republic Square))',
      channel: 'MARKET',
      city: 'Austin',
      postalCode: '78701',
      combinedRate: '0.0825',
      grossSalesCents: 414158,
      taxableSalesCents: 414158,
      taxCollectedCents: 34168,
    },
    {
      label: '78723 AUSTIN (sold at Mueller Makers Market)',
      channel: 'MARKET',
      city: 'Austin',
      postalCode: '78723',
      combinedRate: '0.0825',
      grossSalesCents: 412014,
      taxableSalesCents: 412014,
      taxCollectedCents: 33991,
    },
    {
      label:
        '78660 WILLIAMSON COUNTY EMERGENCY SERVICES DISTRICT NO. 9-B (sold at Pflugerville Pfall Market)',
      channel: 'MARKET',
      city: 'Pflugerville',
      postalCode: '78660',
      combinedRate: '0.0825',
      grossSalesCents: 226094,
      taxableSalesCents: 226094,
      taxCollectedCents: 18653,
    },
    {
      label: '78734 LAKEWAY (sold at Lakeway Saturday Market)',
      channel: 'MARKET',
      city: 'Lakeway',
      postalCode: '78734',
      combinedRate: '0.0825',
      grossSalesCents: 223971,
      taxableSalesCents: 223971,
      taxCollectedCents: 18478,
    },
  ],
  rulesUsed: [
    {
      id: 'avalara-zip5/TX/2026-01/78660/CITY',
      concept: 'rate.city',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (tx-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
    {
      id: 'avalara-zip5/TX/2026-01/78660/SPECIAL',
      concept: 'rate.special',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (tx-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
    {
      id: 'avalara-zip5/TX/2026-01/78701/CITY',
      concept: 'rate.city',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (tx-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
    {
      id: 'avalara-zip5/TX/2026-01/78701/SPECIAL',
      concept: 'rate.special',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (tx-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
    {
      id: 'avalara-zip5/TX/2026-01/78704/CITY',
      concept: 'rate.city',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (tx-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
    {
      id: 'avalara-zip5/TX/2026-01/78704/SPECIAL',
      concept: 'rate.special',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (tx-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
    {
      id: 'avalara-zip5/TX/2026-01/78723/CITY',
      concept: 'rate.city',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (tx-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
    {
      id: 'avalara-zip5/TX/2026-01/78723/SPECIAL',
      concept: 'rate.special',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (tx-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
    {
      id: 'avalara-zip5/TX/2026-01/78734/CITY',
      concept: 'rate.city',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (tx-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
    {
      id: 'avalara-zip5/TX/2026-01/78734/SPECIAL',
      concept: 'rate.special',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (tx-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
    {
      id: 'sales-tax/TX/general/2020-01-01',
      concept: 'taxability.general',
      citation: {
        title: 'Texas Tax Code ch. 151, Limited Sales, Excise, and Use Tax',
        url: 'https://statutes.capitol.texas.gov/Docs/TX/htm/TX.151.htm',
        published: 'undated',
      },
    },
    {
      id: 'sales-tax/TX/rounding/2020-01-01',
      concept: 'rounding',
      citation: {
        title: 'Texas Tax Code § 151.053, Tax Rates; Comptroller sales tax guidance',
        url: 'https://comptroller.texas.gov/taxes/sales/',
        published: 'undated',
      },
    },
    {
      id: 'sales-tax/TX/shipping/2020-01-01',
      concept: 'shipping',
      citation: {
        title: '34 Tex. Admin. Code § 3.303, Transportation and Delivery Charges',
        url: 'https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?sl=R&app=9&p_dir=&p_rloc=&p_tloc=&p_ploc=&pg=1&p_tac=&ti=34&pt=1&ch=3&rl=303',
        published: 'undated',
      },
    },
    {
      id: 'sales-tax/TX/sourcing/2020-01-01',
      concept: 'sourcing',
      citation: {
        title: '34 Tex. Admin. Code § 3.334, Local Sales and Use Taxes; Texas Tax Code § 321.203',
        url: 'https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?app=9&ch=3&p_dir=F&p_ploc=9945&p_rloc=219470&p_tloc=19936&pg=54&pt=1&rl=321&sl=T&ti=34',
        published: '2024-01-05',
      },
    },
    {
      id: 'sales-tax/TX/state-rate/1990-07-01',
      concept: 'rate.state',
      citation: {
        title:
          'Texas Comptroller of Public Accounts: Texas Tax Code s. 151.051 (sales tax imposed; rate 6.25%)',
        url: 'https://comptroller.texas.gov/taxes/sales/',
        published: '1990-07-01',
      },
    },
  ],
};

// salesTaxQuote: two mugs and a tea shipped to Los Angeles (90012) with $8.00 shipping.
export const QUOTE_LA: SalesTaxQuote = {
  state: 'CA',
  date: '2026-12-03',
  sourcing: 'DESTINATION',
  sourcingReason:
    "The seller ships from TX into CA: a remote seller collects at the destination (CA 90012). California (modified origin): for a seller shipping from inside California, the statewide 7.25% applies wherever the buyer is, its 1% Bradley-Burns part allocated to the seller's place of business, and district taxes go to the buyer's location (the retailer being engaged in business in the district). A remote seller collects the destination's district taxes.",
  combinedRate: '0.0975',
  address: {
    postalCode: '90012',
    city: null,
    state: 'CA',
    regionName: 'LOS ANGELES',
    combinedRate: '0.0975',
    matchedBy: 'POSTAL_CODE',
    note: null,
    tableSource:
      'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (ca-zip-rates.json)',
    tableAsOf: '2026-01-01',
  },
  originAddress: null,
  jurisdictions: [
    {
      level: 'STATE',
      code: 'CA-STATE',
      name: 'California',
      rate: '0.06',
      taxableCents: 5600,
      taxCents: 336,
      ruleIds: [
        'sales-tax/CA/state-rate/2017-01-01',
        'sales-tax/CA/general/2020-01-01',
        'sales-tax/CA/grocery/2020-01-01',
        'sales-tax/CA/shipping/2020-01-01',
      ],
    },
    {
      level: 'COUNTY',
      code: 'CA-90012-COUNTY',
      name: 'county tax for ZIP 90012 (LOS ANGELES)',
      rate: '0.0025',
      taxableCents: 5600,
      taxCents: 14,
      ruleIds: [
        'avalara-zip5/CA/2026-01/90012/COUNTY',
        'sales-tax/CA/general/2020-01-01',
        'sales-tax/CA/grocery/2020-01-01',
        'sales-tax/CA/shipping/2020-01-01',
      ],
    },
    {
      level: 'SPECIAL',
      code: 'CA-90012-SPECIAL',
      name: 'special district tax for ZIP 90012 (LOS ANGELES)',
      rate: '0.035',
      taxableCents: 5600,
      taxCents: 196,
      ruleIds: [
        'avalara-zip5/CA/2026-01/90012/SPECIAL',
        'sales-tax/CA/general/2020-01-01',
        'sales-tax/CA/grocery/2020-01-01',
        'sales-tax/CA/shipping/2020-01-01',
      ],
    },
  ],
  lines: [
    {
      id: 'line-1',
      category: 'general',
      amountCents: 5600,
      taxableCents: 5600,
      exemptCents: 0,
      taxCents: 546,
      treatment: 'TAXABLE',
      reason:
        'CA general $56.00 (2 × $28.00): Tangible personal property (stoneware, candles) is taxable at the state and every local rate. Applied: California taxable; county tax for ZIP 90012 (LOS ANGELES) taxable; special district tax for ZIP 90012 (LOS ANGELES) taxable.',
      ruleIds: [
        'sales-tax/CA/general/2020-01-01',
        'sales-tax/CA/state-rate/2017-01-01',
        'avalara-zip5/CA/2026-01/90012/COUNTY',
        'avalara-zip5/CA/2026-01/90012/SPECIAL',
      ],
    },
    {
      id: 'line-2',
      category: 'grocery',
      amountCents: 1400,
      taxableCents: 0,
      exemptCents: 1400,
      taxCents: 0,
      treatment: 'EXEMPT',
      reason:
        'CA grocery $14.00: Food products for human consumption (tea included) are exempt from state, local and district taxes. Applied: California exempt; county tax for ZIP 90012 (LOS ANGELES) exempt; special district tax for ZIP 90012 (LOS ANGELES) exempt.',
      ruleIds: ['sales-tax/CA/grocery/2020-01-01'],
    },
  ],
  shipping: {
    amountCents: 800,
    taxableCents: 0,
    taxCents: 0,
    reason:
      "CA shipping $8.00 ($0.00 taxable): Separately stated charges for shipping directly to the buyer by common carrier or mail are not taxed, up to the carrier's actual cost (the shop charges actual postage).",
  },
  rounding: {
    mode: 'PER_INVOICE',
    method:
      'Exact tax of every line and jurisdiction added, the invoice total rounded once to the cent (half a cent up); that total is shared among lines and jurisdictions by largest remainder.',
    reason:
      "CA: the tax on the transaction's total taxable amount is rounded to the nearest cent, half a cent up.",
  },
  subtotalCents: 7000,
  taxableCents: 5600,
  totalTaxCents: 546,
  totalCents: 8346,
  ruleSetVersion: 'us-sales-tax/2026-12-03.1',
  rulesUsed: [
    {
      id: 'sales-tax/CA/sourcing/2020-01-01',
      concept: 'sourcing',
      citation: {
        title:
          'Regulation 1802, Place of Sale and Use for Purposes of Bradley-Burns Uniform Local Sales and Use Taxes; Regulation 1827, Collection of Use Tax by Retailers (district taxes)',
        url: 'https://www.cdtfa.ca.gov/lawguides/vol1/sutr/1802.html',
        published: 'undated',
      },
    },
    {
      id: 'sales-tax/CA/rounding/2020-01-01',
      concept: 'rounding',
      citation: {
        title: 'Regulation 1700, Reimbursement for Sales Tax',
        url: 'https://www.cdtfa.ca.gov/lawguides/vol1/sutr/1700.html',
        published: 'undated',
      },
    },
    {
      id: 'sales-tax/CA/general/2020-01-01',
      concept: 'taxability.general',
      citation: {
        title: 'Revenue and Taxation Code § 6051, sales tax imposed',
        url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=RTC&sectionNum=6051',
        published: 'undated',
      },
    },
    {
      id: 'sales-tax/CA/grocery/2020-01-01',
      concept: 'taxability.grocery',
      citation: {
        title: 'Revenue and Taxation Code § 6359; Regulation 1602, Food Products',
        url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=RTC&sectionNum=6359',
        published: 'undated',
      },
    },
    {
      id: 'sales-tax/CA/shipping/2020-01-01',
      concept: 'shipping',
      citation: {
        title: 'Regulation 1628, Transportation Charges',
        url: 'https://cdtfa.ca.gov/lawguides/vol1/sutr/sales-and-use-tax-regulations-art12-all.html',
        published: '2024',
      },
    },
    {
      id: 'sales-tax/CA/state-rate/2017-01-01',
      concept: 'rate.state',
      citation: {
        title:
          'California Department of Tax and Fee Administration: California City & County Sales & Use Tax Rates (statewide base rate 7.25%)',
        url: 'https://www.cdtfa.ca.gov/taxes-and-fees/sales-use-tax-rates.htm',
        published: '2017-01-01',
      },
    },
    {
      id: 'avalara-zip5/CA/2026-01/90012/COUNTY',
      concept: 'rate.county',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (ca-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
    {
      id: 'avalara-zip5/CA/2026-01/90012/SPECIAL',
      concept: 'rate.special',
      citation: {
        title:
          'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us) (ca-zip-rates.json)',
        url: 'https://www.avalara.com/taxrates/en/download-tax-tables.html',
        published: '2026-01-01',
      },
    },
  ],
};

// prepareSalesTaxFiling(state: "TX", period: "2026-Q3"), the checklist and notes trimmed.
export const PACKET_TX_2026_Q3: SalesTaxFilingPacket = {
  id: 'f2840b9a-4389-4c42-9ffd-e3f6a17ea17e',
  state: 'TX',
  period: '2026-Q3',
  status: 'READY',
  preparedAt: '2026-12-03T10:43:25.735Z',
  preparedBy: 'api_key:38378bfa-6281-4751-9b24-40111003e623',
  returnWorksheet: {
    formTitle: 'Texas Sales and Use Tax Return (Form 01-114)',
    filingFrequency: 'QUARTERLY',
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    deadlineStatus: 'OVERDUE',
    dueDate: { due: '2026-10-20', nominal: '2026-10-20', skipped: [] },
    prepaymentDueDate: { due: '2026-08-17' },
    prepaymentDiscountIfPrepaidCents: 3020,
    lines: [
      {
        key: 'TOTAL_SALES',
        item: '1',
        label: 'Total Texas sales',
        formEntry: '$40,515',
        cents: 4051525,
        formula:
          'all sales into Texas in the period, goods and shipping charges: taxable $29,281.56 + resale $11,233.69 + exempt $0.00',
      },
      {
        key: 'TAXABLE_SALES',
        item: '2',
        label: 'Taxable sales',
        formEntry: '$29,282',
        cents: 2928156,
        formula: 'sales taxable in Texas, incl. taxable shipping $711.37',
      },
      {
        key: 'TAXABLE_PURCHASES',
        item: '3',
        label: 'Taxable purchases',
        formEntry: '$0',
        cents: 0,
        formula:
          'purchases used in Texas on which no Texas tax was paid: the hub records none (enter any the shop knows of)',
      },
      {
        key: 'SUBJECT_TO_STATE_TAX',
        item: '4',
        label: 'Amount subject to state tax',
        formEntry: '$29,282',
        cents: 2928156,
        formula: 'Item 2 $29,281.56 + Item 3 $0.00',
      },
      {
        key: 'SUBJECT_TO_LOCAL_TAX',
        item: '5',
        label: 'Amount subject to local tax',
        formEntry: '$29,282',
        cents: 2928156,
        formula:
          'sum over 6 outlet(s) of the sales subject to their local taxes: 78704 AUSTIN (origin: Juniper Lane Goods studio) $16,519.19; 78210 (resale) $0.00; 78701 AUSTIN (sold at Downtown Saturday Market (Republic Square)) $4,141.58; 78723 AUSTIN (sold at Mueller Makers Market) $4,120.14; 78660 WILLIAMSON COUNTY EMERGENCY SERVICES DISTRICT NO. 9-B (sold at Pflugerville Pfall Market) $2,260.94; 78734 LAKEWAY (sold at Lakeway Saturday Market) $2,239.71',
      },
      {
        key: 'STATE_TAX_DUE',
        item: '7a',
        label: 'State tax',
        formEntry: '$1,830.10',
        cents: 183010,
        formula: "Item 4 $29,281.56 × 6.25%, rounded to the cent (the liability's state line)",
      },
      {
        key: 'LOCAL_TAX_DUE',
        item: '7b',
        label: 'Local tax',
        formEntry: '$585.62',
        cents: 58562,
        formula:
          "sum of 6 local jurisdictions' tax: City of Austin $247.81 + city tax for ZIP 78660 (WILLIAMSON COUNTY EMERGENCY SERVICES DISTRICT NO. 9-B) $33.91 + city tax for ZIP 78734 (LAKEWAY) $39.19 + Capital Metropolitan Transportation Authority (Austin MTA) $247.81 + special district tax for ZIP 78660 (WILLIAMSON COUNTY EMERGENCY SERVICES DISTRICT NO. 9-B) $11.30 + special district tax for ZIP 78734 (LAKEWAY) $5.60",
      },
      {
        key: 'TOTAL_TAX_DUE',
        item: '8',
        label: 'Total tax due',
        formEntry: '$2,415.72',
        cents: 241572,
        formula: 'state $1,830.10 + local $585.62',
      },
      {
        key: 'PREPAYMENT_CREDIT',
        item: '9',
        label: 'Prepayment credit',
        formEntry: '$0.00',
        cents: 0,
        formula: 'no prepayment is recorded in the hub for this period',
      },
      {
        key: 'ADJUSTED_TAX_DUE',
        item: '10',
        label: 'Adjusted tax due',
        formEntry: '$2,415.72',
        cents: 241572,
        formula: 'Item 8 − Item 9',
      },
      {
        key: 'TIMELY_FILING_DISCOUNT',
        item: '11',
        label: 'Timely filing discount',
        formEntry: '$12.08',
        cents: 1208,
        formula:
          '0.5% of Item 10, per column: state $1,830.10 → $9.15, local $585.62 → $2.93, each rounded to the cent; only if filed and paid by the due date',
      },
      {
        key: 'PRIOR_PAYMENTS',
        item: '12',
        label: 'Prior payments',
        formEntry: '$0.00',
        cents: 0,
        formula: 'none recorded in the hub',
      },
      {
        key: 'NET_TAX_DUE',
        item: '13',
        label: 'Net tax due',
        formEntry: '$2,403.64',
        cents: 240364,
        formula:
          'Item 10 − Item 11 − Item 12 (filed and paid by the due date; penalty and interest, Item 14, none)',
      },
      {
        key: 'PREPAYMENT_DISCOUNT_AVAILABLE',
        item: '',
        label: 'Prepayment discount (memo: had the tax been prepaid)',
        formEntry: '$30.20',
        cents: 3020,
        formula:
          '1.25% of the tax due per column, in addition to the 0.5% timely filing discount (1.75% in all), for a prepayment of at least 90% of the tax made by the prepayment date',
      },
    ],
    reconciliation: {
      taxOwedCents: 241572,
      taxCollectedCents: 235402,
      differenceCents: 6170,
      keptOnTimelyReturnCents: -4962,
    },
    notes: [
      'Each jurisdiction’s tax is its taxable sales for the period × its rate, rounded once to the cent (half a cent up), as the return computes it.',
    ],
  },
  checklist: [
    {
      key: 'SALES_BY_JURISDICTION',
      title: 'Sales report per jurisdiction (TX 2026-Q3)',
      status: 'HELD',
      detail:
        "646 orders, 6 outlet(s), 7 jurisdictions; in this packet's CSV and PDF. Tax collected $2,354.02 against 2200 Sales tax payable $2,354.02.",
    },
    {
      key: 'EXEMPTION_CERTIFICATES',
      title: 'Exemption and resale certificates for exempt and resale sales',
      status: 'PARTIAL',
      detail:
        'Bluebonnet Botanicals $2,262.82: 32099887766 (no expiry); Bramble & Bean Coffee $864.00: 32087654321 (no expiry); Harbor Point Realty $2,312.00: no certificate on file; $2,312.00 not covered on the sale date; Lone Star Gift Co $2,868.37: 32011223344 (no expiry); Tallgrass Home Co. $2,926.50: 32045678901 (no expiry)',
    },
    {
      key: 'FORM_1099_K',
      title: 'Form 1099-K from each payment processor (2026)',
      status: 'NOT_HELD',
      detail:
        "The hub holds the processors' payouts in the ledger (Schedule C line 1 gross receipts $333,038.43 so far), not the forms: ask the processors (issued by January 31 after the year) and reconcile their gross with line 1.",
    },
  ],
  files: [
    {
      id: 'a856f6b9-1a56-4ce7-84a4-51b826b8f7de',
      format: 'PDF',
      filename: 'sales-tax-filing-TX-2026-Q3.pdf',
      bytes: 25396,
      sha256: 'd9fb6406342e3888e0e95d712da6a6365d8b211b88e720de87ce6df113f391cc',
      url: '/downloads/reports/a856f6b9-1a56-4ce7-84a4-51b826b8f7de/sales-tax-filing-TX-2026-Q3.pdf?token=test-token',
      expiresAt: '2026-12-04T10:43:25.735Z',
    },
    {
      id: '50778ef6-9a7c-4821-97ab-b8ea80a28932',
      format: 'CSV',
      filename: 'sales-tax-filing-TX-2026-Q3.csv',
      bytes: 15334,
      sha256: '63ef261fd622c2b07c4026d0d8c215467839b6f6776677aa3dcce554664da4f4',
      url: '/downloads/reports/50778ef6-9a7c-4821-97ab-b8ea80a28932/sales-tax-filing-TX-2026-Q3.csv?token=test-token',
      expiresAt: '2026-12-04T10:43:25.735Z',
    },
  ],
};

// estimatedTaxPlan(taxYear: 2026), rulesUsed trimmed to the first installment's and the
// standard deduction's.
export const PLAN_2026: EstimatedTaxPlan = {
  taxYear: 2026,
  asOf: '2026-12-03',
  filingStatus: 'single',
  booksThrough: '2026-11-30',
  ruleSetVersion: 'us-federal/2026-12-03.3',
  netProfitBasis: 'LEDGER_ANNUALISED',
  netProfitBasisExplanation:
    'The books run through 2026-11-30 (day 334 of 365): the profit that accrues by the day is annualised (× 365 / 334); Section 179 and the home office are whole-year amounts and are not. Seasonal swings (the holiday quarter) are not forecast.',
  netProfitToDate: {
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
  projectedNetProfit: {
    cents: 5539394,
    formula:
      '(tentative profit $53,516.64 + Section 179 $3,675.00) to 2026-11-30 × 365 / 334 days = $62,499.85, − Section 179 $3,675.00 − home office $3,430.91 (whole-year amounts, not annualised)',
    rules: [
      { ruleId: 'mileage-business/2026', value: '72.5 cents per mile' },
      { ruleId: 'section-179-dollar-limit/2026', value: '$2,560,000.00' },
      { ruleId: 'section-179-phase-out-threshold/2026', value: '$4,090,000.00' },
      { ruleId: 'meals-deductible-share/2023', value: '50%' },
      { ruleId: 'home-office-simplified-maximum-area/2013', value: '300 square feet' },
      { ruleId: 'home-office-simplified-rate/2013', value: '500 cents per square foot' },
    ],
  },
  selfEmploymentTax: {
    cents: 782691,
    formula: 'line 10 $6,343.38 + line 11 $1,483.53 (line 12)',
    rules: [
      { ruleId: 'se-net-earnings-factor/1990', value: '92.35%' },
      { ruleId: 'ss-wage-base/2026', value: '$184,500.00' },
      { ruleId: 'se-social-security-rate/2013', value: '12.4%' },
      { ruleId: 'se-minimum-net-earnings/2013', value: '$400.00' },
      { ruleId: 'se-medicare-rate/2013', value: '2.9%' },
    ],
  },
  deductibleHalfOfSelfEmploymentTax: {
    cents: 391346,
    formula: 'self-employment tax $7,826.91 × 50% (line 13)',
    rules: [
      { ruleId: 'se-net-earnings-factor/1990', value: '92.35%' },
      { ruleId: 'ss-wage-base/2026', value: '$184,500.00' },
      { ruleId: 'se-social-security-rate/2013', value: '12.4%' },
      { ruleId: 'se-minimum-net-earnings/2013', value: '$400.00' },
      { ruleId: 'se-medicare-rate/2013', value: '2.9%' },
      { ruleId: 'se-deductible-share/1990', value: '50%' },
    ],
  },
  adjustedGrossIncome: {
    cents: 5148048,
    formula:
      'net profit $55,393.94 − deductible half of SE tax $3,913.46 (Form 1040 line 11; no other income)',
    rules: [
      { ruleId: 'se-net-earnings-factor/1990', value: '92.35%' },
      { ruleId: 'ss-wage-base/2026', value: '$184,500.00' },
      { ruleId: 'se-social-security-rate/2013', value: '12.4%' },
      { ruleId: 'se-minimum-net-earnings/2013', value: '$400.00' },
      { ruleId: 'se-medicare-rate/2013', value: '2.9%' },
      { ruleId: 'se-deductible-share/1990', value: '50%' },
    ],
  },
  taxableIncomeBeforeQbi: {
    cents: 3438048,
    formula: 'AGI $51,480.48 − standard deduction $17,100.00, not below zero',
    rules: [
      { ruleId: 'se-net-earnings-factor/1990', value: '92.35%' },
      { ruleId: 'ss-wage-base/2026', value: '$184,500.00' },
      { ruleId: 'se-social-security-rate/2013', value: '12.4%' },
      { ruleId: 'se-minimum-net-earnings/2013', value: '$400.00' },
      { ruleId: 'se-medicare-rate/2013', value: '2.9%' },
      { ruleId: 'se-deductible-share/1990', value: '50%' },
      { ruleId: 'standard-deduction/single/2026', value: '$16,100.00' },
      { ruleId: 'charitable-non-itemizer/single/2026', value: '$1,000.00' },
    ],
  },
  qbiDeduction: {
    cents: 687610,
    formula:
      'smaller of 20% of QBI $51,480.48 ($10,296.10) and 20% of taxable income before the deduction $34,380.48 ($6,876.10) (Form 8995; taxable income not over the threshold $201,750.00)',
    rules: [
      { ruleId: 'se-net-earnings-factor/1990', value: '92.35%' },
      { ruleId: 'ss-wage-base/2026', value: '$184,500.00' },
      { ruleId: 'se-social-security-rate/2013', value: '12.4%' },
      { ruleId: 'se-minimum-net-earnings/2013', value: '$400.00' },
      { ruleId: 'se-medicare-rate/2013', value: '2.9%' },
      { ruleId: 'se-deductible-share/1990', value: '50%' },
      { ruleId: 'standard-deduction/single/2026', value: '$16,100.00' },
      { ruleId: 'charitable-non-itemizer/single/2026', value: '$1,000.00' },
      { ruleId: 'qbi-threshold/single/2026', value: '$201,750.00' },
      { ruleId: 'qbi-rate/2018', value: '20%' },
    ],
  },
  qbiExplanation:
    'Taxable income before the deduction is not over $201,750.00: 20% of qualified business income, limited to 20% of taxable income (Form 8995).',
  taxableIncome: {
    cents: 2750438,
    formula: '$34,380.48 − QBI deduction $6,876.10 (line 15)',
    rules: [
      { ruleId: 'se-net-earnings-factor/1990', value: '92.35%' },
      { ruleId: 'ss-wage-base/2026', value: '$184,500.00' },
      { ruleId: 'se-social-security-rate/2013', value: '12.4%' },
      { ruleId: 'se-minimum-net-earnings/2013', value: '$400.00' },
      { ruleId: 'se-medicare-rate/2013', value: '2.9%' },
      { ruleId: 'se-deductible-share/1990', value: '50%' },
      { ruleId: 'standard-deduction/single/2026', value: '$16,100.00' },
      { ruleId: 'charitable-non-itemizer/single/2026', value: '$1,000.00' },
      { ruleId: 'qbi-threshold/single/2026', value: '$201,750.00' },
      { ruleId: 'qbi-rate/2018', value: '20%' },
    ],
  },
  incomeTax: {
    cents: 305253,
    formula:
      'single 2026 Tax Rate Schedule on $27,504.38: $12,400.00 × 10% + $15,104.38 × 12%, summed exactly and rounded once',
    rules: [
      { ruleId: 'income-tax-rate-1/2018', value: '10%' },
      { ruleId: 'income-tax-bracket-top-1/single/2026', value: '$12,400.00' },
      { ruleId: 'income-tax-rate-2/2018', value: '12%' },
      { ruleId: 'income-tax-bracket-top-2/single/2026', value: '$50,400.00' },
    ],
  },
  marginalRate: '12%',
  additionalMedicareTax: {
    cents: 0,
    formula: 'Form 8959 line 7 + line 13',
    rules: [
      { ruleId: 'additional-medicare-threshold/single/2013', value: '$200,000.00' },
      { ruleId: 'additional-medicare-rate/2013', value: '0.9%' },
      { ruleId: 'se-net-earnings-factor/1990', value: '92.35%' },
    ],
  },
  totalTax: {
    cents: 1087944,
    formula:
      'income tax $3,052.53 + self-employment tax $7,826.91 + Additional Medicare Tax $0.00 (no credits)',
    rules: [
      { ruleId: 'income-tax-rate-1/2018', value: '10%' },
      { ruleId: 'income-tax-bracket-top-1/single/2026', value: '$12,400.00' },
      { ruleId: 'income-tax-rate-2/2018', value: '12%' },
      { ruleId: 'income-tax-bracket-top-2/single/2026', value: '$50,400.00' },
      { ruleId: 'se-net-earnings-factor/1990', value: '92.35%' },
      { ruleId: 'ss-wage-base/2026', value: '$184,500.00' },
      { ruleId: 'se-social-security-rate/2013', value: '12.4%' },
      { ruleId: 'se-minimum-net-earnings/2013', value: '$400.00' },
      { ruleId: 'se-medicare-rate/2013', value: '2.9%' },
      { ruleId: 'additional-medicare-threshold/single/2013', value: '$200,000.00' },
      { ruleId: 'additional-medicare-rate/2013', value: '0.9%' },
    ],
  },
  paymentsRequired: true,
  paymentsRequiredReason:
    'expected tax after withholding $10,879.44 is at least $1,000.00 and withholding does not cover the required annual payment',
  priorYearOption: {
    cents: 1184300,
    formula:
      "100% of last year's tax $11,843.00 (last year's AGI $68,700.00 is not more than $150,000.00)",
    rules: [
      { ruleId: 'estimated-tax-high-income-agi/single/2010', value: '$150,000.00' },
      { ruleId: 'estimated-tax-prior-year-share/2010', value: '100%' },
    ],
  },
  currentYearOption: {
    cents: 979150,
    formula: "90% of this year's expected tax $10,879.44",
    rules: [{ ruleId: 'estimated-tax-current-year-share/2010', value: '90%' }],
  },
  basis: 'currentYear',
  requiredAnnualPayment: {
    cents: 979150,
    formula: 'the smaller of $9,791.50 (this year) and $11,843.00 (last year)',
    rules: [
      { ruleId: 'estimated-tax-current-year-share/2010', value: '90%' },
      { ruleId: 'estimated-tax-high-income-agi/single/2010', value: '$150,000.00' },
      { ruleId: 'estimated-tax-prior-year-share/2010', value: '100%' },
    ],
  },
  installments: [
    {
      number: 1,
      nominalDueDate: '2026-04-15',
      dueDate: '2026-04-15',
      amount: {
        cents: 244787,
        formula: '25% of $9,791.50, rounded down to the cent',
        rules: [
          { ruleId: 'estimated-tax-current-year-share/2010', value: '90%' },
          { ruleId: 'estimated-tax-high-income-agi/single/2010', value: '$150,000.00' },
          { ruleId: 'estimated-tax-prior-year-share/2010', value: '100%' },
          { ruleId: 'estimated-tax-installment-share/2005', value: '25%' },
        ],
      },
      cumulative: {
        cents: 244787,
        formula: 'installments 1 to 1, due 2026-04-15',
        rules: [
          { ruleId: 'estimated-tax-current-year-share/2010', value: '90%' },
          { ruleId: 'estimated-tax-high-income-agi/single/2010', value: '$150,000.00' },
          { ruleId: 'estimated-tax-prior-year-share/2010', value: '100%' },
          { ruleId: 'estimated-tax-installment-share/2005', value: '25%' },
          { ruleId: 'estimated-tax-due-date-1/2007', value: '4/15' },
        ],
      },
      paidByDueDate: 296075,
      shortfall: 0,
      status: 'PAID',
    },
    {
      number: 2,
      nominalDueDate: '2026-06-15',
      dueDate: '2026-06-15',
      amount: {
        cents: 244787,
        formula: '25% of $9,791.50, rounded down to the cent',
        rules: [
          { ruleId: 'estimated-tax-current-year-share/2010', value: '90%' },
          { ruleId: 'estimated-tax-high-income-agi/single/2010', value: '$150,000.00' },
          { ruleId: 'estimated-tax-prior-year-share/2010', value: '100%' },
          { ruleId: 'estimated-tax-installment-share/2005', value: '25%' },
        ],
      },
      cumulative: {
        cents: 489574,
        formula: 'installments 1 to 2, due 2026-06-15',
        rules: [
          { ruleId: 'estimated-tax-current-year-share/2010', value: '90%' },
          { ruleId: 'estimated-tax-high-income-agi/single/2010', value: '$150,000.00' },
          { ruleId: 'estimated-tax-prior-year-share/2010', value: '100%' },
          { ruleId: 'estimated-tax-installment-share/2005', value: '25%' },
          { ruleId: 'estimated-tax-due-date-2/2007', value: '6/15' },
        ],
      },
      paidByDueDate: 592150,
      shortfall: 0,
      status: 'PAID',
    },
    {
      number: 3,
      nominalDueDate: '2026-09-15',
      dueDate: '2026-09-15',
      amount: {
        cents: 244787,
        formula: '25% of $9,791.50, rounded down to the cent',
        rules: [
          { ruleId: 'estimated-tax-current-year-share/2010', value: '90%' },
          { ruleId: 'estimated-tax-high-income-agi/single/2010', value: '$150,000.00' },
          { ruleId: 'estimated-tax-prior-year-share/2010', value: '100%' },
          { ruleId: 'estimated-tax-installment-share/2005', value: '25%' },
        ],
      },
      cumulative: {
        cents: 734361,
        formula: 'installments 1 to 3, due 2026-09-15',
        rules: [
          { ruleId: 'estimated-tax-current-year-share/2010', value: '90%' },
          { ruleId: 'estimated-tax-high-income-agi/single/2010', value: '$150,000.00' },
          { ruleId: 'estimated-tax-prior-year-share/2010', value: '100%' },
          { ruleId: 'estimated-tax-installment-share/2005', value: '25%' },
          { ruleId: 'estimated-tax-due-date-3/2007', value: '9/15' },
        ],
      },
      paidByDueDate: 792150,
      shortfall: 0,
      status: 'PAID',
    },
    {
      number: 4,
      nominalDueDate: '2027-01-15',
      dueDate: '2027-01-15',
      amount: {
        cents: 244789,
        formula: '$9,791.50 less the first three installments',
        rules: [
          { ruleId: 'estimated-tax-current-year-share/2010', value: '90%' },
          { ruleId: 'estimated-tax-high-income-agi/single/2010', value: '$150,000.00' },
          { ruleId: 'estimated-tax-prior-year-share/2010', value: '100%' },
          { ruleId: 'estimated-tax-installment-share/2005', value: '25%' },
        ],
      },
      cumulative: {
        cents: 979150,
        formula: 'installments 1 to 4, due 2027-01-15',
        rules: [
          { ruleId: 'estimated-tax-current-year-share/2010', value: '90%' },
          { ruleId: 'estimated-tax-high-income-agi/single/2010', value: '$150,000.00' },
          { ruleId: 'estimated-tax-prior-year-share/2010', value: '100%' },
          { ruleId: 'estimated-tax-installment-share/2005', value: '25%' },
          { ruleId: 'estimated-tax-due-date-4/2007', value: '1/15 of the next year' },
        ],
      },
      paidByDueDate: null,
      shortfall: null,
      status: 'UPCOMING',
    },
  ],
  paidToDateCents: 792150,
  behind: false,
  payments: [
    {
      id: 'eb61814e-826a-4f73-8cf5-583186606347',
      paidOn: '2026-04-14',
      amountCents: 296075,
      note: '1040-ES voucher 1 (IRS Direct Pay)',
    },
    {
      id: '1e91c083-8d3e-409e-8e14-4fe84f957652',
      paidOn: '2026-06-12',
      amountCents: 296075,
      note: '1040-ES voucher 2 (IRS Direct Pay)',
    },
    {
      id: 'a2483d42-6cf3-460c-8645-84f0a07bea9a',
      paidOn: '2026-09-15',
      amountCents: 200000,
      note: '1040-ES voucher 3, part payment (IRS Direct Pay)',
    },
  ],
  warnings: [],
  notes: [
    "The business part of the home's mortgage interest ($960.00) and real estate taxes ($540.00) is deducted on Schedule C and left out of Schedule A.",
  ],
  standardVsItemized: {
    chosen: 'STANDARD',
    why: 'The standard deduction gives $2,657.40 more than itemizing ($17,100.00 against $14,442.60).',
    standardDeduction: {
      cents: 1610000,
      formula: '2026 basic standard deduction, single',
      rules: [{ ruleId: 'standard-deduction/single/2026', value: '$16,100.00' }],
    },
    standardTotal: {
      cents: 1710000,
      formula: 'standard deduction $16,100.00 + charitable deduction for non-itemizers $1,000.00',
      rules: [
        { ruleId: 'standard-deduction/single/2026', value: '$16,100.00' },
        { ruleId: 'charitable-non-itemizer/single/2026', value: '$1,000.00' },
      ],
    },
    mortgageInterest: {
      cents: 864000,
      formula:
        'mortgage interest $9,600.00 − $960.00 already deducted on Schedule C (140 of 1,400 sq ft, home office by actual expenses on Form 8829) (acquisition debt $236,000.00 within the $750,000.00 limit; line 8a)',
      rules: [{ ruleId: 'mortgage-debt-limit/single/2018', value: '$750,000.00' }],
    },
    saltPaid: {
      cents: 486000,
      formula:
        'state and local income or sales taxes $0.00 + real estate taxes $5,400.00 − $540.00 already deducted on Schedule C (140 of 1,400 sq ft, home office by actual expenses on Form 8829) + personal property taxes $0.00 (Schedule A lines 5a-5d)',
      rules: [],
    },
    saltLimit: {
      cents: 4040000,
      formula: 'cap $40,400.00: modified AGI $51,480.48 is not over $505,000.00, so no phase-down',
      rules: [
        { ruleId: 'salt-cap/single/2026/pl-119-21', value: '$40,400.00' },
        { ruleId: 'salt-phase-down-threshold/single/2026', value: '$505,000.00' },
        { ruleId: 'salt-phase-down-rate/2025', value: '30%' },
        { ruleId: 'salt-floor/single/2025', value: '$10,000.00' },
      ],
    },
    salt: {
      cents: 486000,
      formula: 'smaller of taxes paid $4,860.00 and the limit $40,400.00 (line 5e)',
      rules: [
        { ruleId: 'salt-cap/single/2026/pl-119-21', value: '$40,400.00' },
        { ruleId: 'salt-phase-down-threshold/single/2026', value: '$505,000.00' },
        { ruleId: 'salt-phase-down-rate/2025', value: '30%' },
        { ruleId: 'salt-floor/single/2025', value: '$10,000.00' },
      ],
    },
    charitable: {
      cents: 94260,
      formula:
        'cash gifts $1,200.00 − 0.5% of AGI $51,480.48 ($257.40), at most 60% of AGI $30,888.29 (line 11)',
      rules: [
        { ruleId: 'charitable-agi-floor/2026', value: '0.5%' },
        { ruleId: 'charitable-cash-agi-limit/2021', value: '60%' },
      ],
    },
    itemizedTotal: {
      cents: 1444260,
      formula: 'taxes $4,860.00 + mortgage interest $8,640.00 + gifts $942.60 (line 17)',
      rules: [
        { ruleId: 'salt-cap/single/2026/pl-119-21', value: '$40,400.00' },
        { ruleId: 'salt-phase-down-threshold/single/2026', value: '$505,000.00' },
        { ruleId: 'salt-phase-down-rate/2025', value: '30%' },
        { ruleId: 'salt-floor/single/2025', value: '$10,000.00' },
        { ruleId: 'mortgage-debt-limit/single/2018', value: '$750,000.00' },
        { ruleId: 'charitable-agi-floor/2026', value: '0.5%' },
        { ruleId: 'charitable-cash-agi-limit/2021', value: '60%' },
      ],
    },
    deduction: {
      cents: 1710000,
      formula: 'standard deduction $16,100.00 + charitable deduction for non-itemizers $1,000.00',
      rules: [
        { ruleId: 'standard-deduction/single/2026', value: '$16,100.00' },
        { ruleId: 'charitable-non-itemizer/single/2026', value: '$1,000.00' },
      ],
    },
    difference: {
      cents: 265740,
      formula: '|itemized $14,442.60 − standard $17,100.00|',
      rules: [
        { ruleId: 'salt-cap/single/2026/pl-119-21', value: '$40,400.00' },
        { ruleId: 'salt-phase-down-threshold/single/2026', value: '$505,000.00' },
        { ruleId: 'salt-phase-down-rate/2025', value: '30%' },
        { ruleId: 'salt-floor/single/2025', value: '$10,000.00' },
        { ruleId: 'mortgage-debt-limit/single/2018', value: '$750,000.00' },
        { ruleId: 'charitable-agi-floor/2026', value: '0.5%' },
        { ruleId: 'charitable-cash-agi-limit/2021', value: '60%' },
        { ruleId: 'standard-deduction/single/2026', value: '$16,100.00' },
        { ruleId: 'charitable-non-itemizer/single/2026', value: '$1,000.00' },
      ],
    },
    notes: [
      "The business part of the home's mortgage interest ($960.00) and real estate taxes ($540.00) is deducted on Schedule C and left out of Schedule A.",
    ],
  },
  rulesUsed: [
    {
      ruleId: 'standard-deduction/single/2026',
      concept: 'standardDeduction.basic',
      ruleSetVersion: 'us-federal/2026-12-03.3',
      value: '$16,100.00',
      note: null,
      citation: {
        publisher: 'Internal Revenue Service',
        title: 'Rev. Proc. 2025-32, 2026 inflation-adjusted items (as amended by P.L. 119-21)',
        section: '§ 4.01 Tax Rate Tables (Tables 1-4); § 4.14(1) Standard Deduction',
        url: 'https://www.irs.gov/pub/irs-drop/rp-25-32.pdf',
        published: '2025-10-09',
      },
    },
    {
      ruleId: 'estimated-tax-current-year-share/2010',
      concept: 'estimatedTax.currentYearShare',
      ruleSetVersion: 'us-federal/2026-12-03.3',
      value: '90%',
      note: 'From 2010: the earliest tax year of a Pub 505 example read that applies it.',
      citation: {
        publisher: 'Internal Revenue Service',
        title: 'Publication 505, Tax Withholding and Estimated Tax',
        section:
          'Chapter 2, Estimated Tax; Chapter 4, Underpayment Penalty (required annual payment)',
        url: 'https://www.irs.gov/publications/p505',
        published: 'undated',
      },
    },
    {
      ruleId: 'estimated-tax-high-income-agi/single/2010',
      concept: 'estimatedTax.highIncomeAgiThreshold',
      ruleSetVersion: 'us-federal/2026-12-03.3',
      value: '$150,000.00',
      note: 'Prior-year AGI must be MORE THAN this amount for the 110% rule; the status is this year’s.',
      citation: {
        publisher: 'Internal Revenue Service',
        title: 'Publication 505, Tax Withholding and Estimated Tax',
        section:
          'Chapter 2, Estimated Tax; Chapter 4, Underpayment Penalty (required annual payment)',
        url: 'https://www.irs.gov/publications/p505',
        published: 'undated',
      },
    },
    {
      ruleId: 'estimated-tax-prior-year-share/2010',
      concept: 'estimatedTax.priorYearShare',
      ruleSetVersion: 'us-federal/2026-12-03.3',
      value: '100%',
      note: 'From 2010: the earliest tax year of a Pub 505 example read that applies it.',
      citation: {
        publisher: 'Internal Revenue Service',
        title: 'Publication 505, Tax Withholding and Estimated Tax',
        section:
          'Chapter 2, Estimated Tax; Chapter 4, Underpayment Penalty (required annual payment)',
        url: 'https://www.irs.gov/publications/p505',
        published: 'undated',
      },
    },
    {
      ruleId: 'estimated-tax-installment-share/2005',
      concept: 'estimatedTax.installmentShare',
      ruleSetVersion: 'us-federal/2026-12-03.3',
      value: '25%',
      note: null,
      citation: {
        publisher: 'Internal Revenue Service',
        title: 'Form 2210, Underpayment of Estimated Tax by Individuals, Estates, and Trusts',
        section: 'Part I, line 7; Part IV, line 18 and payment due dates',
        url: 'http://online.flipbuilder.com/trainbyus/fmdd/files/basic-html/page30.html',
        published: '2019',
      },
    },
  ],
};

// complianceCalendar and exemptionCertificates with the hub's defaults (today and 120 days on).
export const CALENDAR: {
  complianceCalendar: ComplianceCalendar;
  exemptionCertificates: ExemptionCertificates;
} = {
  complianceCalendar: {
    from: '2026-12-03',
    to: '2027-04-02',
    today: '2026-12-03',
    timeZone: 'America/Chicago',
    holidayNote:
      "Due dates on a Saturday, Sunday or legal holiday move to the next business day. The holidays applied are the District of Columbia's legal holidays (IRC § 7503, the federal engine's list) for federal and state dates alike: each state's own legal holidays are not modelled.",
    ruleSetVersion: 'us-compliance/2026-12-03.1',
    events: [
      {
        id: 'registration/GA',
        kind: 'REGISTRATION',
        state: 'GA',
        title: 'Register to collect Georgia sales tax',
        detail:
          'Economic nexus threshold met (calendar year 2025). Threshold met by 2025-12-31 at the latest (the end of the window measured); register before the next sale into the state: 2025-12-31. Register before the next sale into Georgia once a threshold is met.',
        dueDate: '2025-12-31',
        nominalDueDate: '2025-12-31',
        moved: null,
        remindOn: '2025-12-24',
        status: 'OVERDUE',
        sourceRule: 'registration/GA',
        citation: {
          publisher: 'Georgia Department of Revenue',
          title: 'O.C.G.A. § 48-8-2(8)(M.1) remote sellers (as summarised by Sovos)',
          section: 'When you need to register',
          url: 'https://sovos.com/blog/sut/what-are-the-georgia-economic-nexus-requirements',
          published: '2020-11-11',
        },
      },
      {
        id: 'estimated-tax/2026/4',
        kind: 'ESTIMATED_TAX',
        state: null,
        title: 'Estimated tax (Form 1040-ES), 2026 installment 4',
        detail: 'Installment 4 of 2026; the amounts are in the estimated-tax plan.',
        dueDate: '2027-01-15',
        nominalDueDate: '2027-01-15',
        moved: null,
        remindOn: '2027-01-08',
        status: 'UPCOMING',
        sourceRule: 'estimated-tax-due-date-4/2007',
        citation: {
          publisher: 'Internal Revenue Service',
          title: 'Form 2210, Underpayment of Estimated Tax by Individuals, Estates, and Trusts',
          section: 'Part I, line 7; Part IV, line 18 and payment due dates',
          url: 'http://online.flipbuilder.com/trainbyus/fmdd/files/basic-html/page30.html',
          published: '2019',
        },
      },
      {
        id: 'certificate/04aeea6e-7fb3-4c9b-93e7-9fa1e9690900',
        kind: 'CERTIFICATE_EXPIRY',
        state: 'AZ',
        title: 'Resale certificate of Sunday Market Provisions (AZ AZ-TPT-21-558204) expires',
        detail:
          'Sunday Market Provisions (AZ AZ-TPT-21-558204) expires on 2027-01-17, in 45 days: ask for a renewal.',
        dueDate: '2027-01-17',
        nominalDueDate: '2027-01-17',
        moved: null,
        remindOn: '2026-12-18',
        status: 'DUE_SOON',
        sourceRule: 'certificate-alerts/60-30-days',
        citation: {
          publisher: 'The certificate on file',
          title: 'AZ certificate AZ-TPT-21-558204',
          section: 'expires 2027-01-17',
          url: 'certificate:04aeea6e-7fb3-4c9b-93e7-9fa1e9690900',
          published: '2023-03-04',
        },
      },
      {
        id: 'return/TX/2026-Q4',
        kind: 'SALES_TAX_RETURN',
        state: 'TX',
        title: 'Texas sales tax return, 2026-Q4 (quarterly)',
        detail:
          'Period 2026-10-01 to 2026-12-31; due the 20th of the month after the period (2027-01-20).',
        dueDate: '2027-01-20',
        nominalDueDate: '2027-01-20',
        moved: null,
        remindOn: '2027-01-13',
        status: 'UPCOMING',
        sourceRule: 'filing/TX',
        citation: {
          publisher: 'Texas Legislature',
          title: 'Texas Tax Code § 151.401, Tax Due Dates',
          section: '(a) monthly, (b) quarterly when less than $500 a month or $1,500 a quarter',
          url: 'https://law.onecle.com/texas/tax/151.401.html',
          published: 'undated',
        },
      },
    ],
  },
  exemptionCertificates: {
    asOf: '2026-12-03',
    uncoveredCents: 934396,
    certificates: [
      {
        id: '0a2bf5ae-faed-4390-8341-ff4d94f50c39',
        buyerName: 'Bluebonnet Botanicals',
        state: 'TX',
        kind: 'RESALE',
        number: '32099887766',
        expiresOn: null,
        daysToExpiry: null,
        status: 'NO_EXPIRY',
        message: 'Bluebonnet Botanicals (TX 32099887766) carries no expiry date.',
      },
      {
        id: 'eb62a196-f74a-4926-8799-83c72a6d6309',
        buyerName: 'Bramble & Bean Coffee',
        state: 'TX',
        kind: 'RESALE',
        number: '32087654321',
        expiresOn: null,
        daysToExpiry: null,
        status: 'NO_EXPIRY',
        message: 'Bramble & Bean Coffee (TX 32087654321) carries no expiry date.',
      },
      {
        id: '7d0526ed-074c-4ebd-935e-045a8b630e79',
        buyerName: 'Cedar & Sage Boutique',
        state: 'CO',
        kind: 'RESALE',
        number: 'CO-0563-11029384',
        expiresOn: '2026-07-06',
        daysToExpiry: -150,
        status: 'EXPIRED',
        message:
          'Cedar & Sage Boutique (CO CO-0563-11029384) expired on 2026-07-06 (150 days ago): ask for a new one.',
      },
      {
        id: 'f32747e4-b679-4510-b1c7-4548f07914b4',
        buyerName: 'Lone Star Gift Co',
        state: 'TX',
        kind: 'RESALE',
        number: '32011223344',
        expiresOn: null,
        daysToExpiry: null,
        status: 'NO_EXPIRY',
        message: 'Lone Star Gift Co (TX 32011223344) carries no expiry date.',
      },
      {
        id: '5e286318-ccaa-47d7-8de2-d3674c172a43',
        buyerName: 'Prairie Lark Home',
        state: 'OK',
        kind: 'RESALE',
        number: 'OK-STS-2041-7385',
        expiresOn: '2028-01-07',
        daysToExpiry: 400,
        status: 'VALID',
        message: 'Prairie Lark Home (OK OK-STS-2041-7385) is valid until 2028-01-07.',
      },
      {
        id: '04aeea6e-7fb3-4c9b-93e7-9fa1e9690900',
        buyerName: 'Sunday Market Provisions',
        state: 'AZ',
        kind: 'RESALE',
        number: 'AZ-TPT-21-558204',
        expiresOn: '2027-01-17',
        daysToExpiry: 45,
        status: 'EXPIRES_WITHIN_60_DAYS',
        message:
          'Sunday Market Provisions (AZ AZ-TPT-21-558204) expires on 2027-01-17, in 45 days: ask for a renewal.',
      },
      {
        id: '066571bd-bae0-4d24-8e0b-54da114f0403',
        buyerName: 'Tallgrass Home Co.',
        state: 'TX',
        kind: 'RESALE',
        number: '32045678901',
        expiresOn: null,
        daysToExpiry: null,
        status: 'NO_EXPIRY',
        message: 'Tallgrass Home Co. (TX 32045678901) carries no expiry date.',
      },
    ],
    uncoveredSales: [
      {
        saleId: '091a7c52-fe5d-4528-b523-5e1f4945c519',
        soldOn: '2026-07-13',
        state: 'CO',
        treatment: 'resale',
        buyerName: 'Cedar & Sage Boutique',
        goodsCents: 153426,
        reason: 'EXPIRED',
        message:
          "Cedar & Sage Boutique's certificate CO-0563-11029384 expired on 2026-07-06, before the resale sale of 2026-07-13 into CO.",
      },
      {
        saleId: 'f793d64c-cd40-4444-9c32-bf3a42b11395',
        soldOn: '2026-07-13',
        state: 'CO',
        treatment: 'resale',
        buyerName: 'Cedar & Sage Boutique',
        goodsCents: 240652,
        reason: 'EXPIRED',
        message:
          "Cedar & Sage Boutique's certificate CO-0563-11029384 expired on 2026-07-06, before the resale sale of 2026-07-13 into CO.",
      },
      {
        saleId: 'adf2c28e-ae27-452b-b579-5e10bcebba1f',
        soldOn: '2026-08-20',
        state: 'TX',
        treatment: 'resale',
        buyerName: 'Harbor Point Realty',
        goodsCents: 231200,
        reason: 'NO_CERTIFICATE',
        message:
          'No TX certificate on file for Harbor Point Realty (resale sale of 2026-08-20 into TX).',
      },
      {
        saleId: '37cda1c5-9d94-459a-9c6c-d5e27b55f617',
        soldOn: '2026-10-02',
        state: 'CO',
        treatment: 'resale',
        buyerName: 'Cedar & Sage Boutique',
        goodsCents: 193518,
        reason: 'EXPIRED',
        message:
          "Cedar & Sage Boutique's certificate CO-0563-11029384 expired on 2026-07-06, before the resale sale of 2026-10-02 into CO.",
      },
      {
        saleId: '373e561f-427f-4201-8b3d-db922f1becfd',
        soldOn: '2026-10-29',
        state: 'TX',
        treatment: 'resale',
        buyerName: 'Harbor Point Realty',
        goodsCents: 115600,
        reason: 'NO_CERTIFICATE',
        message:
          'No TX certificate on file for Harbor Point Realty (resale sale of 2026-10-29 into TX).',
      },
    ],
  },
};
