/**
 * Industry totals transcribed from the IRS Statistics of Income (SOI) Corporation Source Book data
 * files, the public source of the benchmark ranges. Nothing here is a ratio: the file holds the
 * published totals exactly as read, and soi-ratios.ts computes the ratios from them (tested), so
 * every benchmark can be re-derived from these numbers and checked against the source.
 *
 * Where it was read (census.gov and irs.gov are not reachable from the build machines, so the
 * files were read in a public GitHub repository that keeps the IRS data files it uses):
 * - 2013sb1.csv: https://github.com/PSLmodels/Cost-of-Capital-Calculator/blob/d416b15daeba68a564f3f88aa6837031574e33fa/data/raw_data/soi/soi_corporate/2013sb1.csv
 *   (first committed there 2016-08-31, "adding new data files for 2013"; sha256 21f9abc62a56c40f...)
 * - 2011sb1.csv: https://github.com/PSLmodels/Cost-of-Capital-Calculator/blob/9b55b9569d050de75db4524bc54821b38e0eb744/btax/data/raw_data/soi/soi_corporate/2011sb1.csv
 *   (first committed there 2016-04-25; sha256 08a66037ac3c3b9c...)
 * - The layout, table, asset-class and indicator codes: 11sbfltfiledocumentation.xls in the same
 *   directory (the 2013 file has the same 157 columns). The repository's guide names its source as
 *   the IRS page "SOI Tax Stats - Corporation Source Book: Data File"
 *   (http://www.irs.gov/uac/SOI-Tax-Stats-Corporation-Source-Book:-Data-File).
 *
 * Rows: TAB_NUM 1 ("Returns with and without net income"), INDY_CD 453 (Miscellaneous Store
 * Retailers) and 44 (Retail Trade, all of NAICS 44-45), asset classes AC 1 (all sizes), 3 ($1 under
 * $500,000 of total assets), 4 ($500,000 under $1 million) and 5 ($1 million under $5 million).
 * Money in thousands of dollars, as published. `flags` keeps each non-zero special data indicator
 * (1: estimate based on few sample returns, use with caution).
 *
 * Columns used (SOI data element -> field): WT_CT returns, TOT_ASSTS totalAssets, CASH cash,
 * TRD_NOTES_ACCTS_RCV notesAndAccountsReceivable, BAD_DBT_ALLW allowanceForBadDebts, INVNTRY
 * inventories, GVT_OBLGNS governmentObligations, TX_EXMT_SEC taxExemptSecurities, OTHR_CUR_ASSTS
 * otherCurrentAssets, ACCTS_PYBL accountsPayable, MRTG_LT_1YR shortTermDebt ("mortgages, notes and
 * bonds payable in less than 1 year"), COMP_OTHR_CUR_LBLTS otherCurrentLiabilities, COMP_NET_WRTH
 * netWorth, COMP_TOT_RCPTS totalReceipts, GRS_RCPTS businessReceipts, CST_OF_GDS costOfGoodsSold,
 * INTRST_PD interestPaid, NET_INCM netIncome ("net income (less deficit)", before income tax).
 * The file's TOT_LBLTS equals TOT_ASSTS on every row (it is "total liabilities and net worth"), so
 * total liabilities are derived as totalAssets - netWorth.
 */

export interface SoiIndustryTotals {
  /** SOI industry code (INDY_CD): a NAICS subsector (453) or sector (44, retail trade 44-45). */
  industry: '453' | '44';
  /** SOI tax year: returns with accounting periods ended July of that year through June of the next. */
  taxYear: 2011 | 2013;
  /** AC: 1 all sizes, 3 under $500k, 4 $500k-$1M, 5 $1M-$5M of total assets. */
  assetClass: 1 | 3 | 4 | 5;
  returns: number;
  totalAssets: number;
  cash: number;
  notesAndAccountsReceivable: number;
  allowanceForBadDebts: number;
  inventories: number;
  governmentObligations: number;
  taxExemptSecurities: number;
  otherCurrentAssets: number;
  accountsPayable: number;
  shortTermDebt: number;
  otherCurrentLiabilities: number;
  netWorth: number;
  totalReceipts: number;
  businessReceipts: number;
  costOfGoodsSold: number;
  interestPaid: number;
  netIncome: number;
  flags: Partial<Record<string, number>>;
}

