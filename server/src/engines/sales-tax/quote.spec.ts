import { describe, expect, it } from 'vitest';
import { rational } from '../tax-rules/rational.js';
import { addDays } from '../tax-rules/iso-date.js';
import * as x from './exact.js';
import { computeQuote, quoteSalesTax, SALES_TAX_RULE_SET_VERSION } from './quote.js';
import { SALES_TAX_RULE_SET } from './rules/rule-set.js';
import {
  cite,
  read,
  taxability,
  taxOnlyExcessOver,
  TAXABLE,
  EXEMPT,
  shipping,
  sourcing,
  rounding,
} from './rules/build.js';
import { findSalesTaxRule } from './rules/find.js';
import type { ResolvedAddress } from './jurisdictions/types.js';
import { SALES_TAX_STATES } from './jurisdictions/index.js';
import {
  SALES_TAX_CATEGORIES,
  SalesTaxInputError,
  type SalesTaxCategory,
  type SalesTaxLineInput,
  type SalesTaxQuote,
  type SalesTaxQuoteInput,
} from './types.js';

/** The demo shop's studio, where every parcel leaves from. */
const AUSTIN = { line1: '1208 S Lamar Blvd', city: 'Austin', state: 'TX', postalCode: '78704' };
/** A date every shipped rate table covers (the tables start 2025-12-01). */
const DATE = '2026-03-02';

function line(
  id: string,
  category: SalesTaxCategory,
  unitPriceCents: number,
  quantity = 1,
): SalesTaxLineInput {
  return { id, category, quantity, unitPriceCents };
}

function quote(
  shipTo: { state: string; postalCode: string; city?: string },
  lines: SalesTaxLineInput[],
  extra: Partial<SalesTaxQuoteInput> = {},
): SalesTaxQuote {
  return quoteSalesTax({ date: DATE, shipFrom: AUSTIN, shipTo, lines, shippingCents: 0, ...extra });
}

/** Invariants every quote keeps: the parts add up exactly. */
function expectConsistent(q: SalesTaxQuote): void {
  expect(q.jurisdictions.reduce((a, j) => a + j.taxCents, 0)).toBe(q.totalTaxCents);
  expect(q.lines.reduce((a, l) => a + l.taxCents, 0) + q.shipping.taxCents).toBe(q.totalTaxCents);
  expect(q.totalCents).toBe(q.subtotalCents + q.shipping.amountCents + q.totalTaxCents);
  for (const l of q.lines) expect(l.taxableCents + l.exemptCents).toBe(l.amountCents);
  expect(q.ruleSetVersion).toBe(SALES_TAX_RULE_SET_VERSION);
  for (const rule of q.rulesUsed) {
    expect(rule.citation.title).not.toBe('');
    expect(rule.citation.url).not.toBe('');
  }
}

const byId = (q: SalesTaxQuote, id: string) => {
  const found = q.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found;
};

