import { api } from '../api.js';
import { startPage } from '../shell.js';
import { el, replace } from '../dom.js';
import { dateLabel } from '../format.js';
import { handleSubmit } from '../forms.js';
import { confirmAction } from '../confirm.js';
import { notify } from '../notify.js';
import { downloadBlob } from '../download.js';
import { renderMfa } from './settings/mfa.js';

const session = await startPage({ page: 'settings' });
const setupRequired = session.mfaSetupRequired;

if (setupRequired) {
  // Until an authenticator is set up, only the MFA endpoints answer.
  document.getElementById('mfa-required').hidden = false;
  for (const section of document.querySelectorAll('.seller-only')) section.hidden = true;
  renderMfa({ enabled: false, setupRequired: true });
  document.getElementById('mfa-title').focus();
} else {
  await loadAccount();
  wireProfile();
  wireEmail();
  wirePassword();
  wireTimeZone();
  wireExport();
  wireDelete();
  if (location.hash === '#mfa') document.getElementById('mfa-title').focus();
}

async function loadAccount() {
  try {
    const account = await api('/api/account');
    document.getElementById('displayName').value = account.displayName;
    document.getElementById('email').value = account.email;
    showPendingEmail(account);
    document.getElementById('account-since').textContent = `Member since ${dateLabel(account.createdAt.slice(0, 10))}`;
    renderMfa({ enabled: account.mfaEnabled, setupRequired: false });
  } catch (error) {
    const alert = document.getElementById('settings-alert');
    replace(alert, el('p', { class: 'alert-title', text: 'Your account could not be loaded.' }), el('p', { text: error.problem?.title || error.message }));
    alert.hidden = false;
    renderMfa({ enabled: false, setupRequired: false });
  }
}

function updateHeaderName(name) {
  const user = document.querySelector('.header-user');
  if (user) user.textContent = name;
}

function wireProfile() {
  handleSubmit(document.getElementById('profile-form'), async ({ displayName }) => {
    const account = await api('/api/account', { method: 'PATCH', body: { displayName: displayName.trim() } });
    updateHeaderName(account.displayName);
    notify('Display name saved.');
  });
}

function showPendingEmail(account) {
  const pending = account.pendingEmail || (account.emailVerified ? null : account.email);
  document.getElementById('email-pending').hidden = !pending;
  if (!pending) return;
  document.getElementById('email-pending-title').textContent = pending.toLowerCase() === account.email.toLowerCase()
    ? `Your address ${pending} is not confirmed yet. Check your inbox.`
    : `Waiting for you to confirm ${pending}. Check its inbox.`;
}

function wireEmail() {
  const form = document.getElementById('email-form');
  handleSubmit(form, async ({ email, password }) => {
    const account = await api('/api/account', { method: 'PATCH', body: { email: email.trim(), password } });
    form.elements.password.value = '';
    form.elements.email.value = account.email;
    showPendingEmail(account);
    notify(`If ${email.trim()} can be used, we sent a link to it. Your email changes when you open it.`, { timeout: 8000 });
  });
  document.getElementById('email-resend').addEventListener('click', async () => {
    try {
      await api('/api/account/email/resend', { method: 'POST' });
      notify('We sent the link again.');
    } catch (error) {
      notify(error.problem?.title || error.message, { error: true });
    }
  });
}

function wirePassword() {
  const form = document.getElementById('password-form');
  handleSubmit(form, async ({ currentPassword, newPassword, confirmPassword }) => {
    if (newPassword !== confirmPassword) {
      const error = new Error('The new passwords do not match.');
      error.problem = { errors: { confirmPassword: ['Type the same new password twice.'] } };
      throw error;
    }
    await api('/api/account/password', { method: 'POST', body: { currentPassword, newPassword } });
    form.reset();
    notify('Password changed. Other devices are signed out.');
  });
}

function wireTimeZone() {
  const form = document.getElementById('zone-form');
  const input = form.elements.timeZone;
  const list = document.getElementById('time-zones');
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  list.replaceChildren(...['UTC', ...zones.filter((z) => z !== 'UTC')].map((zone) => el('option', { value: zone })));

  const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const localButton = document.getElementById('zone-local');
  if (local) {
    localButton.textContent = `Use this device's zone (${local})`;
    localButton.hidden = false;
    localButton.addEventListener('click', () => { input.value = local; input.focus(); });
  }

  api('/api/settings').then((settings) => { input.value = settings.timeZone; }).catch(() => {
    input.placeholder = 'Could not load the current zone';
  });
  handleSubmit(form, async ({ timeZone }) => {
    const settings = await api('/api/settings', { method: 'PUT', body: { timeZone: timeZone.trim() } });
    input.value = settings.timeZone;
    notify(`Reports now count days in ${settings.timeZone}.`);
  });
}

// The export is a ZIP (account.json and one CSV per table), downloaded through fetch so a failure shows here, not as a page.
function wireExport() {
  const button = document.getElementById('export-button');
  const alert = document.getElementById('export-alert');
  button.addEventListener('click', async () => {
    alert.hidden = true;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch('/api/account/export', { credentials: 'same-origin' });
      if (!response.ok) {
        showExportAlert('error', `The export failed (${response.status}). Please try again later.`);
        return;
      }
      const disposition = response.headers.get('Content-Disposition') || '';
      const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] || 'sellmetrics-export.zip';
      downloadBlob(decodeURIComponent(name), await response.blob());
      notify('Export downloaded.');
    } catch {
      showExportAlert('error', 'The server could not be reached.');
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });

  function showExportAlert(kind, message) {
    alert.className = `alert alert-${kind}`;
    alert.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    replace(alert, el('p', { text: message }));
    alert.hidden = false;
  }
}

function wireDelete() {
  document.getElementById('delete-button').addEventListener('click', async () => {
    const confirmed = await confirmAction({
      title: 'Delete your account?',
      message: 'You are signed out everywhere now, every marketplace connection is removed, and all your data is deleted for good after the grace period. This cannot be undone from here.',
      confirmLabel: 'Delete account',
      requirePassword: true,
      action: (password) => api('/api/account', { method: 'DELETE', body: { password } }),
    });
    if (confirmed) location.assign('/sign-in.html?closed=1');
  });
}
