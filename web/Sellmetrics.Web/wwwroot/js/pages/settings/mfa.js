// Authenticator (TOTP) setup: confirm it's you → scan or type the secret → confirm a code → keep recovery codes.
// Replacing or turning off an authenticator needs the password and a current (or recovery) code; each signs out other devices.

import { api } from '../../api.js';
import { el, replace } from '../../dom.js';
import { handleSubmit } from '../../forms.js';
import { confirmAction } from '../../confirm.js';
import { notify } from '../../notify.js';
import { downloadText } from '../../download.js';

export function renderMfa({ enabled, setupRequired }) {
  const body = document.getElementById('mfa-body');
  const state = document.getElementById('mfa-state');
  replace(state, enabled
    ? el('span', { class: 'badge ok', text: 'On' })
    : el('span', { class: 'badge warn', text: 'Off' }));

  if (enabled) {
    replace(body,
      el('p', { class: 'muted', text: 'Signing in asks for a code from your authenticator app after your password.' }),
      setupRequired ? null : el('div', { class: 'form-actions' },
        el('button', { type: 'button', class: 'btn', id: 'mfa-replace', onClick: () => begin({ enabled: true, setupRequired }) }, 'Replace authenticator…'),
        el('button', { type: 'button', class: 'btn btn-danger', id: 'mfa-disable', onClick: () => disable(setupRequired) }, 'Turn off two-factor authentication…')));
    return;
  }
  replace(body,
    el('p', { class: 'muted', text: 'Protect your account with a 6-digit code from an app such as 1Password, Google Authenticator or Authy.' }),
    el('button', { type: 'button', class: 'btn btn-primary', id: 'mfa-setup', onClick: () => begin({ enabled: false, setupRequired }) }, 'Set up authenticator'));
}

async function begin({ enabled, setupRequired }) {
  const body = document.getElementById('mfa-body');
  let setup;
  const confirmed = await confirmAction({
    title: enabled ? 'Replace your authenticator?' : 'Confirm it is you',
    message: enabled
      ? 'Enter your password and a code from your current authenticator app (or a recovery code). Once the new one is on, your other devices are signed out.'
      : 'Enter your password to set up an authenticator. Once it is on, your other devices are signed out.',
    confirmLabel: 'Continue',
    danger: false,
    requirePassword: true,
    requireCode: enabled,
    action: async (password, code) => { setup = await api('/api/account/mfa/setup', { method: 'POST', body: { password, code } }); },
  });
  if (!confirmed) return;

  const code = el('input', { id: 'code-input', name: 'code', type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '10', required: true, spellcheck: 'false' });
  const form = el('form', { id: 'mfa-enable-form', class: 'form', novalidate: true },
    el('div', { class: 'alert alert-error form-alert', role: 'alert', hidden: true, tabindex: '-1' }),
    el('div', { class: 'field' }, el('label', { for: 'code-input', text: 'Code from the app' }), code),
    el('div', { class: 'form-actions' },
      el('button', { type: 'submit', class: 'btn btn-primary', text: 'Turn on' }),
      el('button', { type: 'button', class: 'btn btn-ghost', text: 'Cancel', onClick: () => renderMfa({ enabled, setupRequired }) })));

  replace(body,
    el('ol', { class: 'mfa-steps' },
      el('li', {}, 'Open your authenticator app and add an account. On this device you can ',
        el('a', { href: setup.otpAuthUri, id: 'otpauth-link' }, 'open it in the app directly'), '.'),
      el('li', { text: 'Or type this secret key:' })),
    el('div', { class: 'secret-box' },
      el('code', { id: 'mfa-secret', text: groupSecret(setup.secret) }),
      el('button', { type: 'button', class: 'btn btn-sm', onClick: () => copy(setup.secret, 'Secret key copied.') }, 'Copy key')),
    el('p', { class: 'otpauth', text: setup.otpAuthUri }),
    el('p', { text: 'Then enter the 6-digit code the app shows:' }),
    form);
  code.focus();

  handleSubmit(form, async ({ code: entered }) => {
    const result = await api('/api/account/mfa/enable', { method: 'POST', body: { code: entered.replace(/\s+/g, '') } });
    showRecoveryCodes(result.recoveryCodes, setupRequired);
  });
}

function showRecoveryCodes(codes, setupRequired) {
  const body = document.getElementById('mfa-body');
  replace(document.getElementById('mfa-state'), el('span', { class: 'badge ok', text: 'On' }));
  const text = `Sellmetrics recovery codes\r\nEach code works once, instead of an authenticator code.\r\n\r\n${codes.join('\r\n')}\r\n`;
  const done = setupRequired
    ? el('a', { class: 'btn btn-primary', href: '/dashboard.html' }, 'I saved them — continue to Sellmetrics')
    : el('button', { type: 'button', class: 'btn btn-primary', onClick: () => { renderMfa({ enabled: true, setupRequired: false }); document.getElementById('mfa-title').focus(); } }, 'I saved them');
  replace(body,
    el('div', { class: 'alert alert-success', role: 'status' }, el('p', { text: 'Two-factor authentication is on. Your other devices were signed out.' })),
    el('div', { class: 'recovery' },
      el('h3', { id: 'recovery-title', tabindex: '-1', text: 'Save your recovery codes' }),
      el('p', { class: 'muted', text: 'If you lose your phone, each of these codes signs you in once. They are shown only now.' }),
      el('ul', { class: 'code-list', id: 'recovery-codes' }, codes.map((c) => el('li', { text: c }))),
      el('div', { class: 'form-actions' },
        el('button', { type: 'button', class: 'btn', onClick: () => copy(codes.join('\n'), 'Recovery codes copied.') }, 'Copy'),
        el('button', { type: 'button', class: 'btn', onClick: () => downloadText('sellmetrics-recovery-codes.txt', text) }, 'Download'),
        done)));
  document.getElementById('recovery-title').focus();
}

async function disable(setupRequired) {
  const confirmed = await confirmAction({
    title: 'Turn off two-factor authentication?',
    message: 'Signing in will only need your password. Your recovery codes stop working and your other devices are signed out.',
    confirmLabel: 'Turn off',
    requirePassword: true,
    requireCode: true,
    action: (password, code) => api('/api/account/mfa/disable', { method: 'POST', body: { password, code } }),
  });
  if (!confirmed) return;
  notify('Two-factor authentication is off.');
  renderMfa({ enabled: false, setupRequired });
  document.getElementById('mfa-title').focus();
}

function groupSecret(secret) {
  return secret.replace(/\s+/g, '').replace(/(.{4})/g, '$1 ').trim();
}

async function copy(text, message) {
  try {
    await navigator.clipboard.writeText(text);
    notify(message);
  } catch {
    notify('Copying is blocked here; select the text and copy it instead.', { error: true });
  }
}