describe('JL-1042: two mugs, a candle and Earl Grey tea from Austin to Los Angeles 90026', () => {
  const q = quote(
    { state: 'CA', postalCode: '90026', city: 'Los Angeles' },
    [
      line('MUG-SPK-12', 'general', 3400, 2),
      line('CDL-FIG-8', 'general', 2600),
      line('TEA-EGC-50', 'grocery', 1400),
    ],
    { shippingCents: 800 },
  );

  it('is sourced to the destination: the shop is a remote seller in California', () => {
    expect(q.sourcing).toBe('DESTINATION');
    expect(q.address.postalCode).toBe('90026');
    expect(q.originAddress).toBeNull();
  });

  it('taxes the mugs and candle at 9.75%, not the tea, not the separately stated postage', () => {
    expect(q.combinedRate).toBe('0.0975');
    expect(q.subtotalCents).toBe(10_800);
    expect(q.taxableCents).toBe(9_400);
    expect(byId(q, 'TEA-EGC-50')).toMatchObject({
      treatment: 'EXEMPT',
      taxCents: 0,
      exemptCents: 1_400,
    });
    expect(q.shipping).toMatchObject({ amountCents: 800, taxableCents: 0, taxCents: 0 });
    // $94.00 × 9.75% = $9.165, rounded once on the invoice: $9.17.
    expect(q.totalTaxCents).toBe(917);
    expect(q.totalCents).toBe(10_800 + 800 + 917);
    expectConsistent(q);
  });

  it('shares the rounded cent by largest remainder: the county (23.5 cents exact) gets it', () => {
    // Exact: state 6% 564, county 0.25% 23.5, districts 3.5% 329 = 916.5 -> 917.
    expect(q.jurisdictions.map((j) => [j.level, j.rate, j.taxCents])).toEqual([
      ['STATE', '0.06', 564],
      ['COUNTY', '0.0025', 24],
      ['SPECIAL', '0.035', 329],
    ]);
    // Lines: mugs 663 exact, candle 253.5 -> the leftover cent goes to the candle.
    expect(q.lines.map((l) => l.taxCents)).toEqual([663, 254, 0]);
  });

  it('names the rules it used with their citations and the rule-set version', () => {
    const ids = q.rulesUsed.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'sales-tax/CA/general/2020-01-01',
        'sales-tax/CA/grocery/2020-01-01',
        'sales-tax/CA/shipping/2020-01-01',
        'sales-tax/CA/sourcing/2020-01-01',
        'sales-tax/CA/rounding/2020-01-01',
      ]),
    );
    expect(
      q.rulesUsed.find((r) => r.id === 'sales-tax/CA/shipping/2020-01-01')?.citation.title,
    ).toContain('Regulation 1628');
    expect(q.ruleSetVersion).toBe('us-sales-tax/2026-12-03.1');
  });

  it('is deterministic', () => {
    const again = quote(
      { state: 'CA', postalCode: '90026', city: 'Los Angeles' },
      [
        line('MUG-SPK-12', 'general', 3400, 2),
        line('CDL-FIG-8', 'general', 2600),
        line('TEA-EGC-50', 'grocery', 1400),
      ],
      { shippingCents: 800 },
    );
    expect(again).toEqual(q);
  });
});

describe('sourcing', () => {
  it("Texas in-state: an Austin order shipped to Houston is taxed at Austin's 8.25% (origin)", () => {
    const q = quote(
      { state: 'TX', postalCode: '77098', city: 'Houston' },
      [line('mug', 'general', 3400)],
      { shippingCents: 500 },
    );
    expect(q.sourcing).toBe('ORIGIN');
    expect(q.originAddress?.postalCode).toBe('78704');
    expect(q.jurisdictions.map((j) => j.code)).toEqual([
      'TX-STATE',
      'TX-CITY-AUSTIN',
      'TX-SPECIAL-AUSTIN-MTA',
    ]);
    expect(q.combinedRate).toBe('0.0825');
    // Delivery of a taxable mug is taxable in Texas: ($34.00 + $5.00) × 8.25% = $3.2175 -> $3.22.
    expect(q.shipping.taxableCents).toBe(500);
    expect(q.totalTaxCents).toBe(322);
    expect(q.sourcingReason).toContain('Rule 3.334');
    expectConsistent(q);
  });

  it("a remote seller ships into Texas: Houston's own rates (destination)", () => {
    const q = quoteSalesTax({
      date: DATE,
      shipFrom: { state: 'CA', postalCode: '90026' },
      shipTo: { state: 'TX', postalCode: '77098' },
      lines: [line('mug', 'general', 3400)],
      shippingCents: 0,
    });
    expect(q.sourcing).toBe('DESTINATION');
    expect(q.jurisdictions.map((j) => j.code)).toEqual([
      'TX-STATE',
      'TX-77098-CITY',
      'TX-77098-SPECIAL',
    ]);
  });

  it("California in-state (modified origin): the statewide 7.25% and the Los Angeles destination's district taxes; the San Francisco origin is kept for the Bradley-Burns allocation", () => {
    const q = quoteSalesTax({
      date: DATE,
      shipFrom: { state: 'CA', postalCode: '94103', city: 'San Francisco' },
      shipTo: { state: 'CA', postalCode: '90026' },
      lines: [line('mug', 'general', 10_000)],
      shippingCents: 0,
    });
    expect(q.sourcing).toBe('MIXED');
    expect(q.originAddress?.postalCode).toBe('94103');
    expect(q.jurisdictions.map((j) => j.code)).toEqual([
      'CA-STATE',
      'CA-90026-COUNTY',
      'CA-90026-SPECIAL',
    ]);
    // Not San Francisco's 8.625%: the districts are the destination's.
    expect(q.combinedRate).toBe('0.0975');
    expect(q.totalTaxCents).toBe(975);
    expect(q.sourcingReason).toContain('district taxes go to the buyer');
  });
});

