// One connection: its account, overall import progress, and a row per dataset.

import { el } from '../../dom.js';
import { dateLabel, dateTime, duration, integer, percent } from '../../format.js';
import { channelName, marketplaceName } from '../../marketplaces.js';
import { marketplacePicker } from './marketplace-picker.js';

const STATE = {
  waiting: { label: 'Queued', tone: 'warn' },
  running: { label: 'Importing', tone: 'busy' },
  idle: { label: 'Up to date', tone: 'ok' },
  failed: { label: 'Failed', tone: 'bad' },
};

const DATASET_LABEL = {
  orders: 'Orders', finances: 'Fees & finances', inventory: 'Inventory', returns: 'Returns',
  reimbursements: 'Reimbursements', catalog: 'Catalog', traffic: 'Traffic', reconciliation: 'Settlements',
};

export function isImporting(connection) {
  return connection.status === 'connected'
    && connection.datasets.some((d) => d.state === 'running' || d.state === 'waiting' || Number(d.progress) < 1);
}

/** "about 4 min left", from an ETA instant. */
export function etaText(eta, now = Date.now()) {
  if (!eta) return '';
  const seconds = (new Date(eta).getTime() - now) / 1000;
  if (!Number.isFinite(seconds)) return '';
  return seconds <= 30 ? 'finishing' : `about ${duration(seconds)} left`;
}

function relative(iso, now = Date.now()) {
  if (!iso) return 'never';
  const seconds = (now - new Date(iso).getTime()) / 1000;
  if (seconds < 45) return 'just now';
  if (seconds < 48 * 3600) return `${duration(seconds)} ago`;
  return dateTime(iso);
}

function overall(connection) {
  const list = connection.datasets;
  if (!list.length) return { progress: 0, eta: null };
  const progress = list.reduce((sum, d) => sum + Number(d.progress || 0), 0) / list.length;
  const etas = list.map((d) => d.eta).filter(Boolean).map((e) => new Date(e).getTime());
  return { progress, eta: etas.length ? new Date(Math.max(...etas)).toISOString() : null };
}

function statusBadge(connection) {
  if (connection.status === 'revoked') return el('span', { class: 'badge bad', text: 'Access revoked' });
  if (connection.datasets.some((d) => d.state === 'failed')) return el('span', { class: 'badge warn', text: 'Needs attention' });
  if (isImporting(connection)) return el('span', { class: 'badge busy', text: 'Importing' });
  return el('span', { class: 'badge ok', text: 'Connected' });
}

function progressBar(value, label, state) {
  const bar = el('progress', { max: '1', value: String(Math.min(1, Math.max(0, Number(value) || 0))), 'aria-label': label });
  if (Number(value) >= 1) bar.classList.add('done');
  if (state === 'failed') bar.classList.add('failed');
  return bar;
}

function datasetRow(dataset, several) {
  // Between pulls a dataset is idle even while older history is still to come.
  const state = dataset.state === 'idle' && Number(dataset.progress) < 1
    ? { label: 'Recent data in', tone: 'busy' }
    : STATE[dataset.state] || { label: dataset.state, tone: 'plain' };
  const label = DATASET_LABEL[dataset.dataset] || dataset.dataset;
  const name = several && dataset.marketplaceId ? `${label} · ${marketplaceName(dataset.marketplaceId)}` : label;
  const done = Number(dataset.progress) >= 1;
  const span = dataset.coveredFrom && dataset.coveredTo
    ? `${dateLabel(dataset.coveredFrom.slice(0, 10))} – ${dateLabel(dataset.coveredTo.slice(0, 10))}` : 'nothing yet';
  return el('div', { class: 'dataset', dataset: { dataset: dataset.dataset, marketplaceId: dataset.marketplaceId || null, state: dataset.state } },
    el('div', { class: 'dataset-name' }, label,
      name !== label ? el('span', { class: 'dataset-marketplace', text: ` · ${marketplaceName(dataset.marketplaceId)}` }) : null),
    el('div', {}, el('span', { class: `badge ${state.tone}`, text: state.label })),
    el('div', { class: 'dataset-progress' },
      progressBar(dataset.progress, `${name} history imported`, dataset.state),
      el('div', { class: 'progress-text' },
        el('span', { text: `${percent(dataset.progress).replace(/\.\d/, '')} of history` }),
        el('span', { class: 'eta', dataset: { eta: dataset.eta || '' }, text: done ? 'complete' : etaText(dataset.eta) }))),
    el('div', { class: 'dataset-facts' },
      el('div', {}, 'Last success: ', el('time', { datetime: dataset.lastSuccessAt || null, text: relative(dataset.lastSuccessAt) })),
      el('div', { text: `Covers ${span} · ${integer(dataset.rows)} rows` }),
      dataset.throttles ? el('div', { text: `${integer(dataset.apiCalls)} calls, ${integer(dataset.throttles)} throttled` }) : null,
      dataset.refusedLines ? el('div', { class: 'dataset-refused', text: `${integer(dataset.refusedLines)} lines refused: no currency` }) : null),
    dataset.error ? el('p', { class: 'dataset-error', text: dataset.error }) : null);
}

export function connectionCard(connection, { onSync, onDisconnect, onMarketplaces }) {
  const channel = channelName(connection.marketplace);
  const { progress, eta } = overall(connection);
  const importing = isImporting(connection);
  const titleId = `connection-${connection.id}-title`;
  return el('article', { class: 'card connection', 'aria-labelledby': titleId, dataset: { connectionId: connection.id, status: connection.status } },
    el('div', { class: 'connection-head' },
      el('div', {},
        el('h3', { id: titleId },
          el('span', { class: `channel-dot ${connection.marketplace}`, 'aria-hidden': 'true' }),
          `${channel} · ${connection.account}`, statusBadge(connection)),
        el('p', { class: 'connection-meta', text: `${tracked(connection).map(marketplaceName).join(', ')} · connected ${dateTime(connection.connectedAt)}` })),
      el('div', { class: 'cluster' },
        el('button', { type: 'button', class: 'btn btn-sm', 'data-sync': connection.id, disabled: connection.status !== 'connected', onClick: onSync },
          'Sync now', el('span', { class: 'visually-hidden', text: ` ${channel} ${connection.account}` })),
        el('button', { type: 'button', class: 'btn btn-sm btn-danger', 'data-disconnect': connection.id, onClick: onDisconnect },
          'Disconnect', el('span', { class: 'visually-hidden', text: ` ${channel} ${connection.account}` })))),
    connection.status === 'revoked'
      ? el('div', { class: 'alert alert-error', role: 'alert' }, el('p', { text: `${channel} revoked Sellmetrics' access, so nothing is being imported. Disconnect and connect again to resume.` }))
      : null,
    el('div', { class: 'connection-summary' },
      el('div', { class: 'overall' },
        el('div', { class: 'overall-label' },
          el('span', { text: importing ? `Importing history · ${percent(progress).replace(/\.\d/, '')}` : 'History imported' }),
          el('span', { text: importing ? etaText(eta) : '' })),
        progressBar(progress, `${channel} ${connection.account}: history imported`))),
    marketplacePicker(connection, { onSaved: onMarketplaces }),
    el('div', { class: 'datasets' }, connection.datasets.map((d) => datasetRow(d, tracked(connection).length > 1))));
}

function tracked(connection) {
  return connection.marketplaceIds?.length ? connection.marketplaceIds : [connection.marketplaceId];
}
