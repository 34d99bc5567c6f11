// /api/study/record: a member's learning record for a year — his own, or any member's for the
// office and leaders of his organisation.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './record.schema.js';
import type { RecordService } from './record.service.js';

export function recordRoutes(app: ZodApp, records: RecordService): void {
  const tags = ['study'];
  app.get(
    '/api/study/record/mine',
    {
      config: { rule: 'studyRecordMine' },
      schema: {
        tags,
        summary: '我的学习档案（参加学习培训、学习资料、心得及合计）',
        querystring: S.recordQuery,
        response: { 200: S.learningRecord },
      },
    },
    async (request) => records.mine(actorOf(request), request.query.year),
  );
  app.get(
    '/api/study/record/members/:id',
    {
      config: { rule: 'studyRecordOfMember' },
      schema: {
        tags,
        summary: '委员学习档案（机关、领导）',
        params: idParam,
        querystring: S.recordQuery,
        response: { 200: S.learningRecord },
      },
    },
    async (request) => records.ofMember(actorOf(request), request.params.id, request.query.year),
  );
}