describe('New York clothing and footwear under $110 an item', () => {
  const NYC = { state: 'NY', postalCode: '10001', city: 'New York' };
  it('$109.99 shoes shipped to New York City: exempt from the state 4%, the city 4.5% and the MCTD 0.375%', () => {
    const q = quote(NYC, [line('shoes', 'clothing', 10_999)]);
    expect(byId(q, 'shoes')).toMatchObject({ treatment: 'EXEMPT', taxableCents: 0, taxCents: 0 });
    expect(q.totalTaxCents).toBe(0);
  });

  it('$110.00 shoes: fully taxable at 8.875% ($9.7625 -> $9.76)', () => {
    const q = quote(NYC, [line('shoes', 'clothing', 11_000)]);
    expect(byId(q, 'shoes')).toMatchObject({
      treatment: 'TAXABLE',
      taxableCents: 11_000,
      taxCents: 976,
    });
  });

  it('the threshold is per item: two $60 shirts ($120) are both exempt', () => {
    expect(quote(NYC, [line('shirts', 'clothing', 6_000, 2)]).totalTaxCents).toBe(0);
  });

  it('a town named like an electing county is not that county: region COLUMBIA (13439, the Town of Columbia in Herkimer County) keeps its 4.25% county tax', () => {
    const q = quote({ state: 'NY', postalCode: '13439' }, [line('shirt', 'clothing', 5_000)]);
    expect(q.address.regionName).toBe('COLUMBIA');
    expect(q.totalTaxCents).toBe(213); // 5,000 × 4.25% = 212.5
  });

  it('outside an electing locality (Brookhaven, Suffolk County) only the state 4% is lifted: county 4.375% + MCTD 0.375% remain', () => {
    const q = quote({ state: 'NY', postalCode: '00501' }, [line('shoes', 'clothing', 10_999)]);
    // $109.99 × 4.75% = $5.224525 -> $5.22.
    expect(byId(q, 'shoes')).toMatchObject({ treatment: 'PARTIAL', taxCents: 522 });
    expect(q.jurisdictions.find((j) => j.level === 'STATE')?.taxCents).toBe(0);
  });
});

describe('New York shipping (TB-ST-838)', () => {
  const NYC = { state: 'NY', postalCode: '10001', city: 'New York' };
  it('one shipping charge on a bill with a taxable mug and exempt tea is taxable in full', () => {
    const q = quote(NYC, [line('mug', 'general', 3_400), line('tea', 'grocery', 1_400)], {
      shippingCents: 800,
    });
    // ($34.00 + $8.00) × 8.875% = $3.7275 -> $3.73.
    expect(q.shipping).toMatchObject({ taxableCents: 800, taxCents: 71 });
    expect(q.totalTaxCents).toBe(373);
  });
  it('shipping only exempt goods (tea, a $60 shirt in New York City) is not taxed', () => {
    const q = quote(NYC, [line('tea', 'grocery', 1_400), line('shirt', 'clothing', 6_000)], {
      shippingCents: 800,
    });
    expect(q.shipping).toMatchObject({ taxableCents: 0, taxCents: 0 });
    expect(q.totalTaxCents).toBe(0);
  });
});

