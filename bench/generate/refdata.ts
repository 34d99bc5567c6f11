// Each organisation's fixed world: the tree, five terms of five sessions, sectors,
// committees and groups, handling units, the current roster (members' personal data sealed
// by the app's own memberRow) and the accounts: one per member, one per unit, and one per
// role of the office (staff or county administrator, the chair, two leading leaders, an
// auditor, a public participant). Returns what the proposal generator draws on.
import { memberRow } from '../../server/modules/members/member-row.js';
import type { PartyCode } from '../../server/modules/members/parties.js';
import type { PersonalDataCipher } from '../../server/platform/crypto/personal-data.js';
import { idNumberCheckChar } from '../../server/platform/crypto/personal-data.js';
import {
  COUNTY_SECTORS,
  COUNTY_UNITS,
  DEMO_COMMITTEES,
  DEMO_SECTORS,
  DEMO_UNITS,
  ETHNICITIES,
  GIVEN_FEMALE,
  GIVEN_MALE,
  GIVEN_SINGLE,
  PARTY_BY_SECTOR,
  SURNAMES,
  WORK_UNITS,
} from '../../server/seed/demo-data.js';
import type { prng } from '../../server/seed/demo.js';
import { chineseNumber, localise, type OrgPlan } from './places.js';
import { BENCH_MEMBERS, TERM_START_YEARS } from './scale.js';
import type { IdSource, Sink, Value } from './sink.js';

type Rnd = ReturnType<typeof prng>;

export interface UserRef {
  id: number;
  name: string;
  orgId: number;
}
export interface SessionInfo {
  id: number;
  number: number;
  name: string;
  opensOn: string;
  closesOn: string;
}
export interface TermInfo {
  id: number;
  number: number;
  name: string;
  startsOn: string;
  sessions: SessionInfo[];
}
export interface UnitInfo {
  id: number;
  name: string;
  shortName: string;
  user: UserRef;
}
export interface MemberInfo {
  id: number;
  name: string;
  sectorId: number;
  committeeId: number;
  user: UserRef;
}

export interface OrgInfo {
  plan: OrgPlan;
  id: number;
  terms: TermInfo[];
  sectors: { id: number; name: string }[];
  committees: { id: number; name: string }[];
  units: UnitInfo[];
  members: MemberInfo[];
  /** Cumulative weights for picking proposers: a few members write most proposals. */
  memberWeights: Float64Array;
  office: UserRef;
  chair: UserRef;
  leaders: UserRef[];
  usernames: { office: string };
  /** This organisation's units for the city units a topic names (short names like 市住建局). */
  unitsFor(shortNames: readonly string[]): UnitInfo[];
}

/** County units for the city departments a topic names. */
const COUNTY_DEPARTMENT: Record<string, string> = {
  市发展改革委: '发展和改革局',
  市教育局: '教育局',
  市住建局: '住房和城乡建设局',
  市农业农村局: '农业农村局',
  市卫健委: '卫生健康局',
  市交通运输局: '交通运输局',
  市民政局: '民政局',
  市自然资源规划局: '自然资源局',
  市医保局: '卫生健康局',
  市城管局: '住房和城乡建设局',
  市财政局: '发展和改革局',
  市生态环境局: '自然资源局',
  市水利局: '农业农村局',
  市商务局: '发展和改革局',
  市人社局: '民政局',
};

const ROLE_ACCOUNTS = ['office', 'chair', 'secretary', 'mayor', 'auditor', 'public'] as const;

export interface RefData {
  orgs: OrgInfo[];
  benchMembers: { username: string; memberId: number; userId: number }[];
  accounts: { role: string; username: string; org: string }[];
}

