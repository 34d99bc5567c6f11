// /api/meeting-notices: the office's notices (list, draft, edit, publish, withdraw, receipts,
// reminder, Word copy) and the recipient's own (his list with the unread count, the read receipt).
import { sendDownload } from '../../../platform/files/download.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam, okResponse } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { z } from 'zod';
import * as S from './notices.schema.js';
import type { NoticeService } from './notices.service.js';
import type { ReceiptService } from './receipts.service.js';

const created = z.object({ id: z.number() });

export function noticeRoutes(app: ZodApp, notices: NoticeService, receipts: ReceiptService): void {
  const tags = ['meetings'];
  const base = '/api/meeting-notices';
  app.get(
    base,
    {
      config: { rule: 'listNotices' },
      schema: { tags, summary: '通知公告列表（机关）', querystring: S.listQuery, response: { 200: S.noticeList } },
    },
    async (request) => receipts.list(actorOf(request), request.query),
  );
  app.post(
    base,
    {
      config: { rule: 'createNotice' },
      schema: { tags, summary: '起草通知（草稿）', body: S.createBody, response: { 201: created } },
    },
    async (request, reply) => reply.code(201).send(await notices.create(actorOf(request), request.body)),
  );
  app.get(
    `${base}/mine`,
    {
      config: { rule: 'myNotices' },
      schema: {
        tags,
        summary: '我的通知（未读在前，含未读数）',
        querystring: S.myNoticesQuery,
        response: { 200: S.myNotices },
      },
    },
    async (request) => receipts.mine(actorOf(request), request.query),
  );
  app.get(
    `${base}/:id`,
    {
      config: { rule: 'view' },
      schema: { tags, summary: '通知详情', params: idParam, response: { 200: S.noticeDetail } },
    },
    async (request) => receipts.detail(actorOf(request), request.params.id),
  );
  app.patch(
    `${base}/:id`,
    {
      config: { rule: 'editNotice' },
      schema: { tags, summary: '修改通知草稿', params: idParam, body: S.updateBody, response: { 200: created } },
    },
    async (request) => notices.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/:id/publish`,
    {
      config: { rule: 'publishNotice' },
      schema: {
        tags,
        summary: '发布通知（生成接收人并发送消息）',
        params: idParam,
        response: { 200: S.publishResult },
      },
    },
    async (request) => notices.publish(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/:id/withdraw`,
    {
      config: { rule: 'withdrawNotice' },
      schema: { tags, summary: '撤回通知', params: idParam, response: { 200: okResponse } },
    },
    async (request) => notices.withdraw(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/:id/read`,
    {
      config: { rule: 'readNotice', anyOrg: true },
      schema: { tags, summary: '阅读回执（记录首次阅读时间）', params: idParam, response: { 200: S.readResult } },
    },
    async (request) => receipts.read(actorOf(request), request.params.id),
  );
  app.get(
    `${base}/:id/receipts`,
    {
      config: { rule: 'noticeReceipts' },
      schema: {
        tags,
        summary: '阅读情况：已读、未读人数及名单',
        params: idParam,
        querystring: S.receiptsQuery,
        response: { 200: S.receipts },
      },
    },
    async (request) => receipts.receipts(actorOf(request), request.params.id, request.query),
  );
  app.post(
    `${base}/:id/remind`,
    {
      config: { rule: 'remindNotice' },
      schema: {
        tags,
        summary: '提醒未读人员（间隔不少于 12 小时）',
        params: idParam,
        response: { 200: S.remindResult },
      },
    },
    async (request) => receipts.remind(actorOf(request), request.params.id),
  );
  app.get(
    `${base}/:id/notice.docx`,
    {
      config: { rule: 'exportNotice' },
      schema: { tags, summary: '下载通知（Word，记入审计日志）', params: idParam },
    },
    async (request, reply) => {
      const { filename, data } = await receipts.document(actorOf(request), request.params.id);
      return sendDownload(reply, 'docx', filename, data);
    },
  );
}