describe("worked examples from the states' own publications", () => {
  it('Texas Comptroller FAQ: a $250.00 item at 8.25% is $20.625, charged $20.63', () => {
    expect(
      quote({ state: 'TX', postalCode: '78704' }, [line('item', 'general', 25_000)]).totalTaxCents,
    ).toBe(2_063);
  });
  it('Texas Comptroller FAQ: three T-shirts $10, $25 and $50 on one invoice are taxed on $85 ($7.0125 -> $7.01; per item it would be $7.02, which Texas does not allow)', () => {
    const shirts = [
      line('t10', 'clothing', 1_000),
      line('t25', 'clothing', 2_500),
      line('t50', 'clothing', 5_000),
    ];
    const q = quote({ state: 'TX', postalCode: '78704' }, shirts);
    expect(q.taxableCents).toBe(8_500);
    expect(q.totalTaxCents).toBe(701);
    // 82.5, 206.25, 412.5 exact; the 701 shared by largest remainder of the quotas (82.47, 206.18, 412.35).
    expect(q.lines.map((l) => l.taxCents)).toEqual([83, 206, 412]);
    expect(q.rounding.mode).toBe('PER_INVOICE');
  });
  it('NY TB-ST-838: table and chairs $3,500.00 + transportation $250.00 by common carrier: tax on $3,750.00 (New York City 8.875% = $332.81)', () => {
    const q = quote(
      { state: 'NY', postalCode: '10001' },
      [line('table-and-chairs', 'general', 350_000)],
      { shippingCents: 25_000 },
    );
    expect(q.taxableCents).toBe(375_000);
    expect(q.totalTaxCents).toBe(33_281); // 375,000 × 8.875% = 33,281.25
  });
  it('FL Rule 12A-1.045(3)(b)1: a $500.00 tank with a $25.00 delivery fee the buyer cannot avoid: taxable amount $525.00 (Orlando 6.5% = $34.13)', () => {
    const q = quote({ state: 'FL', postalCode: '32801' }, [line('tank', 'general', 50_000)], {
      shippingCents: 2_500,
    });
    expect(q.taxableCents).toBe(52_500);
    expect(q.totalTaxCents).toBe(3_413); // 52,500 × 6.5% = 3,412.5, half a cent up
  });
  it('OK OAC 710:65-19-70(b): separately stated delivery is not taxed', () => {
    const q = quote({ state: 'OK', postalCode: '73102' }, [line('mug', 'general', 3_400)], {
      shippingCents: 900,
    });
    expect(q.shipping.taxCents).toBe(0);
  });
  it('AZ R15-5-133(A): separately stated delivery from the retailer to the buyer is not taxed', () => {
    const q = quote({ state: 'AZ', postalCode: '85004' }, [line('mug', 'general', 3_400)], {
      shippingCents: 900,
    });
    expect(q.shipping.taxCents).toBe(0);
  });
});

describe('Florida discretionary surtax on the first $5,000 of a single item', () => {
  const ORLANDO = { state: 'FL', postalCode: '32801', city: 'Orlando' };
  it('a $6,000 item: 6% state on $6,000, the 0.5% Orange County surtax on $5,000 only', () => {
    const q = quote(ORLANDO, [line('kiln', 'general', 600_000)]);
    expect(q.jurisdictions.map((j) => [j.level, j.taxableCents, j.taxCents])).toEqual([
      ['STATE', 600_000, 36_000],
      ['COUNTY', 500_000, 2_500],
    ]);
    expect(q.totalTaxCents).toBe(38_500);
    expect(byId(q, 'kiln').treatment).toBe('PARTIAL');
  });

  it('the cap applies per item: two $6,000 items pay surtax on $10,000', () => {
    const q = quote(ORLANDO, [line('kiln', 'general', 600_000, 2)]);
    expect(q.jurisdictions.find((j) => j.level === 'COUNTY')?.taxCents).toBe(5_000);
  });

  it('a $4,000 item is below the cap: 6.5% on all of it', () => {
    expect(quote(ORLANDO, [line('kiln', 'general', 400_000)]).totalTaxCents).toBe(26_000);
  });
});

