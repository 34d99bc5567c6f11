// The demo organisation, created on the first start of a development database (never in
// production): 江临市政协 with three county-level committees, about 400 members spread over
// sectors, committees and parties, the handling units, one account per role, an account
// for every member and unit (demo-accounts.ts), and a term's proposals (demo-proposals.ts).
import { inTransaction, type Db } from '../db/tx.js';
import type { Role } from '../platform/access/roles.js';
import { hashPassword } from '../platform/auth/password.js';
import { idNumberCheckChar } from '../platform/crypto/personal-data.js';
import type { Platform } from '../platform/platform.js';
import { memberRow, namePinyin, type PartyCode } from '../modules/members/index.js';
import { groupDemoOpinions } from '../modules/opinions/index.js';
import { seedDemoAccounts } from './demo-accounts.js';
import { seedDemoProposals, type DemoProposalsResult } from './demo-proposals.js';
import { prng } from './prng.js';
import {
  COUNTY_SECTORS,
  COUNTY_UNITS,
  DEMO_CITY,
  DEMO_COMMITTEES,
  DEMO_COUNTIES,
  DEMO_SECTORS,
  DEMO_UNITS,
  ETHNICITIES,
  GIVEN_FEMALE,
  GIVEN_MALE,
  GIVEN_SINGLE,
  PARTY_BY_SECTOR,
  SURNAMES,
  WORK_UNITS,
} from './demo-data.js';

export { prng };
export const DEMO_PASSWORD = 'Jianglin#2026';
const CITY_MEMBERS = 255;

export const DEMO_ACCOUNTS: { username: string; role: string }[] = [
  { username: 'admin', role: '机关工作人员 staff' },
  { username: 'chair', role: '政协主席 leader' },
  { username: 'mayor', role: '市长（领办重点提案）gov_leader' },
  { username: 'secretary', role: '市委书记（领办重点提案）gov_leader' },
  { username: 'vicechair', role: '政协副主席 leader' },
  { username: 'member', role: '委员 member' },
  { username: 'member2', role: '委员 member' },
  { username: 'unit', role: '承办单位 unit' },
  { username: 'zhujianju', role: '承办单位（市住建局）unit' },
  { username: 'county', role: '区县管理员 county_admin' },
  { username: 'auditor', role: '审计员 auditor' },
  { username: 'public', role: '公众参与者 public' },
];

export async function seedDemoIfEmpty(p: Platform, log: (msg: string) => void = () => undefined): Promise<boolean> {
  const existing = await p.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const r = await seedDemo(p);
  log(`demo organisation seeded: ${r.proposals} proposals through the workflow in ${(r.ms / 1000).toFixed(1)} s`);
  return true;
}

