// Steps the supervision tests share: signing the fixture's people in, a campaign ready to open
// (criteria, objects by a workbook or by hand, participants) and an upload of a workbook.
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { PASSWORD } from '../../../test/fixtures.js';
import { login, type Client, type TestContext } from '../../../test/harness.js';
import { multipartFile } from '../../../test/multipart.js';

export async function signIn<K extends string>(ctx: TestContext, who: Record<K, string>): Promise<Record<K, Client>> {
  const entries = await Promise.all(
    Object.entries<string>(who).map(async ([k, username]) => [k, await login(ctx, username, PASSWORD)] as const),
  );
  return Object.fromEntries(entries) as Record<K, Client>;
}

export const PARKS_CAMPAIGN = {
  title: '政协委员眼中的公园',
  objectKind: 'place',
  description: '委员到每个公园走一次现场、拍一组照片、做一次访谈，逐个打分点评。',
  startsOn: '2026-05-01',
  endsOn: '2026-06-30',
  visitsPerObject: 2,
} as const;

export const CRITERIA = [
  { name: '环境卫生', weight: 30, maxScore: 10, guide: '地面、水体、公厕是否整洁，有无积存垃圾' },
  { name: '设施完好', weight: 30, maxScore: 10, guide: '健身器材、座椅、照明是否完好可用' },
  { name: '管理服务', weight: 20, maxScore: 10, guide: '有无管理人员巡查，开放时间是否公示' },
  { name: '群众满意', weight: 20, maxScore: 10, guide: '现场访谈游园群众的满意程度' },
];

/** A workbook with a title line, the template's header and the rows given. */
export async function objectsBook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评议对象');
  ws.addRow(['2026年公园民主评议对象清单']);
  ws.addRow(['名称', '地址', '所在区县', '类别', '纬度', '经度', '责任单位']);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function uploadObjects(who: Client, campaignId: number, data: Buffer, preview: boolean) {
  const { payload, headers } = multipartFile(
    '评议对象.xlsx',
    data,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  return who.request({
    method: 'POST',
    url: `/api/supervision/campaigns/${campaignId}/objects/import?preview=${preview ? 1 : 0}`,
    payload,
    headers,
  });
}

/** A campaign of the office's with the criteria above, the objects given and the members, not opened. */
export async function draftCampaign(
  office: Client,
  objects: { name: string; district?: string; lat?: number; lon?: number; responsibleUnit?: string }[],
  memberIds: number[],
  extra: Partial<Record<keyof typeof PARKS_CAMPAIGN, string | number>> = {},
): Promise<number> {
  const res = await office.post('/api/supervision/campaigns', { ...PARKS_CAMPAIGN, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  expect((await office.put(`/api/supervision/campaigns/${id}/criteria`, { criteria: CRITERIA })).statusCode).toBe(200);
  const added = await office.post(`/api/supervision/campaigns/${id}/objects`, { objects });
  expect(added.statusCode, added.body).toBe(201);
  const set = await office.put(`/api/supervision/campaigns/${id}/participants`, {
    participants: memberIds.map((memberId) => ({ memberId })),
  });
  expect(set.statusCode, set.body).toBe(200);
  return id;
}