describe('Illinois groceries: 1% state rate through 2025, none from January 1, 2026', () => {
  const SPRINGFIELD = { state: 'IL', postalCode: '62701', city: 'Springfield' };
  it('Earl Grey tea $14.00 on 2025-12-15: 1% = 14 cents, no local tax', () => {
    const q = quote(SPRINGFIELD, [line('tea', 'grocery', 1_400)], { date: '2025-12-15' });
    expect(byId(q, 'tea')).toMatchObject({ treatment: 'REDUCED_RATE', taxCents: 14 });
    expect(byId(q, 'tea').ruleIds[0]).toBe('sales-tax/IL/grocery/2020-01-01');
  });
  it('the same tea on 2026-01-15: no state tax', () => {
    const q = quote(SPRINGFIELD, [line('tea', 'grocery', 1_400)], { date: '2026-01-15' });
    expect(byId(q, 'tea')).toMatchObject({ treatment: 'EXEMPT', taxCents: 0 });
    expect(byId(q, 'tea').ruleIds[0]).toBe('sales-tax/IL/grocery/2026-01-01');
  });
  it('a mug in Springfield bears the full 9.75%', () => {
    expect(quote(SPRINGFIELD, [line('mug', 'general', 3_400)]).totalTaxCents).toBe(332); // 331.5 -> 332
  });
});

describe('rounding: per invoice vs per line', () => {
  const SEATTLE = { state: 'WA', postalCode: '98101', city: 'Seattle' };
  const threeTins = [
    line('a', 'general', 100),
    line('b', 'general', 100),
    line('c', 'general', 100),
  ];

  it('Seattle 10.55%: three $1.00 lines are 31.65 cents exact; the invoice rounds once to 32, each line to 11 (33)', () => {
    const invoice = quote(SEATTLE, threeTins);
    const perLine = quote(SEATTLE, threeTins, { roundingMode: 'PER_LINE' });
    expect(invoice.combinedRate).toBe('0.1055');
    expect(invoice.rounding.mode).toBe('PER_INVOICE');
    expect(invoice.totalTaxCents).toBe(32);
    expect(invoice.lines.map((l) => l.taxCents)).toEqual([11, 11, 10]);
    expect(perLine.totalTaxCents).toBe(33);
    expect(perLine.lines.map((l) => l.taxCents)).toEqual([11, 11, 11]);
    expectConsistent(invoice);
    expectConsistent(perLine);
    // Per line, the jurisdictions still add up to the total: 33 shared 6.5 : 4.05.
    expect(perLine.jurisdictions.map((j) => j.taxCents)).toEqual([20, 13]);
  });

  it('Texas rounds on the invoice only: PER_LINE is refused', () => {
    expect(() =>
      quote({ state: 'TX', postalCode: '77098' }, threeTins, { roundingMode: 'PER_LINE' }),
    ).toThrow(expect.objectContaining({ code: 'ROUNDING_MODE_NOT_ALLOWED' }));
  });

  it("half a cent rounds up: $1.00 at Austin's 8.25% is 8.25 cents -> 8; $2.00 is 16.5 -> 17", () => {
    expect(
      quote({ state: 'TX', postalCode: '78704' }, [line('a', 'general', 100)]).totalTaxCents,
    ).toBe(8);
    expect(
      quote({ state: 'TX', postalCode: '78704' }, [line('a', 'general', 200)]).totalTaxCents,
    ).toBe(17);
  });
});

