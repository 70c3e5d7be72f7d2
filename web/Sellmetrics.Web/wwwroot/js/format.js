// Display formatting shared by every page. All functions tolerate null/undefined and return "—".

const DASH = '—';
const moneyFormats = new Map();

function isMissing(value) {
  return value === null || value === undefined || Number.isNaN(value);
}

export function money(amount, currency) {
  if (isMissing(amount)) return DASH;
  const code = currency || 'USD';
  let format = moneyFormats.get(code);
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency: code });
    } catch {
      format = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    moneyFormats.set(code, format);
  }
  return format.format(Number(amount));
}

const percentFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 0.2534 → "25.3 %". */
export function percent(ratio) {
  if (isMissing(ratio)) return DASH;
  return `${percentFormat.format(Number(ratio) * 100)} %`;
}

const integerFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export function integer(n) {
  if (isMissing(n)) return DASH;
  return integerFormat.format(Number(n));
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** ISO timestamp → local "12:03:41". */
export function time(isoString) {
  if (!isoString) return DASH;
  const date = new Date(isoString);
  return Number.isNaN(date.getTime()) ? DASH : timeFormat.format(date);
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** ISO timestamp → local "Mar 3, 2025, 12:03". */
export function dateTime(isoString) {
  if (!isoString) return DASH;
  const date = new Date(isoString);
  return Number.isNaN(date.getTime()) ? DASH : dateTimeFormat.format(date);
}

const dateLabelFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** 'YYYY-MM-DD' → "Mar 3, 2025" (a calendar day, so formatted without any time-zone shift). */
export function dateLabel(isoDay) {
  if (!isoDay) return DASH;
  const [y, m, d] = String(isoDay).split('-').map(Number);
  if (!y || !m || !d) return String(isoDay);
  return dateLabelFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Date → 'YYYY-MM-DD' in local time. */
export function isoDate(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Seconds → "3 min", "1 h 20 min", "45 s". */
export function duration(seconds) {
  if (isMissing(seconds)) return DASH;
  const s = Math.max(0, Math.round(Number(seconds)));
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}
