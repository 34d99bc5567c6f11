// Issue 5 item 5: every file of the hostile corpus through every route that takes an upload
// into a module: a proposal's attachments (uploaded, attached to a draft, opened by the
// office), a handling unit's reply letter (uploaded, sent with the reply, opened by the
// proposer) and the member import. Each is refused with a clear 4xx in the error shape and
// nothing stored, or stored sanitised (clean name, no EXIF/GPS, no hidden archive).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT, ok, submitted } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import type { Client } from '../../server/test/harness.js';
import { multipartFile } from '../../server/test/multipart.js';
import { ENGINES } from '../support/engines.js';
import { errorShapeProblem } from '../support/response-checks.js';
import { buildScenario, type Scenario } from '../support/scenario.js';
import { CORPUS, type Route } from './corpus.js';

describe.each(ENGINES)('hostile uploads through the modules (%s)', (engine) => {
  let s: Scenario;
  beforeAll(async () => {
    s = await buildScenario(engine, { UPLOAD_MAX_MB: '1' });
  });
  afterAll(async () => s?.ctx.close());

  const upload = (c: Client, url: string, name: string, data: Buffer, type: string) => {
    const { payload, headers } = multipartFile(name, data, type);
    return c.request({ method: 'POST', url, payload, headers });
  };
  const fileCount = async () =>
    Number(
      (
        await s.ctx.platform.db
          .selectFrom('files')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** Uploads through the route's own path and puts the file to its use; answers the upload's response and, if stored, the bytes served back. */
  async function through(route: Route, name: string, data: Buffer, type: string) {
    const { staff, member, unit } = s.clients;
    if (route === 'memberImport')
      return { res: await upload(staff, '/api/members/import', name, data, type), served: null };
    if (route === 'attachment') {
      const res = await upload(member, '/api/files?purpose=attachment', name, data, type);
      if (res.statusCode !== 201) return { res, served: null };
      const p = await ok(
        member.post('/api/proposals', {
          title: '关于规范公共场所无障碍设施的建议',
          reasons: '部分新建商场、地铁站和医院的无障碍坡道、扶手和盲道不达标，残疾人和老年人出行困难。',
          suggestions: '一、开展无障碍设施专项检查；二、对不达标场所限期整改；三、把无障碍验收纳入竣工验收。',
          category: '城乡建设',
          attachmentIds: [res.json().id],
        }),
        'draft with attachment',
      );
      await ok(member.post(`/api/proposals/${p.id}/submit`, {}), 'submit');
      return { res, served: await staff.get(`/api/files/${res.json().id}`) };
    }
    const res = await upload(unit, '/api/files?purpose=document', name, data, type);
    if (res.statusCode !== 201) return { res, served: null };
    const p = await submitted(member);
    await ok(staff.post(`/api/proposals/${p.id}/accept`, {}), 'accept');
    await ok(
      staff.post(`/api/proposals/${p.id}/assign`, { units: [{ unitId: s.fx.units['市教育局'], role: 'lead' }] }),
      'assign',
    );
    await ok(unit.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
    await ok(unit.post(`/api/proposals/${p.id}/contacts`, CONTACT), 'contact');
    await ok(
      unit.post(`/api/proposals/${p.id}/reply`, {
        body: '经研究，已纳入年度计划并组织实施。',
        signer: '局长 孙立新',
        resultClass: 'A',
        fileId: res.json().id,
      }),
      'reply with letter',
    );
    return { res, served: await member.get(`/api/files/${res.json().id}`) };
  }

  for (const route of ['attachment', 'replyLetter', 'memberImport'] as const) {
    it(`${route}: refuses or sanitises every file of the corpus`, async () => {
      const problems: string[] = [];
      for (const item of CORPUS) {
        const expected = item.expect[route];
        const before = await fileCount();
        const { res, served } = await through(route, item.name, await item.data(), item.type);
        const where = `${item.what} → ${route}`;
        if (typeof expected === 'number') {
          if (res.statusCode !== expected)
            problems.push(`${where}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
          else if (errorShapeProblem(res.body)) problems.push(`${where}: error not in the documented shape`);
          else if ((await fileCount()) !== before) problems.push(`${where}: refused, yet a file was stored`);
          continue;
        }
        if (res.statusCode > 202) {
          problems.push(`${where}: expected it stored, got ${res.statusCode} ${res.body.slice(0, 200)}`);
          continue;
        }
        if (expected.stored.name && res.json().name !== expected.stored.name)
          problems.push(`${where}: stored as "${res.json().name}"`);
        if (served?.statusCode !== 200)
          problems.push(`${where}: the stored copy is not served to who may see it (${served?.statusCode})`);
        const dirty = served && expected.stored.check?.(served.rawPayload);
        if (dirty) problems.push(`${where}: ${dirty}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