describe("every state's treatment of clothing, groceries, digital goods, gift cards and shipping", () => {
  // A mug $34, a T-shirt $20, tea $14, a digital download $10, a $50 gift card; $10.00 shipping.
  const lines = [
    line('mug', 'general', 3_400),
    line('tee', 'clothing', 2_000),
    line('tea', 'grocery', 1_400),
    line('ebook', 'digital', 1_000),
    line('card', 'gift-card', 5_000),
  ];
  const cases: Array<[string, string, Record<string, string>, number]> = [
    // state, ZIP, treatments of tee/tea/ebook, shipping taxable cents (the most any jurisdiction taxes)
    ['TX', '77098', { tee: 'TAXABLE', tea: 'EXEMPT', ebook: 'TAXABLE' }, 500], // 10 × 6400/12800
    ['CA', '90026', { tee: 'TAXABLE', tea: 'EXEMPT', ebook: 'EXEMPT' }, 0],
    ['NY', '10001', { tee: 'EXEMPT', tea: 'EXEMPT', ebook: 'EXEMPT' }, 1_000], // one charge, a taxable mug: all of it
    ['FL', '32801', { tee: 'TAXABLE', tea: 'EXEMPT', ebook: 'EXEMPT' }, 422], // 10 × 5400/12800 = 421.9
    ['GA', '30303', { tee: 'TAXABLE', tea: 'PARTIAL', ebook: 'TAXABLE' }, 609], // locals: 7800/12800
    ['CO', '80202', { tee: 'TAXABLE', tea: 'PARTIAL', ebook: 'TAXABLE' }, 609], // Denver: 7800/12800
    ['WA', '98101', { tee: 'TAXABLE', tea: 'EXEMPT', ebook: 'TAXABLE' }, 500],
    ['AZ', '85004', { tee: 'TAXABLE', tea: 'PARTIAL', ebook: 'TAXABLE' }, 0],
    ['NC', '27601', { tee: 'TAXABLE', tea: 'REDUCED_RATE', ebook: 'TAXABLE' }, 609], // county: 7800/12800
    ['NJ', '07102', { tee: 'EXEMPT', tea: 'EXEMPT', ebook: 'TAXABLE' }, 344], // 4400/12800 = 343.75
    ['IL', '62701', { tee: 'TAXABLE', tea: 'EXEMPT', ebook: 'EXEMPT' }, 422],
    ['OK', '73102', { tee: 'TAXABLE', tea: 'PARTIAL', ebook: 'EXEMPT' }, 0],
  ];

  it.each(cases)('%s %s', (state, postalCode, treatments, shippingTaxable) => {
    const q = quote({ state, postalCode }, lines, { shippingCents: 1_000 });
    expect(
      Object.fromEntries(['tee', 'tea', 'ebook'].map((id) => [id, byId(q, id).treatment])),
    ).toEqual(treatments);
    expect(byId(q, 'mug').treatment).toBe('TAXABLE');
    expect(byId(q, 'card')).toMatchObject({ treatment: 'EXEMPT', taxCents: 0 });
    expect(q.shipping.taxableCents).toBe(shippingTaxable);
    expectConsistent(q);
  });

  it('North Carolina: food at the flat 2% local rate, transit tax not on food; shipping prorated ($5.55)', () => {
    const q = quote({ state: 'NC', postalCode: '27601' }, lines.slice(0, 4), {
      shippingCents: 1_000,
    });
    // Raleigh 4.75% + 2% + 0.5% transit = 7.25%. Mug 246.5 + tee 145 + tea 1400 × 2% = 28 +
    // ebook 72.5 + shipping (820.51 at 7.25% + 179.49 at 2%) 63.08 = 555.08 -> 555.
    expect(byId(q, 'tea').taxCents).toBe(28);
    expect(q.totalTaxCents).toBe(555);
    expect(q.jurisdictions.find((j) => j.level === 'SPECIAL')?.taxableCents).toBe(6_400 + 821);
  });

  it('a gift card alone is never taxed, in any of the twelve states', () => {
    for (const [state, postalCode] of cases) {
      const q = quote({ state, postalCode }, [line('card', 'gift-card', 5_000)], {
        shippingCents: 0,
      });
      expect(q.totalTaxCents).toBe(0);
      expect(q.lines[0]?.reason).toContain('stored value');
    }
  });
});

