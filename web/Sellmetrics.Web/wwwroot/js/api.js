// The one way pages talk to the backend: same-origin JSON, CSRF header on unsafe methods,
// problem details surfaced as ApiError, and a redirect to sign-in when the session is gone.

const XSRF_COOKIE = 'XSRF-TOKEN';
const XSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || { title: `Request failed (${status})`, status };
  }
}

function readCookie(name) {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : null;
}

async function xsrfToken() {
  let token = readCookie(XSRF_COOKIE);
  if (!token) {
    await fetch('/api/auth/session', { credentials: 'same-origin' });
    token = readCookie(XSRF_COOKIE);
  }
  return token;
}

function isAuthPath(path) {
  return path.startsWith('/api/auth/');
}

export function signInUrl() {
  const next = `${location.pathname}${location.search}${location.hash}`;
  return `/sign-in.html?next=${encodeURIComponent(next)}`;
}

async function readBody(response) {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function api(path, { method = 'GET', body, form } = {}) {
  const upper = method.toUpperCase();
  const headers = { Accept: 'application/json, application/problem+json' };
  let payload;
  if (form !== undefined) {
    payload = form;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (!SAFE_METHODS.has(upper)) {
    const token = await xsrfToken();
    if (token) headers[XSRF_HEADER] = token;
  }

  let response;
  try {
    response = await fetch(path, { method: upper, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { title: 'The server could not be reached.', detail: 'Check your connection and try again.' });
  }

  const data = await readBody(response);
  if (response.ok) return data;

  if (response.status === 401 && !isAuthPath(path)) {
    location.assign(signInUrl());
  }
  const problem = data && typeof data === 'object' ? data : { title: typeof data === 'string' && data ? data : response.statusText };
  if (problem.status === undefined) problem.status = response.status;
  const retryAfter = response.headers.get('Retry-After');
  if (retryAfter) problem.retryAfter = Number(retryAfter);
  throw new ApiError(response.status, problem);
}
