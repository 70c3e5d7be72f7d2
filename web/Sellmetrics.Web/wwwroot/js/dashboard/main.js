// The dashboard page: wires the live connection, the state and the parts that show it.
import { api } from '/js/api.js';
import { isoDate } from '/js/format.js';
import { startPage } from '/js/shell.js';
import { createConnectionStatus } from './connection-status.js';
import { createDailyChart } from './daily-chart.js';
import { applyDelta, applySnapshot, emptyState } from './dashboard-state.js';
import { createFeeBreakdown } from './fee-breakdown.js';
import { createFreshness } from './freshness.js';
import { createLiveConnection } from './live-connection.js';
import { createLiveFeed } from './live-feed.js';
import { createProductsTable } from './products-table.js';
import { createTiles } from './tiles.js';
import { createViewPicker } from './view-picker.js';

const session = await startPage({ page: 'dashboard' });
if (session?.signedIn) {
  run();
}

function run() {
  const body = document.body;
  body.dataset.snapshots = '0';
  body.dataset.deltas = '0';
  const status = createConnectionStatus(document.querySelector('[data-live-status]'));
  status.show('offline');
  const viewError = document.querySelector('#view-error');

  const parts = [
    createTiles(document.querySelector('[data-tiles]')),
    createDailyChart(document.querySelector('[data-chart]')),
    createFeeBreakdown(document.querySelector('[data-fees]')),
    createProductsTable(document.querySelector('[data-products]')),
    createLiveFeed(document.querySelector('ol#live-feed'), document.querySelector('[data-feed-empty]')),
    createFreshness(document.querySelectorAll('[data-freshness]')),
  ];

  let state = emptyState();

  function show(next, counter) {
    state = next;
    for (const part of parts) {
      part.update(state);
    }
    body.dataset[counter] = String(Number(body.dataset[counter]) + 1);
    body.removeAttribute('aria-busy');
    if (picker.setToday(state.today)) {
      watchView(picker.view());
    }
  }

  const picker = createViewPicker(document.querySelector('form#view-form'), {
    today: isoDate(new Date()),
    onChange: watchView,
  });

  const live = createLiveConnection({
    onStatus: status.show,
    onSnapshot(snapshot) {
      picker.setMarketplaces(snapshot.marketplaces ?? []);
      show(applySnapshot(state, snapshot), 'snapshots');
    },
    onDelta(delta) {
      const next = applyDelta(state, delta);
      if (next !== state) {
        show(next, 'deltas');
        refreshWhenMarketplaceIsNew(delta);
      }
    },
    onTenantClosed() {
      window.location.assign('/sign-in.html?closed=1');
    },
    onStartFailed: checkSignedIn,
  });

  // Deltas carry no marketplace list: the first numbers of a newly connected marketplace ask for a snapshot, which
  // names it (picker, table, feed). Once per marketplace.
  const askedFor = new Set();
  function refreshWhenMarketplaceIsNew(delta) {
    const known = new Set(state.marketplaces.map((m) => m.marketplaceId));
    const fresh = [...delta.products, ...delta.events].map((item) => item.marketplaceId)
      .filter((id) => !known.has(id) && !askedFor.has(id));
    if (fresh.length) {
      fresh.forEach((id) => askedFor.add(id));
      watchView(picker.view());
    }
  }

  async function watchView(view) {
    try {
      await live.watch(view);
      showViewError(null);
    } catch (error) {
      showViewError(hubMessage(error));
    }
  }

  function showViewError(message) {
    viewError.hidden = !message;
    viewError.textContent = message ?? '';
  }

  body.setAttribute('aria-busy', 'true');
  live.watch(picker.view());
  live.start();
}

/** The hub refuses a bad view with a HubException; show just its message, not SignalR's wrapping. */
function hubMessage(error) {
  const text = String(error?.message ?? error);
  const marker = 'HubException: ';
  const at = text.indexOf(marker);
  return `That view cannot be shown: ${at >= 0 ? text.slice(at + marker.length) : text}`;
}

// A connection refused because the session ended looks like any network failure; ask the session and sign in again.
async function checkSignedIn() {
  try {
    const current = await api('/api/auth/session');
    if (current && !current.signedIn) {
      window.location.assign(`/sign-in.html?next=${encodeURIComponent(window.location.pathname)}`);
    }
  } catch {
    // Offline: the connection keeps retrying.
  }
}
