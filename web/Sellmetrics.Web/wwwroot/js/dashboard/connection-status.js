// Shows the live connection's state in the page (and as body[data-live] for tests and styles).
const LABELS = {
  connected: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline — retrying',
};

export function createConnectionStatus(node) {
  return {
    show(status) {
      document.body.dataset.live = status;
      node.dataset.status = status;
      node.textContent = LABELS[status] ?? status;
    },
  };
}
