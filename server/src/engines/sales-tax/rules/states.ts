import type { Citation } from '../../tax-rules/types.js';
import type { Locality, SalesTaxRule } from './types.js';
import {
  EXEMPT,
  SSUTA_324,
  SSUTA_ROUNDING_READ,
  TAXABLE,
  asKnown,
  cite,
  exemptBelowPerItem,
  percent,
  read,
  reducedRate,
  rounding,
  shipping,
  sourcing,
  taxability,
} from './build.js';

/**
 * Taxability, shipping, sourcing and rounding for the twelve states the demo shop sells into. Each
 * rule cites the state's statute, regulation or publication; `readAt` is where it was actually read
 * through the project's stored copies, or says it was not re-read here.
 */

// ---- Shared pieces ------------------------------------------------------------------------------

const GIFT_CARD_SUMMARY =
  'A gift card is stored value, not a sale of goods or a taxable service: nothing is taxed when it is sold; the goods are taxed when the card is redeemed.';

/** Gift cards are outside every state's tax base; the cited text is the state's imposition of tax. */
function giftCard(state: string, imposition: Citation) {
  return taxability(state, 'gift-card', {
    stateTreatment: EXEMPT,
    summary: GIFT_CARD_SUMMARY,
    citation: imposition,
    readAt: [
      read(
        'https://www.salestaxinstitute.com/resources/digital-products-subject-to-georgia-sales-and-use-tax-effective-january-1-2024',
        'Georgia Act 236 (S.B. 56, 2023) summary: even a state taxing digital codes excludes stored value',
        'Such term shall not include a code that represents a stored monetary value that is deducted from a total as it is used by the purchaser or a redeemable card, gift card, or gift certificate',
      ),
      asKnown(
        `${state}: the tax is imposed on sales of tangible personal property and enumerated services; stored value is neither`,
      ),
    ],
  });
}

function general(state: string, imposition: Citation) {
  return taxability(state, 'general', {
    stateTreatment: TAXABLE,
    summary:
      'Tangible personal property (stoneware, candles) is taxable at the state and every local rate.',
    citation: imposition,
    readAt: [
      asKnown(`${state} imposition of sales tax on retail sales of tangible personal property`),
    ],
  });
}

function clothingTaxable(state: string, imposition: Citation) {
  return taxability(state, 'clothing', {
    stateTreatment: TAXABLE,
    summary:
      'Clothing is taxable like other tangible personal property (no general clothing exemption; sales-tax holidays are not modelled).',
    citation: imposition,
    readAt: [asKnown(`${state}: no clothing exemption outside any sales-tax holiday`)],
  });
}

function destination(
  state: string,
  citation: Citation,
  readAt = [asKnown(`${state} destination sourcing`)],
) {
  return sourcing(state, 'DESTINATION', {
    summary: `${state} sources a sale shipped to the buyer to where the buyer receives it (destination), for in-state and remote sellers alike.`,
    citation,
    readAt,
  });
}

function ssutaRounding(state: string) {
  return rounding(state, 'PER_INVOICE', ['PER_INVOICE', 'PER_LINE'], {
    summary: `${state} is a Streamlined member: tax carried to the third decimal and rounded up to the next cent when that digit is greater than four, on the aggregated state and local tax, per item or per invoice at the seller's election (invoice used unless chosen).`,
    citation: SSUTA_324,
    readAt: SSUTA_ROUNDING_READ,
  });
}

function halfCentInvoice(
  state: string,
  citation: Citation,
  readAt = [asKnown(`${state} rounding of the tax on a transaction`)],
) {
  return rounding(state, 'PER_INVOICE', ['PER_INVOICE'], {
    summary: `${state}: the tax on the transaction's total taxable amount is rounded to the nearest cent, half a cent up.`,
    citation,
    readAt,
  });
}

// ---- Texas --------------------------------------------------------------------------------------

const TX_IMPOSITION = cite(
  'Texas Legislature',
  'Texas Tax Code ch. 151, Limited Sales, Excise, and Use Tax',
  '§ 151.051 (tax imposed on each sale of a taxable item); local taxes ch. 321-323',
  'https://statutes.capitol.texas.gov/Docs/TX/htm/TX.151.htm',
);

const TEXAS: SalesTaxRule[] = [
  general('TX', TX_IMPOSITION),
  clothingTaxable('TX', TX_IMPOSITION),
  taxability('TX', 'grocery', {
    stateTreatment: EXEMPT,
    summary:
      'Food products for human consumption (tea included) are exempt from state and local sales tax.',
    citation: cite(
      'Texas Legislature',
      'Texas Tax Code § 151.314, Food and Food Products',
      '§ 151.314(a); Comptroller Rule 3.293',
      'https://statutes.capitol.texas.gov/Docs/TX/htm/TX.151.htm#151.314',
    ),
    readAt: [
      asKnown('Tex. Tax Code § 151.314(a): food products for human consumption are exempted'),
    ],
  }),
  taxability('TX', 'digital', {
    stateTreatment: TAXABLE,
    summary:
      'Digital products delivered electronically (downloads, e-books, music) are taxable tangible personal property in Texas.',
    citation: cite(
      'Texas Legislature',
      'Texas Tax Code § 151.009, Tangible Personal Property',
      '§ 151.009 (includes a computer program); Comptroller Rule 3.308',
      'https://statutes.capitol.texas.gov/Docs/TX/htm/TX.151.htm#151.009',
    ),
    readAt: [asKnown('Texas treats electronically delivered digital goods as taxable')],
  }),
  giftCard('TX', TX_IMPOSITION),
  shipping('TX', 'FOLLOWS_GOODS', {
    summary:
      'Delivery charges are part of the sales price of taxable items: taxable with taxable goods, not with exempt goods; a mixed shipment is taxed in proportion to the taxable goods.',
    citation: cite(
      'Texas Comptroller of Public Accounts',
      '34 Tex. Admin. Code § 3.303, Transportation and Delivery Charges',
      '§ 3.303 (delivery charges for taxable items; allocation for mixed shipments)',
      'https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?sl=R&app=9&p_dir=&p_rloc=&p_tloc=&p_ploc=&pg=1&p_tac=&ti=34&pt=1&ch=3&rl=303',
    ),
    readAt: [
      asKnown(
        'Rule 3.303: proration of one delivery charge over taxable and exempt items (by price or weight), as known',
      ),
      read(
        'https://gavvy.com/details/3303-transportation-and-delivery-charges',
        '34 Tex. Admin. Code § 3.303(a), Transportation and Delivery Charges (amended effective April 13, 2005)',
        'The sales tax applies to all transportation or delivery charges to a customer when a taxable item is sold ... The charges for transportation or delivery, both before and after the sale, are taxable even if stated separately from the sales price of a taxable item.',
      ),
    ],
  }),
  sourcing('TX', 'ORIGIN', {
    summary:
      "Texas sources local tax for a seller with a place of business in Texas to the place of business where the order is received and fulfilled (origin): the seller's city and transit rates apply, not the buyer's (Tax Code § 321.203; Rule 3.334). A remote seller collects at the destination.",
    citation: cite(
      'Texas Comptroller of Public Accounts',
      '34 Tex. Admin. Code § 3.334, Local Sales and Use Taxes; Texas Tax Code § 321.203',
      '§ 3.334(b)(1), consummation of sale: order received and fulfilled at a place of business of the seller in Texas',
      'https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?app=9&ch=3&p_dir=F&p_ploc=9945&p_rloc=219470&p_tloc=19936&pg=54&pt=1&rl=321&sl=T&ti=34',
      '2024-01-05',
    ),
    readAt: [
      read(
        'https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?app=9&ch=3&p_dir=F&p_ploc=9945&p_rloc=219470&p_tloc=19936&pg=54&pt=1&rl=321&sl=T&ti=34',
        'Texas Administrative Code, Rule §3.334 Local Sales and Use Taxes',
        'When an order is received at a place of business of the seller in Texas and is fulfilled at a place of business of the seller in Texas, the sale is consummated at the place of business where the order is fulfilled.',
      ),
      read(
        'https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?sl=T&app=9&p_dir=F&p_rloc=216208&p_tloc=9657&p_ploc=1&pg=3&p_tac=&ti=34&pt=1&ch=3&rl=333',
        'Rule §3.334(a)(24), two percent cap',
        'a seller cannot collect, and a purchaser is not obligated to pay, more than 2.0% of the sales price of a taxable item in total local sales and use taxes for all local taxing jurisdictions',
      ),
    ],
    note: "Where the origin's local sales taxes are below the 2% cap, Rule 3.334 also makes the in-state seller collect the destination's local use taxes up to the cap; that top-up is not modelled (Austin, the demo shop's origin, is at the cap).",
  }),
  halfCentInvoice(
    'TX',
    cite(
      'Texas Legislature',
      'Texas Tax Code § 151.053, Sales Tax Brackets; Comptroller, Sales and Use Tax FAQ: Sales Tax Collection',
      '§ 151.053(a); FAQ "Is it ok to round the tax amount?" and multiple items on one invoice',
      'https://comptroller.texas.gov/taxes/sales/faq/collection.php',
    ),
    [
      read(
        'https://print.casetext.com/statute/texas-codes/tax-code/title-2-state-taxation/subtitle-e-sales-excise-and-use-taxes/chapter-151-limited-sales-excise-and-use-tax/subchapter-c-imposition-and-collection-of-sales-tax/section-151053-sales-tax-brackets',
        'Tex. Tax Code § 151.053, Sales Tax Brackets',
        'A fraction of one cent that is less than one-half of one cent is not collected and a fraction of one cent that is equal to one-half of one cent or more is collected as one cent of tax.',
      ),
      read(
        'https://comptroller.texas.gov/taxes/sales/faq/collection.php',
        'Texas Comptroller, Sales and Use Tax FAQ: Sales Tax Collection',
        'If you sell multiple taxable items on one invoice, then you must compute the tax on the total sum of the sales prices of the taxable items sold. EXAMPLE. You sell three T-shirts for $10, $25 and $50. The total sum of the sales prices is $85 ... You sell a taxable item for $250 and must charge 8.25 percent tax ... $20.625 ... round up and charge $20.63.',
      ),
    ],
  ),
];