export async function seedDemo(p: Platform): Promise<DemoProposalsResult> {
  if (p.config.env === 'production') throw new Error('the demo organisation is never seeded in production');
  const rnd = prng(20260101);
  const hash = await hashPassword(DEMO_PASSWORD, p.config.passwordHashCost);
  const now = p.clock.now().toISOString();
  const usedPhones = new Set<string>();
  let cityOrgId = 0;

  await inTransaction(p.db, async (db) => {
    const insertOrg = async (
      o: { name: string; shortName: string; regionCode: string },
      level: 'city' | 'county',
      parentId: number | null,
    ) =>
      (
        await db
          .insertInto('organisations')
          .values({
            name: o.name,
            short_name: o.shortName,
            region_code: o.regionCode,
            level,
            parent_id: parentId,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;

    const cityId = await insertOrg(DEMO_CITY, 'city', null);
    const city = await seedOrgBody(db, p, rnd, {
      orgId: cityId,
      regionCode: DEMO_CITY.regionCode,
      termNumber: 15,
      sectors: DEMO_SECTORS,
      committees: DEMO_COMMITTEES,
      units: DEMO_UNITS,
      members: CITY_MEMBERS,
      usedPhones,
      now,
    });
    const counties: { id: number; members: number[]; units: number[] }[] = [];
    for (const c of DEMO_COUNTIES) {
      const id = await insertOrg(c, 'county', cityId);
      const prefix = c.shortName.replace(/政协$/, '');
      const body = await seedOrgBody(db, p, rnd, {
        orgId: id,
        regionCode: c.regionCode,
        termNumber: 10,
        sectors: COUNTY_SECTORS.map((s) => [s, 1] as [string, number]),
        committees: [
          ['提案委员会', []],
          ['经济和农业委员会', []],
          ['文史和学习委员会', []],
        ],
        units: COUNTY_UNITS.map(
          (u) => [`${prefix}${u}`, `${prefix.slice(0, 2)}${u.slice(0, 2)}`, 'government'] as [string, string, string],
        ),
        members: c.members,
        usedPhones,
        now,
      });
      counties.push({ id, ...body });
    }

    const account = async (
      username: string,
      displayName: string,
      orgId: number,
      roles: Role[],
      extra: { memberId?: number; unitId?: number; leaderTitle?: string } = {},
    ) => {
      await db
        .insertInto('users')
        .values({
          org_id: orgId,
          username,
          display_name: displayName,
          password_hash: hash,
          must_change_password: 0,
          roles: JSON.stringify(roles),
          member_id: extra.memberId ?? null,
          unit_id: extra.unitId ?? null,
          leader_title: extra.leaderTitle ?? null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    };
    const memberName = async (id: number) =>
      (await db.selectFrom('members').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;

    await account('admin', '林秘书', cityId, ['staff']);
    await account('chair', '沈国栋', cityId, ['leader'], { leaderTitle: '主席' });
    await account('mayor', '许文博', cityId, ['gov_leader'], { leaderTitle: '市长' });
    await account('member', await memberName(city.members[0]!), cityId, ['member'], { memberId: city.members[0]! });
    await account('member2', await memberName(city.members[1]!), cityId, ['member'], { memberId: city.members[1]! });
    await account('unit', '市教育局办公室', cityId, ['unit'], { unitId: city.units[1]! });
    await account('county', '清源区政协办公室', counties[0]!.id, ['county_admin']);
    await account('auditor', '审计员', cityId, ['auditor']);
    await account('public', '群众代表', cityId, ['public']);
    await seedDemoAccounts(db, {
      hash,
      now,
      cityId,
      counties: counties.map((c, i) => ({ id: c.id, shortName: DEMO_COUNTIES[i]!.shortName })),
    });
    cityOrgId = cityId;
  });
  p.orgTree.invalidate();
  const proposals = await seedDemoProposals(p);
  // The activity week's opinions are seeded with the rest (intake's demo); their near-duplicate
  // groups are computed once they all exist, as the office's regroup would.
  await groupDemoOpinions(p);
  // Recorded last, so the trail reads in time order: the proposals' steps carry their own (earlier) dates.
  await inTransaction(p.db, (db) =>
    p.audit.append(
      db,
      { kind: 'system', name: 'seed-demo' },
      {
        action: 'demo.seed',
        orgId: cityOrgId,
        detail: { counties: DEMO_COUNTIES.length, proposals: proposals.proposals },
      },
    ),
  );
  return proposals;
}

interface OrgBodyInput {
  orgId: number;
  regionCode: string;
  termNumber: number;
  sectors: [string, number][];
  committees: [string, string[]][];
  units: [string, string, string][];
  members: number;
  usedPhones: Set<string>;
  now: string;
}

async function seedOrgBody(db: Db, p: Platform, rnd: ReturnType<typeof prng>, o: OrgBodyInput) {
  const termId = (
    await db
      .insertInto('terms')
      .values({
        org_id: o.orgId,
        number: o.termNumber,
        name: `第${o.termNumber === 15 ? '十五' : '十'}届`,
        starts_on: '2022-01-08',
        is_current: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const sessionDates = ['2022-01-08', '2023-01-09', '2024-01-15', '2025-01-13', '2026-01-12'];
  for (const [i, opens] of sessionDates.entries()) {
    await db
      .insertInto('term_sessions')
      .values({
        org_id: o.orgId,
        term_id: termId,
        number: i + 1,
        name: `第${o.termNumber === 15 ? '十五' : '十'}届第${'一二三四五'[i]}次会议`,
        opens_on: opens,
        closes_on: opens.slice(0, 8) + String(Number(opens.slice(8)) + 4).padStart(2, '0'),
      })
      .execute();
  }
  const sectorIds: [number, number, string][] = [];
  for (const [i, [name, weight]] of o.sectors.entries()) {
    const id = (
      await db
        .insertInto('sectors')
        .values({ org_id: o.orgId, name, sort_order: i })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    sectorIds.push([id, weight, name]);
  }
  const committeeIds: { id: number; groups: number[] }[] = [];
  for (const [i, [name, groups]] of o.committees.entries()) {
    const id = (
      await db
        .insertInto('committees')
        .values({ org_id: o.orgId, name, sort_order: i })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const groupIds: number[] = [];
    for (const g of groups) {
      groupIds.push(
        (
          await db
            .insertInto('member_groups')
            .values({ org_id: o.orgId, committee_id: id, name: g })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    }
    committeeIds.push({ id, groups: groupIds });
  }
  const units: number[] = [];
  for (const [i, [name, shortName, kind]] of o.units.entries()) {
    units.push(
      (
        await db
          .insertInto('handling_units')
          .values({
            org_id: o.orgId,
            name,
            short_name: shortName,
            kind,
            sort_order: i,
            contact_person: `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN_SINGLE)}`,
            contact_phone: `0799-${rnd.int(6100000, 6899999)}`,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  }

  const members: number[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < o.members; i++) {
    const gender = rnd.next() < 0.36 ? 'female' : 'male';
    let name = '';
    do {
      const given =
        rnd.next() < 0.2 ? rnd.pick(GIVEN_SINGLE) : rnd.pick(gender === 'female' ? GIVEN_FEMALE : GIVEN_MALE);
      name = rnd.pick(SURNAMES) + given;
    } while (usedNames.has(name));
    usedNames.add(name);
    const [sectorId, , sectorName] = rnd.weighted(
      sectorIds.map((s) => [s, s[1]] as [[number, number, string], number]),
    );
    const party: PartyCode =
      (PARTY_BY_SECTOR[sectorName] as PartyCode | undefined) ??
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
    const committee = rnd.pick(committeeIds);
    const year = rnd.int(1958, 1988);
    const birth = `${year}${String(rnd.int(1, 12)).padStart(2, '0')}${String(rnd.int(1, 28)).padStart(2, '0')}`;
    const first17 = `${o.regionCode}${birth}${String(rnd.int(10, 99))}${gender === 'female' ? rnd.pick([2, 4, 6, 8]) : rnd.pick([1, 3, 5, 7, 9])}`;
    const idNumber = first17 + idNumberCheckChar(first17);
    let phone = '';
    do
      phone = `1${rnd.pick(['38', '39', '36', '37', '58', '59', '86', '88', '89', '33'])}${String(rnd.int(0, 99999999)).padStart(8, '0')}`;
    while (o.usedPhones.has(phone));
    o.usedPhones.add(phone);
    const [workUnit, title] = rnd.pick(WORK_UNITS.default!);
    const id = (
      await db
        .insertInto('members')
        .values(
          memberRow(
            p.cipher,
            {
              orgId: o.orgId,
              termId,
              name,
              gender,
              ethnicity: rnd.weighted(ETHNICITIES),
              birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
              sectorId,
              committeeId: committee.id,
              groupId: committee.groups.length && rnd.next() < 0.7 ? rnd.pick(committee.groups) : null,
              party,
              workUnit,
              jobTitle: title,
              isNew: rnd.next() < 0.42,
              email: rnd.next() < 0.6 ? `${namePinyin(name).pinyin}${rnd.int(1, 99)}@example.cn` : null,
              address: null,
              postalCode: null,
              phone,
              idNumber,
            },
            o.now,
          ),
        )
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    members.push(id);
  }
  return { members, units };
}
