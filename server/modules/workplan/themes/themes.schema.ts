// Requests and responses of strategic themes, the work that carries them, and the year's coverage.
import { z } from 'zod';
import { dateString, single, text } from '../../../platform/http/schemas.js';
import { THEME_TARGET_KINDS } from '../../../db/tables/workplan-engagement.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const year = z.coerce.number().int().min(2000).max(2100);

export const themeBody = z.object({
  name: text(30, 2),
  description: text(500).nullish(),
  startsOn: dateString.nullish(),
  endsOn: dateString.nullish(),
  active: z.boolean().default(true),
});
export const themePatch = themeBody.partial();
export type ThemeInput = z.infer<typeof themeBody>;
export type ThemePatch = z.infer<typeof themePatch>;

export const themeQuery = z.object({ active: single(z.enum(['true', 'false'])).optional() });

export const theme = z.object({
  id: z.number(),
  orgId: z.number(),
  name: z.string(),
  description: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  active: z.boolean(),
  allowedActions: z.array(z.string()),
});
export const themeList = z.array(theme);

const kind = z.enum(THEME_TARGET_KINDS);
export const linkQuery = z.object({ kind: single(kind), targetId: single(id) });
export const linkBody = z.object({ kind, targetId: id, themeIds: z.array(id).max(20) });
export type LinkInput = z.infer<typeof linkBody>;
export const linkResult = z.object({
  kind,
  targetId: z.number(),
  themes: z.array(z.object({ id: z.number(), name: z.string() })),
});

export const coverageQuery = z.object({ year: single(year) });
const counts = z.object({
  topic: z.number(),
  meeting: z.number(),
  report: z.number(),
  opinionReport: z.number(),
  proposal: z.number(),
});
export type Counts = z.infer<typeof counts>;
export const coverage = z.object({
  year: z.number(),
  themes: z.array(z.object({ id: z.number(), name: z.string(), active: z.boolean(), counts, total: z.number() })),
  /** All of the year's work per kind. */
  totals: counts,
  /** The year's work carrying no theme. */
  without: counts,
});
