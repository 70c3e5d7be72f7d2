// The daily revenue / costs / net profit chart. Created once; every change updates its data in place.
import { dateLabel, money } from '/js/format.js';
import { chartCurrency, dailySeries } from './daily-series.js';
import { setAttr } from './dom-update.js';
import { cssVar, onThemeChange } from './theme-watch.js';

export function createDailyChart(container) {
  const canvas = container.querySelector('canvas#daily-chart');
  const empty = container.querySelector('[data-chart-empty]');
  let currency = null;

  const chart = new window.Chart(canvas, {
    data: {
      labels: [],
      datasets: [
        { type: 'bar', label: 'Revenue', data: [], order: 2 },
        { type: 'bar', label: 'Costs', data: [], order: 3 },
        { type: 'line', label: 'Net profit', data: [], order: 1, tension: 0.25, pointRadius: 2, borderWidth: 2 },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { callback: (_value, index) => shortDay(chart.data.labels[index]), maxRotation: 0, autoSkipPadding: 12 } },
        y: { ticks: { callback: (value) => (currency ? money(value, currency) : value) } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items) => (items.length ? dateLabel(chart.data.labels[items[0].dataIndex]) : ''),
            label: (item) => `${item.dataset.label}: ${currency ? money(item.parsed.y, currency) : item.parsed.y}`,
          },
        },
      },
    },
  });

  function applyColors() {
    const [revenue, costs, profit] = ['--chart-revenue', '--chart-costs', '--chart-profit'].map((name) => cssVar(container, name));
    const text = cssVar(container, '--chart-text') || getComputedStyle(container).color;
    const grid = cssVar(container, '--chart-grid');
    const [revenueSet, costsSet, profitSet] = chart.data.datasets;
    revenueSet.backgroundColor = revenue;
    costsSet.backgroundColor = costs;
    profitSet.borderColor = profit;
    profitSet.backgroundColor = profit;
    for (const axis of Object.values(chart.options.scales)) {
      axis.ticks.color = text;
      axis.grid = { ...axis.grid, color: grid };
      axis.border = { ...axis.border, color: grid };
    }
    chart.options.plugins.legend.labels = { ...chart.options.plugins.legend.labels, color: text };
  }

  applyColors();
  onThemeChange(() => {
    applyColors();
    chart.update('none');
  });

  return {
    update(state) {
      currency = chartCurrency(state.tiles.range, state.daily);
      const series = dailySeries(state.daily, currency);
      chart.data.labels = series.labels;
      chart.data.datasets[0].data = series.revenue;
      chart.data.datasets[1].data = series.costs;
      chart.data.datasets[2].data = series.netProfit;
      chart.update('none');

      setAttr(container, 'data-revenue-sum', series.revenueSum);
      setAttr(container, 'data-net-profit-sum', series.netProfitSum);
      setAttr(container, 'data-points', series.labels.length);
      setAttr(container, 'data-currency', currency ?? '');
      const hasNumbers = series.revenue.some((v) => v !== 0) || series.netProfit.some((v) => v !== 0);
      empty.hidden = hasNumbers;
      setAttr(canvas, 'aria-label', currency
        ? `Daily revenue, costs and net profit, ${series.labels.length} days: revenue ${money(series.revenueSum, currency)}, net profit ${money(series.netProfitSum, currency)}`
        : 'Daily revenue, costs and net profit: no sales in this range yet');
    },
  };
}

const shortDayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

function shortDay(isoDay) {
  if (!isoDay) {
    return '';
  }
  const [year, month, day] = isoDay.split('-').map(Number);
  return shortDayFormat.format(new Date(Date.UTC(year, month - 1, day)));
}
