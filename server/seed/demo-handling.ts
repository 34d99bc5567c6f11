// An accepted proposal's handling as the office and the units would do it: assignment,
// signing (some late, one declined and reassigned), contacts with the proposer, co-units'
// opinions, extensions, urging when a unit runs late, and the formal replies. What follows a
// reply (send-back, commitments, feedback) is in demo-feedback.ts.
import {
  CO_DECLINE_REASONS,
  CO_OPINIONS,
  CO_REPLACE_REASONS,
  CONTACT_NOTES,
  DECLINE_REASONS,
  EXTENSION_REASONS,
  EXTENSION_REFUSALS,
  SIGN_URGE_NOTES,
  SPLIT_PARTS,
  URGE_NOTES,
} from './corpus/workflow-texts.js';
import { afterReply, replyBody } from './demo-feedback.js';
import type { DemoUnit } from './demo-context.js';
import { lookup, nowMs, say, track, type Live, type SeedRun } from './demo-run.js';
import { DAY, dateOf, dayStart, officeTime, plus } from './demo-time.js';
import { addMonths } from '../platform/workdays.js';

type Role = 'lead' | 'co' | 'split';
const CONTACT_WAYS: ['visit' | 'phone' | 'meeting' | 'other', number][] = [
  ['visit', 40],
  ['phone', 35],
  ['meeting', 15],
  ['other', 10],
];

function urge(run: SeedRun, l: Live, unit: DemoUnit, at: number, notes: readonly string[]): void {
  run.d.at(at, async () => {
    if (l.state !== 'assigned' && l.state !== 'handling') return;
    const a = await lookup.assignment(run, l.id, unit.id, ['pending_sign', 'signed']);
    if (!a) return;
    track(
      l,
      await run.d
        .as(l.plan.org.office)
        .post(`/api/proposals/${l.id}/urge`, { assignmentId: a.id, note: say(run, l.plan.org, notes) }),
    );
  });
}

export function assign(run: SeedRun, l: Live, at: number): void {
  const { d, rnd } = run;
  const p = l.plan;
  d.at(at, async () => {
    const pool = [...new Map([...p.units, ...p.org.units].map((u) => [u.id, u])).values()].filter(
      (u) => !l.declinedUnitIds.includes(u.id),
    );
    const firstRound = !l.declinedUnitIds.length;
    const units: { unit: DemoUnit; role: Role; partNote?: string }[] = p.features.has('split')
      ? [0, 1].map((i) => ({ unit: pool[i]!, role: 'split' as const, partNote: SPLIT_PARTS[i]! }))
      : [{ unit: pool[0]!, role: 'lead' }];
    if (!p.features.has('split') && p.features.has('co'))
      units.push({ unit: pool.slice(1).find((u) => p.units.includes(u)) ?? pool[1]!, role: 'co' });
    const res = track(
      l,
      await d.as(p.org.office).post(`/api/proposals/${l.id}/assign`, {
        units: units.map((u) => ({ unitId: u.unit.id, role: u.role, ...(u.partNote && { partNote: u.partNote }) })),
        ...(rnd.next() < 0.3 && { note: '请主办单位加强与提案人的沟通协商，确保按期高质量答复。' }),
      }),
    );
    const deadline: string = res.replyDeadline;
    let lastSign = at;
    for (const u of units) {
      if (firstRound && p.features.has('leadDecline') && u.role === 'lead') {
        const next = pool[1]!;
        d.at(officeTime(plus(at, rnd.int(1, 3)), rnd), async () => {
          l.declinedUnitIds.push(u.unit.id);
          track(
            l,
            await d
              .as(u.unit.username)
              .post(`/api/proposals/${l.id}/decline`, { reason: say(run, p.org, DECLINE_REASONS, { u: next.name }) }),
          );
          if (p.stopAfter !== 'decline') assign(run, l, officeTime(plus(nowMs(run), rnd.int(2, 5)), rnd));
        });
        return;
      }
      if (u.role === 'co' && p.features.has('coDecline')) {
        d.at(officeTime(plus(at, rnd.int(1, 3)), rnd), async () => {
          track(
            l,
            await d
              .as(u.unit.username)
              .post(`/api/proposals/${l.id}/decline`, { reason: say(run, p.org, CO_DECLINE_REASONS) }),
          );
        });
        continue;
      }
      if (u.role === 'co' && (p.features.has('coUnsigned') || p.features.has('coReplaced'))) {
        coNeverSigns(
          run,
          l,
          u.unit,
          at,
          pool.find((x) => !units.some((y) => y.unit.id === x.id))!,
        );
        continue;
      }
      if (p.stopAfter === 'assign') continue;
      const late = rnd.next() < 0.1;
      const signAt = officeTime(plus(at, late ? rnd.int(8, 10) : rnd.int(0, 3) + 0.1), rnd);
      if (late) urge(run, l, u.unit, officeTime(plus(at, 7.5), rnd), SIGN_URGE_NOTES);
      lastSign = Math.max(lastSign, signAt);
      d.at(signAt, async () => {
        track(l, await d.as(u.unit.username).post(`/api/proposals/${l.id}/sign`, {}));
      });
    }
    if (p.stopAfter !== 'assign')
      planHandling(
        run,
        l,
        units.filter(
          (u) =>
            !(
              u.role === 'co' &&
              (p.features.has('coDecline') || p.features.has('coUnsigned') || p.features.has('coReplaced'))
            ),
        ),
        deadline,
        lastSign,
      );
  });
}

