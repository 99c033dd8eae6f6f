import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { ordersOf } from './nexus-sales.js';
import { NexusService, type NexusReport } from './nexus.service.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let seeded: SeededServices;
let nexus: NexusService;
let report: NexusReport;

beforeAll(async () => {
  seeded = await openSeededServices({ now: NOW, actor: 'nexus-spec' });
  nexus = new NexusService(seeded.db.dataSource, { now: () => NOW });
  report = await nexus.exposure(seeded.ctx.workspaceId);
}, 60_000);

afterAll(async () => {
  await seeded?.close();
});

const stateOf = (code: string) => report.states.find((s) => s.state === code);

describe('ordersOf', () => {
  it("hands a day's aggregate to the engine as its orders, the odd cents on the first", () => {
    const sales = ordersOf({
      state: 'GA',
      soldOn: '2025-03-09',
      marketplaceFacilitated: false,
      taxTreatment: 'taxable',
      goodsCents: 1_001,
      orders: 3,
    });
    expect(sales.map((s) => s.amountCents)).toEqual([334, 334, 333]);
    expect(sales.every((s) => s.date === '2025-03-09' && s.kind === 'taxable')).toBe(true);
  });
});

describe('NexusService.exposure on the demo books', () => {
  it("evaluates today on the shop's calendar (Chicago) with every state and DC", () => {
    expect(report.asOf).toBe('2026-11-26');
    expect(report.timeZone).toBe('America/Chicago');
    expect(report.states).toHaveLength(51);
    expect(report.statesSoldInto).toEqual([
      'AZ',
      'CA',
      'CO',
      'FL',
      'GA',
      'IL',
      'NC',
      'NJ',
      'NY',
      'OK',
      'TX',
      'WA',
    ]);
  });

  it('measures a state exactly as a hand SQL sum over its deciding window', async () => {
    const georgia = stateOf('GA');
    const window = georgia?.decidingWindow;
    expect(window).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    const [hand] = (await seeded.db.dataSource.query(
      `SELECT SUM(goods_cents)::int AS cents, SUM(order_count)::int AS orders FROM sale
        WHERE workspace_id = $1 AND ship_to_state = 'GA' AND sold_on BETWEEN $2 AND $3`,
      [seeded.ctx.workspaceId, window?.from, window?.to],
    )) as Array<{ cents: number; orders: number }>;

    expect(window?.salesCents).toBe(hand?.cents);
    expect(window?.transactions).toBe(hand?.orders);
    expect(window?.transactions).toBe(268);
    expect(window?.percent).toBe('134.00%');
  });

  it('finds Georgia MET without registration, New Jersey APPROACHING, the rest BELOW', () => {
    expect(stateOf('GA')).toMatchObject({
      status: 'MET',
      registered: false,
      actionKind: 'REGISTER_NOW',
    });
    expect(stateOf('GA')?.rule?.id).toMatch(/^nexus\/GA\//);
    expect(stateOf('NJ')).toMatchObject({ status: 'APPROACHING', actionKind: 'WATCH' });
    expect(stateOf('NJ')?.decidingWindow?.percent).toBe('87.50%');
    expect(stateOf('TX')).toMatchObject({
      status: 'BELOW',
      registered: true,
      actionKind: 'REGISTERED',
    });
    const below = report.statesSoldInto.filter((s) => !['GA', 'NJ'].includes(s));
    expect(below.map((s) => stateOf(s)?.status)).toEqual(below.map(() => 'BELOW'));
    expect(report.registerNow).toEqual(['GA']);
    expect(report.watch).toEqual(['NJ']);
  });

  it('reads the date on the shop calendar: 03:00 UTC on December 1 is still November 30 in Austin', async () => {
    const lateEvening = new NexusService(seeded.db.dataSource, {
      now: () => new Date('2026-12-01T03:00:00.000Z'),
    });
    expect((await lateEvening.exposure(seeded.ctx.workspaceId)).asOf).toBe('2026-11-30');
  });

  it('refuses a date that is not a calendar date with INVALID_INPUT', async () => {
    await expect(nexus.exposure(seeded.ctx.workspaceId, '2026-02-30')).rejects.toMatchObject({
      errorCode: 'INVALID_INPUT',
    });
  });

  it('evaluates a past tax year at its December 31, the current one today, refuses a future one', async () => {
    expect((await nexus.exposureForTaxYear(seeded.ctx.workspaceId, 2025)).asOf).toBe('2025-12-31');
    expect((await nexus.exposureForTaxYear(seeded.ctx.workspaceId, 2026)).asOf).toBe('2026-11-26');
    await expect(nexus.exposureForTaxYear(seeded.ctx.workspaceId, 2027)).rejects.toMatchObject({
      errorCode: 'INVALID_INPUT',
    });
  });
});
