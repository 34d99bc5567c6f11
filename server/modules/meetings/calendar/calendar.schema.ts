// Requests and responses of calendars: the member's feed (its state, the address made once).
import { z } from 'zod';

export const feedState = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const newFeed = z.object({
  /** The feed's path with its secret token: shown this once (only its hash is kept). */
  path: z.string(),
  createdAt: z.string(),
});

export const feedParams = z.object({
  /** The token, with or without the ".ics" calendar apps like to see. */
  file: z.string().max(80),
});
