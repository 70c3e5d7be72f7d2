// The chosen range's fees by category (main currency), with bars sized by each category's share.
import { money, percent } from '/js/format.js';
import { el } from '/js/dom.js';
import { setAttr, setText } from './dom-update.js';
import { basisOf, totalsIn } from './totals.js';

const CATEGORIES = [
  { key: 'referral', label: 'Referral' },
  { key: 'fulfillment', label: 'Fulfillment' },
  { key: 'storage', label: 'Storage' },
  { key: 'other', label: 'Other' },
];

export function createFeeBreakdown(container) {
  const list = container.querySelector('[data-fee-list]');
  const totalNode = container.querySelector('[data-fee-total]');
  const note = container.querySelector('[data-fee-note]');
  const rows = CATEGORIES.map(({ key, label }) => {
    const amount = el('span', { class: 'fee-amount' });
    const share = el('span', { class: 'fee-share' });
    const bar = el('span', { class: `fee-bar fee-bar-${key}` });
    const root = el('li', { class: 'fee-row', 'data-fee': key, 'data-value': '0' }, [
      el('span', { class: 'fee-label', text: label }),
      amount,
      share,
      el('span', { class: 'fee-track', 'aria-hidden': 'true' }, [bar]),
    ]);
    return { key, root, amount, share, bar };
  });
  list.replaceChildren(...rows.map((r) => r.root));

  return {
    update(state) {
      const totalsList = state.tiles.range?.totals ?? [];
      const totals = totalsIn(totalsList);
      const fees = totals?.fees ?? { referral: 0, fulfillment: 0, storage: 0, other: 0, total: 0 };
      const currency = totals?.currency;
      const sumOfParts = CATEGORIES.reduce((sum, { key }) => sum + Math.abs(fees[key]), 0);
      for (const row of rows) {
        const value = fees[row.key];
        const ratio = sumOfParts > 0 ? Math.abs(value) / sumOfParts : 0;
        setAttr(row.root, 'data-value', value);
        setText(row.amount, currency ? money(value, currency) : '—');
        setText(row.share, sumOfParts > 0 ? percent(ratio) : '');
        row.bar.style.width = `${(ratio * 100).toFixed(1)}%`;
      }
      setAttr(totalNode, 'data-value', fees.total);
      setText(totalNode, currency ? money(fees.total, currency) : '—');
      setText(note, !totals ? 'No fees in this range yet.'
        : basisOf(totalsList) === 'estimated' ? `Includes ${money(totals.estimatedFees, currency)} of estimated fees not yet posted.`
          : 'All fees posted by the marketplace.');
    },
  };
}
