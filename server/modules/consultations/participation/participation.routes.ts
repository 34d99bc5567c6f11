// Taking part: a member's or invited unit's /api/consultations/:id/{next,votes,contributions,
// standing}, and the same for a public visitor under /api/public/consultations/:token after he
// has joined (his device cookie).
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './participation.schema.js';
import type { ParticipationService } from './participation.service.js';
import type { PublicParticipationService } from './public.service.js';

export const PUBLIC_RULE = 'consultationLink';

export function participationRoutes(
  app: ZodApp,
  s: ParticipationService,
  pub: PublicParticipationService,
  cookieSecure: boolean,
): void {
  const tags = ['consultations'];
  const base = '/api/consultations/:id';
  const rule = { rule: 'takePart' };
  app.get(
    `${base}/next`,
    { config: rule, schema: { tags, summary: '下一条待表态的观点', params: idParam, response: { 200: S.next } } },
    async (request) => s.next(await s.signedIn(actorOf(request), request.params.id)),
  );
  app.put(
    `${base}/votes/:statementId`,
    {
      config: rule,
      schema: {
        tags,
        summary: '对观点表态：赞同、反对或跳过（再次表态覆盖之前的）',
        params: S.voteParams,
        body: S.voteBody,
        response: { 200: S.voted },
      },
    },
    async (request) =>
      s.vote(await s.signedIn(actorOf(request), request.params.id), request.params.statementId, request.body.vote),
  );
  app.post(
    `${base}/contributions`,
    {
      config: rule,
      schema: {
        tags,
        summary: '提出新观点（经审核后供大家表态）',
        params: idParam,
        body: S.contributionBody,
        response: { 201: S.contribution },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await s.contribute(await s.signedIn(actorOf(request), request.params.id), request.body.body)),
  );
  app.get(
    `${base}/standing`,
    {
      config: rule,
      schema: { tags, summary: '我在意见地图上的位置和所属群组', params: idParam, response: { 200: S.standing } },
    },
    async (request) => s.standing(await s.signedIn(actorOf(request), request.params.id)),
  );

  const publicTags = ['public'];
  const pbase = '/api/public/consultations/:token';
  const pconfig = { access: 'public' as const, rule: PUBLIC_RULE };
  app.get(
    pbase,
    {
      config: pconfig,
      schema: {
        tags: publicTags,
        summary: '公众协商页：议题（凭链接，无需登录）',
        params: S.tokenParam,
        response: { 200: S.publicLink },
      },
    },
    async (request) => pub.link(request.params.token, request.cookies),
  );
  app.get(
    `${pbase}/challenge`,
    {
      config: pconfig,
      schema: {
        tags: publicTags,
        summary: '加入公众协商的人机验证题（工作量证明）',
        params: S.tokenParam,
        response: { 200: S.challenge },
      },
    },
    async (request) => pub.challenge(request.params.token, request.ip),
  );
  app.post(
    `${pbase}/join`,
    {
      config: pconfig,
      schema: {
        tags: publicTags,
        summary: '加入公众协商（实名或匿名；本设备记住身份）',
        params: S.tokenParam,
        body: S.joinBody,
        response: { 200: S.joined },
      },
    },
    async (request, reply) => {
      const { cookie, value } = await pub.join(request.params.token, request.ip, request.body);
      reply.setCookie(cookie, value, {
        path: '/api/public/consultations/',
        httpOnly: true,
        sameSite: 'lax',
        secure: cookieSecure,
        maxAge: 180 * 86_400,
      });
      return { ok: true as const };
    },
  );
  app.get(
    `${pbase}/next`,
    {
      config: pconfig,
      schema: { tags: publicTags, summary: '下一条待表态的观点', params: S.tokenParam, response: { 200: S.next } },
    },
    async (request) => s.next(await pub.participant(request.params.token, request.cookies)),
  );
  app.put(
    `${pbase}/votes/:statementId`,
    {
      config: pconfig,
      schema: {
        tags: publicTags,
        summary: '对观点表态（再次表态覆盖之前的）',
        params: S.publicVoteParams,
        body: S.voteBody,
        response: { 200: S.voted },
      },
    },
    async (request) =>
      s.vote(
        await pub.participant(request.params.token, request.cookies),
        request.params.statementId,
        request.body.vote,
      ),
  );
  app.post(
    `${pbase}/contributions`,
    {
      config: pconfig,
      schema: {
        tags: publicTags,
        summary: '提出新观点（经审核后供大家表态）',
        params: S.tokenParam,
        body: S.contributionBody,
        response: { 201: S.contribution },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await s.contribute(await pub.participant(request.params.token, request.cookies), request.body.body)),
  );
  app.get(
    `${pbase}/standing`,
    {
      config: pconfig,
      schema: {
        tags: publicTags,
        summary: '我在意见地图上的位置和所属群组',
        params: S.tokenParam,
        response: { 200: S.standing },
      },
    },
    async (request) => s.standing(await pub.participant(request.params.token, request.cookies)),
  );
}
