// The product rows: figures for the period plus an inline unit-cost editor saved row by row.

import { api } from '../../api.js';
import { el, replace } from '../../dom.js';
import { dateLabel, integer, money, percent } from '../../format.js';
import { showProblem, clearProblem, whileBusy } from '../../forms.js';
import { marketplaceName } from '../../marketplaces.js';
import { notify } from '../../notify.js';

const keyOf = (row) => `${row.marketplaceId}\u0000${row.sku}\u0000${row.currency}`;

export function matches(row, query) {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [row.sku, row.asin, row.title].some((value) => value && value.toLowerCase().includes(q));
}

export function renderRows(body, rows, { defaultFrom, onSaved }) {
  // Keep what the seller is typing when the list re-renders (filter, paging).
  const edits = new Map([...body.querySelectorAll('tr[data-dirty]')].map((tr) => [tr.dataset.key, {
    unitCost: tr.querySelector('[name=unitCost]').value, effectiveFrom: tr.querySelector('[name=effectiveFrom]').value,
  }]));
  replace(body, rows.map((row) => productRow(row, { defaultFrom, onSaved, edit: edits.get(keyOf(row)) })));
}

/** Updates the figures of rows already shown, leaving their inputs as they are. */
export function refreshNumbers(body, rows) {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  for (const tr of body.querySelectorAll('tr[data-key]')) {
    const row = byKey.get(tr.dataset.key);
    if (!row) continue;
    for (const [field, text, tone] of figures(row)) {
      const cell = tr.querySelector(`[data-field="${field}"]`);
      if (cell) { cell.textContent = text; setTone(cell, tone); }
    }
    const costInput = tr.querySelector('[name=unitCost]');
    if (!tr.hasAttribute('data-dirty') && row.unitCost !== null && row.unitCost !== undefined) {
      costInput.value = row.unitCost;
      if (row.unitCostFrom) {
        tr.querySelector('[name=effectiveFrom]').value = row.unitCostFrom;
        tr.querySelector('.cost-since').textContent = `In force since ${dateLabel(row.unitCostFrom)}`;
      }
    }
    tr.querySelector('.no-cost')?.toggleAttribute('hidden', row.unitCost !== null && row.unitCost !== undefined);
  }
}

function figures(row) {
  const tone = row.netProfit > 0 ? 'positive' : row.netProfit < 0 ? 'negative' : null;
  return [
    ['units', integer(row.units)],
    ['revenue', money(row.revenue, row.currency)],
    ['cogs', money(row.cogs, row.currency)],
    ['netProfit', money(row.netProfit, row.currency), tone],
    ['margin', percent(row.margin)],
  ];
}

function setTone(cell, tone) {
  cell.classList.toggle('positive', tone === 'positive');
  cell.classList.toggle('negative', tone === 'negative');
}

const LABELS = { units: 'Units', revenue: 'Revenue', cogs: 'COGS', netProfit: 'Net profit', margin: 'Margin' };

function productRow(row, { defaultFrom, onSaved, edit }) {
  const id = `cost-${Math.random().toString(36).slice(2, 10)}`;
  const hasCost = row.unitCost !== null && row.unitCost !== undefined;
  const costInput = el('input', {
    type: 'number', name: 'unitCost', id: `${id}-cost`, min: '0', step: '0.01', inputmode: 'decimal',
    value: edit ? edit.unitCost : hasCost ? String(row.unitCost) : '', 'aria-label': `Unit cost of ${row.sku} in ${row.currency}`,
  });
  const fromInput = el('input', {
    type: 'date', name: 'effectiveFrom', id: `${id}-from`, required: true,
    value: edit ? edit.effectiveFrom : row.unitCostFrom ?? defaultFrom, 'aria-label': `Unit cost of ${row.sku} applies from`,
    'aria-describedby': `${id}-since`,
  });
  // A saved cost is edited in place (same day); a new day in the box starts a new cost from then on.
  const since = el('span', {
    class: 'cost-since', id: `${id}-since`,
    text: hasCost && row.unitCostFrom ? `In force since ${dateLabel(row.unitCostFrom)}` : 'Applies to sales from this day',
  });
  const rowStatus = el('div', { class: 'row-status', 'aria-live': 'polite', id: `${id}-status` });
  const save = el('button', { type: 'button', class: 'btn btn-sm', 'data-save-cost': true, text: 'Save', 'aria-describedby': rowStatus.id });

  const tr = el('tr', { dataset: { marketplace: row.marketplaceId, sku: row.sku, currency: row.currency, key: keyOf(row) } },
    el('td', { class: 'cell-main', 'data-label': 'Product' },
      el('div', { class: 'cell-title', title: row.title || row.sku, text: row.title || row.sku }),
      el('div', { class: 'cell-sub', text: [row.sku, row.asin, marketplaceName(row.marketplaceId)].filter(Boolean).join(' · ') })),
    figures(row).map(([field, text, tone]) => {
      const cell = el('td', { class: 'num', 'data-label': LABELS[field], dataset: { field }, text });
      setTone(cell, tone);
      return cell;
    }),
    el('td', { 'data-label': 'Unit cost' },
      el('span', { class: 'cost-input' }, costInput, el('span', { class: 'currency', text: row.currency })),
      el('span', { class: 'no-cost', text: 'No cost yet', hidden: hasCost })),
    el('td', { 'data-label': 'Effective from' }, fromInput, since),
    el('td', { class: 'actions' }, save, rowStatus));
  if (edit) tr.dataset.dirty = '';

  const markDirty = () => {
    tr.dataset.dirty = '';
    rowStatus.textContent = 'Not saved';
    rowStatus.className = 'row-status';
  };
  costInput.addEventListener('input', markDirty);
  fromInput.addEventListener('input', markDirty);

  const submit = () => whileBusy(save, async () => {
    clearProblem(tr, { alert: rowStatus });
    rowStatus.removeAttribute('role');
    rowStatus.hidden = false;
    rowStatus.className = 'row-status';
    rowStatus.textContent = 'Saving…';
    const unitCost = costInput.value === '' ? null : Number(costInput.value);
    try {
      await api(`/api/products/${encodeURIComponent(row.marketplaceId)}/${encodeURIComponent(row.sku)}/cogs`, {
        method: 'PUT', body: { unitCost, currency: row.currency, effectiveFrom: fromInput.value || null },
      });
    } catch (error) {
      rowStatus.className = 'row-status error';
      rowStatus.setAttribute('role', 'alert');
      showProblem(tr, error, { alert: rowStatus });
      return;
    }
    delete tr.dataset.dirty;
    rowStatus.className = 'row-status saved';
    rowStatus.textContent = 'Saved';
    notify(`Unit cost of ${row.sku} saved. Profit is being recalculated.`);
    onSaved?.();
  });
  save.addEventListener('click', submit);
  for (const input of [costInput, fromInput]) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { event.preventDefault(); submit(); }
    });
  }
  return tr;
}