export const SOI_SOURCE = {
  publisher:
    'Internal Revenue Service, Statistics of Income Division (U.S. Department of the Treasury)',
  title: 'SOI Tax Stats - Corporation Source Book: Data File (2011sb1.csv, 2013sb1.csv)',
  table:
    'Table 1, returns with and without net income: balance sheet, income statement and selected items by industry and size of total assets',
  dataPeriod:
    'Tax years 2011 and 2013 (corporation returns with accounting periods ended July 2011-June 2012 and July 2013-June 2014)',
  publicationDate:
    'Not stated in the files read; the copies read were committed to their public repository on 2016-04-25 (2011) and 2016-08-31 (2013), so published by then',
  urls: [
    'https://github.com/PSLmodels/Cost-of-Capital-Calculator/blob/d416b15daeba68a564f3f88aa6837031574e33fa/data/raw_data/soi/soi_corporate/2013sb1.csv',
    'https://github.com/PSLmodels/Cost-of-Capital-Calculator/blob/9b55b9569d050de75db4524bc54821b38e0eb744/btax/data/raw_data/soi/soi_corporate/2011sb1.csv',
    'https://github.com/PSLmodels/Cost-of-Capital-Calculator/blob/d416b15daeba68a564f3f88aa6837031574e33fa/data/raw_data/soi/soi_corporate/11sbfltfiledocumentation.xls',
  ],
  originalPublisherPage: 'http://www.irs.gov/uac/SOI-Tax-Stats-Corporation-Source-Book:-Data-File',
} as const;

/** The SOI industries the benchmarks use, with their titles as the SOI documentation writes them. */
export const SOI_INDUSTRIES = {
  '453': { title: 'Miscellaneous Store Retailers', naicsLevel: 'a NAICS subsector (3 digits)' },
  '44': { title: 'Retail Trade', naicsLevel: 'a NAICS sector (44-45)' },
} as const;

/** The asset classes the ranges span: the small corporations, $1 to under $5 million of assets. */
export const RANGE_ASSET_CLASSES: readonly SoiIndustryTotals['assetClass'][] = [3, 4, 5];

export const ASSET_CLASS_LABELS: Record<SoiIndustryTotals['assetClass'], string> = {
  1: 'all sizes',
  3: 'total assets $1 under $500,000',
  4: 'total assets $500,000 under $1 million',
  5: 'total assets $1 million under $5 million',
};

