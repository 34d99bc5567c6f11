// The records each access-matrix cell acts on: one bundle per organisation (the city, county
// A), holding a record of every kind the API takes an id of. A role's "own" bundle is its
// home organisation's; its "other" bundle the other one. Built on the shared scenario, with
// what only the matrix needs (a job, a notification and a file per caller, an invitation,
// a co-handling assignment, a pending extension, a commitment).
import { ok, draft } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import { chinaDate } from '../../server/platform/clock.js';
import { plainPdf } from '../../server/test/hostile-files.js';
import { multipartFile } from '../../server/test/multipart.js';
import type { Client } from '../../server/test/harness.js';
import { createMember } from '../../server/test/fixtures.js';
import type { OrgProposals, RoleName, Scenario } from '../support/scenario.js';
import { meetingTargets, type MeetingTargets } from './meeting-targets.js';
import { studyPlanTargets, type StudyPlanTargets } from './study-plan-targets.js';
import { studyMaterialTargets, type StudyMaterialTargets } from './study-materials-targets.js';
import { partyTargets, type PartyTargets } from './party-targets.js';
import { coverageTargets, type CoverageTargets } from './study-coverage-targets.js';
import { opinionTargets, type OpinionTargets } from './opinion-targets.js';
import { opinionGroupTargets, type OpinionGroupTargets } from './opinion-groups-targets.js';
import { opinionProcessingTargets, type OpinionProcessingTargets } from './opinion-processing-targets.js';
import { reportTargets, type ReportTargets } from './opinions-reports-targets.js';
import { inspectionTargets, type InspectionTargets } from './inspection-targets.js';
import { workplanTargets, type WorkplanTargets } from './workplan-targets.js';
import { consultationTargets, type ConsultationTargets } from './consultation-targets.js';
import { supervisionTargets, type SupervisionTargets } from './supervision-targets.js';
import { problemTargets, type ProblemTargets } from './problem-targets.js';

export interface Bundle {
  org: number;
  term: number;
  session: number;
  sector: number;
  committee: number;
  group: number;
  /** A handling unit of this organisation and the fixture's unit user's unit. */
  unit: number;
  /** A member and an account of this organisation that administration may act on. */
  member: number;
  user: number;
  /** `deletable`: a draft of the matrix's member (of the county's member), for the one row that deletes it. */
  p: OrgProposals & {
    invited: number;
    coHandling: number;
    extension: number;
    commitment: number;
    deletable: number;
    /** A proposal with an open co unit's assignment (`coAssignment`), and a unit the office may put in its place. */
    coReplace: number;
    coAssignment: number;
    spareUnit: number;
  };
  contactChange: number;
  job: number;
  importFile: string;
  /** A file uploaded by the calling role itself (own) or by someone of this organisation (other). */
  fileOf(role: RoleName): string;
  /** A notification of the calling role (own) or of someone of this organisation (other). */
  noticeOf(role: RoleName): number;
  leaderUser: number;
  /** Meetings of this organisation (./meeting-targets.ts). */
  mtg: MeetingTargets;
  /** The study plan's items and the learning exchange's month (./study-plan-targets.ts). */
  studyPlan: StudyPlanTargets;
  /** Study materials of this organisation (./study-materials-targets.ts). */
  studyMaterials: StudyMaterialTargets;
  /** Party building records of this organisation (./party-targets.ts). */
  party: PartyTargets;
  /** Training cohorts of this organisation (./study-coverage-targets.ts). */
  cov: CoverageTargets;
  /** The opinions' campaigns and opinions of this organisation (./opinion-targets.ts). */
  opinions: OpinionTargets;
  /** Near-duplicate groups of opinions of this organisation (./opinion-groups-targets.ts). */
  opGroups: OpinionGroupTargets;
  /** Opinions, groups, a category and routes of this organisation (./opinion-processing-targets.ts). */
  op: OpinionProcessingTargets;
  /** 社情民意 reports and a draft issue of this organisation (./opinions-reports-targets.ts). */
  sqmy: ReportTargets;
  /** Inspections and a recommendation of this organisation (./inspection-targets.ts). */
  insp: InspectionTargets;
  /** Evaluation campaigns, assignments and a visit of this organisation (./supervision-targets.ts). */
  sup: SupervisionTargets;
  /** The work plan's priorities, a topic, a report and its recommendations of this organisation (./workplan-targets.ts). */
  wp: WorkplanTargets;
  /** Consultations of this organisation, a pending statement, the public link and a visitor's device (./consultation-targets.ts). */
  cons: ConsultationTargets;
  /** A problem found in the open campaign, routed to the bundle's unit (./problem-targets.ts). */
  prob: ProblemTargets;
}

