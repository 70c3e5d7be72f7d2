import { api } from '../api.js';
import { startPage } from '../shell.js';
import { el, replace } from '../dom.js';
import { dateTime, integer } from '../format.js';
import { confirmAction } from '../confirm.js';
import { notify } from '../notify.js';
import { handleSubmit } from '../forms.js';

await startPage({ page: 'admin', requireAdmin: true });

const body = document.getElementById('tenants-body');
const status = document.getElementById('tenants-status');
const filter = document.getElementById('tenant-filter');
const details = document.getElementById('details-body');
const detailsTitle = document.getElementById('details-title');
const pageAlert = document.getElementById('admin-alert');

let tenants = [];
let selected = null;

filter.addEventListener('input', render);
document.getElementById('rotate-button').addEventListener('click', rotate);
wireAdminRole();
await load();

async function load() {
  try {
    tenants = await api('/api/admin/tenants');
    render();
  } catch (error) {
    status.textContent = '';
    showAlert(error);
  }
}

function showAlert(error) {
  replace(pageAlert, el('p', { class: 'alert-title', text: error.problem?.title || error.message }), error.problem?.detail ? el('p', { text: error.problem.detail }) : null);
  pageAlert.hidden = false;
  pageAlert.focus();
}

function statusBadge(value) {
  const tone = { active: 'ok', closing: 'warn', closed: 'warn', purged: 'bad' }[value] || 'plain';
  return el('span', { class: `badge ${tone}`, text: value });
}

function render() {
  const q = filter.value.trim().toLowerCase();
  const rows = [...tenants]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .filter((t) => !q || t.tenantId.includes(q) || t.status.toLowerCase().includes(q));
  replace(body, rows.map((tenant) => el('tr', { dataset: { tenantId: tenant.tenantId }, 'aria-selected': String(selected === tenant.tenantId) },
    el('td', { class: 'cell-main', 'data-label': 'Tenant' }, el('span', { class: 'tenant-id', text: tenant.tenantId })),
    el('td', { 'data-label': 'Status' }, statusBadge(tenant.status)),
    el('td', { 'data-label': 'Created', text: dateTime(tenant.createdAt) }),
    el('td', { class: 'num', 'data-label': 'Users', text: integer(tenant.userCount) }),
    el('td', { 'data-label': 'Purge after', text: tenant.purgeAfter ? dateTime(tenant.purgeAfter) : '—' }),
    el('td', { class: 'actions' },
      el('button', { type: 'button', class: 'btn btn-sm', 'data-details': tenant.tenantId, onClick: () => showDetails(tenant.tenantId) },
        'Details', el('span', { class: 'visually-hidden', text: ` of tenant ${tenant.tenantId}` }))))));
  status.textContent = tenants.length ? `${rows.length} of ${tenants.length} tenants` : 'No tenants yet.';
}

async function showDetails(tenantId) {
  selected = tenantId;
  render();
  replace(details, el('p', { class: 'loading', text: 'Loading…' }));
  detailsTitle.focus();
  let summary;
  try {
    summary = await api(`/api/admin/tenants/${tenantId}`);
  } catch (error) {
    replace(details, el('div', { class: 'alert alert-error', role: 'alert' }, el('p', { text: error.status === 404 ? 'This tenant no longer exists.' : (error.problem?.title || error.message) })));
    return;
  }
  const facts = [
    ['Tenant', el('span', { class: 'tenant-id', text: summary.tenantId })],
    ['Status', statusBadge(summary.status)],
    ['Created', dateTime(summary.createdAt)],
    ['Purge after', summary.purgeAfter ? dateTime(summary.purgeAfter) : '—'],
    ['Users', integer(summary.userCount)],
    ['Connections', summary.connections.length ? summary.connections.join(', ') : 'none'],
    ['Active on silo', summary.activationSilo],
    ['Activated', dateTime(summary.activatedAt)],
    ['Schema size', bytes(summary.schemaBytes)],
    ['Schema tables', integer(summary.schemaTables)],
    ['Grain state rows', integer(summary.grainStateRows)],
    ['Reminders', integer(summary.reminders)],
  ];
  replace(details,
    el('dl', { class: 'facts' }, facts.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', {}, value)])),
    el('div', { class: 'details-actions' },
      el('button', { type: 'button', class: 'btn btn-danger', 'data-delete-tenant': summary.tenantId, onClick: () => purge(summary) }, 'Delete tenant now…')));
}

function bytes(n) {
  if (n === null || n === undefined) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = Number(n);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit += 1; }
  return `${value.toFixed(unit ? 1 : 0)} ${units[unit]}`;
}

async function purge(summary) {
  const confirmed = await confirmAction({
    title: 'Delete this tenant now?',
    message: `Tenant ${summary.tenantId} (${summary.userCount} users, ${summary.connections.length} connections) is purged immediately: grains, reminders, schema, role and users. Only a record of who did it stays. This cannot be undone.`,
    confirmLabel: 'Delete tenant',
    action: () => api(`/api/admin/tenants/${summary.tenantId}`, { method: 'DELETE' }),
  });
  if (!confirmed) return;
  tenants = tenants.filter((t) => t.tenantId !== summary.tenantId);
  selected = null;
  render();
  replace(details, el('p', { class: 'muted', text: 'Tenant deleted. Choose another tenant to see its details.' }));
  notify(`Tenant ${summary.tenantId} deleted.`);
  document.getElementById('tenants-title').focus();
}

async function rotate() {
  let result;
  const confirmed = await confirmAction({
    title: 'Re-seal every stored secret?',
    message: 'Account secrets and marketplace credentials are sealed again under the newest encryption key. Run this after adding a new key and before removing the old one.',
    confirmLabel: 'Re-seal secrets',
    danger: false,
    action: async () => { result = await api('/api/admin/encryption/rotate', { method: 'POST' }); },
  });
  if (confirmed && result) notify(`Re-sealed ${integer(result.accountsResealed)} accounts and ${integer(result.connectionsResealed)} connections.`);
}

function wireAdminRole() {
  const form = document.getElementById('admin-role-form');
  for (const [id, grant] of [['grant-admin', true], ['revoke-admin', false]]) {
    document.getElementById(id).addEventListener('click', () => { form.dataset.grant = String(grant); });
  }
  handleSubmit(form, async ({ user }) => {
    const grant = form.dataset.grant !== 'false';
    const email = user.trim();
    await api(`/api/admin/users/${encodeURIComponent(email)}/admin`, { method: grant ? 'POST' : 'DELETE' });
    form.reset();
    notify(grant ? `${email} is now an admin.` : `${email} is no longer an admin.`);
  });
}
