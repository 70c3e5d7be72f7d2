import { api } from '../api.js';
import { startPage } from '../shell.js';
import { el, replace } from '../dom.js';

// The token travels in the fragment (never sent to a server or a Referer); it is removed from the address bar at once.
const token = new URLSearchParams(location.hash.slice(1)).get('token');
history.replaceState(null, '', location.pathname);

await startPage({ page: 'verify-email', requireSignIn: false });
const status = document.getElementById('verify-status');
const problem = document.getElementById('verify-problem');

if (!token) {
  fail({ title: 'This link is incomplete.', detail: 'Open the link from the mail again, or ask for a new one in Settings.' });
} else {
  try {
    await api('/api/account/email/verify', { method: 'POST', body: { token } });
    status.textContent = 'Your email address is confirmed. You sign in with it from now on.';
  } catch (error) {
    fail(error.problem || { title: error.message });
  }
}

function fail({ title, detail }) {
  status.textContent = '';
  replace(problem, el('p', { class: 'alert-title', text: title }), detail ? el('p', { text: detail }) : null);
  problem.hidden = false;
  problem.focus();
}