describe('a thirteenth state in tests only: Massachusetts taxes clothing only above $175 an item', () => {
  // M.G.L. c. 64H § 6(k): clothing exempt up to $175; the excess is taxable. Rate 6.25% (§ 2).
  const MA_CLOTHING = cite(
    'Massachusetts General Court',
    'M.G.L. c. 64H § 6(k), clothing exemption',
    '§ 6(k): the amount of the sales price over $175',
    'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleIX/Chapter64H/Section6',
  );
  const readAt = [
    read(
      '(not re-read here)',
      'M.G.L. c. 64H § 6(k)',
      'from the publication as known; not re-read here',
    ),
  ];
  const ruleSet = {
    version: 'test/ma',
    rules: [
      taxability('MA', 'clothing', {
        stateTreatment: taxOnlyExcessOver(175),
        summary: "Massachusetts taxes only the part of a clothing item's price over $175.",
        citation: MA_CLOTHING,
        readAt,
      }),
      taxability('MA', 'general', {
        stateTreatment: TAXABLE,
        summary: 'taxable',
        citation: MA_CLOTHING,
        readAt,
      }),
      shipping('MA', 'EXEMPT', {
        summary: 'separately stated delivery exempt',
        citation: MA_CLOTHING,
        readAt,
      }),
      sourcing('MA', 'DESTINATION', { summary: 'destination', citation: MA_CLOTHING, readAt }),
      rounding('MA', 'PER_INVOICE', ['PER_INVOICE', 'PER_LINE'], {
        summary: 'half up',
        citation: MA_CLOTHING,
        readAt,
      }),
    ],
  };
  const boston = (): ResolvedAddress => ({
    state: 'MA',
    postalCode: '02108',
    city: 'Boston',
    matchedBy: 'POSTAL_CODE',
    regionName: 'BOSTON',
    jurisdictions: [
      {
        level: 'STATE',
        code: 'MA-STATE',
        name: 'Massachusetts',
        rate: rational(1, 16),
        ruleId: 'test/MA/state-rate',
        source: {
          title: 'M.G.L. c. 64H § 2',
          url: 'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleIX/Chapter64H/Section2',
          asOf: '2009-08-01',
        },
        perItemCapCents: null,
      },
    ],
    combinedRate: rational(1, 16),
    table: { id: 'test', source: 'test', asOf: '2026-01-01' },
    note: null,
  });
  const maQuote = (lines: SalesTaxLineInput[]) =>
    computeQuote(
      {
        date: DATE,
        shipFrom: AUSTIN,
        shipTo: { state: 'MA', postalCode: '02108' },
        lines,
        shippingCents: 0,
      },
      ruleSet,
      boston,
    );

  it('a $200 coat: tax on $25 = $1.5625 -> $1.56', () => {
    const q = maQuote([line('coat', 'clothing', 20_000)]);
    expect(byId(q, 'coat')).toMatchObject({
      treatment: 'PARTIAL',
      taxableCents: 2_500,
      exemptCents: 17_500,
      taxCents: 156,
    });
  });
  it('per item: two $200 coats, tax on $50 = $3.125 -> $3.13; a $50 shirt is exempt', () => {
    const q = maQuote([line('coats', 'clothing', 20_000, 2), line('shirt', 'clothing', 5_000)]);
    expect(q.totalTaxCents).toBe(313);
    expect(byId(q, 'shirt').treatment).toBe('EXEMPT');
  });
});

describe('bad input is a SalesTaxInputError with a code', () => {
  const ok: SalesTaxQuoteInput = {
    date: DATE,
    shipFrom: AUSTIN,
    shipTo: { state: 'CA', postalCode: '90026' },
    lines: [line('a', 'general', 100)],
    shippingCents: 0,
  };
  const cases: Array<[string, Partial<SalesTaxQuoteInput>]> = [
    ['NO_LINES', { lines: [] }],
    ['BAD_AMOUNT', { lines: [line('a', 'general', -1)] }],
    ['BAD_AMOUNT', { lines: [line('a', 'general', 10.5)] }],
    ['BAD_AMOUNT', { shippingCents: -5 }],
    ['BAD_QUANTITY', { lines: [line('a', 'general', 100, 0)] }],
    ['BAD_CATEGORY', { lines: [line('a', 'candy' as SalesTaxCategory, 100)] }],
    ['DUPLICATE_LINE_ID', { lines: [line('a', 'general', 100), line('a', 'general', 100)] }],
    ['BAD_DATE', { date: '2026-02-30' }],
    ['UNSUPPORTED_STATE', { shipTo: { state: 'MA', postalCode: '02108' } }],
    ['UNKNOWN_POSTAL_CODE', { shipTo: { state: 'CA', postalCode: '90000' } }],
    ['POSTAL_CODE_STATE_MISMATCH', { shipTo: { state: 'CA', postalCode: '78704' } }],
    ['BAD_POSTAL_CODE', { shipTo: { state: 'CA', postalCode: 'ABCDE' } }],
    ['NO_RATE_ON_DATE', { date: '2024-06-01' }],
  ];
  it.each(cases)('%s', (code, change) => {
    expect(() => quoteSalesTax({ ...ok, ...change })).toThrow(SalesTaxInputError);
    expect(() => quoteSalesTax({ ...ok, ...change })).toThrow(expect.objectContaining({ code }));
  });
});

