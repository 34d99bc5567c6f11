import { serializerCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { fastSerializerCompiler } from '../../../platform/http/fast-serializer.js';
import { proposalDetail } from './proposals.schema.js';

const route = { schema: proposalDetail, method: 'GET', url: '/api/proposals/:id', httpStatus: '200' };

/** A detail as the service builds it, with the kinds of values every field can hold. */
const detail = {
  id: 4102,
  orgId: 1,
  termId: 3,
  sessionId: 12,
  kind: 'joint',
  collective: null,
  title: '关于完善农村寄递物流体系的建议',
  reasons: '我市农村地区快递“最后一公里”成本高、时效差，“快递进村”覆盖率仅六成。',
  suggestions: '一、整合邮政、供销与快递企业网点；二、对偏远村站点给予运营补贴。',
  category: '农业农村',
  themes: ['乡村振兴', '物流'],
  isPublic: true,
  suggestedUnits: [{ id: 7, name: '市邮政管理局' }],
  state: 'handling',
  number: 118,
  numberLabel: '第118号',
  proposers: [
    { memberId: 31, name: '韩立群', role: 'lead', status: 'accepted', inviteDeadline: null },
    { memberId: 58, name: '欧阳晓岚', role: 'co', status: 'accepted', inviteDeadline: '2026-01-20' },
  ],
  authorUserId: 44,
  resultClass: null,
  replyDeadline: '2026-05-30',
  overdue: false,
  rehandleCount: 0,
  isKey: true,
  keyStatus: 'approved',
  keyLeader: { id: 9, name: '陈主席' },
  isExcellent: false,
  excellentYear: null,
  mergedInto: null,
  mergedFrom: [{ id: 4150, title: '关于加快快递进村的建议' }],
  rejectReason: null,
  reviewNote: '请邮政管理局牵头',
  attachments: [
    {
      id: 'f-2c9',
      name: '寄递网点分布.xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      size: 48213,
      width: null,
      height: null,
      takenAt: null,
      createdAt: '2026-01-12T03:10:00.000Z',
    },
  ],
  submittedAt: '2026-01-12T03:12:00.000Z',
  reviewedAt: '2026-01-15T02:00:00.000Z',
  assignedAt: '2026-01-20T02:00:00.000Z',
  repliedAt: null,
  closedAt: null,
  createdAt: '2026-01-12T03:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  version: 6,
  allowedActions: ['urge'],
};

describe('fast response serializer', () => {
  it('writes what zod writes', () => {
    const fast = fastSerializerCompiler({ checkWithZod: false })(route);
    const zod = serializerCompiler(route as never);
    expect(JSON.parse(fast(detail))).toEqual(JSON.parse(zod(detail)));
  });

  it('never writes a property the schema does not declare, at any depth', () => {
    const fast = fastSerializerCompiler({ checkWithZod: false })(route);
    const leaky = {
      ...detail,
      idNumberEnc: 'sealed',
      proposers: detail.proposers.map((p) => ({ ...p, phone: '13800138001' })),
      keyLeader: { ...detail.keyLeader, passwordHash: 'x' },
    };
    const out = fast(leaky);
    expect(out).not.toMatch(/idNumberEnc|13800138001|passwordHash/);
    expect(JSON.parse(out)).toEqual(JSON.parse(fast(detail)));
  });

  it('outside production an answer of the wrong shape still fails, as with zod alone', () => {
    const checked = fastSerializerCompiler({ checkWithZod: true })(route);
    expect(() => checked({ ...detail, state: 'lost' })).toThrow();
    expect(() => checked({ ...detail, proposers: [{ ...detail.proposers[0], name: 5 }] })).toThrow();
    expect(JSON.parse(checked(detail))).toEqual(
      JSON.parse(fastSerializerCompiler({ checkWithZod: false })(route)(detail)),
    );
  });
});
