// A preset + custom date range picker wired to existing markup:
// <select name="preset">, <input type="date" name="from">, <input type="date" name="to"> inside one form.

import { isoDate } from './format.js';

const DAY = 24 * 60 * 60 * 1000;

export function presetRange(preset, today = new Date()) {
  const end = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const back = (days) => new Date(end.getTime() - (days - 1) * DAY);
  switch (preset) {
    case 'today': return { from: isoDate(end), to: isoDate(end) };
    case '7d': return { from: isoDate(back(7)), to: isoDate(end) };
    case '90d': return { from: isoDate(back(90)), to: isoDate(end) };
    case 'mtd': return { from: isoDate(new Date(end.getFullYear(), end.getMonth(), 1)), to: isoDate(end) };
    case 'ytd': return { from: isoDate(new Date(end.getFullYear(), 0, 1)), to: isoDate(end) };
    case '365d': return { from: isoDate(back(365)), to: isoDate(end) };
    default: return { from: isoDate(back(30)), to: isoDate(end) };
  }
}

/** Wires the form; calls onChange({from, to}) whenever the range changes, and once now. Returns a getter. */
export function wireDateRange(form, onChange) {
  const { preset, from, to } = form.elements;
  const emit = () => onChange({ from: from.value, to: to.value });
  const applyPreset = () => {
    if (preset.value === 'custom') return;
    const range = presetRange(preset.value);
    from.value = range.from;
    to.value = range.to;
  };
  preset.addEventListener('change', () => {
    applyPreset();
    if (preset.value === 'custom') from.focus();
    else emit();
  });
  for (const input of [from, to]) {
    input.addEventListener('change', () => {
      preset.value = 'custom';
      if (from.value && to.value) emit();
    });
  }
  form.addEventListener('submit', (event) => { event.preventDefault(); emit(); });
  applyPreset();
  emit();
  return () => ({ from: from.value, to: to.value });
}
