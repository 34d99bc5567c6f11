// GET /api/proposals/home: the counts behind the home page's figures.
import { actorOf } from '../../../platform/http/auth-hook.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { homeFigures } from './home.schema.js';
import type { HomeService } from './home.service.js';

export function homeRoutes(app: ZodApp, s: { home: HomeService }): void {
  app.get(
    '/api/proposals/home',
    {
      config: { rule: 'homeFigures' },
      schema: {
        tags: ['proposals: home'],
        summary: '首页待办数字：机关的审查、交办、逾期与承诺；承办单位的签收、答复、逾期、催办；领导领办的重点提案',
        response: { 200: homeFigures },
      },
    },
    async (request) => s.home.figures(actorOf(request)),
  );
}
