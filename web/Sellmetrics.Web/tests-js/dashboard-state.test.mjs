import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FEED_LIMIT, applyDelta, applySnapshot, emptyState } from '../wwwroot/js/dashboard/dashboard-state.js';

const fees = (total = 0) => ({ referral: total, fulfillment: 0, storage: 0, other: 0, total });
const totals = (revenue, extra = {}) => ({
  currency: 'USD', revenue, units: 1, orders: 1, fees: fees(1), refunds: 0, reimbursements: 0, cogs: 0,
  recurringCosts: 0, netProfit: revenue - 1, margin: null, roi: null, estimatedFees: 0, ...extra,
});
const tile = (key, revenue) => ({ key, from: '2025-06-01', to: '2025-06-30', totals: [totals(revenue)] });
const day = (date, revenue) => ({ date, totals: [totals(revenue)] });
const row = (marketplaceId, sku, revenue, currency = 'USD') => ({ ...totals(revenue), marketplaceId, sku, currency, asin: null, title: null, unitCost: null });
const event = (id, learnedAt, extra = {}) => ({ id, kind: 'order', learnedAt, occurredAt: learnedAt, marketplaceId: 'ATVPDKIKX0DER', ...extra });

function snapshot(overrides = {}) {
  return {
    asOf: '2025-06-30T12:00:00+00:00',
    today: '2025-06-30',
    view: { from: '2025-06-01', to: '2025-06-30', marketplace: null },
    tiles: [tile('today', 10), tile('yesterday', 20), tile('monthToDate', 30), tile('range', 40)],
    daily: [day('2025-06-02', 2), day('2025-06-01', 1)],
    products: [row('M1', 'A', 5), row('M1', 'B', 6)],
    feed: [event('e1', '2025-06-30T11:00:00+00:00')],
    marketplaces: [{ marketplaceId: 'M1', name: 'Amazon.com' }],
    ...overrides,
  };
}

function delta(overrides = {}) {
  return { asOf: '2025-06-30T12:00:05+00:00', today: '2025-06-30', tiles: [], days: [], products: [], events: [], ...overrides };
}

describe('applySnapshot', () => {
  it('replaces everything the state held', () => {
    const before = applyDelta(applySnapshot(emptyState(), snapshot()), delta({
      products: [{ marketplaceId: 'M9', sku: 'Z', rows: [row('M9', 'Z', 1)] }],
      events: [event('e9', '2025-06-30T11:59:00+00:00')],
    }));
    const after = applySnapshot(before, snapshot({
      asOf: '2025-06-30T13:00:00+00:00',
      tiles: [tile('range', 99)],
      daily: [day('2025-06-03', 3)],
      products: [row('M1', 'C', 7)],
      feed: [],
      marketplaces: [],
    }));

    assert.equal(after.asOf, '2025-06-30T13:00:00+00:00');
    assert.deepEqual(Object.keys(after.tiles), ['range']);
    assert.equal(after.tiles.range.totals[0].revenue, 99);
    assert.deepEqual(after.daily.map((d) => d.date), ['2025-06-03']);
    assert.deepEqual(after.products.map((p) => p.sku), ['C']);
    assert.deepEqual(after.feed, []);
    assert.deepEqual(after.marketplaces, []);
  });

  it('sorts days by date and keeps only those inside the view', () => {
    const state = applySnapshot(emptyState(), snapshot({ daily: [day('2025-06-05', 5), day('2025-05-31', 0), day('2025-06-01', 1), day('2025-07-01', 9)] }));
    assert.deepEqual(state.daily.map((d) => d.date), ['2025-06-01', '2025-06-05']);
  });

  it('orders the feed newest first', () => {
    const state = applySnapshot(emptyState(), snapshot({ feed: [event('old', '2025-06-30T10:00:00+00:00'), event('new', '2025-06-30T11:00:00+00:00')] }));
    assert.deepEqual(state.feed.map((e) => e.id), ['new', 'old']);
  });
});

