// A modal confirmation (native <dialog>, so focus is trapped and Escape cancels), optionally
// asking for the password and an authenticator code again. Resolves to false, or to { password, code } when confirmed.

import { el } from './dom.js';
import { showProblem } from './forms.js';

/**
 * confirmAction({ title, message, confirmLabel, danger, requirePassword, requireCode, action })
 * `action(password, code)` (optional) runs inside the dialog, which stays open showing any error it throws.
 */
export function confirmAction({ title, message, confirmLabel = 'Confirm', danger = true, requirePassword = false, requireCode = false, action } = {}) {
  const opener = document.activeElement;
  return new Promise((resolve) => {
    const titleId = `confirm-title-${Date.now()}`;
    const password = requirePassword
      ? el('input', { type: 'password', name: 'password', id: `${titleId}-password`, autocomplete: 'current-password', required: true })
      : null;
    const code = requireCode
      ? el('input', { type: 'text', name: 'code', id: `${titleId}-code`, inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '20', required: true, spellcheck: 'false' })
      : null;
    const confirmButton = el('button', { type: 'submit', class: danger ? 'btn btn-danger solid' : 'btn btn-primary', text: confirmLabel });
    const cancelButton = el('button', { type: 'button', class: 'btn', text: 'Cancel', value: 'cancel' });
    const form = el('form', { method: 'dialog', class: 'form', novalidate: true },
      el('div', { class: 'alert alert-error form-alert', role: 'alert', hidden: true }),
      message ? el('p', { class: 'muted', text: message }) : null,
      password ? el('div', { class: 'field' }, el('label', { for: password.id, text: 'Your password' }), password) : null,
      code ? el('div', { class: 'field' }, el('label', { for: code.id, text: 'Code from your authenticator app, or a recovery code' }), code) : null,
      el('div', { class: 'dialog-actions' }, cancelButton, confirmButton));
    const dialog = el('dialog', { 'aria-labelledby': titleId }, el('h2', { id: titleId, text: title }), form);

    let result = false;
    const close = () => dialog.close();
    cancelButton.addEventListener('click', close);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (password && !password.value) {
        showProblem(form, { problem: { errors: { password: ['Enter your password to confirm.'] } } });
        return;
      }
      if (code && !code.value.trim()) {
        showProblem(form, { problem: { errors: { code: ['Enter the code from your authenticator app, or a recovery code.'] } } });
        return;
      }
      const answer = { ...(password ? { password: password.value } : {}), ...(code ? { code: code.value.replace(/\s+/g, '') } : {}) };
      if (action) {
        confirmButton.disabled = true;
        confirmButton.setAttribute('aria-busy', 'true');
        try {
          await action(answer.password, answer.code);
        } catch (error) {
          showProblem(form, error);
          return;
        } finally {
          confirmButton.disabled = false;
          confirmButton.removeAttribute('aria-busy');
        }
      }
      result = answer;
      close();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && document.contains(opener)) opener.focus();
      resolve(result);
    });

    document.body.append(dialog);
    dialog.showModal();
    (password || cancelButton).focus();
  });
}
