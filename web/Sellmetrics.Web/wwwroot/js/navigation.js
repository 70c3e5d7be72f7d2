// Where to go after signing in: the `next` query parameter when it names one of this site's pages on this origin.

const DEFAULT_LANDING = '/dashboard.html';

/** The pages a sign-in may return to; anything else (sign-in, sign-up, other paths, other hosts) lands on the dashboard. */
export const LANDING_PAGES = Object.freeze([
  '/dashboard.html',
  '/products.html',
  '/costs.html',
  '/payouts.html',
  '/connections.html',
  '/settings.html',
  '/admin.html',
]);

/**
 * Resolves `next` as the browser would (it drops tabs and line breaks, reads `\` as `/`) and keeps it only when the
 * result is on this origin and one of LANDING_PAGES; its query and fragment are kept.
 */
export function safeNext(search = location.search, origin = location.origin) {
  const next = new URLSearchParams(search).get('next');
  if (!next) return DEFAULT_LANDING;
  let url;
  try {
    url = new URL(next, origin);
  } catch {
    return DEFAULT_LANDING;
  }
  if (url.origin !== origin || !LANDING_PAGES.includes(url.pathname)) return DEFAULT_LANDING;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Carries ?next= over to a link (sign-in ↔ sign-up). */
export function keepNext(link) {
  const next = new URLSearchParams(location.search).get('next');
  if (next && link) link.href = `${link.pathname}?next=${encodeURIComponent(next)}`;
}
