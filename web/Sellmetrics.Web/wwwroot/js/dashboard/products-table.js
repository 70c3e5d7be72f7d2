// The per-product table: searchable, sortable, paged. Rows are keyed by marketplace + SKU + currency and updated in
// place (the same <tr> keeps its focus and position), and a row whose numbers changed is briefly highlighted.
import { integer, money, percent } from '/js/format.js';
import { el } from '/js/dom.js';
import { flash, setAttr, setText } from './dom-update.js';
import { PAGE_SIZE, rowKey, viewRows } from './products-view.js';

const COLUMNS = [
  { key: 'units', value: (r) => r.units, show: (r) => integer(r.units) },
  { key: 'revenue', value: (r) => r.revenue, show: (r) => money(r.revenue, r.currency) },
  { key: 'fees', value: (r) => r.fees.total, show: (r) => money(r.fees.total, r.currency) + (r.estimatedFees > 0 ? ' (est.)' : '') },
  { key: 'cogs', value: (r) => r.cogs, show: (r) => (r.unitCost === null && r.cogs === 0 ? 'No cost' : money(r.cogs, r.currency)) },
  { key: 'netProfit', value: (r) => r.netProfit, show: (r) => money(r.netProfit, r.currency) },
  { key: 'margin', value: (r) => r.margin, show: (r) => percent(r.margin) },
  { key: 'roi', value: (r) => r.roi, show: (r) => percent(r.roi) },
];

export function createProductsTable(section) {
  const table = section.querySelector('table#products-table');
  const tbody = table.tBodies[0];
  const search = section.querySelector('input#product-search');
  const prev = section.querySelector('button[data-page-prev]');
  const next = section.querySelector('button[data-page-next]');
  const status = section.querySelector('[data-page-status]');
  const empty = section.querySelector('[data-products-empty]');
  const sortButtons = [...table.querySelectorAll('button[data-sort]')];

  const options = { query: '', sort: 'revenue', direction: 'descending', page: 0 };
  const rendered = new Map(); // rowKey → { tr, cells, signature }
  let lastState = null;
  let firstRender = true;

  search.addEventListener('input', () => {
    options.query = search.value;
    options.page = 0;
    render();
  });
  prev.addEventListener('click', () => {
    options.page -= 1;
    render();
  });
  next.addEventListener('click', () => {
    options.page += 1;
    render();
  });
  for (const button of sortButtons) {
    button.addEventListener('click', () => {
      const column = button.dataset.sort;
      if (options.sort === column) {
        options.direction = options.direction === 'descending' ? 'ascending' : 'descending';
      } else {
        options.sort = column;
        options.direction = column === 'product' ? 'ascending' : 'descending';
      }
      options.page = 0;
      render();
    });
  }

  function render() {
    if (!lastState) {
      return;
    }
    const names = new Map(lastState.marketplaces.map((m) => [m.marketplaceId, m.name]));
    const view = viewRows(lastState.products, options);
    options.page = view.page;

    const keep = new Set();
    view.rows.forEach((row, index) => {
      const key = rowKey(row);
      keep.add(key);
      let entry = rendered.get(key);
      if (!entry) {
        entry = buildRow(row);
        rendered.set(key, entry);
      }
      const signature = fillRow(entry, row, names);
      if (!firstRender && entry.signature !== undefined && entry.signature !== signature) {
        flash(entry.tr);
      }
      entry.signature = signature;
      if (tbody.children[index] !== entry.tr) {
        tbody.insertBefore(entry.tr, tbody.children[index] ?? null);
      }
    });
    const inData = new Set(lastState.products.map(rowKey));
    for (const [key, entry] of rendered) {
      if (!keep.has(key)) {
        entry.tr.remove();
        // Remember the numbers of rows still in the data, so paging back does not flash them.
        if (!inData.has(key)) {
          rendered.delete(key);
        }
      }
    }

    for (const button of sortButtons) {
      const th = button.closest('th');
      setAttr(th, 'aria-sort', button.dataset.sort === options.sort ? options.direction : 'none');
    }
    prev.disabled = view.page === 0;
    next.disabled = view.page >= view.pageCount - 1;
    const first = view.total === 0 ? 0 : view.page * PAGE_SIZE + 1;
    setText(status, view.total === 0 ? 'No products' : `${first}–${first + view.rows.length - 1} of ${view.total} · page ${view.page + 1} of ${view.pageCount}`);
    empty.hidden = view.total > 0;
    setText(empty, lastState.products.length === 0 ? 'No sales in this range yet.' : 'No product matches the search.');
    firstRender = false;
  }

  return {
    update(state) {
      if (lastState && lastState.view !== state.view) {
        firstRender = true;
      }
      lastState = state;
      render();
    },
  };
}

function buildRow(row) {
  const title = el('span', { class: 'product-title cell-title' });
  const detail = el('span', { class: 'product-detail cell-sub' });
  const productCell = el('th', { scope: 'row', class: 'product-cell' }, [title, detail]);
  const cells = COLUMNS.map((column) => el('td', { class: `num col-${column.key}`, 'data-field': column.key }));
  const tr = el('tr', {
    'data-marketplace': row.marketplaceId, 'data-sku': row.sku, 'data-currency': row.currency,
  }, [productCell, ...cells]);
  return { tr, title, detail, cells, signature: undefined };
}

/** Writes a row's numbers into its cells; returns a signature of what is shown, to tell a change. */
function fillRow(entry, row, names) {
  setText(entry.title, row.title || row.sku);
  const detail = [row.title ? row.sku : null, row.asin, names.get(row.marketplaceId) ?? row.marketplaceId].filter(Boolean).join(' · ');
  setText(entry.detail, detail);
  const shown = COLUMNS.map((column, i) => {
    const cell = entry.cells[i];
    const value = column.value(row);
    const text = column.show(row);
    setAttr(cell, 'data-value', value);
    setText(cell, text);
    cell.classList.toggle('is-negative', typeof value === 'number' && value < 0);
    return text;
  });
  return shown.join('|');
}