describe('applyDelta', () => {
  const base = () => applySnapshot(emptyState(), snapshot());

  it('ignores a delta computed for another view, applies one for the shown view', () => {
    const start = base();
    const other = applyDelta(start, delta({ view: { from: '2025-06-24', to: '2025-06-30', marketplace: null }, tiles: [tile('today', 99)] }));
    const same = applyDelta(start, delta({ view: { from: '2025-06-01', to: '2025-06-30', marketplace: null }, tiles: [tile('today', 11)] }));
    assert.equal(other, start);
    assert.equal(same.tiles.today.totals[0].revenue, 11);
  });

  it('replaces the tiles it carries', () => {
    const state = applyDelta(base(), delta({ tiles: [tile('today', 11), tile('range', 41)] }));
    assert.equal(state.tiles.today.totals[0].revenue, 11);
    assert.equal(state.tiles.range.totals[0].revenue, 41);
    assert.equal(state.tiles.yesterday.totals[0].revenue, 20);
    assert.equal(state.asOf, '2025-06-30T12:00:05+00:00');
  });

  it('merges days by date, keeps them sorted and inside the range', () => {
    const state = applyDelta(base(), delta({ days: [day('2025-06-10', 10), day('2025-06-02', 22), day('2025-07-02', 99), day('2025-06-03', 3)] }));
    assert.deepEqual(state.daily.map((d) => [d.date, d.totals[0].revenue]), [
      ['2025-06-01', 1], ['2025-06-02', 22], ['2025-06-03', 3], ['2025-06-10', 10],
    ]);
  });

  it('replaces every row of a marketplace and SKU, and adds new products', () => {
    const start = applyDelta(base(), delta({ products: [{ marketplaceId: 'M1', sku: 'A', rows: [row('M1', 'A', 8, 'USD'), row('M1', 'A', 9, 'CAD')] }] }));
    const state = applyDelta(start, delta({
      asOf: '2025-06-30T12:00:06+00:00',
      products: [
        { marketplaceId: 'M1', sku: 'A', rows: [row('M1', 'A', 12, 'USD')] },
        { marketplaceId: 'M2', sku: 'A', rows: [row('M2', 'A', 1)] },
      ],
    }));
    const bySku = state.products.map((p) => `${p.marketplaceId}/${p.sku}/${p.currency}=${p.revenue}`).sort();
    assert.deepEqual(bySku, ['M1/A/USD=12', 'M1/B/USD=6', 'M2/A/USD=1']);
  });

  it('removes a product whose rows are empty', () => {
    const state = applyDelta(base(), delta({ products: [{ marketplaceId: 'M1', sku: 'B', rows: [] }] }));
    assert.deepEqual(state.products.map((p) => p.sku), ['A']);
  });

  it('dedupes events by id, newest first, at most 50', () => {
    const many = Array.from({ length: 60 }, (_, i) => event(`n${i}`, new Date(Date.UTC(2025, 5, 30, 12, 0, i)).toISOString()));
    const once = applyDelta(base(), delta({ events: [event('e1', '2025-06-30T11:00:00+00:00', { amount: 2 })] }));
    assert.equal(once.feed.length, 1);
    assert.equal(once.feed[0].amount, 2);

    const state = applyDelta(once, delta({ events: [...many].reverse() }));
    assert.equal(state.feed.length, FEED_LIMIT);
    assert.equal(state.feed[0].id, 'n59');
    assert.equal(state.feed[49].id, 'n10');
    assert.equal(new Set(state.feed.map((e) => e.id)).size, FEED_LIMIT);
  });

  it('puts arriving events above older ones', () => {
    const state = applyDelta(base(), delta({ events: [event('e2', '2025-06-30T11:30:00+00:00')] }));
    assert.deepEqual(state.feed.map((e) => e.id), ['e2', 'e1']);
  });

  it('ignores a delta older than what is shown', () => {
    const shown = base();
    const state = applyDelta(shown, delta({ asOf: '2025-06-30T11:59:59+00:00', tiles: [tile('today', 0)] }));
    assert.equal(state, shown);
  });

  it('leaves what the delta does not carry untouched', () => {
    const shown = base();
    const state = applyDelta(shown, delta());
    assert.equal(state.daily, shown.daily);
    assert.equal(state.products, shown.products);
    assert.equal(state.feed, shown.feed);
    assert.equal(state.tiles, shown.tiles);
    assert.equal(state.view, shown.view);
  });

  it('does not change the state it was given', () => {
    const shown = base();
    const copy = structuredClone(shown);
    applyDelta(shown, delta({ tiles: [tile('today', 1)], days: [day('2025-06-04', 4)], products: [{ marketplaceId: 'M1', sku: 'A', rows: [] }], events: [event('x', '2025-06-30T12:00:00Z')] }));
    assert.deepEqual(shown, copy);
  });
});
