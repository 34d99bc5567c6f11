// /api/opinions/campaigns: the office's campaigns (write, open, close, organisations taking part,
// participants, the public link) and a member's choice of the open ones.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './campaigns.schema.js';
import type { CampaignService } from './campaigns.service.js';

export function campaignRoutes(app: ZodApp, campaigns: CampaignService): void {
  const tags = ['opinions'];
  const base = '/api/opinions/campaigns';
  app.get(
    base,
    {
      config: { rule: 'readCampaigns' },
      schema: { tags, summary: '界别活动周列表', response: { 200: S.campaignList } },
    },
    async (request) => campaigns.list(actorOf(request)),
  );
  app.get(
    `${base}/open`,
    {
      config: { rule: 'openCampaigns' },
      schema: { tags, summary: '本单位参加的进行中活动（委员提交意见时选择）', response: { 200: S.openCampaigns } },
    },
    async (request) => campaigns.open(actorOf(request)),
  );
  app.post(
    base,
    {
      config: { rule: 'createCampaign' },
      schema: { tags, summary: '新建界别活动周', body: S.campaignBody, response: { 201: S.campaign } },
    },
    async (request, reply) => reply.code(201).send(await campaigns.create(actorOf(request), request.body)),
  );
  app.get(
    `${base}/:id`,
    {
      config: { rule: 'readCampaigns' },
      schema: {
        tags,
        summary: '活动详情：参加单位、参加人员、活动安排、意见数',
        params: idParam,
        response: { 200: S.campaignDetail },
      },
    },
    async (request) => campaigns.detail(actorOf(request), request.params.id),
  );
  app.patch(
    `${base}/:id`,
    {
      config: { rule: 'editCampaign' },
      schema: { tags, summary: '修改活动', params: idParam, body: S.campaignPatch, response: { 200: S.campaign } },
    },
    async (request) => campaigns.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/:id/open`,
    {
      config: { rule: 'openCampaign' },
      schema: { tags, summary: '开始活动（开始收集意见）', params: idParam, response: { 200: S.campaign } },
    },
    async (request) => campaigns.setStatus(actorOf(request), request.params.id, 'open'),
  );
  app.post(
    `${base}/:id/close`,
    {
      config: { rule: 'closeCampaign' },
      schema: { tags, summary: '结束活动（停止收集意见）', params: idParam, response: { 200: S.campaign } },
    },
    async (request) => campaigns.setStatus(actorOf(request), request.params.id, 'closed'),
  );
  app.put(
    `${base}/:id/orgs`,
    {
      config: { rule: 'setCampaignOrgs' },
      schema: {
        tags,
        summary: '设置参加单位（本单位及下级政协）',
        params: idParam,
        body: S.orgsBody,
        response: { 200: S.orgsResult },
      },
    },
    async (request) => campaigns.setOrgs(actorOf(request), request.params.id, request.body.orgIds),
  );
  app.put(
    `${base}/:id/participants`,
    {
      config: { rule: 'setParticipants' },
      schema: {
        tags,
        summary: '设置本单位参加人员（委员、党员）',
        params: idParam,
        body: S.participantsBody,
        response: { 200: S.participantsResult },
      },
    },
    async (request) => campaigns.setParticipants(actorOf(request), request.params.id, request.body.memberIds),
  );
  app.post(
    `${base}/:id/public`,
    {
      config: { rule: 'managePublicLink' },
      schema: {
        tags,
        summary: '开启或关闭公众意见征集（首次开启时生成链接，仅显示一次）',
        params: idParam,
        body: S.publicBody,
        response: { 200: S.publicLink },
      },
    },
    async (request) => campaigns.setPublic(actorOf(request), request.params.id, request.body.enabled),
  );
  app.post(
    `${base}/:id/public/rotate`,
    {
      config: { rule: 'managePublicLink' },
      schema: {
        tags,
        summary: '更换公众征集链接（旧链接立即失效，新链接仅显示一次）',
        params: idParam,
        response: { 200: S.publicLink },
      },
    },
    async (request) => campaigns.rotate(actorOf(request), request.params.id),
  );
}
