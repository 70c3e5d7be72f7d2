import { api } from '../api.js';
import { startPage } from '../shell.js';
import { el, replace } from '../dom.js';
import { time } from '../format.js';
import { handleSubmit, showProblem } from '../forms.js';
import { confirmAction } from '../confirm.js';
import { notify } from '../notify.js';
import { AMAZON_MARKETPLACES, DEFAULT_AMAZON_MARKETPLACE, channelName } from '../marketplaces.js';
import { connectionCard, isImporting } from './connections/connection-card.js';

const FAST_REFRESH_MS = 3000;
const SLOW_REFRESH_MS = 30000;

const OAUTH_OUTCOMES = {
  connected: ['success', 'Amazon is connected. The last 30 days are importing now; older history follows.'],
  declined: ['info', 'The Amazon authorization was cancelled, so nothing was connected.'],
  expired: ['error', 'The Amazon authorization took too long or came from another session. Please try again.'],
  refused: ['error', 'Amazon refused the authorization. Please try again, or connect with your own keys.'],
  unavailable: ['error', 'Amazon could not be reached. Nothing was stored; try again in a few minutes.'],
};

await startPage({ page: 'connections' });

const list = document.getElementById('connections-list');
const loading = document.getElementById('connections-loading');
const empty = document.getElementById('connections-empty');
const listAlert = document.getElementById('connections-alert');
const refreshStatus = document.getElementById('refresh-status');

let connections = [];
let timer = null;
let wasImporting = new Set();

showOAuthOutcome();
fillMarketplaces();
probeOAuth();
offerSandboxSeller();
wireForms();
document.addEventListener('visibilitychange', () => { if (!document.hidden) refresh(); });
await refresh();

async function refresh() {
  clearTimeout(timer);
  try {
    connections = await api('/api/connections');
    listAlert.hidden = true;
    render();
  } catch (error) {
    if (error.status !== 401) showProblem(listAlert.parentElement, error, { alert: listAlert, focus: false });
  } finally {
    loading.hidden = true;
    schedule();
  }
}

function schedule() {
  clearTimeout(timer);
  if (document.hidden) return;
  const importing = connections.some(isImporting);
  const every = importing ? FAST_REFRESH_MS : SLOW_REFRESH_MS;
  refreshStatus.textContent = connections.length
    ? `Updated ${time(new Date().toISOString())}${importing ? ' · refreshing every few seconds while importing' : ''}`
    : '';
  timer = setTimeout(refresh, every);
}

function render() {
  // Rebuilding the cards must not throw keyboard focus away.
  const focused = document.activeElement;
  const focusKey = focused?.closest?.('[data-connection-id]') && (focused.dataset.sync ? `[data-sync="${focused.dataset.sync}"]`
    : focused.dataset.disconnect ? `[data-disconnect="${focused.dataset.disconnect}"]` : null);

  replace(list, connections.map((connection) => connectionCard(connection, {
    onSync: () => syncNow(connection),
    onDisconnect: () => disconnect(connection),
    onMarketplaces: (updated) => marketplacesSaved(updated),
  })));
  empty.hidden = connections.length > 0;
  if (focusKey) list.querySelector(focusKey)?.focus();

  const importingNow = new Set(connections.filter(isImporting).map((c) => c.id));
  for (const id of wasImporting) {
    const connection = connections.find((c) => c.id === id);
    if (connection && !importingNow.has(id)) notify(`${channelName(connection.marketplace)} ${connection.account}: history import complete.`);
  }
  wasImporting = importingNow;
}

async function syncNow(connection) {
  const button = list.querySelector(`[data-sync="${connection.id}"]`);
  if (button) { button.disabled = true; button.setAttribute('aria-busy', 'true'); }
  try {
    const updated = await api(`/api/connections/${connection.id}/sync`, { method: 'POST' });
    connections = connections.map((c) => (c.id === connection.id && updated ? updated : c));
    notify(`Sync started for ${channelName(connection.marketplace)} ${connection.account}.`);
    render();
    schedule();
  } catch (error) {
    notify(error.problem?.title || error.message, { error: true });
    if (button) { button.disabled = false; button.removeAttribute('aria-busy'); }
  }
}

function marketplacesSaved(updated) {
  connections = connections.map((c) => (c.id === updated.id ? updated : c));
  notify(`${channelName(updated.marketplace)} ${updated.account} now imports ${updated.marketplaceIds.length} marketplaces.`);
  render();
  schedule();
}

