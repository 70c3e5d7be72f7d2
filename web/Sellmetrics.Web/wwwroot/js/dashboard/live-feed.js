// The live feed of the latest events, newest on top. Entries are keyed by event id; one that was not shown before
// is stamped with when it appeared (data-shown-at, for latency checks) and briefly highlighted.
import { integer, money, time } from '/js/format.js';
import { el } from '/js/dom.js';
import { setText } from './dom-update.js';

const KIND_LABELS = {
  order: 'Order',
  fees: 'Fees',
  refund: 'Refund',
  reimbursement: 'Reimbursement',
  unitCost: 'Unit cost',
};

export function createLiveFeed(list, emptyNode) {
  const shown = new Map(); // event id → <li>
  let firstRender = true;

  return {
    update(state) {
      const names = new Map(state.marketplaces.map((m) => [m.marketplaceId, m.name]));
      const keep = new Set();
      state.feed.forEach((event, index) => {
        keep.add(event.id);
        let item = shown.get(event.id);
        if (!item) {
          item = buildItem(event);
          item.dataset.shownAt = new Date().toISOString();
          if (!firstRender) {
            item.classList.add('is-new');
          }
          shown.set(event.id, item);
        }
        // The marketplace's name may arrive after its first events (with the next snapshot).
        setText(item.querySelector('.feed-what'), describe(event, names));
        if (list.children[index] !== item) {
          list.insertBefore(item, list.children[index] ?? null);
        }
      });
      for (const [id, item] of shown) {
        if (!keep.has(id)) {
          item.remove();
          shown.delete(id);
        }
      }
      emptyNode.hidden = state.feed.length > 0;
      firstRender = false;
    },
  };
}

function describe(event, names) {
  return [
    event.orderId ? `Order ${event.orderId}` : null,
    event.sku ? `SKU ${event.sku}` : null,
    event.units ? `${integer(event.units)} ${event.units === 1 ? 'unit' : 'units'}` : null,
    names.get(event.marketplaceId) ?? event.marketplaceId,
  ].filter(Boolean).join(' · ');
}

function buildItem(event) {
  const kind = KIND_LABELS[event.kind] ?? event.kind;
  // A pending order has no price yet (amount 0): show no amount rather than a misleading $0.00.
  const amount = event.amount && event.currency ? money(event.amount, event.currency) : '';
  const learned = el('time', { class: 'feed-time', text: time(event.learnedAt), datetime: event.learnedAt });
  learned.title = `Happened ${new Date(event.occurredAt).toLocaleString()}, learned ${new Date(event.learnedAt).toLocaleString()}`;

  const item = el('li', {
    class: `feed-item feed-${event.kind}`,
    'data-event-id': event.id,
    'data-kind': event.kind,
    'data-order-id': event.orderId ?? '',
    'data-learned-at': event.learnedAt,
  }, [
    el('span', { class: 'feed-kind', text: kind }),
    el('span', { class: 'feed-what' }),
    el('span', { class: `feed-amount${event.amount < 0 ? ' is-negative' : ''}`, text: amount }),
    learned,
  ]);
  return item;
}
