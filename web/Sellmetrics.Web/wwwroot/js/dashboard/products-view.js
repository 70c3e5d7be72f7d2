// Which product rows the table shows: searched, sorted and cut into pages. Pure, so node can test it.

export const PAGE_SIZE = 25;

/** The sortable columns and the number (or text) each sorts by. */
export const SORT_VALUES = Object.freeze({
  product: (row) => (row.title || row.sku || '').toLocaleLowerCase(),
  units: (row) => row.units,
  revenue: (row) => row.revenue,
  fees: (row) => row.fees?.total ?? 0,
  cogs: (row) => row.cogs,
  netProfit: (row) => row.netProfit,
  margin: (row) => row.margin,
  roi: (row) => row.roi,
});

export function rowKey(row) {
  return `${row.marketplaceId}\u0000${row.sku}\u0000${row.currency}`;
}

export function matchesSearch(row, query) {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) {
    return true;
  }
  return [row.sku, row.asin, row.title].some((text) => text?.toLocaleLowerCase().includes(needle));
}

/**
 * { rows, total, page, pageCount } for a search query, sort column and direction ('ascending'|'descending') and a
 * 0-based page (clamped into range). Empty values (null margin/ROI) sort last either way; ties keep SKU order.
 */
export function viewRows(allRows, { query = '', sort = 'revenue', direction = 'descending', page = 0, pageSize = PAGE_SIZE } = {}) {
  const valueOf = SORT_VALUES[sort] ?? SORT_VALUES.revenue;
  const sign = direction === 'ascending' ? 1 : -1;
  const found = allRows.filter((row) => matchesSearch(row, query));
  found.sort((a, b) => compareValues(valueOf(a), valueOf(b), sign) || compareText(rowKey(a), rowKey(b)));
  const pageCount = Math.max(1, Math.ceil(found.length / pageSize));
  const shownPage = Math.min(Math.max(0, page), pageCount - 1);
  return {
    rows: found.slice(shownPage * pageSize, (shownPage + 1) * pageSize),
    total: found.length,
    page: shownPage,
    pageCount,
  };
}

function compareValues(a, b, sign) {
  const aEmpty = a === null || a === undefined;
  const bEmpty = b === null || b === undefined;
  if (aEmpty || bEmpty) {
    return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  }
  return sign * (typeof a === 'string' ? compareText(a, b) : a - b);
}

function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