// ---- California ---------------------------------------------------------------------------------

const CA_IMPOSITION = cite(
  'California Legislature',
  'Revenue and Taxation Code § 6051, sales tax imposed',
  '§ 6051',
  'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=RTC&sectionNum=6051',
);

const CALIFORNIA: SalesTaxRule[] = [
  general('CA', CA_IMPOSITION),
  clothingTaxable('CA', CA_IMPOSITION),
  taxability('CA', 'grocery', {
    stateTreatment: EXEMPT,
    summary:
      'Food products for human consumption (tea included) are exempt from state, local and district taxes.',
    citation: cite(
      'California Legislature',
      'Revenue and Taxation Code § 6359; Regulation 1602, Food Products',
      '§ 6359(a); Reg. 1602(a)(1) (tea)',
      'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=RTC&sectionNum=6359',
    ),
    readAt: [
      asKnown('R&TC § 6359: food products for human consumption exempt; Reg. 1602 lists tea'),
    ],
  }),
  taxability('CA', 'digital', {
    stateTreatment: EXEMPT,
    summary:
      'Digital products transferred electronically, with no tangible copy, are not tangible personal property in California and are not taxed.',
    citation: cite(
      'California Department of Tax and Fee Administration',
      'Regulation 1502, Computers, Programs, and Data Processing',
      '§ 1502(f)(1)(D) (programs transferred by remote telecommunications)',
      'https://www.cdtfa.ca.gov/lawguides/vol1/sutr/1502.html',
    ),
    readAt: [
      asKnown(
        'Reg. 1502(f)(1)(D): electronic transfer with no tangible storage media is not taxable',
      ),
    ],
  }),
  giftCard('CA', CA_IMPOSITION),
  shipping('CA', 'EXEMPT', {
    summary:
      "Separately stated charges for shipping directly to the buyer by common carrier or mail are not taxed, up to the carrier's actual cost (the shop charges actual postage).",
    citation: cite(
      'California Department of Tax and Fee Administration',
      'Regulation 1628, Transportation Charges',
      '§ 1628(a), Transportation by Carrier',
      'https://cdtfa.ca.gov/lawguides/vol1/sutr/sales-and-use-tax-regulations-art12-all.html',
      '2024',
    ),
    readAt: [
      read(
        'https://cdtfa.ca.gov/lawguides/vol1/sutr/sales-and-use-tax-regulations-art12-all.html',
        'Business Taxes Law Guide, Revision 2024, Regulation 1628(a)',
        'tax does not apply to "separately stated" charges for transportation of property from the retailer\'s place of business or other point from which shipment is made "directly to the purchaser," provided the transportation is by other than facilities of the retailer ... The amount of transportation charges excluded from the measure of tax shall not exceed the cost of the transportation to the retailer.',
      ),
    ],
    note: 'A charge above the carrier\'s cost, or a "handling" charge, is taxable (Reg. 1628(a)); the engine assumes the shop bills actual postage.',
  }),
  sourcing('CA', 'MIXED', {
    summary:
      "California (modified origin): for a seller shipping from inside California, the statewide 7.25% applies wherever the buyer is, its 1% Bradley-Burns part allocated to the seller's place of business, and district taxes go to the buyer's location (the retailer being engaged in business in the district). A remote seller collects the destination's district taxes.",
    citation: cite(
      'California Department of Tax and Fee Administration',
      'Regulation 1802, Place of Sale and Use for Purposes of Bradley-Burns Uniform Local Sales and Use Taxes; Regulation 1827, Collection of Use Tax by Retailers (district taxes)',
      'Reg. 1802(a); Reg. 1827(c); R&TC §§ 7262, 7263',
      'https://www.cdtfa.ca.gov/lawguides/vol1/sutr/1802.html',
    ),
    readAt: [
      asKnown(
        'CDTFA Regs. 1802 and 1827: Bradley-Burns at the place of sale, district use tax at the place of use',
      ),
    ],
    note: "Doubt: an in-state retailer owes a district's use tax only where it is engaged in business in that district (Reg. 1827; since 2019 every retailer with more than $500,000 of California sales is); the engine assumes it is.",
  }),
  halfCentInvoice(
    'CA',
    cite(
      'California Department of Tax and Fee Administration',
      'Regulation 1700, Reimbursement for Sales Tax',
      '§ 1700(b) (tax reimbursement computed on the total of taxable items, rounded half up)',
      'https://www.cdtfa.ca.gov/lawguides/vol1/sutr/1700.html',
    ),
  ),
];

// ---- New York -----------------------------------------------------------------------------------

const NY_IMPOSITION = cite(
  'New York State Legislature',
  'New York Tax Law § 1105, Imposition of sales tax',
  '§ 1105(a)',
  'https://www.nysenate.gov/legislation/laws/TAX/1105',
);
const NY_CLOTHING = cite(
  'New York State Department of Taxation and Finance',
  'New York Tax Law § 1115(a)(30); Publication 718-C, Sales and Use Tax Rates on Clothing and Footwear',
  '§ 1115(a)(30): clothing and footwear sold for less than $110 per item or pair',
  'https://www.tax.ny.gov/pdf/publications/sales/pub718c.pdf',
);
const NY_CLOTHING_READ = [
  read(
    'https://www.salestaxinstitute.com/resources/qualifying-clothing-now-exempt-new-york',
    'Sales Tax Institute: Qualifying Clothing Now Exempt in New York (S.B. 7193, Laws 2006)',
    'New York State no longer charges sales and use tax on clothing, footwear, and items used to make or repair clothing, costing less than $110 per item. In addition, any county or city in New York was authorized to enact this exemption',
  ),
  read(
    'https://grasseriveroutfitters.com/collections/tax-clothing',
    'Retailer quoting the NY DTF clothing chart',
    'Clothing, footwear, and items used to make or repair exempt clothing sold for less than $110 per item or pair are exempt from the New York State 4% sales tax ... not eligible for exemption: Clothing and footwear that sold for $110 or more per item or pair.',
  ),
];
/**
 * Localities that elected the exemption as listed in 2012 (ddhtax.com, from Pub 718-C). Counties
 * match only a COUNTY jurisdiction of that name (the ZIP tables name towns, and a town can share a
 * county's name in another county: the Town of Wayne is in Steuben County); cities match the
 * address's region, city or CITY jurisdiction.
 */
