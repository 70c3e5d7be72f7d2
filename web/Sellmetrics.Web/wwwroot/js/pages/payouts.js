import { api } from '../api.js';
import { startPage } from '../shell.js';
import { el, replace } from '../dom.js';
import { dateLabel, money } from '../format.js';
import { presetRange } from '../date-range.js';
import { showProblem } from '../forms.js';

const REASONS = {
  notInLedger: 'Not in the ledger yet',
  amountDiffers: 'Amount differs',
  reserve: 'Reserve held or released',
  taxWithheld: 'Tax withheld by the marketplace',
  notCounted: 'Not counted in profit',
  otherMarketplace: 'Paid for another marketplace',
  depositDiffersFromLines: 'Deposit differs from its lines',
};
const KINDS = ['sales', 'fees', 'refunds', 'reimbursements', 'serviceFees'];

await startPage({ page: 'payouts' });

const form = document.getElementById('payouts-range');
const table = document.getElementById('payouts-table');
const body = document.getElementById('payouts-body');
const empty = document.getElementById('payouts-empty');
const loading = document.getElementById('payouts-loading');
const alert = document.getElementById('payouts-alert');

const lastNinetyDays = presetRange('90d');
form.elements.from.value = lastNinetyDays.from;
form.elements.to.value = lastNinetyDays.to;
form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
await load();

async function load() {
  loading.hidden = false;
  let payouts = [];
  try {
    const query = new URLSearchParams({ from: form.elements.from.value, to: form.elements.to.value });
    payouts = await api(`/api/payouts?${query}`);
    alert.hidden = true;
  } catch (error) {
    showProblem(alert.parentElement, error, { alert, focus: false });
  } finally {
    loading.hidden = true;
  }
  replace(body, payouts.map(rows));
  table.hidden = payouts.length === 0;
  empty.hidden = payouts.length > 0 || !alert.hidden;
}

function rows(payout) {
  const amount = (value) => money(value, payout.currency);
  const settled = (kind) => payout.kinds.find((k) => k.kind === kind)?.settlement;
  const details = el('tr', { class: 'payout-differences', hidden: true },
    el('td', { colspan: '10' }, differences(payout, amount)));
  const toggle = el('button', {
    type: 'button', class: 'btn btn-ghost', 'aria-expanded': 'false', disabled: payout.differences.length === 0,
    text: `${payout.differences.length} ${payout.differences.length === 1 ? 'difference' : 'differences'}`,
    onClick: (event) => {
      const open = event.currentTarget.getAttribute('aria-expanded') !== 'true';
      event.currentTarget.setAttribute('aria-expanded', String(open));
      details.hidden = !open;
    },
  });
  const main = el('tr', {},
    el('td', {},
      el('div', { class: 'payout-storefront', text: payout.storefront }),
      el('div', { text: `${dateLabel(payout.periodStart.slice(0, 10))} – ${dateLabel(payout.periodEnd.slice(0, 10))}` }),
      el('div', { class: 'cell-sub', text: `Deposited ${payout.depositDate ? dateLabel(payout.depositDate.slice(0, 10)) : '—'}` })),
    el('td', { class: 'num', text: amount(payout.depositAmount) }),
    KINDS.map((kind) => el('td', { class: 'num', text: amount(settled(kind)) })),
    el('td', { class: 'num', text: amount(payout.ledgerTotal) }),
    el('td', { class: 'num', text: amount(payout.difference) }),
    el('td', { class: 'actions' }, toggle));
  return [main, details];
}

function differences(payout, amount) {
  return el('table', { class: 'data' },
    el('caption', { text: `Settlement ${payout.settlementId}: the deposit less the ledger is the sum of these lines.` }),
    el('thead', {}, el('tr', {},
      ['Kind', 'Reference', 'Reason'].map((name) => el('th', { scope: 'col', text: name })),
      ['Settlement', 'Ledger', 'Difference'].map((name) => el('th', { scope: 'col', class: 'num', text: name })))),
    el('tbody', {}, payout.differences.map((d) => el('tr', {},
      el('td', { text: d.kind }),
      el('td', { class: 'cell-sub', text: d.reference }),
      el('td', { class: 'payout-reason', text: REASONS[d.reason] || d.reason }),
      el('td', { class: 'num', text: amount(d.settlement) }),
      el('td', { class: 'num', text: amount(d.ledger) }),
      el('td', { class: 'num', text: amount(d.difference) })))));
}
