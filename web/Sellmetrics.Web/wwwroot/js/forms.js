// Forms and RFC 9457 problem details: errors next to their fields, the rest in the form's alert.

import { el, replace } from './dom.js';

const GENERIC_TITLES = new Set(['One or more validation errors occurred.', 'Bad Request']);

/** The form's values as a plain object (strings; checkboxes as booleans). */
export function formValues(form) {
  const values = {};
  for (const element of form.elements) {
    if (!element.name || element.disabled) continue;
    if (element.type === 'checkbox') values[element.name] = element.checked;
    else if (element.type === 'radio') { if (element.checked) values[element.name] = element.value; }
    else if (element.type !== 'submit' && element.type !== 'button' && element.type !== 'file') values[element.name] = element.value;
  }
  return values;
}

/** The [role=alert] box of a form (or any container), created at its top when missing. */
export function alertBox(container) {
  let box = container.querySelector(':scope > [role="alert"], :scope > .form-alert');
  if (!box) {
    box = el('div', { class: 'alert alert-error form-alert', role: 'alert', hidden: true });
    container.prepend(box);
  }
  return box;
}

function fieldFor(container, key) {
  const wanted = key.toLowerCase();
  return [...container.querySelectorAll('[name]')].find((input) => input.name.toLowerCase() === wanted) || null;
}

function errorSlot(input) {
  const id = `${input.id || input.name}-error`;
  let slot = document.getElementById(id);
  if (!slot) {
    slot = el('p', { class: 'field-error', id });
    const field = input.closest('.field');
    const check = input.closest('.check');
    if (check) check.after(slot);
    else if (field) field.append(slot);
    else input.after(slot);
  }
  const described = new Set((input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
  described.add(id);
  input.setAttribute('aria-describedby', [...described].join(' '));
  return slot;
}

export function clearProblem(container, { alert } = {}) {
  for (const input of container.querySelectorAll('[aria-invalid="true"]')) input.removeAttribute('aria-invalid');
  for (const slot of container.querySelectorAll('.field-error')) slot.textContent = '';
  const box = alert || container.querySelector(':scope > [role="alert"], :scope > .form-alert');
  if (box) { box.hidden = true; box.replaceChildren(); }
}

/**
 * Shows an ApiError (or any Error) on a form: each `errors` entry whose key names an input goes
 * under that input; the title, detail and the remaining entries go in the alert. Focuses the
 * first invalid input, else the alert. `alert` overrides where the alert goes (e.g. inside a table row).
 * Returns the entries that matched no input.
 */
export function showProblem(container, error, { focus = true, alert } = {}) {
  clearProblem(container, { alert });
  const problem = error?.problem || { title: error?.message || 'Something went wrong.' };
  const unmatched = [];
  let firstInvalid = null;
  for (const [key, messages] of Object.entries(problem.errors || {})) {
    const input = fieldFor(container, key);
    const text = [].concat(messages).join(' ');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      errorSlot(input).textContent = text;
      firstInvalid ||= input;
    } else {
      unmatched.push([key, text]);
    }
  }

  const box = alert || alertBox(container);
  const title = problem.title && !(GENERIC_TITLES.has(problem.title) && firstInvalid && !unmatched.length)
    ? (GENERIC_TITLES.has(problem.title) ? 'Please check the highlighted fields.' : problem.title)
    : null;
  const lines = [];
  if (title) lines.push(el('p', { class: 'alert-title', text: title }));
  if (problem.detail) lines.push(el('p', { text: problem.detail }));
  if (unmatched.length) lines.push(el('ul', {}, unmatched.map(([key, text]) => el('li', {}, `${humanKey(key)}: ${text}`))));
  if (!lines.length && firstInvalid) lines.push(el('p', { text: 'Please check the highlighted fields.' }));
  replace(box, lines);
  box.hidden = lines.length === 0;

  if (!box.hasAttribute('tabindex')) box.setAttribute('tabindex', '-1');
  if (focus) (firstInvalid || box).focus();
  return unmatched;
}

function humanKey(key) {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/** Marks a button busy (disabled + spinner) while `work` runs. */
export async function whileBusy(button, work) {
  const wasDisabled = button?.disabled;
  if (button) { button.disabled = true; button.setAttribute('aria-busy', 'true'); }
  try {
    return await work();
  } finally {
    if (button) { button.disabled = wasDisabled; button.removeAttribute('aria-busy'); }
  }
}

/**
 * Wires a form: on submit, clears errors, runs `submit(values, form)` with the submit button busy,
 * and shows any thrown ApiError on the form.
 */
export function handleSubmit(form, submit) {
  form.noValidate = true;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const button = event.submitter || form.querySelector('[type="submit"]');
    try {
      await whileBusy(button, () => submit(formValues(form), form));
    } catch (error) {
      showProblem(form, error);
    }
  });
}
