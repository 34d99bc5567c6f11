// Responses of the report and the CSV export's parameters.
import { z } from 'zod';
import { POLIS_FILES } from './polis-csv.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const exportParams = z.object({ id, file: z.enum(POLIS_FILES) });

const statementRef = { statementId: z.number(), body: z.string() };
export const report = z.object({
  consultationId: z.number(),
  title: z.string(),
  analysedAt: z.string().nullable(),
  votes: z.number(),
  participants: z.number(),
  groups: z.array(
    z.object({
      index: z.number(),
      size: z.number(),
      center: z.tuple([z.number(), z.number()]),
      repness: z.array(
        z.object({ ...statementRef, repfulFor: z.enum(['agree', 'disagree']), share: z.number(), votes: z.number() }),
      ),
    }),
  ),
  points: z.array(z.object({ x: z.number(), y: z.number(), group: z.number() })),
  consensus: z.array(z.object(statementRef)),
  divisive: z.array(z.object({ ...statementRef, spread: z.number(), agree: z.array(z.number()) })),
});