const NY_LOCALITIES_2012: readonly Locality[] = [
  { level: 'CITY', name: 'New York City' },
  { level: 'CITY', name: 'Norwich' },
  ...[
    'Chautauqua',
    'Chenango',
    'Columbia',
    'Delaware',
    'Greene',
    'Hamilton',
    'Madison',
    'Tioga',
    'Wayne',
  ].map((name): Locality => ({ level: 'COUNTY', name })),
];
const NY_ELECTION_2012 = cite(
  'New York State Department of Taxation and Finance',
  'Publication 718-C, localities that exempt clothing and footwear under $110',
  'list of counties and cities electing the local exemption (Tax Law § 1210(a))',
  'https://ddhtax.com/2012/04/26/sales-tax-exemption-on-clothing-footwear',
  '2012-04-26',
);
const NY_ELECTION_READ = read(
  'https://ddhtax.com/2012/04/26/sales-tax-exemption-on-clothing-footwear',
  'Sales Tax Exemption on Clothing & Footwear (DDH Tax, April 2012), listing the electing localities',
  'The following counties will exempt eligible sales of less than $110. Chautauqua, Chenango, City of Norwich, Columbia, Delaware, Greene, Hamilton, Madison (Outside the City of Oneida), New York City, Tioga, Wayne',
);
const PUTNAM_READ = read(
  'https://sovos.com/regulatory-updates/sut/putnam-county-new-york-exempts-clothing',
  'Sovos: Putnam County, New York exempts clothing (effective March 1, 2024)',
  'Putnam County has enacted the exemption for clothing of less than $110 effective March 1, 2024 ... the clothing will also be exempt from the 0.375% sales tax imposed in the Metropolitan Commuter Transport District.',
);

function nyClothing(
  from: string,
  to: string | null,
  localities: readonly Locality[],
  extraRead: (typeof PUTNAM_READ)[],
) {
  return taxability('NY', 'clothing', {
    from,
    to,
    stateTreatment: exemptBelowPerItem(110),
    localTreatment: TAXABLE,
    localElection: { localities, treatment: exemptBelowPerItem(110), citation: NY_ELECTION_2012 },
    summary:
      'New York: clothing and footwear under $110 an item is exempt from the 4% state tax, and from local tax (with the 0.375% MCTD rate) only in localities that elected the exemption (New York City does); $110 or more is fully taxable.',
    citation: NY_CLOTHING,
    readAt: [...NY_CLOTHING_READ, NY_ELECTION_READ, ...extraRead],
    note: "Electing localities are matched by name against the address's county, city and region (Madison County's election excludes the City of Oneida, which is not distinguished here). The list is the 2012 one read plus Putnam from 2024-03-01; later elections or repeals not read here are not modelled.",
  });
}

const NEW_YORK: SalesTaxRule[] = [
  general('NY', NY_IMPOSITION),
  nyClothing('2020-01-01', '2024-02-29', NY_LOCALITIES_2012, []),
  nyClothing(
    '2024-03-01',
    null,
    [...NY_LOCALITIES_2012, { level: 'COUNTY', name: 'Putnam' }],
    [PUTNAM_READ],
  ),
  taxability('NY', 'grocery', {
    stateTreatment: EXEMPT,
    summary:
      'Food and food products for human consumption (tea included) are exempt from state and local tax.',
    citation: cite(
      'New York State Legislature',
      'New York Tax Law § 1115(a)(1)',
      '§ 1115(a)(1) (food, food products, beverages)',
      'https://www.nysenate.gov/legislation/laws/TAX/1115',
    ),
    readAt: [asKnown('Tax Law § 1115(a)(1): food for human consumption exempt')],
  }),
  taxability('NY', 'digital', {
    stateTreatment: EXEMPT,
    summary:
      'Digital products delivered electronically (e-books, music, images) are not tangible personal property in New York; only prewritten software is taxed.',
    citation: cite(
      'New York State Department of Taxation and Finance',
      'New York Tax Law § 1101(b)(6) (tangible personal property includes prewritten software only)',
      '§ 1101(b)(6); advisory opinions on electronically delivered content',
      'https://www.nysenate.gov/legislation/laws/TAX/1101',
    ),
    readAt: [
      asKnown(
        'NY does not tax electronically delivered digital products other than prewritten software',
      ),
    ],
  }),
  giftCard('NY', NY_IMPOSITION),
  shipping('NY', 'ALL_IF_ANY_TAXABLE', {
    summary:
      'New York: shipping and delivery charges are part of the receipt for the goods: taxable when the goods are taxable, exempt when every item is exempt; one shipping charge on a bill with taxable and exempt items is taxable in full (TB-ST-838).',
    citation: cite(
      'New York State Department of Taxation and Finance',
      'Tax Bulletin ST-838, Shipping and Delivery Charges (TB-ST-838)',
      'taxable and nontaxable items in the same shipment',
      'https://www.tax.ny.gov/pubs_and_bulls/tg_bulletins/st/shipping_and_delivery_charges.htm',
    ),
    readAt: [
      read(
        'https://tax.ny.gov/pubs_and_bulls/tg_bulletins/st/shipping_and_delivery_charges.htm',
        'NY DTF, Tax Bulletin ST-838, Shipping and Delivery Charges (issue date May 14, 2012)',
        'Generally, charges for shipping or delivery that a seller includes on its bill are taxable if the product or service that is being shipped or delivered is taxable. The terms shipping and delivery also include charges identified by terms such as transportation, handling, or postage.',
      ),
      read(
        'http://report.saltcpa.com/2012/05/new-york-taxability-of-shipping-and-delivery/',
        'SALT Report 1530, summary of TB-ST-838 (taxable and nontaxable items on one bill)',
        'If only one charge for shipping or delivery is listed on the bill, the entire delivery charge is treated as part of the taxable portion of the bill; If the charge for shipping or delivery is divided between the taxable and nontaxable products, then only the shipping or delivery charge allocated to the taxable products is taxable',
      ),
    ],
  }),
  destination(
    'NY',
    cite(
      'New York State Department of Taxation and Finance',
      'New York Tax Law § 1111 and Publication 750, A Guide to Sales Tax in New York State',
      'tax due at the rate in effect where the purchaser takes delivery',
      'https://www.tax.ny.gov/pdf/publications/sales/pub750.pdf',
    ),
  ),
  halfCentInvoice(
    'NY',
    cite(
      'New York State Department of Taxation and Finance',
      'Publication 750 and the sales tax rate charts (Tax Law § 1132(a))',
      'tax on the total of a sale; half cent or more rounds up',
      'https://www.tax.ny.gov/pdf/publications/sales/pub750.pdf',
    ),
  ),
];

// ---- Florida ------------------------------------------------------------------------------------

const FL_IMPOSITION = cite(
  'Florida Legislature',
  'Florida Statutes § 212.05, Sales, storage, use tax (6%); § 212.054 discretionary sales surtax',
  '§ 212.05(1); § 212.054(2)(b)1. ($5,000 per-item surtax cap, applied through the jurisdiction data)',
  'http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0200-0299/0212/Sections/0212.05.html',
);

