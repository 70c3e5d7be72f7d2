// The four total tiles (today, yesterday, month to date, the chosen range), one line per currency.
import { dateLabel, integer, money, percent, time } from '/js/format.js';
import { el } from '/js/dom.js';
import { flash, setAttr, setText } from './dom-update.js';
import { basisOf } from './totals.js';

const TILES = [
  { key: 'today', title: 'Today' },
  { key: 'yesterday', title: 'Yesterday' },
  { key: 'monthToDate', title: 'Month to date' },
  { key: 'range', title: 'Selected range' },
];

const FIELDS = [
  { key: 'revenue', label: 'Revenue', value: (t) => t.revenue, show: (t) => money(t.revenue, t.currency) },
  { key: 'netProfit', label: 'Net profit', value: (t) => t.netProfit, show: (t) => money(t.netProfit, t.currency) },
  { key: 'margin', label: 'Margin', value: (t) => t.margin, show: (t) => percent(t.margin) },
  { key: 'units', label: 'Units', value: (t) => t.units, show: (t) => integer(t.units) },
  { key: 'orders', label: 'Orders', value: (t) => t.orders, show: (t) => integer(t.orders) },
  { key: 'fees', label: 'Fees', value: (t) => t.fees.total, show: (t) => money(t.fees.total, t.currency) },
  { key: 'refunds', label: 'Refunds', value: (t) => t.refunds, show: (t) => money(t.refunds, t.currency) },
];

export function createTiles(container) {
  const parts = TILES.map((tile) => buildTile(tile));
  container.replaceChildren(...parts.map((p) => p.root));
  let shownView = null;

  return {
    update(state) {
      // A new view is new numbers, not changed ones: highlight only changes within one view.
      const highlight = shownView === state.view;
      for (const part of parts) {
        updateTile(part, state.tiles[part.key], state.asOf, highlight);
      }
      shownView = state.view;
    },
  };
}

function buildTile({ key, title }) {
  const headingId = `tile-${key}-title`;
  const days = el('span', { class: 'tile-days' });
  const basis = el('span', { class: 'tile-basis' });
  const asOf = el('time', { class: 'tile-as-of', 'data-as-of': '' });
  const fields = FIELDS.map((field) => {
    const value = el('dd');
    const root = el('div', { class: `tile-field tile-field-${field.key}`, 'data-field': field.key, 'data-value': '' }, [
      el('dt', { text: field.label }),
      value,
    ]);
    return { field, root, value };
  });
  const root = el('article', { class: 'card tile', 'data-tile': key, 'aria-labelledby': headingId }, [
    el('div', { class: 'tile-head' }, [el('h2', { text: title, id: headingId }), days]),
    el('dl', { class: 'tile-fields' }, fields.map((f) => f.root)),
    el('p', { class: 'tile-meta' }, [basis, asOf]),
  ]);
  return { key, root, days, basis, asOf, fields };
}

function updateTile(part, tile, asOfIso, highlight) {
  const totals = tile?.totals ?? [];
  setText(part.days, tile ? dayLabel(tile.from, tile.to) : '');
  for (const { field, root, value } of part.fields) {
    setAttr(root, 'data-value', totals.length ? field.value(totals[0]) : 0);
    const lines = totals.length ? totals.map((t) => field.show(t)) : ['—'];
    if (value.childElementCount !== lines.length || lines.some((line, i) => value.children[i].textContent !== line)) {
      value.replaceChildren(...lines.map((line) => el('span', { class: 'tile-line', text: line })));
      if (highlight) {
        flash(value);
      }
    }
  }

  const basis = basisOf(totals);
  setAttr(part.basis, 'data-basis', basis);
  setText(part.basis, basis === 'estimated' ? 'Estimated fees' : 'Posted');
  setAttr(part.basis, 'title', basis === 'estimated' ? 'Part of the fees are estimates the marketplace has not posted yet' : 'All fees are posted');
  setAttr(part.asOf, 'data-as-of', asOfIso ?? '');
  setAttr(part.asOf, 'datetime', asOfIso ?? '');
  setText(part.asOf, asOfIso ? `as of ${time(asOfIso)}` : '');
}

function dayLabel(from, to) {
  return from === to ? dateLabel(from) : `${dateLabel(from)} – ${dateLabel(to)}`;
}