describe("an in-state seller's own address is resolved too", () => {
  it('a Texas order from an unknown Texas ZIP names shipFrom in the error', () => {
    expect(() =>
      quoteSalesTax({
        date: DATE,
        shipFrom: { state: 'TX', postalCode: '78000' },
        shipTo: { state: 'TX', postalCode: '77098' },
        lines: [line('a', 'general', 100)],
        shippingCents: 0,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'UNKNOWN_POSTAL_CODE',
        message: expect.stringMatching(/^shipFrom: /),
      }),
    );
  });
});

describe('the rule set', () => {
  const states = ['TX', 'CA', 'NY', 'FL', 'GA', 'CO', 'WA', 'AZ', 'NC', 'NJ', 'IL', 'OK'];
  const rules = SALES_TAX_RULE_SET.rules;

  it('covers exactly the states the jurisdiction tables resolve', () => {
    expect([...new Set(rules.map((r) => r.state))].sort()).toEqual([...SALES_TAX_STATES].sort());
  });

  it('has unique ids, a citation and a source read for every rule', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.citation.url, rule.id).toMatch(/^https?:\/\//);
      expect(rule.readAt.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('gives exactly one rule per state, concept and category on every day from 2020 on (edges checked)', () => {
    const dates = new Set(['2020-01-01', '2026-12-03', '2030-01-01']);
    for (const rule of rules) {
      dates.add(rule.effective.from);
      if (rule.effective.to) {
        dates.add(rule.effective.to);
        dates.add(addDays(rule.effective.to, 1));
      }
    }
    for (const state of states)
      for (const date of dates) {
        for (const concept of ['shipping', 'sourcing', 'rounding'] as const) {
          const matches = rules.filter(
            (r) =>
              r.state === state &&
              r.concept === concept &&
              r.effective.from <= date &&
              (r.effective.to === null || date <= r.effective.to),
          );
          expect(matches.length, `${state} ${concept} ${date}`).toBe(1);
        }
        for (const category of SALES_TAX_CATEGORIES) {
          const matches = rules.filter(
            (r) =>
              r.state === state &&
              r.concept === 'taxability' &&
              r.category === category &&
              r.effective.from <= date &&
              (r.effective.to === null || date <= r.effective.to),
          );
          expect(matches.length, `${state} ${category} ${date}`).toBe(1);
        }
      }
  });

  it('dates the changes: Oklahoma groceries untaxed by the state from 2024-08-29, Georgia digital goods taxed from 2024-01-01', () => {
    const ok = (d: string) =>
      findSalesTaxRule(SALES_TAX_RULE_SET, 'OK', 'taxability', d, 'grocery');
    expect(ok('2024-08-28')?.id).toBe('sales-tax/OK/grocery/2020-01-01');
    expect(ok('2024-08-29')?.id).toBe('sales-tax/OK/grocery/2024-08-29');
    const ga = (d: string) =>
      findSalesTaxRule(SALES_TAX_RULE_SET, 'GA', 'taxability', d, 'digital');
    expect(ga('2023-12-31')?.id).toBe('sales-tax/GA/digital/2020-01-01');
    expect(ga('2024-01-01')?.id).toBe('sales-tax/GA/digital/2024-01-01');
  });
});

describe('apportion (largest remainder)', () => {
  it('gives the leftover cents to the largest fractional remainders; the shares add up', () => {
    const w = [x.cents(564), { n: 47n, d: 2n }, x.cents(329)];
    expect(x.apportion(917, w)).toEqual([564, 24, 329]);
  });
  it('works when the total is below the sum of the floors (per-line rounding down)', () => {
    const w = [x.cents(10), x.cents(10), x.cents(10)];
    expect(x.apportion(20, w)).toEqual([7, 7, 6]);
  });
  it('prints exact decimal rates', () => {
    expect(x.decimalString(rational(1, 16))).toBe('0.0625');
    expect(x.decimalString(rational(211, 2000))).toBe('0.1055');
    expect(x.decimalString(rational(1, 3))).toBe('1/3');
  });
});

void EXEMPT;
