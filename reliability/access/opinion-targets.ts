// The opinions' records each access-matrix bundle holds, made through the API by the
// organisation's office: campaigns organised by the organisation alone (one open with its public
// form on, one in draft to open, one to close, one whose link is rotated), an opinion of the
// organisation's member and a paper form with a contact.
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import type { Client } from '../../server/test/harness.js';

export interface OpinionTargets {
  campaign: number;
  draft: number;
  closable: number;
  rotatable: number;
  /** The public form's token of `campaign`. */
  token: string;
  /** The organisation's member's own opinion. */
  opinion: number;
  /** A paper form with a sealed contact. */
  paper: number;
  /** The organisation's member who may take part. */
  member: number;
  /** The paper forms' import template with its sample row: a valid workbook to import. */
  sheet: Buffer;
}

export async function opinionTargets(office: Client, member: Client, memberId: number): Promise<OpinionTargets> {
  const campaign = async (title: string, open: boolean) => {
    const c = (await ok(
      office.post('/api/opinions/campaigns', {
        year: 2026,
        title,
        theme: '聚焦民生实事',
        startsOn: '2026-05-11',
        endsOn: '2026-05-17',
      }),
      `campaign ${title}`,
    )) as { id: number };
    if (open) await ok(office.post(`/api/opinions/campaigns/${c.id}/open`), 'open campaign');
    return c.id;
  };
  const main = await campaign('界别活动周', true);
  const { token } = (await ok(office.post(`/api/opinions/campaigns/${main}/public`, { enabled: true }), 'public')) as {
    token: string;
  };
  const rotatable = await campaign('界别活动周（换链接）', true);
  await ok(office.post(`/api/opinions/campaigns/${rotatable}/public`, { enabled: true }), 'public');
  const opinion = (await ok(
    member.post('/api/opinions', {
      title: '建议增设路口信号灯',
      body: '学校门口路口车多人多，没有信号灯，学生过马路危险，建议增设。',
    }),
    'opinion',
  )) as { id: number };
  const paper = (await ok(
    office.post('/api/opinions/paper', {
      rows: [
        {
          authorName: '王阿姨',
          contact: '13912345678',
          title: '公园健身器材太少',
          body: '公园健身器材太少，老人锻炼要排队，建议增加。',
        },
      ],
    }),
    'paper',
  )) as { receipts: { id: number }[] };
  return {
    campaign: main,
    draft: await campaign('界别活动周（筹备）', false),
    closable: await campaign('界别活动周（待结束）', true),
    rotatable,
    token,
    opinion: opinion.id,
    paper: paper.receipts[0]!.id,
    member: memberId,
    sheet: (await office.get('/api/opinions/paper/template.xlsx')).rawPayload,
  };
}
