// The party-group learning exchange (pure): a month (YYYY-MM) on China's calendar is written
// during itself and the month after; an account is a short text.

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The longest account (characters). */
export const ACCOUNT_MAX = 2000;

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Where a month stands on a day: not yet begun, open for writing (itself and the next month), or closed. */
export function monthState(month: string, today: string): 'future' | 'open' | 'closed' {
  const current = today.slice(0, 7);
  if (month > current) return 'future';
  return month === current || nextMonth(month) === current ? 'open' : 'closed';
}
