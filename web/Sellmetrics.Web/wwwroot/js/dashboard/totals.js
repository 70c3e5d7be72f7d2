// Reading the per-currency totals lists the hub sends (one entry per currency; the first is the main one).

/** The totals of one currency, or of the first (main) one; null when there are none. */
export function totalsIn(totalsList, currency) {
  if (!totalsList?.length) {
    return null;
  }
  return (currency ? totalsList.find((t) => t.currency === currency) : totalsList[0]) ?? null;
}

/** 'estimated' while part of the fees are estimates not yet posted by the marketplace, else 'posted'. */
export function basisOf(totalsList) {
  return totalsList?.some((t) => t.estimatedFees > 0) ? 'estimated' : 'posted';
}

/** Money sums in cents, so adding many days does not show float noise (0.1 + 0.2). */
export function sumMoney(values) {
  return Math.round(values.reduce((sum, v) => sum + Math.round(v * 100), 0)) / 100;
}
