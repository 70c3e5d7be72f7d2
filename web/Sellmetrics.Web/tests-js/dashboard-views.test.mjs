import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartCurrency, dailySeries } from '../wwwroot/js/dashboard/daily-series.js';
import { viewRows } from '../wwwroot/js/dashboard/products-view.js';
import { addDays, presetRange } from '../wwwroot/js/dashboard/range-presets.js';
import { basisOf, sumMoney, totalsIn } from '../wwwroot/js/dashboard/totals.js';

const t = (currency, revenue, netProfit, estimatedFees = 0) => ({ currency, revenue, netProfit, estimatedFees });

describe('range presets', () => {
  it('count back from today, inclusive', () => {
    assert.deepEqual(presetRange('today', '2025-03-01'), { from: '2025-03-01', to: '2025-03-01' });
    assert.deepEqual(presetRange('7d', '2025-03-01'), { from: '2025-02-23', to: '2025-03-01' });
    assert.deepEqual(presetRange('30d', '2024-03-01'), { from: '2024-02-01', to: '2024-03-01' });
    assert.deepEqual(presetRange('mtd', '2025-03-17'), { from: '2025-03-01', to: '2025-03-17' });
    assert.equal(presetRange('custom', '2025-03-17'), null);
  });

  it('add days across months and years', () => {
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2025-03-30', -30), '2025-02-28');
  });
});

describe('totals', () => {
  it('picks the main or a named currency', () => {
    const list = [t('USD', 1, 0), t('CAD', 2, 0)];
    assert.equal(totalsIn(list).currency, 'USD');
    assert.equal(totalsIn(list, 'CAD').revenue, 2);
    assert.equal(totalsIn([], 'USD'), null);
  });

  it('is estimated while any fee is estimated', () => {
    assert.equal(basisOf([t('USD', 1, 0, 0), t('CAD', 1, 0, 0.5)]), 'estimated');
    assert.equal(basisOf([t('USD', 1, 0, 0)]), 'posted');
    assert.equal(basisOf([]), 'posted');
  });

  it('sums money without float noise', () => {
    assert.equal(sumMoney([0.1, 0.2]), 0.3);
  });
});

describe('daily series', () => {
  it('plots revenue, costs and net profit of one currency, zero on days without it', () => {
    const daily = [
      { date: '2025-06-01', totals: [t('USD', 100, 30)] },
      { date: '2025-06-02', totals: [] },
      { date: '2025-06-03', totals: [t('CAD', 50, 10), t('USD', 10.1, -2.2)] },
    ];
    const currency = chartCurrency({ totals: [t('USD', 110.1, 27.8)] }, daily);
    const series = dailySeries(daily, currency);
    assert.equal(currency, 'USD');
    assert.deepEqual(series.labels, ['2025-06-01', '2025-06-02', '2025-06-03']);
    assert.deepEqual(series.revenue, [100, 0, 10.1]);
    assert.deepEqual(series.costs, [70, 0, 12.3]);
    assert.deepEqual(series.netProfit, [30, 0, -2.2]);
    assert.equal(series.revenueSum, 110.1);
    assert.equal(series.netProfitSum, 27.8);
  });
});

describe('product rows view', () => {
  const rows = Array.from({ length: 30 }, (_, i) => ({
    marketplaceId: 'M1', sku: `SKU-${String(i).padStart(2, '0')}`, currency: 'USD', title: i === 7 ? 'Blue Widget' : null,
    asin: `B0${i}`, units: i, revenue: 100 - i, fees: { total: i }, cogs: 0, netProfit: i % 5, margin: i === 3 ? null : i / 100, roi: null,
  }));

  it('sorts by revenue, largest first, by default and pages by 25', () => {
    const view = viewRows(rows);
    assert.equal(view.rows.length, 25);
    assert.equal(view.rows[0].sku, 'SKU-00');
    assert.equal(view.pageCount, 2);
    const second = viewRows(rows, { page: 1 });
    assert.deepEqual(second.rows.map((r) => r.sku), ['SKU-25', 'SKU-26', 'SKU-27', 'SKU-28', 'SKU-29']);
  });

  it('clamps the page into range', () => {
    assert.equal(viewRows(rows, { page: 9 }).page, 1);
    assert.equal(viewRows(rows, { page: -1 }).page, 0);
  });

  it('sorts either way with empty values last', () => {
    const up = viewRows(rows, { sort: 'margin', direction: 'ascending', pageSize: 100 }).rows;
    assert.equal(up[0].sku, 'SKU-00');
    assert.equal(up.at(-1).sku, 'SKU-03');
    const down = viewRows(rows, { sort: 'margin', direction: 'descending', pageSize: 100 }).rows;
    assert.equal(down[0].sku, 'SKU-29');
    assert.equal(down.at(-1).sku, 'SKU-03');
  });

  it('searches SKU, ASIN and title, ignoring case', () => {
    assert.deepEqual(viewRows(rows, { query: 'blue' }).rows.map((r) => r.sku), ['SKU-07']);
    assert.deepEqual(viewRows(rows, { query: 'sku-1', sort: 'units', direction: 'ascending' }).rows.map((r) => r.sku).slice(0, 2), ['SKU-10', 'SKU-11']);
    assert.equal(viewRows(rows, { query: 'B029' }).total, 1);
    assert.equal(viewRows(rows, { query: 'nothing' }).total, 0);
  });
});
