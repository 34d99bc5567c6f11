// A consultation's limits and its public link's token (pure).
import { createHash, randomBytes } from 'node:crypto';

export const TITLE_MAX = 80;
export const DESCRIPTION_MAX = 4_000;
/** A statement is one short sentence to agree or disagree with, as in Polis (140 characters there). */
export const STATEMENT_MAX = 140;
export const SEEDS_MAX = 100;
export const UNITS_MAX = 200;
export const REASON_MAX = 200;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A fresh secret (a link token or a device identity), and the hash that is all the database keeps. */
export function newSecret(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}
