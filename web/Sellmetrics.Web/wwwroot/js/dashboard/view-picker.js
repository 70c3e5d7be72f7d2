// The marketplace and date-range pickers. They report a wanted view; the page shows it once the server answers.
import { el } from '/js/dom.js';
import { DEFAULT_PRESET, PRESETS, presetRange } from './range-presets.js';

const CUSTOM_DEBOUNCE_MS = 400;

/** onChange({ from, to, marketplace }) is called when the seller picks another view. */
export function createViewPicker(form, { today, onChange }) {
  const marketplace = form.querySelector('select#marketplace');
  const preset = form.querySelector('select#range-preset');
  const from = form.querySelector('input#range-from');
  const to = form.querySelector('input#range-to');
  let currentToday = today;
  let debounce = null;

  preset.replaceChildren(...PRESETS.map((p) => el('option', { text: p.label, value: p.value })));
  preset.value = DEFAULT_PRESET;
  showRange(presetRange(DEFAULT_PRESET, currentToday));

  function wanted() {
    return { from: from.value, to: to.value, marketplace: marketplace.value || null };
  }

  function showRange(range) {
    from.value = range.from;
    to.value = range.to;
  }

  function changed() {
    clearTimeout(debounce);
    onChange(wanted());
  }

  marketplace.addEventListener('change', changed);
  preset.addEventListener('change', () => {
    const range = presetRange(preset.value, currentToday);
    if (range) {
      showRange(range);
      changed();
    } else {
      from.focus();
    }
  });
  for (const input of [from, to]) {
    input.addEventListener('change', () => {
      preset.value = 'custom';
      clearTimeout(debounce);
      if (from.value && to.value) {
        debounce = setTimeout(changed, CUSTOM_DEBOUNCE_MS);
      }
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    changed();
  });

  return {
    view: wanted,

    /** The marketplaces to offer (first option stays 'All'); keeps the selection. */
    setMarketplaces(marketplaces) {
      const options = marketplaces.map((m) => el('option', { text: m.name, value: m.marketplaceId }));
      const selected = marketplace.value;
      const same = marketplace.options.length === options.length + 1
        && options.every((o, i) => marketplace.options[i + 1].value === o.value && marketplace.options[i + 1].text === o.text);
      if (!same) {
        marketplace.replaceChildren(marketplace.options[0], ...options);
        marketplace.value = marketplaces.some((m) => m.marketplaceId === selected) ? selected : '';
      }
    },

    /**
     * The tenant's today (from the server). When it moved (midnight in the tenant's time zone) a preset range follows
     * it; returns true when the wanted view changed so the caller watches again.
     */
    setToday(today) {
      if (today === currentToday) {
        return false;
      }
      currentToday = today;
      const range = presetRange(preset.value, today);
      if (!range || (range.from === from.value && range.to === to.value)) {
        return false;
      }
      showRange(range);
      return true;
    },
  };
}
