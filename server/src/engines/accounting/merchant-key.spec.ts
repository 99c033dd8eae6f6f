import { describe, expect, it } from 'vitest';
import { merchantKey } from './merchant-key.js';

describe('merchantKey', () => {
  it.each([
    // Processor prefixes and store numbers.
    ['SQ *BLUE BOTTLE 4432', 'BLUE BOTTLE'],
    ['SQ*BLUE BOTTLE 0917', 'BLUE BOTTLE'],
    ['TST* RED OAK KITCHEN AUSTIN TX', 'RED OAK KITCHEN'],
    ['TST*RED OAK KITCHEN 0412', 'RED OAK KITCHEN'],
    ['PAYPAL *UPWORK 4029357733', 'UPWORK'],
    ['SP * ECOENCLOSE', 'ECOENCLOSE'],
    ['PMUSA*PARKMOBILE 123456 GA', 'PARKMOBILE'],
    ['BILL.COM *CEDAR BOOKKEEPING 8K2LQ7MA', 'CEDAR BOOKKEEPING'],
    // Bank wrappers with dates and card digits.
    ['POS DEBIT 0312 USPS PO 4819 AUSTIN TX', 'USPS PO'],
    ['CHECKCARD 1104 UPS*1Z999AA10123456784', 'UPS'],
    [
      'PURCHASE AUTHORIZED ON 03/12 SHELL OIL 57444231808 AUSTIN TX S386071234567890 CARD 4821',
      'SHELL OIL',
    ],
    ['DEBIT CARD PURCHASE THE HOME DEPOT 6543 AUSTIN, TX XXXX0937', 'HOME DEPOT'],
    ['POS PURCHASE STARBUCKS STORE 12345 Austin TX', 'STARBUCKS STORE'],
    ['ACH DEBIT AUSTIN ENERGY WEB PMT', 'AUSTIN ENERGY'],
    ['ELECTRONIC WITHDRAWAL ETSY INC SELLER FEE', 'ETSY SELLER FEE'],
    ['ONLINE PMT EASTSIDE MAKERS RENT CONF 8W52KCFB', 'EASTSIDE MAKERS RENT'],
    ['ZELLE TO MARISOL VEGA PHOTO ON 04/08 REF # 6L4K8JPR6E0', 'MARISOL VEGA PHOTO'],
    // Bank of America's ACH layout.
    ['GUSTO DES:NET 123456 ID:7ABC12XYZ INDN:JUNIPER LANE GOODS CO ID:9876543210 CCD', 'GUSTO'],
    ['SQUARE INC DES:FEES ID:AB12CD34EF INDN:JUNIPER LANE GOODS', 'SQUARE'],
    ['HISCOX INSURANCE PREMIUM PPD ID: 1234567890', 'HISCOX INSURANCE PREMIUM'],
    // Reference codes glued to a word, web addresses, phone numbers, aliases.
    ['GOOGLE *ADS4829375', 'GOOGLE ADS'],
    ['GOOGLE*ADS1234567890 cc@google.com CA', 'GOOGLE ADS'],
    ['FACEBK *ADS 8J2K3L', 'FACEBOOK ADS'],
    ['FACEBK *8J2K3LMN92 MENLO PARK CA', 'FACEBOOK'],
    ['AMZN Mktp US*2K4LM91Q2', 'AMAZON'],
    ['Amazon.com*2K4LM91Q2 Amzn.com/bill WA', 'AMAZON'],
    ['AMAZON MKTPL*2K4LM91Q2', 'AMAZON'],
    ['UBER *TRIP HELP.UBER.COM CA', 'UBER TRIP'],
    ['UBER *EATS 8FJ2KD HELP.UBER.COM CA', 'UBER EATS'],
    ['SHOPIFY.COM/CHARGE ON', 'SHOPIFY'],
    ['ETSY.COM - FEES', 'ETSY FEES'],
    ['ETSY, INC. FEES', 'ETSY FEES'],
    ['LAGUNA CLAY CO 626-330-0631 CA', 'LAGUNA CLAY'],
    ['CANDLESCIENCE.COM 919-2300 NC', 'CANDLESCIENCE'],
    ['ATT*BILL PAYMENT 800-288-2020 TX', 'AT&T BILL'],
    ['SOUTHWES 5261234567890 800-435-9792 TX', 'SOUTHWEST'],
    ["Torchy's Tacos", 'TORCHYS TACOS'],
    ['CANVA* 26057492 CANVA.COM DE', 'CANVA'],
    // City and state tails, function words not counted in the three-word cap.
    ['SKUTT CERAMIC PRODUCTS PORTLAND OR', 'SKUTT CERAMIC PRODUCTS'],
    ['COURTYARD BY MARRIOTT ATLANTA GA', 'COURTYARD BY MARRIOTT'],
    ['CITY OF AUSTIN PERMIT 8907915', 'CITY OF AUSTIN PERMIT'],
    ['CITY OF AUSTIN UTILITIES WEB PMT', 'CITY OF AUSTIN UTILITIES'],
    ['MONTHLY SERVICE FEE', 'MONTHLY SERVICE FEE'],
  ])('%s -> %s', (description, key) => {
    expect(merchantKey(description)).toBe(key);
  });

  it('is the same for every transaction of a merchant in one statement layout', () => {
    const keys = (descriptions: string[]) => new Set(descriptions.map(merchantKey));
    expect(
      keys([
        'SQ *BLUE BOTTLE 4432',
        'SQ *BLUE BOTTLE 0187',
        'POS DEBIT 0101 SQ *BLUE BOTTLE 9921',
        'CHECKCARD 0704 SQ *BLUE BOTTLE 1203 21234567890123456789012',
      ]),
    ).toEqual(new Set(['BLUE BOTTLE']));
    expect(
      keys([
        'AMZN Mktp US*2K4LM91Q2',
        'AMZN Mktp US*H9PBWZ2TH',
        'AMZN MKTP US*PPGMP2RH1 AMZN.COM/BILL WA',
        'Amazon.com*X1Y2Z3W4V Amzn.com/bill WA',
      ]),
    ).toEqual(new Set(['AMAZON']));
    expect(
      keys([
        'GUSTO PAY 123456 JUNIPER LANE',
        'GUSTO PAY 654321 JUNIPER LANE',
        'GUSTO PAY 000017 JUNIPER LANE',
      ]),
    ).toEqual(new Set(['GUSTO PAY JUNIPER']));
  });

  it('keeps merchants that share a word apart (Uber rides and Uber Eats; Google Ads, Fi, Workspace)', () => {
    expect(merchantKey('UBER *TRIP')).not.toBe(merchantKey('UBER *EATS'));
    const google = ['GOOGLE *ADS4829375', 'GOOGLE *FI 4Z2K8', 'GOOGLE*WORKSPACE JUNIPE'];
    expect(new Set(google.map(merchantKey)).size).toBe(3);
  });

  it('never returns an empty key, even for a description that is all numbers and prefixes', () => {
    expect(merchantKey('SQ *4432')).toBe('SQ');
    expect(merchantKey('  12345  ')).toBe('12345');
    expect(merchantKey('POS DEBIT 0312 TX')).toBe('TX');
  });
});
