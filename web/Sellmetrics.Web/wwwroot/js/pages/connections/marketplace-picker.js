// Which of a seller account's marketplaces an Amazon connection tracks: one checkbox per marketplace the seller sells in
// (in the connection's region), the tracked ones checked. Unsaved choices survive the page's periodic re-render.

import { api } from '../../api.js';
import { el } from '../../dom.js';
import { alertBox, clearProblem, showProblem, whileBusy } from '../../forms.js';
import { marketplaceName } from '../../marketplaces.js';

const drafts = new Map();

export function marketplacePicker(connection, { onSaved }) {
  const available = connection.availableMarketplaceIds || [];
  if (connection.marketplace !== 'amazon' || available.length < 2) return null;
  const draft = drafts.get(connection.id);
  const checked = new Set(draft?.checked || connection.marketplaceIds);
  const form = el('form', { class: 'form marketplace-picker', dataset: { picker: connection.id }, novalidate: true },
    el('div', { class: 'alert alert-error form-alert', role: 'alert', hidden: true, tabindex: '-1' }),
    el('fieldset', {},
      el('legend', { text: 'Marketplaces to import' }),
      available.map((id) => el('label', { class: 'checkbox' },
        el('input', { type: 'checkbox', name: 'marketplaceIds', value: id, checked: checked.has(id), onChange: remember }),
        ` ${marketplaceName(id)}`))),
    el('div', { class: 'form-actions' }, el('button', { type: 'submit', class: 'btn btn-sm', text: 'Save marketplaces' })));
  form.addEventListener('submit', save);
  return el('details', { class: 'manual', open: draft?.open || false, onToggle: remember },
    el('summary', { text: `Marketplaces: ${connection.marketplaceIds.length} of ${available.length} imported` }), form);

  function chosen() {
    return [...form.querySelectorAll('input[name="marketplaceIds"]:checked')].map((input) => input.value);
  }

  function remember() {
    drafts.set(connection.id, { checked: chosen(), open: form.parentElement?.open ?? true });
  }

  async function save(event) {
    event.preventDefault();
    clearProblem(form);
    try {
      const updated = await whileBusy(event.submitter, () => api(`/api/connections/${connection.id}/marketplaces`, {
        method: 'PUT', body: { marketplaceIds: chosen() },
      }));
      drafts.delete(connection.id);
      onSaved(updated);
    } catch (error) {
      showProblem(form, error, { alert: alertBox(form) });
    }
  }
}
