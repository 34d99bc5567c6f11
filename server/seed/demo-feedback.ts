// After a unit's formal reply: the office may send it back as inadequate; the unit reports
// on what it promised until it is done (or lets it slip past its date); the proposer rates
// the handling, and an unsatisfied rating sends it round once more; the office closes what
// no proposer will rate (collective proposals, proposers who never answer).
import { generateReply } from './corpus/generator.js';
import {
  CLOSE_NOTES,
  COMMITMENT_DONE,
  COMMITMENT_DROPS,
  COMMITMENT_PROGRESS,
  COMMITMENTS,
  FEEDBACK_COMMENTS,
  SEND_BACK_NOTES,
} from './corpus/workflow-texts.js';
import type { DemoUnit } from './demo-context.js';
import { contact, reply } from './demo-handling.js';
import { lookup, nowMs, say, track, unitById, type Live, type SeedRun } from './demo-run.js';
import { DAY, dateOf, dayStart, memberTime, officeTime, plus } from './demo-time.js';

type Rating = 'satisfied' | 'basic' | 'unsatisfied';
const CLASSES: ['A' | 'B' | 'C' | 'D', number][] = [
  ['A', 42],
  ['B', 27],
  ['C', 19],
  ['D', 12],
];
const RESULT_BY_CLASS: Record<string, [Rating, number][]> = {
  A: [
    ['satisfied', 85],
    ['basic', 14],
    ['unsatisfied', 1],
  ],
  B: [
    ['satisfied', 70],
    ['basic', 27],
    ['unsatisfied', 3],
  ],
  C: [
    ['satisfied', 55],
    ['basic', 40],
    ['unsatisfied', 5],
  ],
  D: [
    ['satisfied', 35],
    ['basic', 55],
    ['unsatisfied', 10],
  ],
};

export function replyBody(run: SeedRun, l: Live, unit: DemoUnit) {
  const { rnd } = run;
  const cls = rnd.weighted(l.lastClass ? CLASSES.filter(([c]) => c <= l.lastClass!) : CLASSES);
  l.lastClass = cls;
  const now = nowMs(run);
  const n = cls === 'B' || cls === 'C' ? rnd.int(1, 2) : cls === 'A' && rnd.next() < 0.3 ? 1 : 0;
  const commitments = Array.from({ length: n }, () => ({
    content: say(run, l.plan.org, COMMITMENTS, { s: l.plan.subject }),
    dueDate: dateOf(plus(now, rnd.int(90, 330))),
  }));
  return {
    body: l.plan.org.localise(generateReply(rnd, { title: l.plan.title }, unit.name, cls)),
    signer: unit.signer,
    resultClass: cls,
    commitments,
  };
}

export function afterReply(run: SeedRun, l: Live): void {
  const { d, rnd } = run;
  const p = l.plan;
  const office = d.as(p.org.office);
  const now = nowMs(run);
  if (p.features.has('sendBack') && !l.sentBack) {
    l.sentBack = true;
    d.at(officeTime(plus(now, rnd.int(2, 6)), rnd), async () => {
      const r = await lookup.lastReply(run, l.id);
      track(
        l,
        await office.post(`/api/proposals/${l.id}/send-back`, {
          replyId: r.id,
          note: say(run, p.org, SEND_BACK_NOTES),
        }),
      );
      reply(run, l, unitById(p.org, r.unit_id), officeTime(plus(nowMs(run), rnd.int(8, 18)), rnd));
    });
    return;
  }
  d.at(now + 60_000, () => followCommitments(run, l));
  if (p.kind === 'collective' || (p.features.has('noFeedback') && !l.rehandled)) {
    const note = p.kind === 'collective' ? CLOSE_NOTES[1]! : CLOSE_NOTES[0]!;
    d.at(officeTime(plus(now, p.kind === 'collective' ? rnd.int(15, 40) : rnd.int(35, 60)), rnd), async () => {
      track(l, await office.post(`/api/proposals/${l.id}/close`, { note }));
    });
    return;
  }
  if (p.stopAfter === 'reply') return;
  d.at(memberTime(plus(now, rnd.int(4, 30)), rnd), () => rate(run, l));
}

