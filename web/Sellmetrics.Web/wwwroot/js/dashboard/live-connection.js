// The dashboard's SignalR connection: connects, watches the current view, and keeps doing so across reconnects.
// Every (re)connect watches again and hands over a whole snapshot, so nothing sent while away is missed.
import { clientMethods, hubPath, serverMethods } from '/js/hub-contract.js';

const MAX_RETRY_MS = 30_000;

/** Exponential backoff with jitter, capped; never gives up (null would stop SignalR's automatic reconnect). */
function retryDelay(attempt) {
  const base = Math.min(MAX_RETRY_MS, 1000 * 2 ** Math.min(attempt, 5));
  return base / 2 + Math.random() * (base / 2);
}

/**
 * callbacks: onStatus('connected'|'reconnecting'|'offline'), onSnapshot(snapshot), onDelta(delta), onTenantClosed(),
 * onStartFailed() (after a failed start; may check the session). Returns { watch(view) → Promise<snapshot> }.
 */
export function createLiveConnection({ onStatus, onSnapshot, onDelta, onTenantClosed, onStartFailed }) {
  const signalR = window.signalR;
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(hubPath, { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => retryDelay(context.previousRetryCount) })
    .configureLogging(signalR.LogLevel.None)
    .build();

  let view = null;
  let watchSeq = 0;
  let shownView = null;
  // Deltas that arrive while a Watch is answered wait for its snapshot; older ones are then dropped by the state.
  let heldDeltas = null;
  let startAttempt = 0;

  connection.on(clientMethods.profitChanged, (delta) => {
    if (heldDeltas) {
      heldDeltas.push(delta);
    } else {
      onDelta(delta);
    }
  });
  connection.on(clientMethods.tenantClosed, () => onTenantClosed());

  connection.onreconnecting(() => onStatus('reconnecting'));
  connection.onreconnected(() => {
    onStatus('connected');
    invokeWatch().catch(() => {});
  });
  connection.onclose(() => {
    onStatus('offline');
    scheduleStart();
  });

  async function start() {
    try {
      await connection.start();
      startAttempt = 0;
      onStatus('connected');
      if (view) {
        await invokeWatch().catch(() => {});
      }
    } catch {
      onStatus('offline');
      onStartFailed?.();
      scheduleStart();
    }
  }

  function scheduleStart() {
    setTimeout(start, retryDelay(startAttempt++));
  }

  /** Watches the current view; a refused view rejects (with the server's message) and leaves the old one shown. */
  async function invokeWatch() {
    const seq = ++watchSeq;
    const asked = view;
    heldDeltas ??= [];
    try {
      const snapshot = await connection.invoke(serverMethods.watch, asked);
      if (seq === watchSeq) {
        shownView = asked;
        onSnapshot(snapshot);
      }
      return snapshot;
    } finally {
      if (seq === watchSeq) {
        const held = heldDeltas;
        heldDeltas = null;
        held.forEach(onDelta);
      }
    }
  }

  return {
    /** Sets the view and, when connected, watches it; resolves with its snapshot (or null while not connected). */
    async watch(nextView) {
      const previous = view;
      view = nextView;
      if (connection.state !== signalR.HubConnectionState.Connected) {
        return null;
      }
      try {
        return await invokeWatch();
      } catch (error) {
        view = previous;
        // A newer request superseded the one now shown; watch the kept view again so data and deltas agree.
        if (view && view !== shownView) {
          invokeWatch().catch(() => {});
        }
        throw error;
      }
    },
    start,
  };
}
