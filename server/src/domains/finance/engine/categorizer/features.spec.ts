import { describe, expect, it } from 'vitest';
import { amountBucket, transactionFeatures } from './features.js';

describe('transactionFeatures', () => {
  it('names words, number shapes, word pairs, the merchant key, the amount bucket, sign and roundness', () => {
    expect(transactionFeatures('SQ *BLUE BOTTLE 4432', -575)).toEqual([
      'amt:1',
      'b:BLUE_BOTTLE',
      'b:SQ_BLUE',
      'm1:BLUE',
      'm:BLUE BOTTLE',
      'n:9',
      'sign:out',
      'w:BLUE',
      'w:BOTTLE',
      'w:SQ',
    ]);
  });

  it('keeps the word of a reference glued to it (ADS4829375) and the shape of a tracking number', () => {
    const features = transactionFeatures('GOOGLE *ADS4829375', -12_000);
    expect(features).toContain('w:ADS');
    expect(features).toContain('n:A9');
    expect(features).toContain('round:dollars');
    expect(features).not.toContain('round:hundreds');
    expect(transactionFeatures('CHECKCARD 1104 UPS*1Z999AA10123456784', -1_234)).toContain(
      'n:9A9A9',
    );
  });

  it('flags whole hundreds and money in', () => {
    const rent = transactionFeatures('ACH DEBIT EASTSIDE MAKERS LOFTS RENT', -300_000);
    expect(rent).toEqual(expect.arrayContaining(['round:dollars', 'round:hundreds', 'amt:9']));
    expect(transactionFeatures('SHOPIFY PAYOUT', 52_310)).toContain('sign:in');
  });

  it('is case-insensitive and order-stable', () => {
    expect(transactionFeatures('Blue Bottle Coffee', -500)).toEqual(
      transactionFeatures('BLUE BOTTLE COFFEE', -500),
    );
  });
});

describe('amountBucket', () => {
  it.each([
    [0, 0],
    [499, 0],
    [500, 1],
    [-2_499, 2],
    [9_999, 4],
    [10_000, 5],
    [285_000, 9],
    [999_999, 10],
    [1_000_000, 11],
  ])('%i cents -> bucket %i', (cents, bucket) => {
    expect(amountBucket(cents)).toBe(bucket);
  });
});
