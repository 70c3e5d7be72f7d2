// Marketplace ids as sellers know them.

export const AMAZON_MARKETPLACES = [
  ['ATVPDKIKX0DER', 'Amazon.com (United States)'],
  ['A2EUQ1WTGCTBG2', 'Amazon.ca (Canada)'],
  ['A1AM78C64UM0Y8', 'Amazon.com.mx (Mexico)'],
  ['A2Q3Y263D00KWC', 'Amazon.com.br (Brazil)'],
  ['A1F83G8C2ARO7P', 'Amazon.co.uk (United Kingdom)'],
  ['A1PA6795UKMFR9', 'Amazon.de (Germany)'],
  ['A13V1IB3VIYZZH', 'Amazon.fr (France)'],
  ['APJ6JRA9NG5V4', 'Amazon.it (Italy)'],
  ['A1RKKUPIHCS9HS', 'Amazon.es (Spain)'],
  ['A1805IZSGTT6HS', 'Amazon.nl (Netherlands)'],
  ['AMEN7PMS3EDWL', 'Amazon.com.be (Belgium)'],
  ['A2NODRKZP88ZB9', 'Amazon.se (Sweden)'],
  ['A1C3SOZRARQ6R3', 'Amazon.pl (Poland)'],
  ['AE08WJ6YKNBMC', 'Amazon.ie (Ireland)'],
  ['A33AVAJ2PDY3EV', 'Amazon.com.tr (Turkey)'],
  ['ARBP9OOSHTCHU', 'Amazon.eg (Egypt)'],
  ['A17E79C6D8DWNP', 'Amazon.sa (Saudi Arabia)'],
  ['A2VIGQ35RCS4UG', 'Amazon.ae (United Arab Emirates)'],
  ['A21TJRUUN4KGV', 'Amazon.in (India)'],
  ['A19VAU5U5O7RUS', 'Amazon.sg (Singapore)'],
  ['A39IBJ37TRP1C6', 'Amazon.com.au (Australia)'],
  ['A1VC38T7YXB528', 'Amazon.co.jp (Japan)'],
];

const NAMES = new Map(AMAZON_MARKETPLACES.map(([id, label]) => [id, label.replace(/ \(.*\)$/, '')]));

export function marketplaceName(id) {
  if (!id) return '—';
  if (NAMES.has(id)) return NAMES.get(id);
  if (/walmart/i.test(id)) return 'Walmart';
  return id;
}

export function channelName(marketplace) {
  return { amazon: 'Amazon', walmart: 'Walmart' }[marketplace] || marketplace;
}