/**
 * A co unit that never signs: the office urges it once its sign-for deadline has passed (the
 * board flags it), and with 'coReplaced' puts `next` in its place, which signs and gives its opinion.
 */
function coNeverSigns(run: SeedRun, l: Live, unit: DemoUnit, at: number, next: DemoUnit): void {
  const { d, rnd } = run;
  const p = l.plan;
  urge(run, l, unit, officeTime(plus(at, rnd.int(8, 10)), rnd), SIGN_URGE_NOTES);
  if (!p.features.has('coReplaced')) return;
  d.at(officeTime(plus(at, rnd.int(12, 14)), rnd), async () => {
    const a = await lookup.assignment(run, l.id, unit.id, ['pending_sign']);
    if (!a) return;
    track(
      l,
      await d.as(p.org.office).post(`/api/proposals/${l.id}/replace-co-unit`, {
        assignmentId: a.id,
        unitId: next.id,
        reason: say(run, p.org, CO_REPLACE_REASONS, { u: next.name }),
      }),
    );
    d.at(officeTime(plus(nowMs(run), rnd.int(1, 2)), rnd), async () => {
      track(l, await d.as(next.username).post(`/api/proposals/${l.id}/sign`, {}));
      d.at(officeTime(plus(nowMs(run), rnd.int(3, 6)), rnd), async () => {
        track(
          l,
          await d
            .as(next.username)
            .post(`/api/proposals/${l.id}/co-opinion`, { body: say(run, p.org, CO_OPINIONS, { s: p.subject }) }),
        );
      });
    });
  });
}