async function disconnect(connection) {
  const name = `${channelName(connection.marketplace)} ${connection.account}`;
  const confirmed = await confirmAction({
    title: `Disconnect ${name}?`,
    message: 'Sellmetrics stops importing from this account and deletes its stored credentials. Data already imported stays in your reports. You can connect again at any time.',
    confirmLabel: 'Disconnect',
    action: () => api(`/api/connections/${connection.id}`, { method: 'DELETE' }),
  });
  if (!confirmed) return;
  connections = connections.filter((c) => c.id !== connection.id);
  render();
  notify(`${name} disconnected.`);
  document.getElementById('connected-title').focus?.();
  refresh();
}

function wireForms() {
  const amazon = document.getElementById('amazon-manual');
  handleSubmit(amazon, async (values) => {
    await api('/api/connections/amazon', { method: 'PUT', body: trimmed(values) });
    amazon.reset();
    fillMarketplaces();
    document.getElementById('amazon-manual-details').open = false;
    connected('Amazon');
  });

  const walmart = document.getElementById('walmart-form');
  handleSubmit(walmart, async (values) => {
    await api('/api/connections/walmart', { method: 'PUT', body: trimmed(values) });
    walmart.reset();
    connected('Walmart');
  });
}

function trimmed(values) {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]));
}

async function connected(channel) {
  showPageAlert('success', `${channel} is connected. The last 30 days are importing now; older history follows.`);
  await refresh();
}

function showPageAlert(kind, message) {
  const alert = document.getElementById('page-alert');
  alert.className = `alert alert-${kind}`;
  alert.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  replace(alert, el('p', { text: message }));
  alert.hidden = false;
  alert.focus();
}

function showOAuthOutcome() {
  const params = new URLSearchParams(location.search);
  const outcome = OAUTH_OUTCOMES[params.get('amazon')];
  if (outcome) showPageAlert(...outcome);
  if (params.has('amazon')) history.replaceState(null, '', location.pathname);
}

function fillMarketplaces() {
  const select = document.getElementById('marketplaceId');
  if (!select.options.length) {
    for (const [id, label] of AMAZON_MARKETPLACES) select.append(el('option', { value: id, text: label }));
  }
  select.value = DEFAULT_AMAZON_MARKETPLACE;
}

// The authorize endpoint answers 503 when this server has no Amazon application configured.
async function probeOAuth() {
  const link = document.getElementById('amazon-oauth');
  const note = document.getElementById('amazon-oauth-note');
  try {
    const response = await fetch(link.getAttribute('href'), { redirect: 'manual', credentials: 'same-origin' });
    if (response.type === 'opaqueredirect' || response.ok) return;
    link.setAttribute('aria-disabled', 'true');
    link.classList.remove('btn-primary');
    link.addEventListener('click', (event) => event.preventDefault());
    note.textContent = 'Sign-in with Amazon is not set up on this server. Connect with your own SP-API keys below.';
    note.hidden = false;
    document.getElementById('amazon-manual-details').open = true;
  } catch {
    // Unknown: leave the link as it is.
  }
}

// Only when the marketplace sandbox is mounted (development and demos): one click fills its test seller.
async function offerSandboxSeller() {
  let seller;
  try {
    const response = await fetch('/sandbox/control/sellers/default', { credentials: 'same-origin' });
    if (!response.ok) return;
    seller = await response.json();
  } catch {
    return;
  }
  document.getElementById('sandbox-note').hidden = false;
  document.getElementById('sandbox-fill').addEventListener('click', () => {
    document.getElementById('amazon-manual-details').open = true;
    const { elements } = document.getElementById('amazon-manual');
    elements.lwaClientId.value = seller.lwaClientId;
    elements.lwaClientSecret.value = seller.lwaClientSecret;
    elements.refreshToken.value = seller.refreshToken;
    elements.sellerId.value = seller.sellerId;
    elements.marketplaceId.value = seller.marketplaceId;
    const walmart = document.getElementById('walmart-form').elements;
    walmart.clientId.value = seller.walmartClientId;
    walmart.clientSecret.value = seller.walmartClientSecret;
    notify('Sandbox test seller filled in for Amazon and Walmart.');
  });
}
