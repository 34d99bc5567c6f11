// A populated test app for the in-process suites (fuzzer, access matrix, uploads): the
// fixture's city and two counties, plus proposals of the city and of county A in the
// states the workflow passes through, files, a contact-change request and target accounts,
// all made through the real API so every record is what a user would have produced.
import type { Engine } from '../../server/db/dialect.js';
import { PASSWORD, createUser, seedFixture, type Fixture } from '../../server/test/fixtures.js';
import { createTestContext, login, type Client, type TestContext } from '../../server/test/harness.js';
import { plainJpeg, plainPdf } from '../../server/test/hostile-files.js';
import { multipartFile } from '../../server/test/multipart.js';
import { CONTACT, REPLY, draft, ok, submitted } from '../../server/modules/proposals/core/proposals.test-helpers.js';

/** The signed-in users of the suite, one per role (county roles sit in county A). */
export const ROLE_USERS = {
  staff: 'staff',
  leader: 'leader',
  /** A party or government leader who leads key proposals (the mayor). */
  gov_leader: 'mayor',
  member: 'zhangjianguo',
  unit: 'jiaoyuju',
  county_admin: 'dongcheng',
  auditor: 'auditor',
  public: 'public',
} as const;
export type RoleName = keyof typeof ROLE_USERS | 'anonymous';
export const ROLE_NAMES: RoleName[] = [...(Object.keys(ROLE_USERS) as (keyof typeof ROLE_USERS)[]), 'anonymous'];

/** Proposals of one organisation, one per stage of the workflow. */
export interface OrgProposals {
  draft: number;
  submitted: number;
  accepted: number;
  assigned: number;
  handling: number;
  replied: number;
  /** The assignment of `assigned` (pending sign) and of `handling` (signed). */
  assignedAssignment: number;
  handlingAssignment: number;
  replyId: number;
}

export interface Scenario {
  ctx: TestContext;
  fx: Fixture;
  city: OrgProposals;
  county: OrgProposals;
  /** Another city member's draft, and a proposal assigned to another city unit (住建局). */
  otherMemberDraft: number;
  otherUnitProposal: number;
  files: { mine: string; otherMember: string; county: string };
  contactChange: number;
  /** Accounts that user-administration operations may act on (never the suite's own actors). */
  targets: { cityUser: number; countyUser: number; cityMember: number; countyMember: number };
  clients: Record<Exclude<RoleName, 'anonymous'>, Client> & Record<string, Client>;
}

async function uploadFile(c: Client, name: string, data: Buffer, type: string): Promise<string> {
  const { payload, headers } = multipartFile(name, data, type);
  return (
    await ok(c.request({ method: 'POST', url: '/api/files?purpose=attachment', payload, headers }), `upload ${name}`)
  ).id;
}

/** Drives one organisation's proposals through the workflow. */
async function proposalsOf(proposer: Client, office: Client, unitUser: Client, unitId: number): Promise<OrgProposals> {
  const d = await draft(proposer);
  const s = await submitted(proposer);
  const accept = async () => {
    const p = await submitted(proposer, { isPublic: true });
    await ok(office.post(`/api/proposals/${p.id}/accept`, { isPublic: true }), 'accept');
    return p.id;
  };
  const assign = async () => {
    const id = await accept();
    const view = await ok(office.post(`/api/proposals/${id}/assign`, { units: [{ unitId, role: 'lead' }] }), 'assign');
    void view;
    const handling = await ok(unitUser.get(`/api/proposals/${id}/handling`), 'handling view');
    return { id, assignmentId: handling.assignments[0].id as number };
  };
  const accepted = await accept();
  const assigned = await assign();
  const handling = await assign();
  await ok(unitUser.post(`/api/proposals/${handling.id}/sign`, {}), 'sign');
  const replied = await assign();
  await ok(unitUser.post(`/api/proposals/${replied.id}/sign`, {}), 'sign');
  await ok(unitUser.post(`/api/proposals/${replied.id}/contacts`, CONTACT), 'contact');
  await ok(
    unitUser.post(`/api/proposals/${replied.id}/reply`, {
      ...REPLY,
      resultClass: 'B',
      commitments: [{ content: '年内完成三个街道的试点', dueDate: '2027-06-30' }],
    }),
    'reply',
  );
  const view = await ok(office.get(`/api/proposals/${replied.id}/handling`), 'handling view');
  return {
    draft: d.id,
    submitted: s.id,
    accepted,
    assigned: assigned.id,
    handling: handling.id,
    replied: replied.id,
    assignedAssignment: assigned.assignmentId,
    handlingAssignment: handling.assignmentId,
    replyId: view.replies[0].id,
  };
}

export async function buildScenario(engine: Engine, env: Record<string, string> = {}): Promise<Scenario> {
  const ctx = await createTestContext({ UPLOAD_MAX_MB: '2', ...env }, { engine });
  const fx = await seedFixture(ctx.platform);
  const p = ctx.platform;
  const targets = {
    cityUser: (
      await createUser(p, { orgId: fx.city, username: 'target_city', displayName: '待调整账号', roles: ['member'] })
    ).id,
    countyUser: (
      await createUser(p, {
        orgId: fx.countyA,
        username: 'target_county',
        displayName: '县待调整账号',
        roles: ['member'],
      })
    ).id,
    cityMember: fx.members.wang!,
    countyMember: fx.members.zhao!,
  };
  const names = {
    ...ROLE_USERS,
    member2: 'lixiaomei',
    unit2: 'zhujianju',
    countyMember: 'zhaochunhua',
    countyUnit: 'xianjiaoyuju',
    countyB: 'xihe',
  };
  const clients = Object.fromEntries(
    await Promise.all(
      Object.entries(names).map(async ([role, username]) => [role, await login(ctx, username, PASSWORD)] as const),
    ),
  ) as Scenario['clients'];
  const { staff, member, unit, county_admin: countyAdmin } = clients;
  const city = await proposalsOf(member, staff, unit, fx.units['市教育局']!);
  const county = await proposalsOf(clients.countyMember!, countyAdmin, clients.countyUnit!, fx.countyUnit);
  const otherMemberDraft = (await draft(clients.member2!)).id;
  const other = await submitted(clients.member2!);
  await ok(staff.post(`/api/proposals/${other.id}/accept`, {}), 'accept');
  await ok(
    staff.post(`/api/proposals/${other.id}/assign`, {
      units: [{ unitId: fx.units['市住房和城乡建设局']!, role: 'lead' }],
    }),
    'assign',
  );
  const files = {
    mine: await uploadFile(member, '调研照片.jpg', await plainJpeg(), 'image/jpeg'),
    otherMember: await uploadFile(clients.member2!, '附件.pdf', plainPdf(), 'application/pdf'),
    county: await uploadFile(clients.countyMember!, '县附件.pdf', plainPdf(), 'application/pdf'),
  };
  const change = await ok(
    member.post('/api/members/me/contact-change', { email: 'zhang.jg@example.cn' }),
    'contact change',
  );
  return {
    ctx,
    fx,
    city,
    county,
    otherMemberDraft,
    otherUnitProposal: other.id,
    files,
    contactChange: change.id,
    targets,
    clients,
  };
}
