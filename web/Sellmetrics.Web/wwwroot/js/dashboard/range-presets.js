// The date-range presets of the view picker, as inclusive 'YYYY-MM-DD' days counted back from the tenant's today.

export const PRESETS = Object.freeze([
  { value: 'today', label: 'Today' },
  { value: '7d', label: 'Last 7 days' },
  { value: '30d', label: 'Last 30 days' },
  { value: 'mtd', label: 'Month to date' },
  { value: 'custom', label: 'Custom' },
]);

export const DEFAULT_PRESET = '30d';

/** The range of a preset ending on `today` ('YYYY-MM-DD'); null for 'custom' or an unknown preset. */
export function presetRange(preset, today) {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case '7d':
      return { from: addDays(today, -6), to: today };
    case '30d':
      return { from: addDays(today, -29), to: today };
    case 'mtd':
      return { from: `${today.slice(0, 8)}01`, to: today };
    default:
      return null;
  }
}

// Calendar arithmetic in UTC, so no time zone or daylight-saving change shifts the day.
export function addDays(isoDay, days) {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
