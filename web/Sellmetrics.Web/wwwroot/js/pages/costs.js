import { api } from '../api.js';
import { startPage } from '../shell.js';
import { el, replace } from '../dom.js';
import { dateLabel, isoDate, money } from '../format.js';
import { clearProblem, handleSubmit, showProblem } from '../forms.js';
import { confirmAction } from '../confirm.js';
import { notify } from '../notify.js';

// Average days per period, to compare costs of different frequencies as a monthly figure.
const PER_MONTH = { daily: 365.25 / 12, weekly: 365.25 / 12 / 7, monthly: 1, yearly: 1 / 12 };
const FREQUENCY_LABEL = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', yearly: 'Yearly' };

await startPage({ page: 'costs' });

const form = document.getElementById('cost-form');
const formTitle = document.getElementById('cost-form-title');
const submitButton = document.getElementById('cost-submit');
const cancelButton = document.getElementById('cost-cancel');
const table = document.getElementById('costs-table');
const body = document.getElementById('costs-body');
const empty = document.getElementById('costs-empty');
const loading = document.getElementById('costs-loading');
const listAlert = document.getElementById('costs-alert');
const totals = document.getElementById('cost-totals');

let costs = [];
let editing = null;

resetForm();
await load();

handleSubmit(form, async (values) => {
  const request = {
    name: values.name.trim(),
    category: values.category.trim(),
    amount: values.amount === '' ? null : Number(values.amount),
    currency: values.currency.trim().toUpperCase(),
    frequency: values.frequency,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
  };
  if (editing) {
    const saved = await api(`/api/recurring-costs/${editing.id}`, { method: 'PUT', body: request });
    costs = costs.map((cost) => (cost.id === saved.id ? saved : cost));
    notify(`“${saved.name}” saved.`);
  } else {
    const saved = await api('/api/recurring-costs', { method: 'POST', body: request });
    costs = [...costs, saved];
    notify(`“${saved.name}” added.`);
  }
  resetForm();
  render();
  form.elements.name.focus();
});

cancelButton.addEventListener('click', () => { resetForm(); render(); formTitle.focus(); });

async function load() {
  try {
    costs = await api('/api/recurring-costs');
    listAlert.hidden = true;
  } catch (error) {
    showProblem(listAlert.parentElement, error, { alert: listAlert, focus: false });
  } finally {
    loading.hidden = true;
  }
  render();
}

function render() {
  const sorted = [...costs].sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
  replace(body, sorted.map(costRow));
  table.hidden = sorted.length === 0;
  empty.hidden = sorted.length > 0 || !listAlert.hidden;
  renderTotals();
}

function isActive(cost, today = isoDate(new Date())) {
  return cost.startDate <= today && (!cost.endDate || cost.endDate >= today);
}

function monthly(cost) {
  return cost.amount * PER_MONTH[cost.frequency];
}

function renderTotals() {
  const byCurrency = new Map();
  for (const cost of costs.filter((c) => isActive(c))) {
    byCurrency.set(cost.currency, (byCurrency.get(cost.currency) || 0) + monthly(cost));
  }
  replace(totals, [...byCurrency].map(([currency, amount]) => el('div', { class: 'cost-total' },
    el('span', { class: 'label', text: `Active, per month (${currency})` }),
    el('span', { class: 'value', text: money(amount, currency) }))));
}

function costRow(cost) {
  const ended = cost.endDate && cost.endDate < isoDate(new Date());
  const period = cost.endDate ? `${dateLabel(cost.startDate)} – ${dateLabel(cost.endDate)}` : `Since ${dateLabel(cost.startDate)}`;
  return el('tr', { dataset: { costId: cost.id }, class: [editing?.id === cost.id ? 'editing' : '', ended ? 'ended' : ''].join(' ').trim() || null },
    el('td', { class: 'cell-main', 'data-label': 'Name' }, el('div', { class: 'cell-title', text: cost.name })),
    el('td', { 'data-label': 'Category', text: cost.category }),
    el('td', { class: 'num', 'data-label': 'Amount', text: money(cost.amount, cost.currency) }),
    el('td', { 'data-label': 'Frequency', text: FREQUENCY_LABEL[cost.frequency] || cost.frequency }),
    el('td', { class: 'num', 'data-label': 'Per month', text: money(monthly(cost), cost.currency) }),
    el('td', { 'data-label': 'Period', class: 'nowrap' }, period, ended ? el('span', { class: 'badge plain', text: 'Ended' }) : null),
    el('td', { class: 'actions' },
      el('button', { type: 'button', class: 'btn btn-sm btn-ghost', 'data-edit-cost': cost.id, onClick: () => edit(cost) },
        'Edit', el('span', { class: 'visually-hidden', text: ` ${cost.name}` })),
      el('button', { type: 'button', class: 'btn btn-sm btn-danger', 'data-delete-cost': cost.id, onClick: () => remove(cost) },
        'Delete', el('span', { class: 'visually-hidden', text: ` ${cost.name}` }))));
}

function edit(cost) {
  editing = cost;
  clearProblem(form);
  const { elements } = form;
  elements.name.value = cost.name;
  elements.category.value = cost.category;
  elements.amount.value = cost.amount;
  elements.currency.value = cost.currency;
  elements.frequency.value = cost.frequency;
  elements.startDate.value = cost.startDate;
  elements.endDate.value = cost.endDate || '';
  formTitle.textContent = `Edit “${cost.name}”`;
  submitButton.textContent = 'Save changes';
  cancelButton.hidden = false;
  render();
  elements.name.focus();
}

function resetForm() {
  editing = null;
  form.reset();
  clearProblem(form);
  form.elements.startDate.value = isoDate(new Date(new Date().getFullYear(), new Date().getMonth(), 1));
  formTitle.textContent = 'Add a cost';
  submitButton.textContent = 'Add cost';
  cancelButton.hidden = true;
}

async function remove(cost) {
  const confirmed = await confirmAction({
    title: `Delete “${cost.name}”?`,
    message: 'It is removed from every day it covered, so past net profit goes up by its amount.',
    confirmLabel: 'Delete cost',
    action: () => api(`/api/recurring-costs/${cost.id}`, { method: 'DELETE' }),
  });
  if (!confirmed) return;
  costs = costs.filter((c) => c.id !== cost.id);
  if (editing?.id === cost.id) resetForm();
  render();
  notify(`“${cost.name}” deleted.`);
  formTitle.focus();
}