const FLORIDA: SalesTaxRule[] = [
  general('FL', FL_IMPOSITION),
  clothingTaxable('FL', FL_IMPOSITION),
  taxability('FL', 'grocery', {
    stateTreatment: EXEMPT,
    summary:
      'Food products for human consumption (tea included) are exempt from the state tax and the county surtax.',
    citation: cite(
      'Florida Legislature',
      'Florida Statutes § 212.08(1), Food products for human consumption',
      '§ 212.08(1)(a)',
      'http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0200-0299/0212/Sections/0212.08.html',
    ),
    readAt: [asKnown('§ 212.08(1)(a): food products for human consumption exempt')],
  }),
  taxability('FL', 'digital', {
    stateTreatment: EXEMPT,
    summary:
      'Digital goods delivered electronically are not tangible personal property in Florida and are not taxed.',
    citation: cite(
      'Florida Legislature',
      'Florida Statutes § 212.02(19), "Tangible personal property"',
      '§ 212.02(19)',
      'http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0200-0299/0212/Sections/0212.02.html',
    ),
    readAt: [asKnown('Florida does not tax electronically delivered digital goods')],
  }),
  giftCard('FL', FL_IMPOSITION),
  shipping('FL', 'FOLLOWS_GOODS', {
    summary:
      'Florida: a delivery charge the buyer cannot avoid (the shop offers no pickup) is part of the sales price of taxable goods; it is not taxed with exempt goods, and is prorated for a mixed shipment.',
    citation: cite(
      'Florida Department of Revenue',
      'Rule 12A-1.045, Florida Administrative Code, Transportation Charges',
      '12A-1.045 (charges for delivery of taxable property, separately stated and avoidable vs not)',
      'https://www.flrules.org/gateway/RuleNo.asp?id=12A-1.045',
    ),
    readAt: [
      read(
        'https://print.casetext.com/regulation/florida-administrative-code/department-12-department-of-revenue/division-12a-sales-and-use-tax/chapter-12a-1-sales-and-use-tax/section-12a-1045-transportation-charges',
        'Fla. Admin. Code R. 12A-1.045, Transportation Charges (current through November 13, 2024)',
        '(3)(a) Where the seller agrees to deliver tangible personal property to some designated place and the purchaser cannot elect to avoid the charge for transportation services, the charge for the transportation service is subject to tax, even if separately stated ... Example: X places an order to purchase a jacket for $100 with a mail order company ... all items are shipped F.O.B. destination through the U.S. mail or by common carrier',
      ),
    ],
    note: 'Doubt: the proration of one delivery charge over taxable and exempt items is the general rule as known, not read in 12A-1.045.',
  }),
  destination(
    'FL',
    cite(
      'Florida Department of Revenue',
      'Florida Statutes § 212.054(3) (surtax sourced to the county where the item is delivered) and § 212.0596',
      '§ 212.054(3)(a)',
      'http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0200-0299/0212/Sections/0212.054.html',
    ),
  ),
  halfCentInvoice(
    'FL',
    cite(
      'Florida Legislature',
      'Florida Statutes § 212.12(10), tax computation (carried to the third decimal, rounded to the nearest cent: half up)',
      '§ 212.12(10)',
      'http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0200-0299/0212/Sections/0212.12.html',
    ),
  ),
];

// ---- Georgia ------------------------------------------------------------------------------------

const GA_IMPOSITION = cite(
  'Georgia General Assembly',
  'O.C.G.A. § 48-8-30, Imposition of tax',
  '§ 48-8-30',
  'https://dor.georgia.gov/taxes/sales-use-tax',
);
const GA_DIGITAL = cite(
  'Georgia General Assembly',
  'Act 236 (S.B. 56, 2023), O.C.G.A. § 48-8-2 and § 48-8-30 (specified digital products, other digital goods, digital codes)',
  'taxable from January 1, 2024 when the end user receives the right of permanent use',
  'https://app.legiplex.com/ga/legislature/2023/2023-r/bills/sb56/drafts-compare',
  '2023-05-02',
);
const GA_DIGITAL_READ = [
  read(
    'https://www.salestaxinstitute.com/resources/digital-products-subject-to-georgia-sales-and-use-tax-effective-january-1-2024',
    'Sales Tax Institute: Digital Products Subject to Georgia Sales and Use Tax Effective January 1, 2024',
    'Effective January 1, 2024, sales of specified digital products, other digital goods and digital codes sold to an end user in Georgia are subject to Georgia sales and use tax, provided that the end user receives or will receive the right of permanent use',
  ),
  read(
    'https://claruspartners.com/georgia-sales-use-tax-some-digital-products/',
    'Clarus Partners: Georgia Imposes Sales and Use Tax on Some Digital Products (May 10, 2023)',
    'Georgia Gov. Brian Kemp signed H.B. 56 into law on May 2, 2023 ... effective January 1, 2024.',
  ),
];

const GEORGIA: SalesTaxRule[] = [
  general('GA', GA_IMPOSITION),
  clothingTaxable('GA', GA_IMPOSITION),
  taxability('GA', 'grocery', {
    stateTreatment: EXEMPT,
    localTreatment: TAXABLE,
    summary:
      'Georgia: food and food ingredients for home consumption are exempt from the 4% state tax only; local taxes (LOST, SPLOST, ESPLOST, MARTA and others) still apply.',
    citation: cite(
      'Georgia General Assembly',
      'O.C.G.A. § 48-8-3(57), food and food ingredients (state tax only)',
      '§ 48-8-3(57)',
      'https://dor.georgia.gov/taxes/sales-use-tax',
    ),
    readAt: [
      asKnown(
        'O.C.G.A. § 48-8-3(57): exemption from the state sales tax only; local sales taxes apply to food',
      ),
      read(
        'https://experts123.com/q/does-sales-tax-apply-to-purchases-of-food-for-off-premises-consumption.html',
        'Q&A quoting Georgia DOR guidance on eligible food',
        'State tax and local option taxes are not due on these transactions EXCEPT any local option tax with an effective date before October 1, 1996 (MARTA, SPLOST, LOST). The local option tax(es) under Article 2A (Homestead Local Option Tax) is exempt. The City of Atlanta municipal is collected on the sale of eligible food.',
      ),
    ],
    note: 'Doubt: a few local taxes do not reach food (HOST/EHOST and other later local options); the tables give one rate per level, so every local rate is charged on food.',
  }),
  taxability('GA', 'digital', {
    to: '2023-12-31',
    stateTreatment: EXEMPT,
    summary:
      'Georgia did not tax electronically delivered digital products before January 1, 2024.',
    citation: GA_DIGITAL,
    readAt: GA_DIGITAL_READ,
  }),
  taxability('GA', 'digital', {
    from: '2024-01-01',
    stateTreatment: TAXABLE,
    summary:
      'Georgia taxes specified digital products, other digital goods and digital codes sold with a right of permanent use, from January 1, 2024 (Act 236, S.B. 56).',
    citation: GA_DIGITAL,
    readAt: GA_DIGITAL_READ,
  }),
  giftCard('GA', GA_IMPOSITION),
  shipping('GA', 'FOLLOWS_GOODS', {
    summary:
      'Georgia: delivery charges are part of the sales price; taxable with taxable goods, not with exempt goods, prorated for a mixed shipment.',
    citation: cite(
      'Georgia General Assembly',
      'O.C.G.A. § 48-8-2 ("sales price" includes delivery charges); Ga. Comp. R. & Regs. 560-12-1-.38',
      'delivery charges',
      'https://dor.georgia.gov/taxes/sales-use-tax',
    ),
    readAt: [asKnown('Georgia: delivery charges are part of the sales price (since 2010)')],
  }),
  destination(
    'GA',
    cite(
      'Georgia General Assembly',
      'O.C.G.A. § 48-8-77, sourcing (Streamlined destination rules)',
      '§ 48-8-77',
      'https://dor.georgia.gov/taxes/sales-use-tax',
    ),
  ),
  ssutaRounding('GA'),
];

// ---- Colorado -----------------------------------------------------------------------------------

