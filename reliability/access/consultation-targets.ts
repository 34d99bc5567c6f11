// The consultations' records each access-matrix bundle holds, made through the API by the
// organisation's office: an open consultation its members and the bundle's handling unit take
// part in, with a public link, a public visitor's device identity and a member's statement
// waiting for moderation; one in draft to open and one open to close.
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import { solveChallenge } from '../../server/platform/http/public-challenge.js';
import type { Client } from '../../server/test/harness.js';

export interface ConsultationTargets {
  open: number;
  draft: number;
  closable: number;
  /** An accepted statement of `open`. */
  statement: number;
  /** A member's statement of `open`, pending. */
  pending: number;
  /** The public link's token of `open`. */
  token: string;
  /** The device cookie (name=value) of a visitor who joined `open` by its link. */
  device: string;
}

export async function consultationTargets(office: Client, member: Client, unit: number): Promise<ConsultationTargets> {
  const make = async (title: string, open: boolean) => {
    const c = (await ok(
      office.post('/api/consultations', {
        title,
        description: '围绕社区停车难征求各方意见。',
        opensOn: '2026-05-01',
        closesOn: '2026-06-30',
        unitIds: [unit],
        seeds: ['小区应错峰开放周边单位停车场', '路边停车应全部收费'],
      }),
      `consultation ${title}`,
    )) as { id: number };
    if (open) await ok(office.post(`/api/consultations/${c.id}/open`), 'open consultation');
    return c.id;
  };
  const open = await make('社区停车难怎么解决', true);
  const statements = (await ok(office.get(`/api/consultations/${open}/statements`), 'statements')) as { id: number }[];
  const pending = (await ok(
    member.post(`/api/consultations/${open}/contributions`, { body: '新建小区应按户配足车位' }),
    'contribution',
  )) as { id: number };
  const { token } = (await ok(office.post(`/api/consultations/${open}/public`, { mode: 'anonymous' }), 'public')) as {
    token: string;
  };
  const ch = (await ok(office.get(`/api/public/consultations/${token}/challenge`), 'challenge')) as {
    challenge: string;
    bits: number;
  };
  await ok(
    office.post(`/api/public/consultations/${token}/join`, {
      challenge: ch.challenge,
      solution: solveChallenge(ch.challenge, ch.bits),
    }),
    'join',
  );
  // The harness's jar ignores cookie paths: the device cookie is taken out of the office's jar.
  const name = `lvzhi_cp_${open}`;
  const device = `${name}=${office.cookies[name]}`;
  delete office.cookies[name];
  return {
    open,
    draft: await make('社区停车难（待开始）', false),
    closable: await make('社区停车难（待结束）', true),
    statement: statements[0]!.id,
    pending: pending.id,
    token,
    device,
  };
}
