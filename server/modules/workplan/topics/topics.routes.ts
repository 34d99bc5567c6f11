// /api/workplan/topics: the "four jointly" topics by year and stage (the kanban), a topic's whole
// path, and the office's steps (record, edit, move to the next stage).
import { actorOf } from '../../../platform/http/auth-hook.js';
import { sendDownload } from '../../../platform/files/download.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './topics.schema.js';
import type { TopicService } from './topics.service.js';

export function topicRoutes(app: ZodApp, topics: TopicService): void {
  const tags = ['workplan'];
  const base = '/api/workplan/topics';
  app.get(
    base,
    {
      config: { rule: 'readTopics' },
      schema: {
        tags,
        summary: '四共同课题（按年度、阶段）',
        querystring: S.topicQuery,
        response: { 200: S.topicList },
      },
    },
    async (request) => topics.list(actorOf(request), request.query),
  );
  app.post(
    base,
    {
      config: { rule: 'createTopic' },
      schema: { tags, summary: '新建四共同课题', body: S.topicBody, response: { 201: S.topicDetail } },
    },
    async (request, reply) => reply.code(201).send(await topics.create(actorOf(request), request.body)),
  );
  app.get(
    `${base}/:id`,
    {
      config: { rule: 'readTopics' },
      schema: {
        tags,
        summary: '课题全过程：各阶段时间、参加人员、会议与材料，形成的调研报告',
        params: idParam,
        response: { 200: S.topicDetail },
      },
    },
    async (request) => topics.detail(actorOf(request), request.params.id),
  );
  app.get(
    `${base}/:id/report.docx`,
    {
      config: { rule: 'exportTopicReport' },
      schema: { tags, summary: '下载课题报告（Word：全过程及调研建议，记入审计日志）', params: idParam },
    },
    async (request, reply) => {
      const { filename, data } = await topics.report(actorOf(request), request.params.id);
      return sendDownload(reply, 'docx', filename, data);
    },
  );
  app.patch(
    `${base}/:id`,
    {
      config: { rule: 'editTopic' },
      schema: {
        tags,
        summary: '修改课题（重点课题及交办领导）',
        params: idParam,
        body: S.topicPatch,
        response: { 200: S.topicDetail },
      },
    },
    async (request) => topics.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/:id/advance`,
    {
      config: { rule: 'advanceTopic' },
      schema: {
        tags,
        summary: '推进到下一阶段（不可跳过，日期须接续）',
        params: idParam,
        body: S.advanceBody,
        response: { 200: S.topicDetail },
      },
    },
    async (request) => topics.advance(actorOf(request), request.params.id, request.body),
  );
}
