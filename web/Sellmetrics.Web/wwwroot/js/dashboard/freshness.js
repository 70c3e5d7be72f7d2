// "As of 12:03:41" beside the chart, the fee breakdown and the table: every number on the page says how fresh it is.
import { time } from '/js/format.js';
import { setAttr, setText } from './dom-update.js';

export function createFreshness(nodes) {
  return {
    update(state) {
      for (const node of nodes) {
        setText(node, state.asOf ? `as of ${time(state.asOf)}` : '');
        setAttr(node, 'title', state.asOf ? `Numbers as Sellmetrics knew them at ${new Date(state.asOf).toLocaleString()}` : '');
      }
    },
  };
}
