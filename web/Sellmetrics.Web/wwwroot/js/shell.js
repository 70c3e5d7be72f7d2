// The frame every signed-in page shares: session check, header with navigation, theme toggle.

import { api, signInUrl } from './api.js';
import { el, replace } from './dom.js';
import { effectiveTheme, toggleTheme } from './theme.js';

const NAV = [
  { page: 'dashboard', href: '/dashboard.html', label: 'Dashboard' },
  { page: 'products', href: '/products.html', label: 'Products' },
  { page: 'costs', href: '/costs.html', label: 'Costs' },
  { page: 'payouts', href: '/payouts.html', label: 'Payouts' },
  { page: 'connections', href: '/connections.html', label: 'Connections' },
  { page: 'settings', href: '/settings.html', label: 'Settings' },
  { page: 'admin', href: '/admin.html', label: 'Admin', adminOnly: true },
];

const never = () => new Promise(() => {});

export async function getSession() {
  return api('/api/auth/session');
}

export async function startPage({ page, requireSignIn = true, requireAdmin = false } = {}) {
  document.body.dataset.page = page;
  let session;
  try {
    session = await getSession();
  } catch {
    session = { signedIn: false };
  }

  if ((requireSignIn || requireAdmin) && !session.signedIn) {
    location.replace(signInUrl());
    return never();
  }
  if (requireAdmin && !session.isAdmin) {
    location.replace('/dashboard.html');
    return never();
  }
  // An admin must set up an authenticator before the rest of the app answers.
  if (session.signedIn && session.mfaSetupRequired && page !== 'settings') {
    location.replace('/settings.html?mfa=required#mfa');
    return never();
  }

  renderHeader(page, session);
  return session;
}

function renderHeader(page, session) {
  const header = document.getElementById('app-header');
  if (!header) return;
  header.classList.add('app-header');

  const brand = el('a', { class: 'brand', href: session.signedIn ? '/dashboard.html' : '/sign-in.html' },
    el('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'Sellmetrics');

  const nav = session.signedIn ? buildNav(page, session) : null;
  const menuButton = nav ? el('button', {
    type: 'button', class: 'btn btn-ghost menu-toggle', 'aria-expanded': 'false', 'aria-controls': 'app-nav',
    onClick: (event) => {
      const open = event.currentTarget.getAttribute('aria-expanded') !== 'true';
      event.currentTarget.setAttribute('aria-expanded', String(open));
      header.classList.toggle('nav-open', open);
    },
  }, el('span', { class: 'menu-icon', 'aria-hidden': 'true' }), el('span', { class: 'visually-hidden', text: 'Menu' })) : null;

  const tools = el('div', { class: 'header-tools' }, themeButton());
  if (session.signedIn) {
    tools.append(
      el('span', { class: 'header-user', title: session.email || '', text: session.displayName || session.email || '' }),
      el('button', { type: 'button', class: 'btn btn-ghost', 'data-sign-out': true, onClick: signOut, text: 'Sign out' }),
    );
  }

  replace(header, el('div', { class: 'header-inner' }, brand, menuButton, nav, tools));
}

function buildNav(page, session) {
  const list = el('ul', { class: 'nav-list' });
  for (const item of NAV) {
    if (item.adminOnly && !session.isAdmin) continue;
    list.append(el('li', {}, el('a', {
      href: item.href, class: 'nav-link', 'aria-current': item.page === page ? 'page' : null, text: item.label,
    })));
  }
  return el('nav', { id: 'app-nav', class: 'app-nav', 'aria-label': 'Main' }, list);
}

function themeButton() {
  const button = el('button', { type: 'button', class: 'btn btn-ghost btn-icon theme-toggle', 'data-theme-toggle': true });
  const label = () => {
    const dark = effectiveTheme() === 'dark';
    button.setAttribute('aria-label', dark ? 'Switch to light theme' : 'Switch to dark theme');
    button.title = button.getAttribute('aria-label');
    button.dataset.current = dark ? 'dark' : 'light';
  };
  button.append(el('span', { class: 'theme-icon', 'aria-hidden': 'true' }));
  button.addEventListener('click', () => { toggleTheme(); label(); });
  label();
  return button;
}

export async function signOut() {
  try {
    await api('/api/auth/logout', { method: 'POST' });
  } finally {
    location.assign('/sign-in.html');
  }
}
