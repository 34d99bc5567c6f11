// The demo's processing of the sector activity week's opinions (after the intake demo stored
// them): each organisation's office sets up its categories, themes and keywords, then week by
// week classifies what came in, confirms a few uncertain labels, and routes a realistic share —
// most to departments (a group at once), some into proposal drafts or 社情民意 reports, a few
// kept on record, the rest left waiting. Departments answer most routes with written answers,
// some late, some not yet (overdue); one or two ask for a reroute first. Everything goes
// through the API as the office or the department would.
import { DAY } from '../platform/clock.js';
import type { Json } from './demo-driver.js';
import {
  CLOSE_REASONS,
  DEMO_CATEGORIES,
  DEMO_THEMES,
  PROPOSAL_OUTCOMES,
  REROUTE_REASONS,
  UNIT_HINTS,
  demoAnswer,
} from './demo-opinion-answers.js';
import type { SeedRun } from './demo-run.js';
import { officeTime } from './demo-time.js';
import { prng } from './prng.js';

interface Office {
  orgId: number;
  username: string;
  units: { id: number; name: string; username: string }[];
}

/** How far back the weekly rounds start: the activity week falls within the last year. */
const ROUNDS_FROM_DAYS = 380;

export async function scheduleOpinionProcessing(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261213);
  const orgs = await db
    .selectFrom('organisations')
    .select(['id', 'parent_id'])
    .where((eb) => eb.or([eb('id', '=', cityId), eb('parent_id', '=', cityId)]))
    .execute();
  const users = await db
    .selectFrom('users')
    .select(['username', 'org_id', 'roles', 'unit_id'])
    .where('active', '=', 1)
    .execute();
  const units = await db
    .selectFrom('handling_units')
    .select(['id', 'org_id', 'name'])
    .where('active', '=', 1)
    .execute();
  const offices: Office[] = [];
  for (const o of orgs) {
    const role = o.id === cityId ? 'staff' : 'county_admin';
    const staff = users.filter((u) => u.org_id === o.id && (JSON.parse(u.roles) as string[]).includes(role));
    const username = (staff.find((u) => u.username === 'admin' || u.username === 'county') ?? staff[0])?.username;
    if (!username) continue;
    offices.push({
      orgId: o.id,
      username,
      units: units
        .filter((u) => u.org_id === o.id)
        .flatMap((u) => {
          const user = users.find((x) => x.unit_id === u.id);
          return user ? [{ id: u.id, name: u.name, username: user.username }] : [];
        }),
    });
  }

  const first = run.end - ROUNDS_FROM_DAYS * DAY;
  for (const office of offices) {
    const as = run.d.as(office.username);
    // The office's categories and themes, set up before the week (the activity week's seed
    // sets them up with the campaign; these serve an organisation that has none).
    run.d.at(officeTime(first - 2 * DAY, rnd), async () => {
      const have = new Set(((await as.get('/api/opinions/categories')) as Json[]).map((c) => `${c.kind}:${c.name}`));
      if (have.size > 0) return;
      for (const [kind, table] of [
        ['category', DEMO_CATEGORIES],
        ['theme', DEMO_THEMES],
      ] as const)
        for (const [i, [name, keywords]] of Object.entries(table).entries())
          if (!have.has(`${kind}:${name}`))
            await as.post('/api/opinions/categories', { kind, name, keywords, sortOrder: i });
    });
    const routedGroups = new Set<number>();
    for (let t = first; t < run.end; t += 7 * DAY)
      run.d.at(officeTime(t, rnd), () => round(run, rnd, office, routedGroups));
  }
}