const CO_IMPOSITION = cite(
  'Colorado General Assembly',
  'C.R.S. § 39-26-104, property and services taxed',
  '§ 39-26-104(1)(a)',
  'https://tax.colorado.gov/sales-tax',
);

const COLORADO: SalesTaxRule[] = [
  general('CO', CO_IMPOSITION),
  clothingTaxable('CO', CO_IMPOSITION),
  taxability('CO', 'grocery', {
    stateTreatment: EXEMPT,
    localTreatment: TAXABLE,
    localByLevel: { SPECIAL: EXEMPT },
    summary:
      'Colorado: food for home consumption is exempt from the 2.9% state tax and from the special districts (RTD, SCFD and the like); counties and cities may tax it, and are taken to do so here.',
    citation: cite(
      'Colorado Department of Revenue',
      'C.R.S. § 39-26-707(1)(e) (food for home consumption); DR 1002, Colorado Sales/Use Tax Rates (local food exemptions)',
      '§ 39-26-707(1)(e); DR 1002 column "food for home consumption"',
      'https://tax.colorado.gov/sites/tax/files/documents/DR1002.pdf',
    ),
    readAt: [
      asKnown(
        'C.R.S. § 39-26-707(1)(e): state exemption; DR 1002 lists which local jurisdictions exempt food',
      ),
      read(
        'http://report.saltcpa.com/2013/06/colorado-special-districts-tax-bases-conform-to-states-tax-base/',
        "SALT Report 2569: Colorado special districts' tax bases conform to the state's (H.B. 13-1272, from January 1, 2014)",
        'The Colorado General Assembly voted to conform the Regional Transportation District and the Scientific and Cultural Facilities District sales and use tax bases to the Colorado state sales and use tax base effective January 1, 2014.',
      ),
      read(
        'https://lafayetteco.gov/3861/Sales-Tax-Information-Imposition-and-Exe',
        'City of Lafayette, CO: sales tax imposition and exemptions (a city that taxes food)',
        'Taxable | ... Food for Domestic Home Consumption',
      ),
    ],
    note: 'Doubt: each county and city chooses (DR 1002); the per-jurisdiction choice is not in the data, so local food tax is charged wherever a county or city rate applies.',
  }),
  taxability('CO', 'digital', {
    stateTreatment: TAXABLE,
    summary:
      'Colorado taxes digital goods as tangible personal property (C.R.S. § 39-26-102(15)(c), as amended by H.B. 21-1312).',
    citation: cite(
      'Colorado General Assembly',
      'C.R.S. § 39-26-102(15), "Tangible personal property" (digital goods), H.B. 21-1312',
      '§ 39-26-102(15)(c)',
      'https://tax.colorado.gov/sales-tax',
    ),
    readAt: [
      read(
        'https://taxnews.ey.com/news/2021-1318-colorado-expands-sales-and-use-tax-to-cover-digital-goods-mainframe-computer-access-and-packing-and-crating',
        'EY Tax News: Colorado expands sales and use tax to cover digital goods (HB21-1312, signed June 23, 2021)',
        'Effective July 1, 2021, the Bill ... codifies the definition of tangible personal property for sales and use tax purposes to include digital goods ... Colo. Rule 39-26-102(15) ... became effective on January 30, 2021.',
      ),
    ],
    note: "H.B. 21-1312 codified the Department's long-standing treatment (its rule effective January 30, 2021); the rule set treats digital goods as taxable throughout its coverage.",
  }),
  giftCard('CO', CO_IMPOSITION),
  shipping('CO', 'FOLLOWS_GOODS', {
    summary:
      "Colorado: delivery is a non-taxable service only when it is separable from the sale (the buyer could pick the goods up or arrange other delivery) and separately stated; the shop's online orders must be shipped, so delivery is taxed with taxable goods, prorated for a mixed shipment. (The state's retail delivery fee is a separate fee, not sales tax, and is not part of this quote.)",
    citation: cite(
      'Colorado Department of Revenue',
      'Private Letter Ruling PLR-23-007, Taxability of Delivery Fee; 1 CCR 201-4, Rule 39-26-102(7) ("purchase price" includes delivery charges not separately stated)',
      'separable and separately stated delivery vs mandatory transportation',
      'https://ezel.ai/tax-rulings/co/plr-23-007-taxability-of-delivery-fee',
      '2023',
    ),
    readAt: [
      read(
        'https://ezel.ai/tax-rulings/co/plr-23-007-taxability-of-delivery-fee',
        'Summary of Colorado DOR PLR-23-007',
        "Transportation of goods between seller and buyer is a non-taxable service when it is both separable from the sale and separately stated on a written invoice or contract ... A Shipping Fee ... This fee is not optional — the customer can't avoid it — and the company treated it as taxable.",
      ),
      read(
        'http://www.salestaxinstitute.com/resources/news/colorado-mandatory-delivery-charges-are-taxable',
        'Sales Tax Institute: Colorado Mandatory Delivery Charges are Taxable (2005)',
        'unless a customer has a choice in arranging for their own delivery charges, the charges are subject to tax.',
      ),
    ],
    note: 'Doubt: proration over exempt goods is the general rule as known, not read for Colorado; a seller offering pickup would state delivery separately and not tax it.',
  }),
  destination(
    'CO',
    cite(
      'Colorado General Assembly',
      'C.R.S. § 39-26-104(3) (destination sourcing, H.B. 19-1240)',
      '§ 39-26-104(3)',
      'https://tax.colorado.gov/sales-tax',
    ),
  ),
  halfCentInvoice(
    'CO',
    cite(
      'Colorado Department of Revenue',
      'Colorado Sales Tax Guide, computing tax',
      'tax on the total, rounded half up',
      'https://tax.colorado.gov/sales-tax',
    ),
  ),
];

// ---- Washington ---------------------------------------------------------------------------------

const WA_IMPOSITION = cite(
  'Washington State Legislature',
  'RCW 82.08.020, Retail sales tax imposed',
  '82.08.020(1)',
  'https://app.leg.wa.gov/RCW/default.aspx?cite=82.08.020',
);

const WASHINGTON: SalesTaxRule[] = [
  general('WA', WA_IMPOSITION),
  clothingTaxable('WA', WA_IMPOSITION),
  taxability('WA', 'grocery', {
    stateTreatment: EXEMPT,
    summary:
      'Food and food ingredients (tea included) are exempt from state and local retail sales tax.',
    citation: cite(
      'Washington State Legislature',
      'RCW 82.08.0293, Exemptions: food and food ingredients',
      '82.08.0293(1)',
      'https://app.leg.wa.gov/RCW/default.aspx?cite=82.08.0293',
    ),
    readAt: [asKnown('RCW 82.08.0293: food and food ingredients exempt')],
  }),
  taxability('WA', 'digital', {
    stateTreatment: TAXABLE,
    summary:
      'Washington taxes digital goods and digital codes sold to end users (RCW 82.08.020, 82.04.192).',
    citation: cite(
      'Washington State Legislature',
      'RCW 82.08.020(1)(c)-(e) and RCW 82.04.192 (digital goods)',
      '82.08.020',
      'https://app.leg.wa.gov/RCW/default.aspx?cite=82.08.020',
    ),
    readAt: [asKnown('Washington taxes digital products since 2009 (ESSB 5962)')],
  }),
  giftCard('WA', WA_IMPOSITION),
  shipping('WA', 'FOLLOWS_GOODS', {
    summary:
      'Washington: delivery charges are part of the selling price; taxable with taxable goods, not with exempt goods, prorated for a mixed shipment.',
    citation: cite(
      'Washington Department of Revenue',
      'WAC 458-20-110, Delivery charges',
      '(delivery of taxable and exempt property)',
      'https://app.leg.wa.gov/WAC/default.aspx?cite=458-20-110',
    ),
    readAt: [
      asKnown(
        'WAC 458-20-110: delivery charges are part of the selling price; allocation for mixed shipments',
      ),
      read(
        'https://law.onecle.com/washington/excise-taxes/82.08.145.html',
        'RCW 82.08.145, Delivery charges (2007 c 6 § 801)',
        'if a shipment consists of taxable tangible personal property and nontaxable tangible personal property ... the seller must collect and remit tax on the percentage of delivery charges allocated to the taxable tangible personal property ... A percentage based on the total sales price of the taxable tangible personal property compared to the total sales price of all tangible personal property in the shipment',
      ),
    ],
  }),
  destination(
    'WA',
    cite(
      'Washington State Legislature',
      'RCW 82.32.730, Sourcing',
      '82.32.730(1)(b)',
      'https://app.leg.wa.gov/RCW/default.aspx?cite=82.32.730',
    ),
  ),
  rounding('WA', 'PER_INVOICE', ['PER_INVOICE', 'PER_LINE'], {
    summary:
      "Washington: tax carried to the third decimal and rounded up to the next cent when that digit is greater than four, on the aggregated state and local tax; per item or per invoice at the seller's election (invoice used unless chosen).",
    citation: cite(
      'Washington State Legislature',
      'RCW 82.08.054, Computation of tax due',
      'whole section',
      'https://app.leg.wa.gov/RCW/default.aspx?cite=82.08.054',
    ),
    readAt: SSUTA_ROUNDING_READ,
  }),
];

