// /api/study/exchange: the office's attendees and month view (who has written, the accounts, the
// reminder), and the member's own months and account.
import { actorOf } from '../../../platform/http/auth-hook.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './exchange.schema.js';
import type { ExchangeService } from './exchange.service.js';

export function exchangeRoutes(app: ZodApp, exchange: ExchangeService): void {
  const tags = ['study'];
  const base = '/api/study/exchange';
  app.get(
    `${base}/attendees`,
    {
      config: { rule: 'readExchange' },
      schema: { tags, summary: '党组学习交流人员名单', response: { 200: S.attendees } },
    },
    async (request) => exchange.attendees(actorOf(request)),
  );
  app.put(
    `${base}/attendees`,
    {
      config: { rule: 'manageExchange' },
      schema: {
        tags,
        summary: '设置党组学习交流人员（本单位在任委员）',
        body: S.attendeesBody,
        response: { 200: S.attendeesResult },
      },
    },
    async (request) => exchange.setAttendees(actorOf(request), request.body.memberIds),
  );
  app.get(
    `${base}/mine`,
    {
      config: { rule: 'myExchange' },
      schema: { tags, summary: '我的党组学习交流（本月、上月及以往）', response: { 200: S.mine } },
    },
    async (request) => exchange.mine(actorOf(request)),
  );
  app.get(
    `${base}/months/:month`,
    {
      config: { rule: 'readExchange' },
      schema: {
        tags,
        summary: '某月学习交流：已填写、未填写及交流内容',
        params: S.monthParams,
        response: { 200: S.monthView },
      },
    },
    async (request) => exchange.month(actorOf(request), request.params.month),
  );
  app.post(
    `${base}/months/:month/remind`,
    {
      config: { rule: 'remindExchange' },
      schema: {
        tags,
        summary: '提醒该月未填写人员（每天一次）',
        params: S.monthParams,
        response: { 200: S.remindResult },
      },
    },
    async (request) => exchange.remind(actorOf(request), request.params.month),
  );
  app.put(
    `${base}/months/:month/accounts/:memberId`,
    {
      config: { rule: 'writeExchange' },
      schema: {
        tags,
        summary: '填写本人某月的学习交流（当月及次月可修改）',
        params: S.accountParams,
        body: S.accountBody,
        response: { 200: S.accountResult },
      },
    },
    async (request) =>
      exchange.write(actorOf(request), request.params.month, request.params.memberId, request.body.body),
  );
}
