// The chart's three series from the daily totals: revenue, costs (revenue − net profit) and net profit, in one currency.
import { sumMoney, totalsIn } from './totals.js';

/** The currency the chart shows: the range tile's main one, else the first any day has. */
export function chartCurrency(rangeTile, daily) {
  return totalsIn(rangeTile?.totals)?.currency ?? daily.find((d) => d.totals?.length)?.totals[0].currency ?? null;
}

export function dailySeries(daily, currency) {
  const labels = [];
  const revenue = [];
  const costs = [];
  const netProfit = [];
  for (const day of daily) {
    const totals = currency ? totalsIn(day.totals, currency) : null;
    const dayRevenue = totals?.revenue ?? 0;
    const dayProfit = totals?.netProfit ?? 0;
    labels.push(day.date);
    revenue.push(dayRevenue);
    netProfit.push(dayProfit);
    costs.push(sumMoney([dayRevenue, -dayProfit]));
  }
  return { currency, labels, revenue, costs, netProfit, revenueSum: sumMoney(revenue), netProfitSum: sumMoney(netProfit) };
}