export function writeRefData(
  sink: Sink,
  ids: IdSource,
  rnd: Rnd,
  plans: OrgPlan[],
  ctx: { cipher: PersonalDataCipher; passwordHash: string },
): RefData {
  const t = {
    organisations: sink.table('organisations', [
      ['id', 'int'],
      ['parent_id', 'int'],
      ['name', 'text'],
      ['short_name', 'text'],
      ['level', 'text'],
      ['region_code', 'text'],
      ['created_at', 'text'],
      ['updated_at', 'text'],
    ]),
    terms: sink.table('terms', [
      ['id', 'int'],
      ['org_id', 'int'],
      ['number', 'int'],
      ['name', 'text'],
      ['starts_on', 'text'],
      ['ends_on', 'text'],
      ['is_current', 'int'],
    ]),
    sessions: sink.table('term_sessions', [
      ['id', 'int'],
      ['org_id', 'int'],
      ['term_id', 'int'],
      ['number', 'int'],
      ['name', 'text'],
      ['opens_on', 'text'],
      ['closes_on', 'text'],
    ]),
    sectors: sink.table('sectors', [
      ['id', 'int'],
      ['org_id', 'int'],
      ['name', 'text'],
      ['sort_order', 'int'],
    ]),
    committees: sink.table('committees', [
      ['id', 'int'],
      ['org_id', 'int'],
      ['name', 'text'],
      ['sort_order', 'int'],
    ]),
    groups: sink.table('member_groups', [
      ['id', 'int'],
      ['org_id', 'int'],
      ['committee_id', 'int'],
      ['name', 'text'],
    ]),
    units: sink.table('handling_units', [
      ['id', 'int'],
      ['org_id', 'int'],
      ['name', 'text'],
      ['short_name', 'text'],
      ['kind', 'text'],
      ['contact_person', 'text'],
      ['contact_phone', 'text'],
      ['sort_order', 'int'],
    ]),
    users: sink.table('users', [
      ['id', 'int'],
      ['org_id', 'int'],
      ['username', 'text'],
      ['display_name', 'text'],
      ['password_hash', 'text'],
      ['must_change_password', 'int'],
      ['roles', 'text'],
      ['member_id', 'int'],
      ['unit_id', 'int'],
      ['leader_title', 'text'],
      ['created_at', 'text'],
      ['updated_at', 'text'],
    ]),
  };
  let members: ReturnType<Sink['table']> | null = null;
  let memberColumns: string[] = [];
  const usedPhones = new Set<string>();
  const orgs: OrgInfo[] = [];
  const accounts: RefData['accounts'] = [];
  const launched = '2023-01-05T01:00:00.000Z';

  const user = (
    orgId: number,
    username: string,
    name: string,
    roles: string[],
    extra: { memberId?: number; unitId?: number; title?: string } = {},
  ): UserRef => {
    const id = ids.next('users');
    t.users.add([
      id,
      orgId,
      username,
      name,
      ctx.passwordHash,
      0,
      JSON.stringify(roles),
      extra.memberId ?? null,
      extra.unitId ?? null,
      extra.title ?? null,
      launched,
      launched,
    ]);
    return { id, name, orgId };
  };

  for (const plan of plans) {
    const orgId = ids.next('organisations');
    const parent = plan.parentIndex === null ? null : orgs[plan.parentIndex]!.id;
    t.organisations.add([
      orgId,
      parent,
      plan.name,
      plan.shortName,
      plan.level,
      plan.regionCode,
      '2002-12-20T02:00:00.000Z',
      launched,
    ]);
    const big = plan.level !== 'county';

    const terms: TermInfo[] = TERM_START_YEARS.map((year, k) => {
      const id = ids.next('terms');
      const number = plan.termNumbers[k]!;
      const name = `第${chineseNumber(number)}届`;
      const startsOn = `${year}-01-${String(6 + (plan.index % 5)).padStart(2, '0')}`;
      const next = TERM_START_YEARS[k + 1];
      t.terms.add([id, orgId, number, name, startsOn, next ? `${next}-01-05` : null, next ? 0 : 1]);
      const sessions = [0, 1, 2, 3, 4].map((s) => {
        const sid = ids.next('term_sessions');
        const opensOn = `${year + s}-01-${String(6 + ((plan.index + s * 3) % 12)).padStart(2, '0')}`;
        const closesOn = `${opensOn.slice(0, 8)}${String(Number(opensOn.slice(8)) + 4).padStart(2, '0')}`;
        const sname = `${name}第${chineseNumber(s + 1)}次会议`;
        t.sessions.add([sid, orgId, id, s + 1, sname, opensOn, closesOn]);
        return { id: sid, number: s + 1, name: sname, opensOn, closesOn };
      });
      return { id, number, name, startsOn, sessions };
    });

    const sectorDefs: [string, number][] = big ? DEMO_SECTORS : COUNTY_SECTORS.map((s) => [s, 1]);
    const sectors = sectorDefs.map(([name], i) => {
      const id = ids.next('sectors');
      t.sectors.add([id, orgId, name, i]);
      return { id, name };
    });
    const committeeDefs: [string, string[]][] = big
      ? DEMO_COMMITTEES
      : [
          ['提案委员会', []],
          ['经济和农业委员会', []],
          ['文史和学习委员会', []],
        ];
    const groupsOf: number[][] = [];
    const committees = committeeDefs.map(([name, groups], i) => {
      const id = ids.next('committees');
      t.committees.add([id, orgId, name, i]);
      groupsOf.push(
        groups.map((g) => {
          const gid = ids.next('member_groups');
          t.groups.add([gid, orgId, id, g]);
          return gid;
        }),
      );
      return { id, name };
    });

    const prefix = plan.place.slice(0, -1);
    const unitDefs: [string, string, string][] = big
      ? DEMO_UNITS.map(([n, s, k]) => [localise(plan, n), plan.level === 'province' ? s.replace(/^市/, '省') : s, k])
      : COUNTY_UNITS.map((u) => [`${plan.place}${u}`, `${prefix}${u.slice(0, 2)}`, 'government']);
    const units: UnitInfo[] = unitDefs.map(([name, shortName, kind], i) => {
      const id = ids.next('handling_units');
      t.units.add([
        id,
        orgId,
        name,
        shortName,
        kind,
        `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN_SINGLE)}`,
        `0799-${rnd.int(6100000, 6899999)}`,
        i,
      ]);
      return {
        id,
        name,
        shortName,
        user: user(orgId, `o${orgId}-u${i + 1}`, `${shortName}办公室`, ['unit'], { unitId: id }),
      };
    });
    const byShort = new Map(units.map((u, i) => [big ? DEMO_UNITS[i]![1] : '', u]));
    const byDept = new Map(units.map((u) => [u.name.slice(plan.place.length), u]));

    const office = user(orgId, `o${orgId}-office`, `${prefix}政协办公室`, [big ? 'staff' : 'county_admin']);
    const chair = user(orgId, `o${orgId}-chair`, `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN_MALE)}`, ['leader'], {
      title: '主席',
    });
    const topLeader = plan.level === 'province' ? '省长' : plan.level === 'city' ? '市长' : `${plan.word}长`;
    const leaders = [
      user(orgId, `o${orgId}-secretary`, `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN_MALE)}`, ['gov_leader'], {
        title: `${plan.word}委书记`,
      }),
      user(orgId, `o${orgId}-mayor`, `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN_MALE)}`, ['gov_leader'], {
        title: topLeader,
      }),
    ];
    user(orgId, `o${orgId}-auditor`, '审计员', ['auditor']);
    user(orgId, `o${orgId}-public`, '群众代表', ['public']);
    if (plan.index < 2)
      for (const r of ROLE_ACCOUNTS) accounts.push({ role: r, username: `o${orgId}-${r}`, org: plan.shortName });

    const termId = terms[terms.length - 1]!.id;
    const memberList: MemberInfo[] = [];
    const weights = new Float64Array(plan.members);
    const usedNames = new Set<string>();
    const usedIds = new Set<string>();
    for (let i = 0; i < plan.members; i++) {
      const gender = rnd.next() < 0.36 ? 'female' : 'male';
      let name = '';
      do {
        const given =
          rnd.next() < 0.2 ? rnd.pick(GIVEN_SINGLE) : rnd.pick(gender === 'female' ? GIVEN_FEMALE : GIVEN_MALE);
        name = rnd.pick(SURNAMES) + given;
        if (usedNames.has(name)) name += rnd.pick(GIVEN_SINGLE);
      } while (usedNames.has(name));
      usedNames.add(name);
      const sector = rnd.weighted(sectorDefs.map(([, w], k) => [k, w] as [number, number]));
      const party: PartyCode =
        (PARTY_BY_SECTOR[sectorDefs[sector]![0]] as PartyCode | undefined) ??
        rnd.weighted<PartyCode>([
          ['nonparty', 45],
          ['cpc', 30],
          ['cdl', 5],
          ['cdnca', 5],
          ['capd', 4],
          ['jiusan', 4],
          ['cpwdp', 3],
          ['rck', 2],
          ['czgp', 1],
          ['tdsgl', 1],
        ]);
      const c = rnd.int(0, committees.length - 1);
      let idNumber = '';
      do {
        const birth = `${rnd.int(1958, 1990)}${String(rnd.int(1, 12)).padStart(2, '0')}${String(rnd.int(1, 28)).padStart(2, '0')}`;
        const first17 = `${plan.regionCode}${birth}${String(rnd.int(10, 99))}${gender === 'female' ? rnd.pick([2, 4, 6, 8]) : rnd.pick([1, 3, 5, 7, 9])}`;
        idNumber = first17 + idNumberCheckChar(first17);
      } while (usedIds.has(idNumber));
      usedIds.add(idNumber);
      let phone = '';
      do
        phone = `1${rnd.pick(['38', '39', '36', '37', '58', '59', '86', '88', '89', '33'])}${String(rnd.int(0, 99999999)).padStart(8, '0')}`;
      while (usedPhones.has(phone));
      usedPhones.add(phone);
      const [workUnit, title] = rnd.pick(WORK_UNITS.default!);
      const row = memberRow(
        ctx.cipher,
        {
          orgId,
          termId,
          name,
          gender,
          ethnicity: rnd.weighted(ETHNICITIES),
          birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
          sectorId: sectors[sector]!.id,
          committeeId: committees[c]!.id,
          groupId: groupsOf[c]!.length && rnd.next() < 0.7 ? rnd.pick(groupsOf[c]!) : null,
          party,
          workUnit: localise(plan, workUnit),
          jobTitle: title,
          isNew: rnd.next() < 0.42,
          email: null,
          address: null,
          postalCode: null,
          phone,
          idNumber,
        },
        launched,
      ) as Record<string, Value>;
      if (!members) {
        memberColumns = ['id', ...Object.keys(row)];
        members = sink.table(
          'members',
          memberColumns.map((k) => [
            k,
            /^(id|org_id|term_id|sector_id|committee_id|group_id|is_new)$/.test(k) ? 'int' : 'text',
          ]),
        );
      }
      const id = ids.next('members');
      members.add(memberColumns.map((k) => (k === 'id' ? id : (row[k] ?? null))));
      const ref = user(orgId, `m${id}`, name, ['member'], { memberId: id });
      memberList.push({ id, name, sectorId: sectors[sector]!.id, committeeId: committees[c]!.id, user: ref });
      // The bench's members write a lot; the rest from rarely to often, as in any committee.
      const w = plan.index === 0 && i < BENCH_MEMBERS ? 3 : rnd.next() < 0.2 ? 0.05 : 0.2 + rnd.next() ** 2 * 3;
      weights[i] = (i ? weights[i - 1]! : 0) + w;
    }

    orgs.push({
      plan,
      id: orgId,
      terms,
      sectors,
      committees,
      units,
      members: memberList,
      memberWeights: weights,
      office,
      chair,
      leaders,
      usernames: { office: `o${orgId}-office` },
      unitsFor(shortNames) {
        const found = shortNames
          .map((n) => (big ? byShort.get(n) : byDept.get(COUNTY_DEPARTMENT[n] ?? '')))
          .filter((u): u is UnitInfo => !!u);
        const distinct = [...new Map(found.map((u) => [u.id, u])).values()];
        return distinct.length ? distinct : [units[0]!];
      },
    });
  }
  const top = orgs[0]!;
  const benchMembers = top.members
    .slice(0, BENCH_MEMBERS)
    .map((m) => ({ username: `m${m.id}`, memberId: m.id, userId: m.user.id }));
  return { orgs, benchMembers, accounts };
}

/** A proposer by weight (binary search over the cumulative weights). */
export function pickMember(org: OrgInfo, rnd: Rnd): MemberInfo {
  const w = org.memberWeights;
  const x = rnd.next() * w[w.length - 1]!;
  let lo = 0,
    hi = w.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return org.members[lo]!;
}
