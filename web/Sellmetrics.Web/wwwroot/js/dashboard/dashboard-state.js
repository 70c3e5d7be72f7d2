// The dashboard's data as the hub sends it, and how a snapshot or a delta changes it.
// Pure functions on plain objects (no DOM, no globals), so node can test them.

export const FEED_LIMIT = 50;

export function emptyState() {
  return {
    asOf: null,
    today: null,
    view: null,
    tiles: {},
    daily: [],
    products: [],
    feed: [],
    marketplaces: [],
  };
}

/** A snapshot replaces everything. */
export function applySnapshot(_state, snapshot) {
  const view = snapshot.view;
  return {
    asOf: snapshot.asOf,
    today: snapshot.today,
    view,
    tiles: tilesByKey(snapshot.tiles),
    daily: sortedDays(snapshot.daily ?? [], view),
    products: [...(snapshot.products ?? [])],
    feed: mergeEvents([], snapshot.feed ?? []),
    marketplaces: [...(snapshot.marketplaces ?? [])],
  };
}

/**
 * A delta changes what it names: all tiles anew, the days it carries (merged by date), the products it carries (all
 * rows of a marketplace+SKU replaced; no rows = gone) and new events. A delta older than what is shown, or computed for
 * another view, is ignored (returns the same state object), so a late one can never roll numbers back or mix views.
 */
export function applyDelta(state, delta) {
  if (isOlder(delta.asOf, state.asOf) || !sameView(delta.view, state.view)) {
    return state;
  }

  return {
    ...state,
    asOf: delta.asOf,
    today: delta.today ?? state.today,
    tiles: delta.tiles?.length ? { ...state.tiles, ...tilesByKey(delta.tiles) } : state.tiles,
    daily: delta.days?.length ? mergeDays(state.daily, delta.days, state.view) : state.daily,
    products: delta.products?.length ? mergeProducts(state.products, delta.products) : state.products,
    feed: delta.events?.length ? mergeEvents(state.feed, delta.events) : state.feed,
  };
}

export function productKey(marketplaceId, sku) {
  return `${marketplaceId}\u0000${sku}`;
}

function tilesByKey(tiles = []) {
  return Object.fromEntries(tiles.map((tile) => [tile.key, tile]));
}

function mergeDays(days, changed, view) {
  const byDate = new Map(days.map((day) => [day.date, day]));
  for (const day of changed) {
    byDate.set(day.date, day);
  }
  return sortedDays([...byDate.values()], view);
}

// 'YYYY-MM-DD' strings compare like the dates they name.
function sortedDays(days, view) {
  const inside = view ? days.filter((day) => day.date >= view.from && day.date <= view.to) : [...days];
  return inside.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function mergeProducts(rows, changed) {
  const replaced = new Set(changed.map((product) => productKey(product.marketplaceId, product.sku)));
  const kept = rows.filter((row) => !replaced.has(productKey(row.marketplaceId, row.sku)));
  return kept.concat(changed.flatMap((product) => product.rows ?? []));
}

/** Newest first by learnedAt (then occurredAt), one entry per id (the newer copy wins), at most FEED_LIMIT. */
function mergeEvents(shown, arrived) {
  const byId = new Map();
  for (const event of [...arrived, ...shown]) {
    if (!byId.has(event.id)) {
      byId.set(event.id, event);
    }
  }
  return [...byId.values()]
    .sort((a, b) => instant(b.learnedAt) - instant(a.learnedAt) || instant(b.occurredAt) - instant(a.occurredAt))
    .slice(0, FEED_LIMIT);
}

/** A delta computed for another view than the one shown (the view changed meanwhile) is not for this page. */
function sameView(deltaView, shownView) {
  return !deltaView || !shownView || (deltaView.from === shownView.from && deltaView.to === shownView.to
    && (deltaView.marketplace ?? null) === (shownView.marketplace ?? null));
}

function isOlder(asOf, shownAsOf) {
  return asOf != null && shownAsOf != null && instant(asOf) < instant(shownAsOf);
}

function instant(iso) {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}
