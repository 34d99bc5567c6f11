// The sector activity week's campaign (pure): its limits, the link's token and its hash, and the
// China-time bounds of its days (the events are the activity-week meetings held in them).
import { createHash, randomBytes } from 'node:crypto';

export const TITLE_MAX = 80;
export const THEME_MAX = 120;
export const DESCRIPTION_MAX = 4_000;
/** An activity week is a week or a few: a year at most keeps a typo from making a decade. */
export const MAX_DAYS = 366;

/** A fresh link token (shown once) and the hash kept in opinion_campaigns.public_token_hash. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** [from, to) as ISO instants for China's calendar days starts_on..ends_on. */
export function daysToInstants(startsOn: string, endsOn: string): { from: string; to: string } {
  const from = new Date(`${startsOn}T00:00:00+08:00`);
  const to = new Date(new Date(`${endsOn}T00:00:00+08:00`).getTime() + 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

export function daysBetween(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / 86_400_000) + 1;
}
