// /api/jobs/:id: progress of a long job (imports, exports) for whoever started it.
import { z } from 'zod';
import { notFound } from '../errors.js';
import { actorOf } from '../http/auth-hook.js';
import { idParam } from '../http/schemas.js';
import type { ZodApp } from '../http/types.js';
import type { JobRunner } from './job-runner.js';

export const jobStatusResponse = z.object({
  id: z.number(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.number(),
  total: z.number(),
  message: z.string().nullable(),
  result: z.unknown(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export function jobsRoutes(app: ZodApp, deps: { jobs: JobRunner }): void {
  app.get(
    '/api/jobs/:id',
    {
      schema: { tags: ['jobs'], summary: '长任务进度', params: idParam, response: { 200: jobStatusResponse } },
    },
    async (request) => {
      const actor = actorOf(request);
      const job = await deps.jobs.status(request.params.id);
      if (!job || job.createdBy !== actor.userId) throw notFound('JOB_NOT_FOUND');
      return {
        id: job.id,
        kind: job.kind,
        status: job.status,
        progress: job.progress,
        total: job.total,
        message: job.message,
        result: job.result,
        createdAt: job.createdAt,
        finishedAt: job.finishedAt,
      };
    },
  );
}