async function rate(run: SeedRun, l: Live): Promise<void> {
  const { d, rnd } = run;
  const p = l.plan;
  const result: Rating =
    p.features.has('unsatisfied') && !l.rehandled
      ? 'unsatisfied'
      : l.rehandled
        ? rnd.weighted<Rating>([
            ['satisfied', 45],
            ['basic', 40],
            ['unsatisfied', 15],
          ])
        : rnd.weighted(RESULT_BY_CLASS[l.resultClass ?? 'A']!);
  const attitude = rnd.weighted<Rating>(
    result === 'unsatisfied'
      ? [
          ['basic', 60],
          ['unsatisfied', 30],
          ['satisfied', 10],
        ]
      : [
          ['satisfied', 82],
          ['basic', 16],
          ['unsatisfied', 2],
        ],
  );
  const way = l.contactWay;
  const contacted =
    way === 'visit' || way === 'meeting' ? 'visited' : way ? 'phone' : rnd.next() < 0.5 ? 'phone' : 'none';
  l.satisfied = result === 'satisfied' && attitude !== 'unsatisfied';
  const res = track(
    l,
    await d.as(p.lead!.username).post(`/api/proposals/${l.id}/feedback`, {
      contacted,
      attitude,
      result,
      ...(rnd.next() < 0.55 && { comments: say(run, p.org, FEEDBACK_COMMENTS[result]) }),
    }),
  );
  if (res.state !== 'handling') return;
  // Re-handling: the answering units go back to work with a month to answer again.
  l.rehandled = true;
  const units = (await lookup.answeringUnits(run, l.id)).map((id) => unitById(p.org, id));
  const now = nowMs(run);
  for (const [i, u] of units.entries()) {
    if (i === 0) contact(run, l, u, officeTime(plus(now, rnd.int(3, 8)), rnd), 'visit');
    reply(run, l, u, officeTime(plus(now, rnd.int(14, 24) + i), rnd));
  }
}

/**
 * Each open commitment is reported on as a unit would: most are done by their date; of those
 * that slip, older ones were done late or dropped by the office, recent ones are still overdue.
 */
async function followCommitments(run: SeedRun, l: Live): Promise<void> {
  const { d, rnd, end } = run;
  const now = nowMs(run);
  for (const c of await lookup.openCommitments(run, l.id)) {
    if (run.followed.has(c.id)) continue;
    run.followed.add(c.id);
    const unit = unitById(l.plan.org, c.unit_id);
    const due = dayStart(c.due_date);
    const report = (at: number, done: boolean) =>
      d.at(at, async () => {
        await d.as(unit.username).post(`/api/proposals/commitments/${c.id}/progress`, {
          note: say(run, l.plan.org, done ? COMMITMENT_DONE : COMMITMENT_PROGRESS),
          done,
        });
      });
    const halfway = officeTime(now + (due - now) / 2, rnd);
    const roll = rnd.next();
    if (rnd.next() < 0.35) report(halfway, false);
    if (due >= end) continue;
    if (roll < 0.75) report(officeTime(Math.max(halfway + DAY, due - rnd.int(0, 50) * DAY), rnd), true);
    else if (due > end - 365 * DAY)
      continue; // due within the year: still open, overdue
    else if (roll < 0.92) report(officeTime(plus(due, rnd.int(15, 120)), rnd), true);
    else {
      d.at(officeTime(plus(due, rnd.int(30, 90)), rnd), async () => {
        await d
          .as(l.plan.org.office)
          .post(`/api/proposals/commitments/${c.id}/drop`, { reason: say(run, l.plan.org, COMMITMENT_DROPS) });
      });
    }
  }
}
