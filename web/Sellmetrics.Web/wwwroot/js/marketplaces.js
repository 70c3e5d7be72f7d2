// Marketplace ids as sellers know them, from the server's own list.

import { amazonMarketplaces, defaultAmazonMarketplace } from './marketplace-list.js';

export const AMAZON_MARKETPLACES = amazonMarketplaces.map((m) => [m.id, `${m.storefront} (${m.country})`]);

// The marketplace a new connection starts on: the server's default, whatever the list's order.
export const DEFAULT_AMAZON_MARKETPLACE = defaultAmazonMarketplace;

const NAMES = new Map(amazonMarketplaces.map((m) => [m.id, m.storefront]));

export function marketplaceName(id) {
  if (!id) return '—';
  if (NAMES.has(id)) return NAMES.get(id);
  if (/walmart/i.test(id)) return 'Walmart';
  return id;
}

export function channelName(marketplace) {
  return { amazon: 'Amazon', walmart: 'Walmart' }[marketplace] || marketplace;
}
