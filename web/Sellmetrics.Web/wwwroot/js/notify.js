// Short-lived, polite announcements ("Saved") in a corner toast that screen readers read too.

import { el } from './dom.js';

let region;

function toastRegion() {
  if (!region) {
    region = el('div', { class: 'toast-region', role: 'status', 'aria-live': 'polite' });
    document.body.append(region);
  }
  return region;
}

export function notify(message, { error = false, timeout = 4000 } = {}) {
  const toast = el('div', { class: error ? 'toast error' : 'toast', text: message });
  toastRegion().append(toast);
  setTimeout(() => toast.remove(), timeout);
}
