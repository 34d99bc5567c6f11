// What the demo's proposal seeding needs to know about each organisation, read back from
// the freshly seeded database: sessions, members and units with their sign-ins, the office,
// the leaders, and how city wording becomes county wording.
import type { Db } from '../db/tx.js';

export interface DemoUnit {
  id: number;
  name: string;
  shortName: string;
  username: string;
  signer: string;
}
export interface DemoMember {
  id: number;
  name: string;
  username: string;
  weight: number;
}

export interface DemoOrg {
  id: number;
  shortName: string;
  level: 'city' | 'county';
  office: string;
  units: DemoUnit[];
  members: DemoMember[];
  sessions: { number: number; opens: string; closes: string }[];
  collectives: { type: 'committee' | 'sector' | 'party'; ref: number | string; name: string }[];
  /** Leaders who may lead a key proposal (not the CPPCC chair, who decides). */
  leaders: string[];
  chair: string | null;
  /** City wording (我市, 全市, 市政府) in this organisation's words. */
  localise(text: string): string;
  /** This organisation's units for the city units a topic names. */
  unitsFor(cityShortNames: readonly string[]): DemoUnit[];
}

/** County units are named by the county's prefix and these departments. */
const COUNTY_EQUIVALENT: Record<string, string> = {
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
  市工信局: '发展和改革局',
  市生态环境局: '自然资源局',
  市水利局: '农业农村局',
  市商务局: '发展和改革局',
  市人社局: '民政局',
};

function signerTitle(name: string): string {
  if (/局$/.test(name)) return '局长';
  if (/委员会$/.test(name)) return '主任';
  if (/部$/.test(name)) return '部长';
  if (/(工会|联合会)$/.test(name)) return '主席';
  if (/(公司|集团)/.test(name)) return '总经理';
  return '负责人';
}

export async function loadDemoOrgs(db: Db, pick: (names: readonly string[]) => string): Promise<DemoOrg[]> {
  const orgs = await db.selectFrom('organisations').select(['id', 'short_name', 'level']).orderBy('id').execute();
  const users = await db
    .selectFrom('users')
    .select(['username', 'org_id', 'roles', 'member_id', 'unit_id', 'leader_title'])
    .orderBy('id')
    .execute();
  const userOfMember = new Map(users.filter((u) => u.member_id).map((u) => [u.member_id!, u.username]));
  const userOfUnit = new Map<number, string>();
  for (const u of users) if (u.unit_id && !userOfUnit.has(u.unit_id)) userOfUnit.set(u.unit_id, u.username);
  const out: DemoOrg[] = [];
  for (const o of orgs) {
    const level = o.level === 'city' ? 'city' : 'county';
    const sessions = await db
      .selectFrom('term_sessions as s')
      .innerJoin('terms as t', 't.id', 's.term_id')
      .select(['s.number', 's.opens_on', 's.closes_on'])
      .where('s.org_id', '=', o.id)
      .where('t.is_current', '=', 1)
      .orderBy('s.number')
      .execute();
    const unitRows = await db
      .selectFrom('handling_units')
      .select(['id', 'name', 'short_name'])
      .where('org_id', '=', o.id)
      .orderBy('sort_order')
      .execute();
    const units = unitRows.map((u) => ({
      id: u.id,
      name: u.name,
      shortName: u.short_name,
      username: userOfUnit.get(u.id)!,
      signer: `${signerTitle(u.name)} ${pick(['周', '吴', '郑', '孙', '胡', '高', '罗', '梁'])}${pick(['海涛', '志远', '建华', '晓光', '明辉', '立新', '丽娟', '春燕'])}`,
    }));
    const members = (
      await db.selectFrom('members').select(['id', 'name']).where('org_id', '=', o.id).orderBy('id').execute()
    ).map((m) => ({ id: m.id, name: m.name, username: userOfMember.get(m.id)!, weight: 0 }));
    const committees = await db
      .selectFrom('committees')
      .select(['id', 'name'])
      .where('org_id', '=', o.id)
      .orderBy('sort_order')
      .execute();
    const sectors = (
      await db.selectFrom('sectors').select(['id', 'name']).where('org_id', '=', o.id).orderBy('sort_order').execute()
    ).filter((s) => s.name.endsWith('界'));
    const orgUsers = users.filter((u) => u.org_id === o.id);
    const roleOf = (r: string) => orgUsers.filter((u) => (JSON.parse(u.roles) as string[]).includes(r));
    const prefix = o.short_name.replace(/政协$/, '');
    const word = level === 'city' ? '市' : prefix.slice(-1);
    const byShort = new Map(units.map((u) => [u.shortName, u]));
    const byDept = new Map(units.map((u) => [u.name.replace(prefix, ''), u]));
    out.push({
      id: o.id,
      shortName: o.short_name,
      level,
      units,
      members,
      office: (roleOf('staff')[0] ?? roleOf('county_admin')[0])!.username,
      sessions: sessions.map((s) => ({ number: s.number, opens: s.opens_on, closes: s.closes_on! })),
      collectives: [
        ...committees.map((c) => ({ type: 'committee' as const, ref: c.id, name: c.name })),
        ...sectors.map((s) => ({ type: 'sector' as const, ref: s.id, name: s.name })),
        ...(level === 'city'
          ? [
              { type: 'party' as const, ref: 'cdl', name: '民盟' },
              { type: 'party' as const, ref: 'jiusan', name: '九三学社' },
            ]
          : []),
      ],
      // Who leads key proposals: party and government leaders, and the vice-chairs; the chair decides.
      leaders: [...roleOf('gov_leader'), ...roleOf('leader')]
        .filter((u) => u.leader_title && u.leader_title !== '主席')
        .map((u) => u.username),
      chair: roleOf('leader').find((u) => u.leader_title === '主席')?.username ?? null,
      localise: (t) =>
        level === 'city'
          ? t
          : t.replaceAll('我市', `我${word}`).replaceAll('全市', `全${word}`).replaceAll('市政府', `${word}政府`),
      unitsFor(names) {
        const found = names
          .map((n) => (level === 'city' ? byShort.get(n) : byDept.get(COUNTY_EQUIVALENT[n] ?? '')))
          .filter((u): u is DemoUnit => !!u);
        const distinct = [...new Map(found.map((u) => [u.id, u])).values()];
        return distinct.length ? distinct : [units[0]!];
      },
    });
  }
  return out;
}