/** One weekly round of an office: classify, confirm a few, route or keep on record what waits. */
async function round(run: SeedRun, rnd: ReturnType<typeof prng>, office: Office, routedGroups: Set<number>) {
  const db = run.d.platform.db;
  const as = run.d.as(office.username);
  const now = run.d.clock.now();
  const waiting = await db
    .selectFrom('opinions')
    .select(['id', 'group_id', 'member_id', 'classified_by', 'classified_confidence', 'category_id'])
    .where('org_id', '=', office.orgId)
    .where('status', '=', 'submitted')
    .where('created_at', '<=', new Date(now.getTime() - DAY).toISOString())
    .orderBy('id')
    .execute();
  if (!waiting.length) return;
  await as.post('/api/opinions/classify', {});
  const cats = (await as.get('/api/opinions/categories')) as Json[];
  const categoryName = (id: number | null) => cats.find((c) => c.id === id)?.name ?? null;
  const labelled = await db
    .selectFrom('opinions')
    .select(['id', 'title', 'category_id', 'theme_id', 'classified_by', 'classified_confidence'])
    .where(
      'id',
      'in',
      waiting.map((o) => o.id),
    )
    .execute();
  // The office looks at the uncertain ones and confirms or fixes a few (the next fit learns from them).
  for (const o of labelled
    .filter((x) => x.classified_by === 'model' && (x.classified_confidence ?? 1) < 0.6)
    .slice(0, 3))
    await as.put(`/api/opinions/${o.id}/classification`, { categoryId: o.category_id, themeId: o.theme_id });

  for (const o of waiting) {
    if (o.group_id !== null && routedGroups.has(o.group_id)) continue;
    const roll = rnd.next();
    // About one in six is left for a later round (some stay pending to the end).
    if (roll < 0.16) continue;
    const target = o.group_id !== null ? `/api/opinions/groups/${o.group_id}` : `/api/opinions/${o.id}`;
    if (o.group_id !== null) routedGroups.add(o.group_id);
    const title = labelled.find((x) => x.id === o.id)?.title ?? '';
    const category = categoryName(labelled.find((x) => x.id === o.id)?.category_id ?? null);
    if (roll < 0.24) {
      await as.post(`${target}/close`, { reason: rnd.pick(CLOSE_REASONS) });
      continue;
    }
    if (roll < 0.3 && o.member_id !== null) {
      const r = (await as.post(`${target}/route`, { kind: 'proposal' })) as Json;
      if (rnd.next() < 0.6)
        run.d.at(officeTime(now.getTime() + rnd.int(20, 60) * DAY, rnd), async () => {
          if (await stillOpen(run, r.routeId as number))
            await as.post(`/api/opinions/routes/${r.routeId}/answer`, { answer: rnd.pick(PROPOSAL_OUTCOMES) });
        });
      continue;
    }
    if (roll < 0.36 && o.member_id !== null && (await routeToReport(as, target))) continue;
    const unit = unitFor(rnd, office, category);
    if (!unit) continue;
    const r = (await as.post(`${target}/route`, { kind: 'unit', unitId: unit.id })) as Json;
    scheduleAnswer(run, rnd, office, unit, r.routeId as number, title, category, now.getTime());
  }
}

/**
 * Whether a route still waits for its answer. An opinion routed alone may later be grouped with
 * a newer one; routing that group takes it along and withdraws its first route, which then gets
 * no answer (the group's route gets its own).
 */
async function stillOpen(run: SeedRun, routeId: number): Promise<boolean> {
  const r = await run.d.platform.db
    .selectFrom('opinion_routes')
    .select('status')
    .where('id', '=', routeId)
    .executeTakeFirst();
  return r?.status === 'open';
}

/** Into a 社情民意 report; false when reports/ refuses it (then it goes to a department instead). */
async function routeToReport(as: ReturnType<SeedRun['d']['as']>, target: string): Promise<boolean> {
  try {
    await as.post(`${target}/route`, { kind: 'report' });
    return true;
  } catch {
    return false;
  }
}

function unitFor(rnd: ReturnType<typeof prng>, office: Office, category: string | null) {
  const hints = category ? (UNIT_HINTS[category] ?? []) : [];
  const fitting = office.units.filter((u) => hints.some((h) => u.name.includes(h)));
  return fitting.length ? rnd.pick(fitting) : office.units.length ? rnd.pick(office.units) : null;
}

/** Most are answered, within the 15 days or late; a few ask for a reroute first; some never (overdue). */
function scheduleAnswer(
  run: SeedRun,
  rnd: ReturnType<typeof prng>,
  office: Office,
  unit: Office['units'][number],
  routeId: number,
  title: string,
  category: string | null,
  routedAt: number,
) {
  const roll = rnd.next();
  if (roll < 0.15) return;
  const dept = run.d.as(unit.username);
  if (roll < 0.2 && office.units.length > 1) {
    run.d.at(officeTime(routedAt + rnd.int(1, 4) * DAY, rnd), async () => {
      if (!(await stillOpen(run, routeId))) return;
      await dept.post(`/api/opinions/routes/${routeId}/reroute-request`, { reason: rnd.pick(REROUTE_REASONS) });
      const other = rnd.pick(office.units.filter((u) => u.id !== unit.id));
      const route = await run.d.platform.db
        .selectFrom('opinion_routes as r')
        .innerJoin('opinions as o', 'o.route_id', 'r.id')
        .select(['o.id', 'r.group_id'])
        .where('r.id', '=', routeId)
        .executeTakeFirst();
      if (!route) return;
      // The office sends it (the whole group, if it was routed as one) to another department.
      const target = route.group_id !== null ? `/api/opinions/groups/${route.group_id}` : `/api/opinions/${route.id}`;
      run.d.at(officeTime(run.d.clock.now().getTime() + DAY, rnd), async () => {
        const r = (await run.d.as(office.username).post(`${target}/route`, { kind: 'unit', unitId: other.id })) as Json;
        scheduleAnswer(run, rnd, office, other, r.routeId as number, title, category, run.d.clock.now().getTime());
      });
    });
    return;
  }
  // Within the 15 days for most, late for about one in four.
  const days = rnd.next() < 0.75 ? rnd.int(3, 14) : rnd.int(16, 40);
  run.d.at(officeTime(routedAt + days * DAY, rnd), async () => {
    if (!(await stillOpen(run, routeId))) return;
    await dept.post(`/api/opinions/routes/${routeId}/answer`, { answer: demoAnswer(rnd, title, category) });
  });
}