// prettier-ignore
export const SOI_TOTALS: readonly SoiIndustryTotals[] = [
  { industry: '453', taxYear: 2013, assetClass: 5, returns: 3119, totalAssets: 6209574, cash: 688793, notesAndAccountsReceivable: 989211, allowanceForBadDebts: 70147, inventories: 2109801, governmentObligations: 0, taxExemptSecurities: 0, otherCurrentAssets: 405024, accountsPayable: 567342, shortTermDebt: 414238, otherCurrentLiabilities: 653757, netWorth: 2968297, totalReceipts: 10932062, businessReceipts: 10550869, costOfGoodsSold: 7114062, interestPaid: 75568, netIncome: 29951, flags: {  } },
  { industry: '453', taxYear: 2013, assetClass: 4, returns: 3442, totalAssets: 2470982, cash: 409917, notesAndAccountsReceivable: 377088, allowanceForBadDebts: 5551, inventories: 1071564, governmentObligations: 0, taxExemptSecurities: 0, otherCurrentAssets: 32286, accountsPayable: 458935, shortTermDebt: 146298, otherCurrentLiabilities: 188993, netWorth: 867752, totalReceipts: 14977951, businessReceipts: 14824543, costOfGoodsSold: 11764483, interestPaid: 34920, netIncome: 257498, flags: { allowanceForBadDebts: 1 } },
  { industry: '453', taxYear: 2013, assetClass: 3, returns: 50106, totalAssets: 5396847, cash: 920631, notesAndAccountsReceivable: 492523, allowanceForBadDebts: 0, inventories: 2062830, governmentObligations: 0, taxExemptSecurities: 0, otherCurrentAssets: 77986, accountsPayable: 468186, shortTermDebt: 321715, otherCurrentLiabilities: 664240, netWorth: 375762, totalReceipts: 22576745, businessReceipts: 22328251, costOfGoodsSold: 12333429, interestPaid: 154801, netIncome: 531533, flags: {  } },
  { industry: '453', taxYear: 2013, assetClass: 1, returns: 71640, totalAssets: 59777455, cash: 6878383, notesAndAccountsReceivable: 7507618, allowanceForBadDebts: 166545, inventories: 16379885, governmentObligations: 0, taxExemptSecurities: 0, otherCurrentAssets: 2539114, accountsPayable: 8978695, shortTermDebt: 2178240, otherCurrentLiabilities: 7295649, netWorth: 15124455, totalReceipts: 123460439, businessReceipts: 120514446, costOfGoodsSold: 75852979, interestPaid: 1520510, netIncome: 4182768, flags: {  } },
  { industry: '453', taxYear: 2011, assetClass: 5, returns: 3142, totalAssets: 6271262, cash: 781792, notesAndAccountsReceivable: 856502, allowanceForBadDebts: 64392, inventories: 2338672, governmentObligations: 0, taxExemptSecurities: 225, otherCurrentAssets: 258845, accountsPayable: 636149, shortTermDebt: 493018, otherCurrentLiabilities: 493408, netWorth: 3297612, totalReceipts: 11755330, businessReceipts: 11518213, costOfGoodsSold: 7805473, interestPaid: 82706, netIncome: 107161, flags: { taxExemptSecurities: 1 } },
  { industry: '453', taxYear: 2011, assetClass: 4, returns: 2085, totalAssets: 1517932, cash: 252294, notesAndAccountsReceivable: 254722, allowanceForBadDebts: 646, inventories: 650235, governmentObligations: 0, taxExemptSecurities: 0, otherCurrentAssets: 9149, accountsPayable: 420622, shortTermDebt: 109933, otherCurrentLiabilities: 128546, netWorth: 318143, totalReceipts: 3956411, businessReceipts: 3910783, costOfGoodsSold: 2532532, interestPaid: 25258, netIncome: 22384, flags: { allowanceForBadDebts: 1 } },
  { industry: '453', taxYear: 2011, assetClass: 3, returns: 55418, totalAssets: 5964791, cash: 1164452, notesAndAccountsReceivable: 493306, allowanceForBadDebts: 107, inventories: 2289513, governmentObligations: 0, taxExemptSecurities: 2, otherCurrentAssets: 117121, accountsPayable: 858612, shortTermDebt: 440425, otherCurrentLiabilities: 584318, netWorth: 981349, totalReceipts: 24496383, businessReceipts: 24322748, costOfGoodsSold: 13415448, interestPaid: 173192, netIncome: 385132, flags: { allowanceForBadDebts: 1, taxExemptSecurities: 1 } },
  { industry: '453', taxYear: 2011, assetClass: 1, returns: 73293, totalAssets: 58941314, cash: 6901458, notesAndAccountsReceivable: 9806821, allowanceForBadDebts: 169970, inventories: 15146254, governmentObligations: 13993, taxExemptSecurities: 227, otherCurrentAssets: 2541818, accountsPayable: 7684917, shortTermDebt: 3332096, otherCurrentLiabilities: 5499025, netWorth: 17933933, totalReceipts: 105621001, businessReceipts: 103064870, costOfGoodsSold: 63887392, interestPaid: 1189474, netIncome: 2927352, flags: { taxExemptSecurities: 1 } },
  { industry: '44', taxYear: 2013, assetClass: 5, returns: 49925, totalAssets: 103121365, cash: 13180429, notesAndAccountsReceivable: 13111386, allowanceForBadDebts: 185334, inventories: 43714326, governmentObligations: 3214, taxExemptSecurities: 29997, otherCurrentAssets: 3575649, accountsPayable: 14551372, shortTermDebt: 12193735, otherCurrentLiabilities: 8801005, netWorth: 36666211, totalReceipts: 330006409, businessReceipts: 325552544, costOfGoodsSold: 250347282, interestPaid: 1655476, netIncome: 5884203, flags: { governmentObligations: 1, taxExemptSecurities: 1 } },
  { industry: '44', taxYear: 2013, assetClass: 4, returns: 50860, totalAssets: 35402294, cash: 5853212, notesAndAccountsReceivable: 3457209, allowanceForBadDebts: 75982, inventories: 14172032, governmentObligations: 6122, taxExemptSecurities: 14105, otherCurrentAssets: 1202168, accountsPayable: 4937776, shortTermDebt: 1722473, otherCurrentLiabilities: 2064573, netWorth: 13235579, totalReceipts: 134151388, businessReceipts: 132616922, costOfGoodsSold: 101493673, interestPaid: 494659, netIncome: 2750263, flags: { governmentObligations: 1, taxExemptSecurities: 1 } },
  { industry: '44', taxYear: 2013, assetClass: 3, returns: 367415, totalAssets: 48054869, cash: 9685070, notesAndAccountsReceivable: 3319442, allowanceForBadDebts: 76062, inventories: 19549123, governmentObligations: 0, taxExemptSecurities: 0, otherCurrentAssets: 1086165, accountsPayable: 7144109, shortTermDebt: 3268988, otherCurrentLiabilities: 4094847, netWorth: 7933990, totalReceipts: 280179505, businessReceipts: 277816105, costOfGoodsSold: 204177658, interestPaid: 912706, netIncome: 4732373, flags: {  } },
  { industry: '44', taxYear: 2013, assetClass: 1, returns: 573819, totalAssets: 1842445350, cash: 135631861, notesAndAccountsReceivable: 179260823, allowanceForBadDebts: 3491846, inventories: 450476986, governmentObligations: 110785, taxExemptSecurities: 3693086, otherCurrentAssets: 73038463, accountsPayable: 267288175, shortTermDebt: 179427482, otherCurrentLiabilities: 182864959, netWorth: 587134408, totalReceipts: 4091907518, businessReceipts: 4000693482, costOfGoodsSold: 2995217120, interestPaid: 29060910, netIncome: 133106233, flags: {  } },
  { industry: '44', taxYear: 2011, assetClass: 5, returns: 49031, totalAssets: 102598028, cash: 12795698, notesAndAccountsReceivable: 13511191, allowanceForBadDebts: 241874, inventories: 43746148, governmentObligations: 50335, taxExemptSecurities: 13972, otherCurrentAssets: 3326140, accountsPayable: 14608011, shortTermDebt: 15486426, otherCurrentLiabilities: 8565667, netWorth: 33045918, totalReceipts: 343091231, businessReceipts: 338680713, costOfGoodsSold: 263463524, interestPaid: 1800149, netIncome: 4677969, flags: { governmentObligations: 1, taxExemptSecurities: 1 } },
  { industry: '44', taxYear: 2011, assetClass: 4, returns: 47234, totalAssets: 33598755, cash: 5472951, notesAndAccountsReceivable: 3513739, allowanceForBadDebts: 26715, inventories: 12985006, governmentObligations: 13340, taxExemptSecurities: 10721, otherCurrentAssets: 793113, accountsPayable: 4910158, shortTermDebt: 2067490, otherCurrentLiabilities: 1757804, netWorth: 11809875, totalReceipts: 127907255, businessReceipts: 126996682, costOfGoodsSold: 97517653, interestPaid: 527367, netIncome: 1473703, flags: { governmentObligations: 1, taxExemptSecurities: 1 } },
  { industry: '44', taxYear: 2011, assetClass: 3, returns: 393759, totalAssets: 50982575, cash: 9785296, notesAndAccountsReceivable: 3621998, allowanceForBadDebts: 29052, inventories: 20642242, governmentObligations: 3450, taxExemptSecurities: 37601, otherCurrentAssets: 1067831, accountsPayable: 8574616, shortTermDebt: 3284803, otherCurrentLiabilities: 3891286, netWorth: 8496313, totalReceipts: 267882162, businessReceipts: 265042845, costOfGoodsSold: 190742496, interestPaid: 1037257, netIncome: 3494084, flags: { governmentObligations: 1, taxExemptSecurities: 1 } },
  { industry: '44', taxYear: 2011, assetClass: 1, returns: 584276, totalAssets: 1614919370, cash: 116862529, notesAndAccountsReceivable: 150962919, allowanceForBadDebts: 3416968, inventories: 391575054, governmentObligations: 188989, taxExemptSecurities: 2849069, otherCurrentAssets: 81828124, accountsPayable: 229929318, shortTermDebt: 142033711, otherCurrentLiabilities: 182271831, netWorth: 542444835, totalReceipts: 3632939605, businessReceipts: 3558629597, costOfGoodsSold: 2661717908, interestPaid: 25361974, netIncome: 96267048, flags: {  } },
];
