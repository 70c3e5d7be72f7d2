// Where to go after signing in: the `next` query parameter when it is a path on this site.

const DEFAULT_LANDING = '/dashboard.html';

export function safeNext(search = location.search) {
  const next = new URLSearchParams(search).get('next');
  // Only same-site paths: "/x" but never "//host" or "/\host" (which browsers treat as another origin).
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return DEFAULT_LANDING;
  if (next.startsWith('/sign-in.html') || next.startsWith('/sign-up.html')) return DEFAULT_LANDING;
  return next;
}

/** Carries ?next= over to a link (sign-in ↔ sign-up). */
export function keepNext(link) {
  const next = new URLSearchParams(location.search).get('next');
  if (next && link) link.href = `${link.pathname}?next=${encodeURIComponent(next)}`;
}