function planHandling(
  run: SeedRun,
  l: Live,
  units: { unit: DemoUnit; role: Role }[],
  deadline: string,
  lastSign: number,
): void {
  const { d, rnd } = run;
  const p = l.plan;
  const office = d.as(p.org.office);
  const endOfDay = (date: string) => dayStart(date) + 17 * 3_600_000;
  const firstDue = endOfDay(deadline);
  const answering = units.filter((u) => u.role !== 'co');
  const lead = answering[0]!.unit;
  const assignedAt = nowMs(run);
  let replyAt: number | null = officeTime(plus(assignedAt, rnd.int(38, 84)), rnd);
  if (p.features.has('slow')) replyAt = Math.max(replyAt, run.end + rnd.int(3, 20) * DAY);
  if (p.features.has('stalled')) replyAt = null;
  else if (p.features.has('late')) replyAt = officeTime(plus(firstDue, rnd.int(3, 35)), rnd);
  const extension =
    p.features.has('extensionApprove') || p.features.has('longExtension')
      ? 'approve'
      : p.features.has('extensionRefuse')
        ? 'refuse'
        : null;
  let due = endOfDay(deadline);
  if (extension) {
    const later = p.features.has('longExtension') ? `${deadline.slice(0, 4)}-12-20` : addMonths(deadline, 1);
    const applyAt = officeTime(firstDue - rnd.int(8, 14) * DAY, rnd);
    replyAt =
      extension === 'approve'
        ? officeTime(dayStart(later) - rnd.int(4, 12) * DAY, rnd)
        : officeTime(plus(firstDue, rnd.int(2, 8)), rnd);
    d.at(applyAt, async () => {
      await d.as(lead.username).post(`/api/proposals/${l.id}/extensions`, {
        requestedDeadline: later,
        reason: say(run, p.org, EXTENSION_REASONS),
      });
      d.at(officeTime(plus(nowMs(run), rnd.int(1, 3)), rnd), async () => {
        const ext = await lookup.pendingExtension(run, l.id);
        const body =
          extension === 'approve'
            ? { approve: true, note: '同意延期，请在新的期限内答复。' }
            : { approve: false, note: say(run, p.org, EXTENSION_REFUSALS) };
        track(l, await office.post(`/api/proposals/${l.id}/extensions/${ext.id}/decide`, body));
      });
    });
    if (extension === 'approve') due = endOfDay(later);
  }
  if (p.stopAfter === 'reply' && replyAt !== null)
    replyAt = Math.min(replyAt, officeTime(run.end - rnd.int(4, 10) * DAY, rnd));
  replyAt = replyAt === null ? null : Math.max(replyAt, officeTime(plus(lastSign, 12), rnd));
  const before = (at: number) => (replyAt === null ? at : Math.min(at, replyAt - DAY));
  if (replyAt === null || replyAt > due + 2 * DAY) {
    const first = officeTime(plus(due, rnd.int(1, 5)), rnd);
    urge(run, l, lead, first, URGE_NOTES);
    if (replyAt === null || replyAt > first + 20 * DAY)
      urge(run, l, lead, officeTime(plus(first, rnd.int(15, 20)), rnd), URGE_NOTES);
  }
  // Every unit that replies has talked with the proposer first (the organisation's rule);
  // a unit still working may not have yet.
  const early = rnd.next() < 0.8;
  for (const u of answering)
    if (early || replyAt !== null) contact(run, l, u.unit, before(officeTime(plus(lastSign, rnd.int(4, 20)), rnd)));
  if (p.features.has('extensionPending')) {
    d.at(officeTime(run.end - rnd.int(2, 4) * DAY, rnd), async () => {
      track(
        l,
        await d.as(lead.username).post(`/api/proposals/${l.id}/extensions`, {
          requestedDeadline: addMonths(deadline, 1),
          reason: say(run, p.org, EXTENSION_REASONS),
        }),
      );
    });
  }
  for (const co of units.filter((u) => u.role === 'co')) {
    d.at(before(officeTime(plus(lastSign, rnd.int(5, 20)), rnd)), async () => {
      track(
        l,
        await d
          .as(co.unit.username)
          .post(`/api/proposals/${l.id}/co-opinion`, { body: say(run, p.org, CO_OPINIONS, { s: p.subject }) }),
      );
    });
  }
  if (replyAt === null) return;
  answering.forEach((u, i) => reply(run, l, u.unit, officeTime(plus(replyAt!, i * rnd.int(1, 5)), rnd)));
}

export function contact(run: SeedRun, l: Live, unit: DemoUnit, at: number, way = run.rnd.weighted(CONTACT_WAYS)): void {
  run.d.at(at, async () => {
    l.contactWay = way;
    // Before calling, the unit looks up the proposers' numbers (an audited reveal).
    if (way === 'phone') await run.d.as(unit.username).post(`/api/proposals/${l.id}/proposer-phones`, {});
    track(
      l,
      await run.d.as(unit.username).post(`/api/proposals/${l.id}/contacts`, {
        contactedOn: dateOf(nowMs(run) - run.rnd.int(0, 2) * DAY),
        way,
        notes: say(run, l.plan.org, CONTACT_NOTES[way], { s: l.plan.subject }),
      }),
    );
  });
}

export function reply(run: SeedRun, l: Live, unit: DemoUnit, at: number): void {
  run.d.at(at, async () => {
    const res = track(l, await run.d.as(unit.username).post(`/api/proposals/${l.id}/reply`, replyBody(run, l, unit)));
    if (res.state === 'replied') afterReply(run, l);
  });
}