// ---- Arizona ------------------------------------------------------------------------------------

const AZ_IMPOSITION = cite(
  'Arizona Legislature',
  'A.R.S. § 42-5061, Retail classification (transaction privilege tax)',
  '§ 42-5061(A)',
  'https://www.azleg.gov/ars/42/05061.htm',
);

const ARIZONA: SalesTaxRule[] = [
  general('AZ', AZ_IMPOSITION),
  clothingTaxable('AZ', AZ_IMPOSITION),
  taxability('AZ', 'grocery', {
    stateTreatment: EXEMPT,
    localTreatment: EXEMPT,
    localByLevel: { CITY: TAXABLE },
    summary:
      'Arizona: food for home consumption is exempt from the state and county TPT; cities may tax it under the Model City Tax Code and are taken to do so here.',
    citation: cite(
      'Arizona Legislature',
      'A.R.S. § 42-5102 (food for home consumption); Model City Tax Code § -460',
      '§ 42-5102(A)',
      'https://www.azleg.gov/ars/42/05102.htm',
    ),
    readAt: [
      read(
        'https://www.azleg.gov/legtext/56leg/1R/summary/H.SB1063_032223_TRANSMITTED.DOCX.htm',
        'Arizona House summary of S.B. 1063 (2023), food; municipal tax; exemption',
        'Current state law provides a tax exemption for specific sales of food (A.R.S. § 42-5102) however it also allows a city, town or other taxing jurisdiction to impose a municipal transaction privilege tax on food items intended for home consumption. (A.R.S. § 42-6015)',
      ),
      read(
        'https://codelibrary.amlegal.com/codes/tucson/latest/tucson_az/0-0-0-25607',
        'Tucson City Code § 19-462, Retail sales: food for home consumption (a city at 0%)',
        'The tax rate shall be at an amount equal to zero percent (0%) of the gross income from the business activity upon every person engaging or continuing in the business of selling food for home consumption at retail.',
      ),
    ],
    note: 'Doubt: each city chooses (Tucson taxes food at 0%); the choice is not in the data, so the city rate is charged wherever the address has one. S.B. 1063 (2023), which would have barred city food taxes from July 1, 2025, was vetoed (as known, not re-read); H.C.R. 2018 (2026) would refer the question to voters.',
  }),
  taxability('AZ', 'digital', {
    stateTreatment: TAXABLE,
    summary:
      'Arizona treats digital goods sold at retail as tangible personal property under the retail classification.',
    citation: AZ_IMPOSITION,
    readAt: [
      asKnown('Arizona Department of Revenue rulings treat digital goods as taxable retail sales'),
    ],
    note: 'Doubt: Arizona has no statute naming digital goods; the treatment follows Department of Revenue rulings as known.',
  }),
  giftCard('AZ', AZ_IMPOSITION),
  shipping('AZ', 'EXEMPT', {
    summary:
      'Arizona: separately stated shipping and delivery charges are not part of the taxable gross receipts.',
    citation: cite(
      'Arizona Department of Revenue',
      'Ariz. Admin. Code R15-5-133, Freight, shipping and delivery charges',
      'R15-5-133',
      'https://azdor.gov/transaction-privilege-tax',
    ),
    readAt: [
      read(
        'https://casetext.com/regulation/arizona-administrative-code/title-15-revenue/chapter-05-department-of-revenue-transaction-privilege-and-use-tax-section/article-1-retail-classification/section-r15-5-133-delivery-charges-in-connection-with-retail-sales',
        'Ariz. Admin. Code R15-5-133, Delivery Charges in Connection with Retail Sales (current through April 12, 2024)',
        "A charge by a retailer for delivery from the retailer's location to the purchaser's location, if separately stated on the sales invoice, is not taxable.",
      ),
    ],
  }),
  sourcing('AZ', 'ORIGIN', {
    summary:
      'Arizona: a seller with an Arizona business location pays the state, county and city TPT of that location (origin); a remote seller collects at the destination.',
    citation: cite(
      'Arizona Legislature',
      'A.R.S. § 42-5040, Sourcing of retail sales',
      '§ 42-5040(A)',
      'https://www.azleg.gov/ars/42/05040.htm',
    ),
    readAt: [
      asKnown("A.R.S. § 42-5040: in-state retail sales sourced to the seller's business location"),
    ],
  }),
  halfCentInvoice(
    'AZ',
    cite(
      'Arizona Department of Revenue',
      'Transaction privilege tax guidance',
      'tax on the transaction, rounded half up',
      'https://azdor.gov/transaction-privilege-tax',
    ),
  ),
];

// ---- North Carolina -----------------------------------------------------------------------------

const NC_IMPOSITION = cite(
  'North Carolina General Assembly',
  'G.S. § 105-164.4, Tax imposed on retailers',
  '§ 105-164.4(a)(1)',
  'https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_105/GS_105-164.4.html',
);

