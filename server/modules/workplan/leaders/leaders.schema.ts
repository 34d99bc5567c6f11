// Requests and responses of leader engagement: visits, yearly targets, instructions on research
// reports, requests for opinions, and the year's figures.
import { z } from 'zod';
import { dateString, single, text } from '../../../platform/http/schemas.js';
import { ADOPTION_KINDS, LEADER_ROLES } from '../../../db/tables/workplan-engagement.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const year = z.coerce.number().int().min(2000).max(2100);
const role = z.enum(LEADER_ROLES);
const adoption = z.enum(ADOPTION_KINDS);

export const yearQuery = z.object({ year: single(year) });
export const yearParam = z.object({ year });

export const visitBody = z.object({
  role,
  leaderName: text(40, 2),
  visitedOn: dateString,
  purpose: text(200, 2),
  discussed: text(2000).nullish(),
});
export const visitPatch = visitBody.partial();
export type VisitInput = z.infer<typeof visitBody>;
export const visit = z.object({
  id: z.number(),
  role,
  leaderName: z.string(),
  visitedOn: z.string(),
  purpose: z.string(),
  discussed: z.string().nullable(),
  allowedActions: z.array(z.string()),
});

export const targetsBody = z.object({
  targets: z.array(z.object({ role, target: z.number().int().min(0).max(100) })).max(LEADER_ROLES.length),
});
export const targetsResult = z.array(z.object({ role, target: z.number() }));

export const instructionBody = z.object({
  reportId: id,
  leaderName: text(40, 2),
  role,
  givenOn: dateString,
  text: text(2000, 2),
});
export type InstructionInput = z.infer<typeof instructionBody>;
export const instruction = z.object({
  id: z.number(),
  reportId: z.number(),
  reportTitle: z.string(),
  leaderName: z.string(),
  role,
  givenOn: z.string(),
  text: z.string(),
});

export const requestBody = z.object({
  title: text(120, 2),
  draft: text(4000, 2),
  askedBy: text(60, 2),
  askedOn: dateString,
  deadline: dateString,
});
export type RequestInput = z.infer<typeof requestBody>;
export const answerBody = z.object({ answer: text(8000, 2), answeredOn: dateString });
export const adoptionBody = z.object({ adoption, note: text(2000).nullish() });
export const request = z.object({
  id: z.number(),
  title: z.string(),
  draft: z.string(),
  askedBy: z.string(),
  askedOn: z.string(),
  deadline: z.string(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  adoption: adoption.nullable(),
  adoptionNote: z.string().nullable(),
  /** Not answered and past its deadline (China's calendar). */
  overdue: z.boolean(),
  allowedActions: z.array(z.string()),
});

export const figures = z.object({
  year: z.number(),
  visits: z.array(z.object({ role, done: z.number(), target: z.number().nullable() })),
  instructions: z.number(),
  reportsInstructed: z.number(),
  requests: z.object({
    total: z.number(),
    answered: z.number(),
    adopted: z.number(),
    partly: z.number(),
    declined: z.number(),
    overdue: z.number(),
  }),
  /** What waits on the leaders: the year's research reports without an instruction, requests not yet answered. */
  awaiting: z.object({
    reports: z.array(z.object({ id: z.number(), title: z.string() })),
    requests: z.array(z.object({ id: z.number(), title: z.string(), deadline: z.string() })),
  }),
});
