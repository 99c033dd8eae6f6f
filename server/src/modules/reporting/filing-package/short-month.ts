const SHORT_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** '2026-10' -> 'Oct 26' (chart and table labels). */
export function shortMonthLabel(month: string): string {
  return `${SHORT_MONTHS[Number(month.slice(5, 7)) - 1] ?? '?'} ${month.slice(2, 4)}`;
}
