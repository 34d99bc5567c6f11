// /api/public/proposals: the public page's data, without sign-in, rate-limited per address.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/errors.js';
import { createRateLimiter } from '../../../platform/http/rate-limit.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { publicDetail, publicFilters, publicFiltersQuery, publicList, publicListQuery } from './public.schema.js';
import type { PublicService } from './public.service.js';

/** Generous for a reader paging through, tight enough to stop scraping the whole archive in a burst. */
export const PUBLIC_REQUESTS_PER_MINUTE = 120;

export function publicRoutes(app: ZodApp, s: { public: PublicService }): void {
  const tags = ['public'];
  const limiter = createRateLimiter(PUBLIC_REQUESTS_PER_MINUTE, 60_000);
  const limit = async (request: FastifyRequest) => {
    if (!limiter.hit(request.ip)) throw new AppError(429, 'RATE_LIMITED');
  };

  app.get(
    '/api/public/proposals',
    {
      config: { access: 'public', rule: 'public' },
      onRequest: limit,
      schema: {
        tags,
        summary: '公开的提案及其答复（无需登录；默认最上级组织）',
        querystring: publicListQuery,
        response: { 200: publicList },
      },
    },
    async (request) => s.public.list(request.query),
  );

  app.get(
    '/api/public/filters',
    {
      config: { access: 'public', rule: 'public' },
      onRequest: limit,
      schema: {
        tags,
        summary: '公开提案页的筛选项：组织、届次、年度、类别（无需登录）',
        querystring: publicFiltersQuery,
        response: { 200: publicFilters },
      },
    },
    async (request) => s.public.filters(request.query.orgId),
  );

  app.get(
    '/api/public/proposals/:id',
    {
      config: { access: 'public', rule: 'public' },
      onRequest: limit,
      schema: {
        tags,
        summary: '一件公开提案的全文及答复（无需登录）',
        params: idParam,
        response: { 200: publicDetail },
      },
    },
    async (request) => s.public.get(request.params.id),
  );
}