async function importJob(c: Client): Promise<{ jobId: number; fileId: string }> {
  const template = await c.get('/api/members/import/template');
  const { payload, headers } = multipartFile(
    '委员名册.xlsx',
    template.rawPayload,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  return ok(c.request({ method: 'POST', url: '/api/members/import', payload, headers }), 'import upload');
}

export async function buildBundles(s: Scenario): Promise<{ city: Bundle; county: Bundle }> {
  const { ctx, fx, clients } = s;
  const year = Number(chinaDate(ctx.clock.now()).slice(0, 4));
  const db = ctx.platform.db;
  const id = async (q: Promise<{ id: number } | undefined>) => (await q)!.id;

  // Per caller: a file he uploaded and a notification addressed to him.
  const files = new Map<string, string>();
  const notices = new Map<string, number>();
  for (const [role, c] of Object.entries(clients)) {
    const { payload, headers } = multipartFile(`${role}.pdf`, plainPdf(), 'application/pdf');
    files.set(
      role,
      (await ok(c.request({ method: 'POST', url: '/api/files?purpose=attachment', payload, headers }), 'upload')).id,
    );
    const me = (await c.get('/api/auth/me')).json().user;
    const [row] = await db
      .insertInto('notifications')
      .values({
        org_id: me.orgId,
        user_id: me.id,
        kind: 'test',
        title: `给${me.displayName}的通知`,
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .execute();
    notices.set(role, row!.id);
  }

  // An invitation to the city member, a proposal where his unit co-handles, a pending extension.
  const invited = await draft(clients.member2!, { kind: 'joint', coProposerIds: [fx.members.zhang] });
  await ok(clients.member2!.post(`/api/proposals/${invited.id}/submit`, {}), 'submit joint');
  const co = await draft(clients.member2!);
  await ok(clients.member2!.post(`/api/proposals/${co.id}/submit`, {}), 'submit');
  await ok(clients.staff!.post(`/api/proposals/${co.id}/accept`, {}), 'accept');
  await ok(
    clients.staff!.post(`/api/proposals/${co.id}/assign`, {
      units: [
        { unitId: fx.units['市住房和城乡建设局'], role: 'lead' },
        { unitId: fx.units['市教育局'], role: 'co' },
      ],
    }),
    'assign',
  );
  await ok(clients.unit2!.post(`/api/proposals/${co.id}/sign`, {}), 'sign');
  await ok(clients.unit!.post(`/api/proposals/${co.id}/sign`, {}), 'sign');
  // In the county: a proposal with a co unit too, and a spare unit for each organisation's office to replace it with.
  const countyUnits: number[] = [];
  for (const name of ['东城县住房和城乡建设局', '东城县卫生健康局'])
    countyUnits.push(
      await id(
        db
          .insertInto('handling_units')
          .values({ org_id: fx.countyA, name, short_name: name.slice(3), kind: 'government' })
          .returning('id')
          .executeTakeFirst(),
      ),
    );
  const countyCo = await draft(clients.countyMember!);
  await ok(clients.countyMember!.post(`/api/proposals/${countyCo.id}/submit`, {}), 'submit');
  await ok(clients.county_admin!.post(`/api/proposals/${countyCo.id}/accept`, {}), 'accept');
  await ok(
    clients.county_admin!.post(`/api/proposals/${countyCo.id}/assign`, {
      units: [
        { unitId: fx.countyUnit, role: 'lead' },
        { unitId: countyUnits[0], role: 'co' },
      ],
    }),
    'assign',
  );
  const cityCo = await draft(clients.member2!);
  await ok(clients.member2!.post(`/api/proposals/${cityCo.id}/submit`, {}), 'submit');
  await ok(clients.staff!.post(`/api/proposals/${cityCo.id}/accept`, {}), 'accept');
  await ok(
    clients.staff!.post(`/api/proposals/${cityCo.id}/assign`, {
      units: [
        { unitId: fx.units['市住房和城乡建设局'], role: 'lead' },
        { unitId: fx.units['市教育局'], role: 'co' },
      ],
    }),
    'assign',
  );
  const coAssignment = (proposalId: number, unitId: number) =>
    id(
      db
        .selectFrom('proposal_assignments')
        .select('id')
        .where('proposal_id', '=', proposalId)
        .where('unit_id', '=', unitId)
        .executeTakeFirst(),
    );
  const extend = async (c: Client, proposal: number) => {
    await ok(
      c.post(`/api/proposals/${proposal}/extensions`, {
        requestedDeadline: '2027-12-31',
        reason: '需会同多个部门联合调研',
      }),
      'extension',
    );
    return id(db.selectFrom('proposal_extensions').select('id').where('proposal_id', '=', proposal).executeTakeFirst());
  };
  const commitment = (proposal: number) =>
    id(db.selectFrom('proposal_commitments').select('id').where('proposal_id', '=', proposal).executeTakeFirst());
  const countyChange = await ok(
    clients.countyMember!.post('/api/members/me/contact-change', { email: 'zhao.ch@example.cn' }),
    'contact change',
  );
  const cityImport = await importJob(clients.staff!);
  const countyImport = await importJob(clients.county_admin!);
  const countySector = await id(
    db.selectFrom('sectors').select('id').where('org_id', '=', fx.countyA).executeTakeFirst(),
  );
  const countyCommittee = await id(
    db
      .insertInto('committees')
      .values({ org_id: fx.countyA, name: '县提案委员会', sort_order: 0 })
      .returning('id')
      .executeTakeFirst(),
  );
  const countyGroup = await id(
    db
      .insertInto('member_groups')
      .values({ org_id: fx.countyA, committee_id: countyCommittee, name: '县提案一组' })
      .returning('id')
      .executeTakeFirst(),
  );
  const countySession = await id(
    db
      .insertInto('term_sessions')
      .values({
        org_id: fx.countyA,
        term_id: fx.countyTerm,
        number: 4,
        name: '第十届第四次会议',
        opens_on: '2026-01-08',
        closes_on: '2026-01-11',
      })
      .returning('id')
      .executeTakeFirst(),
  );

  const cityMeetings = await meetingTargets(
    s,
    { id: fx.city, term: fx.term, sector: fx.sectors['经济界']!, unit: fx.units['市教育局']! },
    clients.staff!,
    {
      invitees: [fx.members.zhang!],
      leaveTaker: { member: fx.members.li!, client: clients.member2! },
      desk: fx.members.wang!,
      speaker: clients.member!,
    },
  );
  const countyDesk = await createMember(ctx.platform, {
    orgId: fx.countyA,
    termId: fx.countyTerm,
    name: '周海燕',
    sectorId: countySector,
  });
  const countyMeetings = await meetingTargets(
    s,
    { id: fx.countyA, term: fx.countyTerm, sector: countySector, unit: fx.countyUnit },
    clients.county_admin!,
    { invitees: [], leaveTaker: { member: fx.members.zhao!, client: clients.countyMember! }, desk: countyDesk },
  );

  const cityPeople = new Set([
    'staff',
    'leader',
    'gov_leader',
    'member',
    'unit',
    'auditor',
    'public',
    'member2',
    'unit2',
  ]);
  const pick = <T>(m: Map<string, T>, role: RoleName, home: boolean, fallback: string): T =>
    m.get(role !== 'anonymous' && cityPeople.has(role) === home ? role : fallback)!;
  // For a county role the city is "other", and the other way round.
  const citySup = await supervisionTargets(clients.staff!, clients.member!, fx.members.zhang!);
  const city: Bundle = {
    org: fx.city,
    term: fx.term,
    session: fx.sessions[3]!,
    sector: fx.sectors['经济界']!,
    committee: fx.committees['经济委员会']!,
    group: fx.groups['经济一组']!,
    unit: fx.units['市教育局']!,
    member: s.targets.cityMember,
    user: s.targets.cityUser,
    p: {
      ...s.city,
      invited: invited.id,
      coHandling: co.id,
      coReplace: cityCo.id,
      coAssignment: await coAssignment(cityCo.id, fx.units['市教育局']!),
      spareUnit: fx.units['市卫生健康委员会']!,
      extension: await extend(clients.unit!, s.city.handling),
      commitment: await commitment(s.city.replied),
      deletable: (await draft(clients.member!)).id,
    },
    contactChange: s.contactChange,
    job: cityImport.jobId,
    importFile: cityImport.fileId,
    fileOf: (role) => pick(files, role, true, 'member2'),
    noticeOf: (role) => pick(notices, role, true, 'member2'),
    leaderUser: fx.users.mayor!.id,
    mtg: cityMeetings,
    studyPlan: await studyPlanTargets(s, clients.staff!, [fx.members.zhang!, fx.members.wang!]),
    studyMaterials: await studyMaterialTargets(clients.staff!, clients.member!, fx.members.zhang!),
    party: await partyTargets(s, clients.staff!, { id: fx.city, term: fx.term, sector: fx.sectors['经济界']! }),
    cov: await coverageTargets(clients.staff!, fx.members.zhang!),
    opinions: await opinionTargets(clients.staff!, clients.member!, fx.members.zhang!),
    opGroups: await opinionGroupTargets(ctx.platform, fx.city, fx.users.staff!.id),
    op: await opinionProcessingTargets(s, clients.staff!, {
      id: fx.city,
      unit: fx.units['市教育局']!,
      member: fx.members.zhang!,
    }),
    sqmy: await reportTargets(clients.staff!, clients.member!, year),
    insp: await inspectionTargets(clients.staff!, fx.members.zhang!, fx.units['市教育局']!),
    wp: await workplanTargets(clients.staff!, fx.units['市教育局']!),
    cons: await consultationTargets(clients.staff!, clients.member!, fx.units['市教育局']!),
    sup: citySup,
    prob: await problemTargets(clients.staff!, citySup, fx.units['市教育局']!),
  };
  const countySup = await supervisionTargets(clients.county_admin!, clients.countyMember!, fx.members.zhao!);
  const county: Bundle = {
    org: fx.countyA,
    term: fx.countyTerm,
    session: countySession,
    sector: countySector,
    committee: countyCommittee,
    group: countyGroup,
    unit: fx.countyUnit,
    member: s.targets.countyMember,
    user: s.targets.countyUser,
    p: {
      ...s.county,
      invited: s.county.submitted,
      coHandling: s.county.handling,
      coReplace: countyCo.id,
      coAssignment: await coAssignment(countyCo.id, countyUnits[0]!),
      spareUnit: countyUnits[1]!,
      extension: await extend(clients.countyUnit!, s.county.handling),
      commitment: await commitment(s.county.replied),
      deletable: (await draft(clients.countyMember!)).id,
    },
    contactChange: countyChange.id,
    job: countyImport.jobId,
    importFile: countyImport.fileId,
    fileOf: (role) => pick(files, role, false, 'countyMember'),
    noticeOf: (role) => pick(notices, role, false, 'countyMember'),
    leaderUser: fx.users.countyAdmin!.id,
    mtg: countyMeetings,
    studyPlan: await studyPlanTargets(s, clients.county_admin!, [fx.members.zhao!, countyDesk]),
    studyMaterials: await studyMaterialTargets(clients.county_admin!, clients.countyMember!, fx.members.zhao!),
    party: await partyTargets(s, clients.county_admin!, { id: fx.countyA, term: fx.countyTerm, sector: countySector }),
    cov: await coverageTargets(clients.county_admin!, fx.members.zhao!),
    opinions: await opinionTargets(clients.county_admin!, clients.countyMember!, fx.members.zhao!),
    opGroups: await opinionGroupTargets(ctx.platform, fx.countyA, fx.users.countyAdmin!.id),
    op: await opinionProcessingTargets(s, clients.county_admin!, {
      id: fx.countyA,
      unit: fx.countyUnit,
      member: fx.members.zhao!,
    }),
    sqmy: await reportTargets(clients.county_admin!, clients.countyMember!, year),
    insp: await inspectionTargets(clients.county_admin!, fx.members.zhao!, fx.countyUnit),
    wp: await workplanTargets(clients.county_admin!, fx.countyUnit),
    cons: await consultationTargets(clients.county_admin!, clients.countyMember!, fx.countyUnit),
    sup: countySup,
    prob: await problemTargets(clients.county_admin!, countySup, fx.countyUnit),
  };
  return { city, county };
}
