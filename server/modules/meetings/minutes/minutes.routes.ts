// /api/meetings/:id/minutes (read, save, publish), /api/meetings/:id/followups (a meeting's
// follow-ups, add) and /api/meeting-followups (the office's list, an owner's own, one item, its
// edit, progress, cancel and reopen, and the owners to choose from).
import { z } from 'zod';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { FollowupService } from './followups.service.js';
import * as S from './minutes.schema.js';
import type { MinutesService } from './minutes.service.js';

export function minutesRoutes(app: ZodApp, service: MinutesService): void {
  const tags = ['meetings'];

  app.get(
    '/api/meetings/:id/minutes',
    {
      config: { rule: 'view' },
      schema: {
        tags,
        summary: '会议纪要（已发布的对能查看会议的人可见，草稿仅会议办公室可见；尚无则 status=none）',
        params: idParam,
        response: { 200: S.minutesView },
      },
    },
    async (request) => service.get(actorOf(request), request.params.id),
  );

  app.put(
    '/api/meetings/:id/minutes',
    {
      config: { rule: 'writeMinutes' },
      schema: {
        tags,
        summary: '保存会议纪要（发布后再修改计入修订次数）',
        params: idParam,
        body: S.saveMinutesBody,
        response: { 200: S.minutesView },
      },
    },
    async (request) => service.save(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/meetings/:id/minutes/publish',
    {
      config: { rule: 'publishMinutes' },
      schema: { tags, summary: '发布会议纪要（通知参会人员）', params: idParam, response: { 200: S.minutesView } },
    },
    async (request) => service.publish(actorOf(request), request.params.id),
  );
}

export function followupRoutes(app: ZodApp, service: FollowupService): void {
  const tags = ['meetings'];

  app.get(
    '/api/meetings/:id/followups',
    {
      config: { rule: 'followups' },
      schema: { tags, summary: '会议的督办事项', params: idParam, response: { 200: S.meetingFollowups } },
    },
    async (request) => service.forMeeting(actorOf(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/followups',
    {
      config: { rule: 'addFollowup' },
      schema: {
        tags,
        summary: '交办督办事项（一个责任人，或分送多个承办单位各一项）',
        params: idParam,
        body: S.addFollowupsBody,
        response: { 201: z.array(S.followupItem) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.add(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/meeting-followups',
    {
      config: { rule: ['followupsOffice', 'followupsMine'] },
      schema: {
        tags,
        summary: '督办事项列表（org: 本级全部；mine: 本人或本单位承办的）',
        querystring: S.listFollowupsQuery,
        response: { 200: S.followupList },
      },
    },
    async (request) => service.list(actorOf(request), request.query),
  );

  app.get(
    '/api/meeting-followups/owners',
    {
      config: { rule: 'followupsOffice' },
      schema: { tags, summary: '可指定的责任单位和责任人', response: { 200: S.ownerChoices } },
    },
    async (request) => service.ownerChoices(actorOf(request)),
  );

  app.get(
    '/api/meeting-followups/:id',
    {
      config: { rule: 'view' },
      schema: { tags, summary: '督办事项及其办理进展', params: idParam, response: { 200: S.followupDetail } },
    },
    async (request) => service.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/meeting-followups/:id',
    {
      config: { rule: 'editFollowup' },
      schema: {
        tags,
        summary: '修改督办事项（内容、责任人、期限）',
        params: idParam,
        body: S.updateFollowupBody,
        response: { 200: S.followupDetail },
      },
    },
    async (request) => service.update(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/meeting-followups/:id/progress',
    {
      config: { rule: 'reportProgress' },
      schema: {
        tags,
        summary: '报送办理进展（status=done 表示办结）',
        params: idParam,
        body: S.progressBody,
        response: { 200: S.followupDetail },
      },
    },
    async (request) => service.progress(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/meeting-followups/:id/cancel',
    {
      config: { rule: 'cancelFollowup' },
      schema: {
        tags,
        summary: '撤销督办事项（须说明理由）',
        params: idParam,
        body: S.reasonBody,
        response: { 200: S.followupDetail },
      },
    },
    async (request) => service.cancel(actorOf(request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/meeting-followups/:id/reopen',
    {
      config: { rule: 'reopenFollowup' },
      schema: {
        tags,
        summary: '重新打开已办结或已撤销的督办事项',
        params: idParam,
        body: S.reasonBody,
        response: { 200: S.followupDetail },
      },
    },
    async (request) => service.reopen(actorOf(request), request.params.id, request.body.reason),
  );
}
