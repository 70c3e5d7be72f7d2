// CSV import of unit costs, with the server's row-by-row report when a file is refused.

import { api } from '../../api.js';
import { el, replace } from '../../dom.js';
import { whileBusy } from '../../forms.js';
import { integer, isoDate } from '../../format.js';
import { downloadText } from '../../download.js';

const HEADER = 'sku,unitCost,currency,effectiveFrom,marketplaceId';

export function wireCogsImport({ products, onImported }) {
  const form = document.getElementById('cogs-form');
  const file = document.getElementById('cogs-file');
  const button = document.getElementById('cogs-import');
  const report = document.getElementById('cogs-report');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(report);
    file.removeAttribute('aria-invalid');
    if (!file.files?.length) {
      file.setAttribute('aria-invalid', 'true');
      showReport(report, 'error', 'Choose a CSV file first.');
      file.focus();
      return;
    }
    const data = new FormData();
    data.append('file', file.files[0]);
    await whileBusy(button, async () => {
      try {
        const result = await api('/api/products/cogs', { method: 'POST', form: data });
        showReport(report, 'success', `Imported ${integer(result.imported)} unit ${result.imported === 1 ? 'cost' : 'costs'}. Profit is being recalculated.`);
        form.reset();
        onImported?.();
      } catch (error) {
        showRefusal(report, error);
      }
    });
  });

  document.getElementById('cogs-template').addEventListener('click', () => downloadTemplate(products()));
}

function showReport(report, kind, message) {
  replace(report, el('div', { class: `alert alert-${kind}`, role: kind === 'error' ? 'alert' : 'status', tabindex: '-1' }, el('p', { text: message })));
}

/** Orders "row 2: unitCost" entries by row number, file-level ones ("header", "rows", "file") first. */
export function reportLines(errors = {}) {
  return Object.entries(errors).map(([key, messages]) => {
    const match = /^row (\d+): (.+)$/.exec(key);
    return { row: match ? Number(match[1]) : null, column: match ? match[2] : key, message: [].concat(messages).join(' ') };
  }).sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.column.localeCompare(b.column));
}

function showRefusal(report, error) {
  const lines = reportLines(error.problem?.errors);
  const rowLines = lines.filter((line) => line.row !== null);
  const fileLines = lines.filter((line) => line.row === null);
  const rowsWithErrors = new Set(rowLines.map((line) => line.row)).size;
  const box = el('div', { class: 'alert alert-error', role: 'alert', tabindex: '-1' },
    el('p', { class: 'alert-title', text: error.problem?.title || error.message }),
    rowsWithErrors ? el('p', { text: `${rowsWithErrors} ${rowsWithErrors === 1 ? 'row needs' : 'rows need'} fixing. Row numbers count data rows from 1 (the header is not counted).` }) : null,
    fileLines.length ? el('ul', {}, fileLines.map((line) => el('li', { text: line.message }))) : null,
    !lines.length && error.problem?.detail ? el('p', { text: error.problem.detail }) : null);
  const table = rowLines.length ? el('div', { class: 'table-wrap' }, el('table', { class: 'data', id: 'cogs-errors' },
    el('caption', { class: 'visually-hidden', text: 'Rows that were refused' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'num', text: 'Row' }), el('th', { scope: 'col', text: 'Column' }), el('th', { scope: 'col', text: 'Problem' }))),
    el('tbody', {}, rowLines.map((line) => el('tr', { dataset: { row: line.row } },
      el('td', { class: 'num', text: String(line.row) }), el('td', {}, el('code', { text: line.column })), el('td', { text: line.message })))))) : null;
  replace(report, box, table);
  box.focus();
}

function csvCell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function downloadTemplate(rows) {
  const today = isoDate(new Date());
  const seen = new Set();
  const lines = [HEADER];
  for (const row of rows) {
    const key = `${row.marketplaceId}|${row.sku}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push([row.sku, row.unitCost ?? '', row.currency, today, row.marketplaceId].map(csvCell).join(','));
  }
  if (lines.length === 1) lines.push(['EXAMPLE-SKU', '4.25', 'USD', today, 'ATVPDKIKX0DER'].join(','));
  downloadText('sellmetrics-unit-costs.csv', `${lines.join('\r\n')}\r\n`, 'text/csv');
}
