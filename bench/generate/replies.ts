// A unit's formal reply to a proposal (its class, the text, the notices to the office and the
// proposers, the proposal's class once every answering unit has replied) and the commitments
// of a class B or C reply with their progress, completion or drop, and the overdue notice.
import { DAY } from '../../server/platform/clock.js';
import { reminderTexts } from '../../server/modules/proposals/handling/reminders.texts.js';
import { generateReply } from '../../server/seed/corpus/generator.js';
import {
  COMMITMENT_DONE,
  COMMITMENT_PROGRESS,
  COMMITMENTS,
  fillText,
} from '../../server/seed/corpus/workflow-texts.js';
import { officeTime, plus } from '../../server/seed/demo-time.js';
import type { Assignment } from './handling.js';
import { localise } from './places.js';
import {
  at0,
  day,
  happened,
  iso,
  proposalName,
  proposerUsers,
  step,
  tell,
  unitWho,
  who,
  type Gen,
  type P,
} from './proposal-rows.js';

export function reply(g: Gen, p: P, a: Assignment, at: number, list: Assignment[]): void {
  const { rnd } = g;
  const resultClass = rnd.weighted<'A' | 'B' | 'C' | 'D'>([
    ['A', 42],
    ['B', 30],
    ['C', 17],
    ['D', 11],
  ]);
  const replyId = g.ids.next('proposal_replies');
  const body = localise(p.org.plan, generateReply(rnd, p, a.unit.name, resultClass));
  g.w.replies.add([
    replyId,
    p.id,
    a.id,
    a.unit.id,
    'reply',
    a.round,
    resultClass,
    body,
    `${a.unit.name}负责人`,
    'submitted',
    a.unit.user.id,
    iso(at),
  ]);
  p.replyBodies.push(body);
  const commitments = resultClass === 'B' || resultClass === 'C' ? rnd.int(1, 2) : 0;
  for (let i = 0; i < commitments; i++) commitment(g, p, a, replyId, at);
  a.status = 'replied';
  a.repliedAt = at;
  a.resultClass = resultClass;
  const answering = list.filter((x) => x.role !== 'co');
  const allReplied = answering.every((x) => x.status === 'replied');
  step(g, p, at, unitWho(a.unit), 'proposal.reply', {
    replyId,
    unitId: a.unit.id,
    role: a.role,
    resultClass,
    commitments,
    late: day(at) > a.replyDeadline,
    allReplied,
  });
  const labels = g.settings.resultLabels;
  tell(g, p, at, [p.org.office.id], {
    kind: 'proposal.reply_received',
    title: '承办单位已答复',
    body: `${a.unit.name}已答复${proposalName(p)}（${resultClass}类：${labels[resultClass]}）。`,
  });
  if (!allReplied) return;
  // The proposal's class is the worst of this round's replies.
  const worst = answering
    .map((x) => x.resultClass ?? 'D')
    .sort()
    .at(-1)!;
  p.resultClass = worst;
  p.state = 'replied';
  p.repliedAt = at;
  tell(g, p, at, proposerUsers(p), {
    kind: 'proposal.reply_received',
    title: '提案已答复',
    body: `${proposalName(p)}已收到承办单位的答复（${labels[worst]}），请查看答复内容。`,
  });
  tell(g, p, at, proposerUsers(p), {
    kind: 'proposal.feedback_requested',
    title: '请评价提案办理情况',
    body: `请对${proposalName(p)}的办理态度和办理结果作出评价。`,
  });
}

function commitment(g: Gen, p: P, a: Assignment, replyId: number, at: number): void {
  const { rnd } = g;
  const id = g.ids.next('proposal_commitments');
  const due = plus(at, 60 + rnd.next() * 270);
  const content = fillText(rnd.pick(COMMITMENTS), { s: p.subject, y: String(new Date(due).getUTCFullYear()) });
  let status: 'open' | 'done' | 'dropped' = 'open';
  let doneAt: number | null = null;
  const unitUser = unitWho(a.unit);
  const update = (t: number, note: string, done: boolean) => {
    g.w.commitmentUpdates.add([
      g.ids.next('proposal_commitment_updates'),
      id,
      note,
      done ? 1 : 0,
      a.unit.user.id,
      iso(t),
    ]);
  };
  if (rnd.next() < 0.5) {
    const t = officeTime(plus(at, 20 + rnd.next() * 40), rnd);
    if (happened(t)) {
      const note = rnd.pick(COMMITMENT_PROGRESS);
      update(t, note, false);
      step(g, p, t, unitUser, 'proposal.commitment_progress', { commitmentId: id, unitId: a.unit.id, content, note });
    }
  }
  const roll = rnd.next();
  const t = officeTime(plus(due, -50 + rnd.next() * 65), rnd);
  const resolved = happened(t) && t > at && roll < 0.8;
  if (resolved) {
    if (roll < 0.75) {
      const note = rnd.pick(COMMITMENT_DONE);
      status = 'done';
      doneAt = t;
      update(t, note, true);
      step(g, p, t, unitUser, 'proposal.commitment_done', { commitmentId: id, unitId: a.unit.id, content, note });
    } else {
      const reason = '情况发生变化，经与提案人沟通，此项承诺不再跟踪。';
      status = 'dropped';
      update(t, reason, false);
      step(g, p, t, who(p.org.office), 'proposal.commitment_drop', {
        commitmentId: id,
        unitId: a.unit.id,
        content,
        reason,
      });
    }
  }
  // The hourly scan's notice the day after the due date, when it was still open then.
  const dueDate = day(due);
  const overdueAt = at0(dueDate, 0) + DAY;
  let reminded: string | null = null;
  if (happened(overdueAt) && !(resolved && t <= overdueAt)) {
    reminded = dueDate;
    const m = { kind: 'proposal.commitment_overdue', dedupeKey: `proposal.commitment_overdue:${id}:${dueDate}` };
    const text = reminderTexts.commitmentOverdue(proposalName(p), a.unit.name, content, dueDate);
    tell(g, p, overdueAt, [a.unit.user.id], { ...m, ...text.unit });
    tell(g, p, overdueAt, [p.org.office.id], { ...m, ...text.others });
    // The office wrote a collective proposal itself: told once, as the office (the app's dedupe key does the same).
    tell(
      g,
      p,
      overdueAt,
      proposerUsers(p).filter((u) => u !== p.org.office.id),
      { ...m, ...text.others },
    );
  }
  g.w.commitments.add([
    id,
    p.id,
    p.org.id,
    replyId,
    a.unit.id,
    content,
    dueDate,
    status,
    doneAt === null ? null : iso(doneAt),
    iso(at),
    reminded,
  ]);
}
