// The party building records each access-matrix bundle holds (rows in ./rows/study-party.ts):
// the chain 党组 → 机关党委 → a branch with a member, a spare branch and membership to remove,
// a list item and a spare one, a liaison and a spare one, and roster members to pick: a party
// member in no branch yet and two non-party members.
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import { createMember } from '../../server/test/fixtures.js';
import type { Client } from '../../server/test/harness.js';
import type { Scenario } from '../support/scenario.js';

export interface PartyTargets {
  item: number;
  spareItem: number;
  committee: number;
  branch: number;
  spareBranch: number;
  membership: number;
  spareMembership: number;
  liaison: number;
  spareLiaison: number;
  /** A party member in no party organisation, for the row that adds one. */
  partyMember: number;
  /** A non-party member no one links yet, for the row that adds a liaison. */
  nonParty: number;
}

export async function partyTargets(
  s: Scenario,
  office: Client,
  org: { id: number; term: number; sector: number },
): Promise<PartyTargets> {
  const member = (name: string, party: string) =>
    createMember(s.ctx.platform, { orgId: org.id, termId: org.term, sectorId: org.sector, name, party });
  const [p1, p2, p3, n1, n2, n3] = [
    await member('党建甲', 'cpc'),
    await member('党建乙', 'cpc'),
    await member('党建丙', 'cpc'),
    await member('联系甲', 'nonparty'),
    await member('联系乙', 'cdl'),
    await member('联系丙', 'jiusan'),
  ];
  const id = async (res: Promise<unknown>, what: string) => ((await ok(res as never, what)) as { id: number }).id;
  const orgPost = (body: object) => id(office.post('/api/study/party/orgs', body), 'party org');
  const group = await orgPost({ kind: 'party_group', name: '党组' });
  const committee = await orgPost({ kind: 'organ_committee', name: '机关党委', parentId: group });
  const branch = await orgPost({ kind: 'branch', name: '第一党支部', parentId: committee });
  const spareBranch = await orgPost({ kind: 'branch', name: '第二党支部', parentId: committee });
  const join = (memberId: number) =>
    id(office.post(`/api/study/party/orgs/${branch}/members`, { memberId, role: 'member' }), 'membership');
  const link = (partyMemberId: number, memberId: number) =>
    id(office.post('/api/study/party/liaisons', { partyMemberId, memberId, startsOn: '2026-01-05' }), 'liaison');
  const item = (content: string) =>
    id(
      office.post('/api/study/party/items', {
        list: 'party_building',
        year: 2026,
        content,
        owner: '机关党委',
        dueOn: '2026-06-30',
      }),
      'list item',
    );
  return {
    item: await item('落实“三会一课”制度'),
    spareItem: await item('开展党员集中学习'),
    committee,
    branch,
    spareBranch,
    membership: await join(p1!),
    spareMembership: await join(p2!),
    liaison: await link(p1!, n1!),
    spareLiaison: await link(p2!, n2!),
    partyMember: p3!,
    nonParty: n3!,
  };
}
