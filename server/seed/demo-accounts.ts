// The demo's accounts beyond the one-per-role sign-ins: the leaders who lead key proposals,
// the other county offices, one account for every handling unit (units sign and reply
// themselves) and one for every member (members draft, answer invitations and rate).
// Usernames are the pinyin of the member's name or the unit's short name.
import { pinyin } from 'pinyin-pro';
import type { Db } from '../db/tx.js';
import type { Role } from '../platform/access/roles.js';
import { namePinyin } from '../modules/members/index.js';

/** Party and government leaders who lead key proposals, and a vice-chair of the committee. */
export const EXTRA_LEADERS: { username: string; displayName: string; title: string; role: Role }[] = [
  { username: 'secretary', displayName: '韩立群', title: '市委书记', role: 'gov_leader' },
  { username: 'vicemayor', displayName: '方晓东', title: '副市长', role: 'gov_leader' },
  { username: 'vicechair', displayName: '陆雅琴', title: '副主席', role: 'leader' },
];

interface NewUser {
  orgId: number;
  username: string;
  displayName: string;
  roles: Role[];
  memberId?: number;
  unitId?: number;
  leaderTitle?: string;
}

export async function seedDemoAccounts(
  db: Db,
  o: { hash: string; now: string; cityId: number; counties: { id: number; shortName: string }[] },
): Promise<void> {
  const users = await db.selectFrom('users').select(['username', 'member_id', 'unit_id']).execute();
  const taken = new Set(users.map((u) => u.username));
  const hasMember = new Set(users.map((u) => u.member_id));
  const hasUnit = new Set(users.map((u) => u.unit_id));
  const unique = (base: string) => {
    let name = base.slice(0, 28);
    for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 28)}${i}`;
    taken.add(name);
    return name;
  };

  const rows: NewUser[] = EXTRA_LEADERS.map((l) => ({
    orgId: o.cityId,
    username: l.username,
    displayName: l.displayName,
    roles: [l.role],
    leaderTitle: l.title,
  }));
  for (const [i, c] of o.counties.entries()) {
    if (i === 0) continue; // the first county's office is the `county` sign-in
    const base = namePinyin(c.shortName.replace(/[县区]?政协$/, '')).pinyin;
    rows.push({ orgId: c.id, username: unique(base), displayName: `${c.shortName}办公室`, roles: ['county_admin'] });
  }
  const units = await db
    .selectFrom('handling_units')
    .select(['id', 'org_id', 'name', 'short_name'])
    .orderBy('id')
    .execute();
  for (const u of units) {
    if (hasUnit.has(u.id)) continue;
    const base = pinyin(u.short_name.replace(/^市/, ''), { toneType: 'none', type: 'array', v: true })
      .join('')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    rows.push({ orgId: u.org_id, username: unique(base), displayName: u.name, roles: ['unit'], unitId: u.id });
  }
  const members = await db.selectFrom('members').select(['id', 'org_id', 'name']).orderBy('id').execute();
  for (const m of members) {
    if (hasMember.has(m.id)) continue;
    rows.push({
      orgId: m.org_id,
      username: unique(namePinyin(m.name).pinyin),
      displayName: m.name,
      roles: ['member'],
      memberId: m.id,
    });
  }
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto('users')
      .values(
        rows.slice(i, i + 100).map((r) => ({
          org_id: r.orgId,
          username: r.username,
          display_name: r.displayName,
          password_hash: o.hash,
          must_change_password: 0,
          roles: JSON.stringify(r.roles),
          member_id: r.memberId ?? null,
          unit_id: r.unitId ?? null,
          leader_title: r.leaderTitle ?? null,
          created_at: o.now,
          updated_at: o.now,
        })),
      )
      .execute();
  }
}