const NORTH_CAROLINA: SalesTaxRule[] = [
  general('NC', NC_IMPOSITION),
  clothingTaxable('NC', NC_IMPOSITION),
  taxability('NC', 'grocery', {
    stateTreatment: EXEMPT,
    localTreatment: EXEMPT,
    localByLevel: { COUNTY: reducedRate(percent(2)) },
    summary:
      "North Carolina: qualifying food is exempt from the 4.75% state tax and taxed at a flat 2% local rate (charged on the county line), whatever the county's general rate; transit taxes do not apply to it.",
    citation: cite(
      'North Carolina General Assembly',
      'G.S. § 105-164.13B (food exempt from State tax); § 105-467(a)(5) and (b) (1% local taxes on food); § 105-506.2 (transit tax exemption)',
      '§ 105-467(a)(5)',
      'https://www.ncga.state.nc.us/EnactedLegislation/Statutes/HTML/BySection/Chapter_105/GS_105-467.html',
    ),
    readAt: [
      read(
        'https://www.ncga.state.nc.us/EnactedLegislation/Statutes/HTML/BySection/Chapter_105/GS_105-467.html',
        'G.S. § 105-467, Scope of sales tax (one of the 1% local taxes)',
        'The sales price of food that is not otherwise exempt from tax pursuant to G.S. 105-164.13 but is exempt from the State sales and use tax pursuant to G.S. 105-164.13B.',
      ),
      read(
        'https://getpocketlaw.com/law/state_north_carolina/section-105-506-2-exemption-of-food_31e0fc39ac54',
        'G.S. § 105-506.2, Exemption of food (transit taxes)',
        'A tax levied under this Article does not apply to the sales price of food that is exempt from tax pursuant to G.S. 105-164.13B',
      ),
      read(
        'https://app.synexustax.com/settings/states/41/special_taxes?tab=special_taxes',
        "A tax engine's NC settings",
        'TAX_FORM_FOOD_RATE | 2% Food Rates | 0.02',
      ),
    ],
    note: 'The 2% is the two 1% local taxes (Articles 39 and 40/42) that reach food; the 0.25% Article 46 county tax and the 0.5% transit tax do not.',
  }),
  taxability('NC', 'digital', {
    stateTreatment: TAXABLE,
    summary:
      'North Carolina taxes certain digital property delivered electronically (audio, video, books, greeting cards) at the general rate.',
    citation: cite(
      'North Carolina General Assembly',
      'G.S. § 105-164.4(a)(6b), certain digital property',
      '§ 105-164.4(a)(6b)',
      'https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_105/GS_105-164.4.html',
    ),
    readAt: [
      read(
        'http://www.dornc.com/taxes/sales/salesanduse.html',
        'NC DOR, Sales and Use Tax',
        'The general 4.75% State rate of sales and use tax also applies to ... the sales price of certain digital property.',
      ),
    ],
  }),
  giftCard('NC', NC_IMPOSITION),
  shipping('NC', 'FOLLOWS_GOODS', {
    summary:
      'North Carolina: delivery charges are part of the sales price; taxable with taxable goods, not with exempt goods, allocated for a mixed shipment.',
    citation: cite(
      'North Carolina General Assembly',
      'G.S. § 105-164.3 ("sales price" includes delivery charges); § 105-164.4B',
      '§ 105-164.3',
      'https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_105/GS_105-164.3.html',
    ),
    readAt: [
      asKnown(
        'NC: delivery charges are part of the sales price; allocated between taxable and exempt property',
      ),
    ],
  }),
  destination(
    'NC',
    cite(
      'North Carolina General Assembly',
      'G.S. § 105-164.4B, Sourcing principles',
      '§ 105-164.4B(a)(2)',
      'https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_105/GS_105-164.4B.html',
    ),
  ),
  ssutaRounding('NC'),
];

// ---- New Jersey ---------------------------------------------------------------------------------

const NJ_IMPOSITION = cite(
  'New Jersey Legislature',
  'N.J.S.A. 54:32B-3, Imposition of sales tax',
  '54:32B-3(a)',
  'https://www.nj.gov/treasury/taxation/su_over.shtml',
);

const NEW_JERSEY: SalesTaxRule[] = [
  general('NJ', NJ_IMPOSITION),
  taxability('NJ', 'clothing', {
    stateTreatment: EXEMPT,
    summary:
      'New Jersey exempts clothing and footwear for human use, whatever the price (fur clothing, sport and protective equipment excepted).',
    citation: cite(
      'New Jersey Legislature',
      'N.J.S.A. 54:32B-8.4, Clothing and footwear',
      '54:32B-8.4',
      'https://www.nj.gov/treasury/taxation/pdf/pubs/sales/anj7.pdf',
    ),
    readAt: [asKnown('N.J.S.A. 54:32B-8.4: clothing and footwear exempt')],
  }),
  taxability('NJ', 'grocery', {
    stateTreatment: EXEMPT,
    summary: 'Food and food ingredients for human consumption (tea included) are exempt.',
    citation: cite(
      'New Jersey Legislature',
      'N.J.S.A. 54:32B-8.2, Food and food ingredients',
      '54:32B-8.2',
      'https://www.nj.gov/treasury/taxation/su_over.shtml',
    ),
    readAt: [asKnown('N.J.S.A. 54:32B-8.2: food and food ingredients exempt')],
  }),
  taxability('NJ', 'digital', {
    stateTreatment: TAXABLE,
    summary:
      'New Jersey taxes specified digital products (audio, audio-visual works, books) delivered electronically.',
    citation: cite(
      'New Jersey Legislature',
      'N.J.S.A. 54:32B-3(a) and 54:32B-2 ("specified digital product")',
      '54:32B-3(a)',
      'https://www.nj.gov/treasury/taxation/su_over.shtml',
    ),
    readAt: [asKnown('New Jersey: specified digital products taxable since 2005')],
  }),
  giftCard('NJ', NJ_IMPOSITION),
  shipping('NJ', 'FOLLOWS_GOODS', {
    summary:
      'New Jersey: delivery charges are part of the sales price; taxable with taxable goods, exempt with exempt goods, allocated for a mixed shipment.',
    citation: cite(
      'New Jersey Division of Taxation',
      'N.J.S.A. 54:32B-2(oo) ("delivery charges"); Tax Topic Bulletin S&U-4',
      'delivery charges',
      'https://www.nj.gov/treasury/taxation/su_over.shtml',
    ),
    readAt: [asKnown('NJ: delivery charges taxable when the property delivered is taxable')],
  }),
  destination(
    'NJ',
    cite(
      'New Jersey Legislature',
      'N.J.S.A. 54:32B-3.1, Sourcing',
      '54:32B-3.1',
      'https://www.nj.gov/treasury/taxation/su_over.shtml',
    ),
  ),
  ssutaRounding('NJ'),
];

// ---- Illinois -----------------------------------------------------------------------------------

const IL_IMPOSITION = cite(
  'Illinois General Assembly',
  "35 ILCS 120/2 and 120/2-10, Retailers' Occupation Tax Act (6.25% general rate)",
  '120/2-10',
  'https://tax.illinois.gov/research/taxrates/st-rates.html',
);
const IL_GROCERY = cite(
  'Illinois General Assembly',
  'Public Act 103-0781 (H.B. 3144, 2024), amending 35 ILCS 120/2-10 (1% rate on qualifying food ends December 31, 2025; local grocery taxes by ordinance)',
  '35 ILCS 120/2-10',
  'https://www.ilga.gov/legislation/publicacts/fulltext.asp?Name=103-0781',
  '2024-08-05',
);
const IL_GROCERY_READ = [
  read(
    'https://www.vatupdate.com/?p=317146',
    'VATupdate (from Sovos): Illinois repeal of the 1% food tax',
    'Illinois will repeal its 1 percent sales tax on food for human consumption starting January 1, 2026 ... Municipalities can choose to impose their own 1 percent grocery tax to replace the state tax ... Refer to Public Act 103-0781',
  ),
  read(
    'https://progressivegrocer.com/illinois-eliminate-grocery-tax',
    'Progressive Grocer: Illinois to eliminate grocery tax',
    'On Aug. 5, Democratic Illinois Gov. J.B. Pritzker signed into law HB3144 ... The 1% tax cut will take effect Jan. 1, 2026.',
  ),
  read(
    'https://www.wandtv.com/news/more-than-half-of-illinois-municipalities-adopt-local-grocery-sales-tax/article_67a217c3-c4dc-42b8-b9db-5d946976d575.html',
    'WAND: more than half of Illinois municipalities adopt a local grocery tax',
    '656 municipalities across the state, more than half, have adopted an ordinance establishing a 1% local grocery tax.',
  ),
];

