// /api/workplan/themes: the organisation's strategic themes, the office's edits, the year's
// coverage; /api/workplan/theme-links: which themes a topic, meeting or report carries.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './themes.schema.js';
import type { ThemeService } from './themes.service.js';

export function themeRoutes(app: ZodApp, themes: ThemeService): void {
  const tags = ['workplan'];
  const base = '/api/workplan/themes';
  app.get(
    base,
    {
      config: { rule: 'readThemes' },
      schema: { tags, summary: '战略主题（本单位）', querystring: S.themeQuery, response: { 200: S.themeList } },
    },
    async (request) => themes.list(actorOf(request), request.query),
  );
  app.post(
    base,
    {
      config: { rule: 'createTheme' },
      schema: { tags, summary: '新建战略主题', body: S.themeBody, response: { 201: S.theme } },
    },
    async (request, reply) => reply.code(201).send(await themes.create(actorOf(request), request.body)),
  );
  app.get(
    `${base}/coverage`,
    {
      config: { rule: 'readCoverage' },
      schema: {
        tags,
        summary: '主题覆盖：本年度各类工作服务各主题的数量，及未标注主题的工作',
        querystring: S.coverageQuery,
        response: { 200: S.coverage },
      },
    },
    async (request) => themes.coverage(actorOf(request), request.query.year),
  );
  app.patch(
    `${base}/:id`,
    {
      config: { rule: 'editTheme' },
      schema: {
        tags,
        summary: '修改战略主题（含停用）',
        params: idParam,
        body: S.themePatch,
        response: { 200: S.theme },
      },
    },
    async (request) => themes.update(actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/workplan/theme-links',
    {
      config: { rule: 'readThemes' },
      schema: { tags, summary: '某项工作所服务的主题', querystring: S.linkQuery, response: { 200: S.linkResult } },
    },
    async (request) => themes.linksOf(actorOf(request), request.query.kind, request.query.targetId),
  );
  app.put(
    '/api/workplan/theme-links',
    {
      config: { rule: 'tagWork' },
      schema: { tags, summary: '设置某项工作所服务的主题', body: S.linkBody, response: { 200: S.linkResult } },
    },
    async (request) => themes.setLinks(actorOf(request), request.body),
  );
}
