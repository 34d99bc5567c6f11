// Requests and responses of the assignments: the automatic run's summary, the list by object and
// a hand-made assignment.
import { z } from 'zod';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const assignSummary = z.object({
  assignments: z.number(),
  sameDistrict: z.number(),
  minLoad: z.number(),
  maxLoad: z.number(),
  shortfalls: z.array(
    z.object({ objectId: z.number(), missing: z.number(), why: z.enum(['conflict', 'too_few_assignees']) }),
  ),
});

/** Every team of the campaign, whether or not it holds an assignment yet (the by-hand dialog's choices). */
export const teamList = z.array(z.object({ id: z.number(), name: z.string(), members: z.number() }));

export const assignmentList = z.array(
  z.object({
    objectId: z.number(),
    name: z.string(),
    district: z.string().nullable(),
    assignees: z.array(
      z.object({
        assignmentId: z.number(),
        memberId: z.number().nullable(),
        teamId: z.number().nullable(),
        name: z.string(),
        source: z.enum(['auto', 'manual']),
        visited: z.boolean(),
      }),
    ),
  }),
);

export const assignmentBody = z.object({ objectId: id, memberId: id.optional(), teamId: id.optional() });
export const assignmentParams = z.object({ id, assignmentId: id });
