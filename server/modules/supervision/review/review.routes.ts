// /api/supervision/campaigns/{id}/review and the album: the figures of every object (ranking,
// distribution), one object's visits, review and photos, the office's review and album photos,
// the album's build (a background job) and where it stands.
import { z } from 'zod';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { AlbumService } from '../album/album.service.js';
import * as S from './review.schema.js';
import type { ReviewService } from './review.service.js';

export function reviewRoutes(app: ZodApp, review: ReviewService, album: AlbumService): void {
  const tags = ['supervision'];
  const base = '/api/supervision/campaigns/:id';
  app.get(
    `${base}/review`,
    {
      config: { rule: 'readEvalCampaigns' },
      schema: {
        tags,
        summary: '评议汇总：各对象得分（加权、离散度）、排名与分布',
        params: idParam,
        response: { 200: S.overview },
      },
    },
    async (request) => review.overview(actorOf(request), request.params.id),
  );
  app.get(
    `${base}/objects/:objectId/review`,
    {
      config: { rule: 'readEvalCampaigns' },
      schema: {
        tags,
        summary: '一个对象的评议：得分、各指标均分、点评与照片',
        params: S.objectParams,
        response: { 200: S.objectReview },
      },
    },
    async (request) => review.object(actorOf(request), request.params.id, request.params.objectId),
  );
  app.put(
    `${base}/objects/:objectId/review`,
    {
      config: { rule: 'writeEvalReview' },
      schema: {
        tags,
        summary: '撰写对象的正式点评',
        params: S.objectParams,
        body: S.reviewBody,
        response: { 200: S.reviewSaved },
      },
    },
    async (request) =>
      review.writeReview(actorOf(request), request.params.id, request.params.objectId, request.body.text),
  );
  app.put(
    `${base}/objects/:objectId/album-photos`,
    {
      config: { rule: 'chooseAlbumPhotos' },
      schema: {
        tags,
        summary: '选择编入图册的照片（每个对象最多 4 张）',
        params: S.objectParams,
        body: S.albumPhotosBody,
        response: { 200: S.albumPhotosBody },
      },
    },
    async (request) =>
      review.chooseAlbumPhotos(actorOf(request), request.params.id, request.params.objectId, request.body.fileIds),
  );
  app.post(
    `${base}/unit-scores`,
    {
      config: { rule: 'feedUnitScores' },
      schema: {
        tags,
        summary: '评议承办单位的得分计入提案承办单位考评（民主评议得分，替代手工录入）',
        params: idParam,
        response: { 200: z.object({ year: z.number(), units: z.number() }) },
      },
    },
    async (request) => review.feedUnitScores(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/album`,
    {
      config: { rule: 'buildEvalAlbum' },
      schema: {
        tags,
        summary: '生成评议图册（Word，后台任务；进度见 /api/jobs/{jobId}）',
        params: idParam,
        response: { 202: z.object({ jobId: z.number() }) },
      },
    },
    async (request, reply) => reply.code(202).send(await album.build(actorOf(request), request.params.id)),
  );
  app.get(
    `${base}/album`,
    {
      config: { rule: 'readEvalCampaigns' },
      schema: { tags, summary: '评议图册：最近一次生成的文件', params: idParam, response: { 200: S.albumStatus } },
    },
    async (request) => album.status(actorOf(request), request.params.id),
  );
  app.get(
    `${base}/album/contents`,
    {
      config: { rule: 'readEvalCampaigns' },
      schema: {
        tags,
        summary: '评议图册的内容（打印版）：汇总、排名，各对象得分、点评与入册照片',
        params: idParam,
        response: { 200: S.albumContents },
      },
    },
    async (request) => review.albumContents(actorOf(request), request.params.id),
  );
}