const ILLINOIS: SalesTaxRule[] = [
  general('IL', IL_IMPOSITION),
  clothingTaxable('IL', IL_IMPOSITION),
  taxability('IL', 'grocery', {
    to: '2025-12-31',
    stateTreatment: reducedRate(percent(1)),
    localTreatment: EXEMPT,
    summary:
      'Illinois: qualifying food for home consumption is taxed at the 1% state rate instead of 6.25%; home-rule and other local general-merchandise rates are not charged on it here.',
    citation: IL_GROCERY,
    readAt: IL_GROCERY_READ,
    note: 'Doubt: some local taxes (the RTA tax, county public safety taxes) reach qualifying food at their own rates; they are not modelled.',
  }),
  taxability('IL', 'grocery', {
    from: '2026-01-01',
    stateTreatment: EXEMPT,
    localTreatment: EXEMPT,
    summary:
      'Illinois: from January 1, 2026 qualifying food bears no state tax (the 1% rate was repealed by Public Act 103-0781); a municipality or county may impose its own 1% grocery tax by ordinance.',
    citation: IL_GROCERY,
    readAt: IL_GROCERY_READ,
    note: 'Doubt: the local 1% grocery taxes (656 municipalities had adopted one by October 2025) are not in the jurisdiction tables, so they are not charged.',
  }),
  taxability('IL', 'digital', {
    stateTreatment: EXEMPT,
    summary:
      "Illinois does not tax electronically delivered digital products other than canned software under the Retailers' Occupation Tax.",
    citation: cite(
      'Illinois Department of Revenue',
      '86 Ill. Adm. Code 130.1935, Computer Software',
      '130.1935',
      'https://tax.illinois.gov/research/legalinformation/regulations.html',
    ),
    readAt: [asKnown('Illinois: digital downloads (music, books, video) not taxed by the state')],
  }),
  giftCard('IL', IL_IMPOSITION),
  shipping('IL', 'FOLLOWS_GOODS', {
    summary:
      'Illinois: shipping the buyer must pay to get the goods (no pickup option) is part of the gross receipts of taxable goods; not taxed with exempt goods; prorated for a mixed shipment.',
    citation: cite(
      'Illinois Department of Revenue',
      '86 Ill. Adm. Code 130.415, Transportation and Delivery Charges (Kean v. Wal-Mart Stores, 235 Ill. 2d 351 (2009))',
      '130.415(d)',
      'https://tax.illinois.gov/research/legalinformation/regulations.html',
    ),
    readAt: [
      asKnown(
        '86 Ill. Adm. Code 130.415: delivery charges are taxable when there is an inseparable link between the sale and the delivery',
      ),
      read(
        'https://cite.case.law/ill-2d/235/351/',
        'Kean v. Wal-Mart Stores, Inc., 235 Ill. 2d 351 (Ill. Sup. Ct., November 19, 2009)',
        'At issue in this appeal is whether shipping charges for certain internet purchases of tangible personal property are subject to Illinois sales tax ... We hold that they are',
      ),
    ],
    note: 'Doubt: how Illinois prorates delivery in a shipment with exempt goods is taken from the general rule, not re-read.',
  }),
  sourcing('IL', 'ORIGIN', {
    summary:
      "Illinois: a retailer shipping from its Illinois location owes the Retailers' Occupation Tax where the selling occurs (origin-like). Since January 1, 2025, sales shipped from outside Illinois, and remote sellers' sales, take the destination rate.",
    citation: cite(
      'Illinois Department of Revenue',
      '86 Ill. Adm. Code 220.115, 270.115 (jurisdiction questions); Public Act 103-0592 (Leveling the Playing Field, destination rate from January 1, 2025 for sales shipped from outside Illinois)',
      '220.115',
      'https://tax.illinois.gov/research/legalinformation/regulations.html',
      '2024-06-07',
    ),
    readAt: [
      asKnown(
        'Illinois: in-state retailers source to the place of selling; P.A. 103-0592 destination sourcing from 2025-01-01 for out-of-state inventory',
      ),
    ],
  }),
  halfCentInvoice(
    'IL',
    cite(
      'Illinois Department of Revenue',
      '86 Ill. Adm. Code 150.525 and 130.101 (bracket/rounding: half cent or more rounds up)',
      '150.525',
      'https://tax.illinois.gov/research/legalinformation/regulations.html',
    ),
  ),
];

// ---- Oklahoma -----------------------------------------------------------------------------------

const OK_IMPOSITION = cite(
  'Oklahoma Legislature',
  '68 O.S. § 1354, Tax levied',
  '§ 1354(A)',
  'https://oklahoma.gov/tax/businesses/sales-use.html',
);
const OK_GROCERY = cite(
  'Oklahoma Legislature',
  'H.B. 1955 (2024), 68 O.S. § 1354 (state tax on food and food ingredients reduced to 0%), effective August 29, 2024',
  '§ 1354',
  'https://oklahoma.gov/tax/businesses/sales-use.html',
  '2024-02-27',
);
const OK_GROCERY_READ = [
  read(
    'https://www.bartlesvilleradio.com/pages/news/430802024/oklahoma-grocery-sales-tax-elimination-goes-into-effect-thursday',
    'Bartlesville Radio, August 26, 2024',
    'the 4.5% state sales tax on groceries will be eliminated on Thursday ... The exemption for food and food ingredients ... applies only to the state portion of the sales tax rate. All local sales and use taxes still apply.',
  ),
  read(
    'https://yourokmulgee.com/2024/08/28/oklahoma-grocery-sales-tax-cut',
    'Okmulgee news, August 28, 2024',
    'Starting tomorrow, Aug. 29 ... Thanks to House Bill 1955 (HB1955) passed in 2024, the state is eliminating the 4.5% state sales tax on groceries.',
  ),
];

const OKLAHOMA: SalesTaxRule[] = [
  general('OK', OK_IMPOSITION),
  clothingTaxable('OK', OK_IMPOSITION),
  taxability('OK', 'grocery', {
    to: '2024-08-28',
    stateTreatment: TAXABLE,
    summary:
      'Oklahoma taxed food and food ingredients at the full state and local rates until August 28, 2024.',
    citation: OK_GROCERY,
    readAt: OK_GROCERY_READ,
  }),
  taxability('OK', 'grocery', {
    from: '2024-08-29',
    stateTreatment: EXEMPT,
    localTreatment: TAXABLE,
    summary:
      'Oklahoma: from August 29, 2024 food and food ingredients bear no state tax (H.B. 1955); county and city taxes still apply.',
    citation: OK_GROCERY,
    readAt: OK_GROCERY_READ,
  }),
  taxability('OK', 'digital', {
    stateTreatment: EXEMPT,
    summary:
      'Oklahoma does not tax electronically delivered digital products (not tangible personal property).',
    citation: cite(
      'Oklahoma Legislature',
      '68 O.S. § 1352 (definitions: tangible personal property)',
      '§ 1352',
      'https://oklahoma.gov/tax/businesses/sales-use.html',
    ),
    readAt: [asKnown('Oklahoma: digital downloads not taxed')],
  }),
  giftCard('OK', OK_IMPOSITION),
  shipping('OK', 'EXEMPT', {
    summary:
      'Oklahoma: separately stated delivery charges by common carrier are not part of the taxable gross receipts.',
    citation: cite(
      'Oklahoma Tax Commission',
      'Okla. Admin. Code § 710:65-19-70, Delivery charges',
      '§ 710:65-19-70(b), separately-stated delivery charges',
      'https://oklahoma.gov/tax/businesses/sales-use.html',
    ),
    readAt: [
      read(
        'https://casetext.com/regulation/oklahoma-administrative-code/title-710-oklahoma-tax-commission/chapter-65-sales-and-use-tax/subchapter-19-specific-applications-and-examples/part-7-d/section-71065-19-70-delivery-charges',
        'Okla. Admin. Code § 710:65-19-70, Delivery charges (current through December 16, 2024)',
        'In every case where a delivery charge represents the cost of transporting the items sold from the vendor to the consumer, and is separately-stated on the invoice or statement, such charges are not subject to sales tax.',
      ),
    ],
    note: "A third-party help page read here says Oklahoma shipping follows the goods; the Tax Commission's own rule, read above, exempts separately stated delivery, and is followed.",
  }),
  destination(
    'OK',
    cite(
      'Oklahoma Legislature',
      '68 O.S. § 1354.27, Sourcing (Streamlined destination rules)',
      '§ 1354.27',
      'https://oklahoma.gov/tax/businesses/sales-use.html',
    ),
  ),
  ssutaRounding('OK'),
];

export const STATE_RULES: readonly SalesTaxRule[] = [
  ...TEXAS,
  ...CALIFORNIA,
  ...NEW_YORK,
  ...FLORIDA,
  ...GEORGIA,
  ...COLORADO,
  ...WASHINGTON,
  ...ARIZONA,
  ...NORTH_CAROLINA,
  ...NEW_JERSEY,
  ...ILLINOIS,
  ...OKLAHOMA,
];
