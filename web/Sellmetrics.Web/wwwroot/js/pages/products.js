import { api } from '../api.js';
import { startPage } from '../shell.js';
import { showProblem, clearProblem } from '../forms.js';
import { wireDateRange } from '../date-range.js';
import { renderRows, refreshNumbers, matches } from './products/rows.js';
import { wireCogsImport } from './products/cogs-import.js';

const PAGE_SIZE = 100;

await startPage({ page: 'products' });

const rangeForm = document.getElementById('range-form');
const body = document.getElementById('products-body');
const status = document.getElementById('list-status');
const empty = document.getElementById('products-empty');
const more = document.getElementById('products-more');
const filter = document.getElementById('product-filter');

let products = [];
let shown = PAGE_SIZE;
let range = null;
let loadId = 0;

const currentRange = wireDateRange(rangeForm, (next) => {
  range = next;
  shown = PAGE_SIZE;
  load();
});

filter.addEventListener('input', () => { shown = PAGE_SIZE; render(); });
document.getElementById('show-more').addEventListener('click', () => { shown += PAGE_SIZE; render(); });

wireCogsImport({ products: () => products, onImported: () => load({ keepEdits: true }) });

async function load({ keepEdits = false } = {}) {
  const id = ++loadId;
  clearProblem(rangeForm);
  if (!keepEdits) {
    status.textContent = 'Loading products…';
    body.setAttribute('aria-busy', 'true');
  }
  try {
    const { from, to } = range || currentRange();
    const rows = await api(`/api/products?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    if (id !== loadId) return;
    products = [...rows].sort((a, b) => b.revenue - a.revenue || a.sku.localeCompare(b.sku));
    if (keepEdits) refreshNumbers(body, products);
    else render();
  } catch (error) {
    if (id !== loadId) return;
    showProblem(rangeForm, error, { focus: false });
    status.textContent = 'The products could not be loaded.';
  } finally {
    if (id === loadId) body.removeAttribute('aria-busy');
  }
}

function render() {
  const visible = products.filter((row) => matches(row, filter.value));
  renderRows(body, visible.slice(0, shown), { defaultFrom: (range || currentRange()).from, onSaved: () => setTimeout(() => load({ keepEdits: true }), 1200) });
  empty.hidden = products.length > 0;
  more.hidden = visible.length <= shown;
  const withoutCost = products.filter((row) => row.unitCost === null || row.unitCost === undefined).length;
  status.textContent = products.length === 0
    ? ''
    : `${visible.length} of ${products.length} products${withoutCost ? ` · ${withoutCost} without a unit cost` : ''}`;
}
