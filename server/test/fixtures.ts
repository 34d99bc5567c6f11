// Factories for tests: a small city with two counties, reference data, members, and one
// account per role. Written straight to the database (not through the API) so that each
// test exercises only the behaviour it names.
import type { Role } from '../platform/access/roles.js';
import { hashPassword } from '../platform/auth/password.js';
import { birthDateFromId, maskPhone } from '../platform/crypto/personal-data.js';
import { memberRow } from '../modules/members/index.js';
import type { Platform } from '../platform/platform.js';

export const PASSWORD = 'Lvzhi-Test-2026!';

export interface Fixture {
  city: number;
  countyA: number;
  countyB: number;
  term: number;
  sessions: number[];
  countyTerm: number;
  sectors: Record<string, number>;
  committees: Record<string, number>;
  groups: Record<string, number>;
  units: Record<string, number>;
  countyUnit: number;
  members: Record<string, number>;
  users: Record<string, { id: number; username: string }>;
}

let passwordHash: Promise<string> | null = null;

export async function createUser(
  p: Platform,
  input: {
    orgId: number;
    username: string;
    displayName: string;
    roles: Role[];
    memberId?: number;
    unitId?: number;
    leaderTitle?: string;
    phone?: string;
    mustChangePassword?: boolean;
    password?: string;
  },
): Promise<{ id: number; username: string }> {
  const now = p.clock.now().toISOString();
  const hash = input.password
    ? await hashPassword(input.password, p.config.passwordHashCost)
    : await (passwordHash ??= hashPassword(PASSWORD, 10));
  const row = await p.db
    .insertInto('users')
    .values({
      org_id: input.orgId,
      username: input.username,
      display_name: input.displayName,
      phone_enc: input.phone ? p.cipher.encrypt(input.phone) : null,
      phone_bidx: input.phone ? p.cipher.blindIndex('phone', input.phone) : null,
      phone_masked: input.phone ? maskPhone(input.phone) : null,
      password_hash: hash,
      must_change_password: input.mustChangePassword ? 1 : 0,
      roles: JSON.stringify(input.roles),
      member_id: input.memberId ?? null,
      unit_id: input.unitId ?? null,
      leader_title: input.leaderTitle ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, username: input.username };
}

export async function createMember(
  p: Platform,
  input: {
    orgId: number;
    termId: number;
    name: string;
    sectorId: number;
    committeeId?: number | null;
    groupId?: number | null;
    gender?: 'male' | 'female';
    party?: string;
    phone?: string;
    idNumber?: string;
    isNew?: boolean;
    workUnit?: string;
  },
): Promise<number> {
  const row = memberRow(
    p.cipher,
    {
      orgId: input.orgId,
      termId: input.termId,
      name: input.name,
      gender: input.gender ?? 'male',
      ethnicity: '汉族',
      birthDate: input.idNumber ? birthDateFromId(input.idNumber) : null,
      sectorId: input.sectorId,
      committeeId: input.committeeId ?? null,
      groupId: input.groupId ?? null,
      party: input.party ?? 'nonparty',
      workUnit: input.workUnit ?? null,
      jobTitle: null,
      isNew: input.isNew ?? false,
      email: null,
      address: null,
      postalCode: null,
      phone: input.phone ?? null,
      idNumber: input.idNumber ?? null,
    },
    p.clock.now().toISOString(),
  );
  return (await p.db.insertInto('members').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function seedFixture(p: Platform): Promise<Fixture> {
  const { db } = p;
  const now = p.clock.now().toISOString();
  const org = async (name: string, shortName: string, level: 'city' | 'county', parentId: number | null) =>
    (
      await db
        .insertInto('organisations')
        .values({ name, short_name: shortName, level, parent_id: parentId, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const city = await org('测试市政协', '测试市', 'city', null);
  const countyA = await org('东城县政协', '东城县', 'county', city);
  const countyB = await org('西河县政协', '西河县', 'county', city);

  const term = (
    await db
      .insertInto('terms')
      .values({ org_id: city, number: 15, name: '第十五届', starts_on: '2023-01-10', is_current: 1 })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const countyTerm = (
    await db
      .insertInto('terms')
      .values({ org_id: countyA, number: 10, name: '第十届', starts_on: '2023-01-05', is_current: 1 })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const sessions: number[] = [];
  for (const [n, opens] of [
    [1, '2023-01-10'],
    [2, '2024-01-15'],
    [3, '2025-01-13'],
    [4, '2026-01-12'],
  ] as const) {
    sessions.push(
      (
        await db
          .insertInto('term_sessions')
          .values({
            org_id: city,
            term_id: term,
            number: n,
            name: `第十五届第${'一二三四'[n - 1]}次会议`,
            opens_on: opens,
            closes_on: opens.replace(/(\d\d)$/, (d) => String(Number(d) + 4).padStart(2, '0')),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  }

  const named = async (table: 'sectors' | 'committees', orgId: number, names: string[]) => {
    const out: Record<string, number> = {};
    for (const [i, name] of names.entries()) {
      out[name] = (
        await db
          .insertInto(table)
          .values({ org_id: orgId, name, sort_order: i })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }
    return out;
  };
  const sectors = await named('sectors', city, ['经济界', '教育界', '医药卫生界', '民盟']);
  await named('sectors', countyA, ['农业界']);
  const committees = await named('committees', city, ['提案委员会', '经济委员会', '教科卫体委员会']);
  const groups: Record<string, number> = {};
  groups['经济一组'] = (
    await db
      .insertInto('member_groups')
      .values({ org_id: city, committee_id: committees['经济委员会']!, name: '经济一组' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

  const units: Record<string, number> = {};
  for (const [i, name] of ['市教育局', '市住房和城乡建设局', '市卫生健康委员会'].entries()) {
    units[name] = (
      await db
        .insertInto('handling_units')
        .values({ org_id: city, name, short_name: name.replace(/^市/, ''), kind: 'government', sort_order: i })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  const countyUnit = (
    await db
      .insertInto('handling_units')
      .values({ org_id: countyA, name: '东城县教育局', short_name: '县教育局', kind: 'government' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

  const countySector = (
    await db.selectFrom('sectors').select('id').where('org_id', '=', countyA).executeTakeFirstOrThrow()
  ).id;
  const members = {
    zhang: await createMember(p, {
      orgId: city,
      termId: term,
      name: '张建国',
      sectorId: sectors['经济界']!,
      committeeId: committees['经济委员会'],
      groupId: groups['经济一组'],
      party: 'cdnca',
      phone: '13800138001',
      idNumber: '110101198003070017',
    }),
    li: await createMember(p, {
      orgId: city,
      termId: term,
      name: '李晓梅',
      sectorId: sectors['教育界']!,
      committeeId: committees['教科卫体委员会'],
      gender: 'female',
      party: 'cdl',
      phone: '13900139002',
      idNumber: '110101198506150027',
      isNew: true,
    }),
    wang: await createMember(p, {
      orgId: city,
      termId: term,
      name: '王志强',
      sectorId: sectors['医药卫生界']!,
      committeeId: committees['教科卫体委员会'],
      party: 'cpc',
      phone: '13700137003',
    }),
    zhao: await createMember(p, {
      orgId: countyA,
      termId: countyTerm,
      name: '赵春华',
      sectorId: countySector,
      gender: 'female',
      phone: '13600136004',
    }),
  };

  const users = {
    staff: await createUser(p, { orgId: city, username: 'staff', displayName: '周秘书', roles: ['staff'] }),
    leader: await createUser(p, {
      orgId: city,
      username: 'leader',
      displayName: '陈主席',
      roles: ['leader'],
      leaderTitle: '主席',
    }),
    mayor: await createUser(p, {
      orgId: city,
      username: 'mayor',
      displayName: '刘市长',
      roles: ['gov_leader'],
      leaderTitle: '市长',
    }),
    member: await createUser(p, {
      orgId: city,
      username: 'zhangjianguo',
      displayName: '张建国',
      roles: ['member'],
      memberId: members.zhang,
      phone: '13800138001',
    }),
    member2: await createUser(p, {
      orgId: city,
      username: 'lixiaomei',
      displayName: '李晓梅',
      roles: ['member'],
      memberId: members.li,
    }),
    member3: await createUser(p, {
      orgId: city,
      username: 'wangzhiqiang',
      displayName: '王志强',
      roles: ['member'],
      memberId: members.wang,
    }),
    unit: await createUser(p, {
      orgId: city,
      username: 'jiaoyuju',
      displayName: '市教育局',
      roles: ['unit'],
      unitId: units['市教育局'],
    }),
    unit2: await createUser(p, {
      orgId: city,
      username: 'zhujianju',
      displayName: '市住建局',
      roles: ['unit'],
      unitId: units['市住房和城乡建设局'],
    }),
    unit3: await createUser(p, {
      orgId: city,
      username: 'weijianwei',
      displayName: '市卫健委',
      roles: ['unit'],
      unitId: units['市卫生健康委员会'],
    }),
    auditor: await createUser(p, { orgId: city, username: 'auditor', displayName: '审计员', roles: ['auditor'] }),
    public: await createUser(p, { orgId: city, username: 'public', displayName: '群众代表', roles: ['public'] }),
    countyAdmin: await createUser(p, {
      orgId: countyA,
      username: 'dongcheng',
      displayName: '东城县政协办',
      roles: ['county_admin'],
    }),
    countyMember: await createUser(p, {
      orgId: countyA,
      username: 'zhaochunhua',
      displayName: '赵春华',
      roles: ['member'],
      memberId: members.zhao,
    }),
    countyUnit: await createUser(p, {
      orgId: countyA,
      username: 'xianjiaoyuju',
      displayName: '东城县教育局',
      roles: ['unit'],
      unitId: countyUnit,
    }),
    countyBAdmin: await createUser(p, {
      orgId: countyB,
      username: 'xihe',
      displayName: '西河县政协办',
      roles: ['county_admin'],
    }),
  };
  p.orgTree.invalidate();
  return {
    city,
    countyA,
    countyB,
    term,
    sessions,
    countyTerm,
    sectors,
    committees,
    groups,
    units,
    countyUnit,
    members,
    users,
  };
}
