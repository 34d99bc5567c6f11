// A proposal from assignment to its replies: units (lead with co-handlers, or split
// handling), signing for it, contacts with the proposer, co-opinions, urging, extensions,
// and the deadline reminders the hourly task would have sent. The formal replies with their
// commitments: replies.ts; the rating and closing: feedback.ts.
import { DAY } from '../../server/platform/clock.js';
import { addMonths, addWorkingDays } from '../../server/platform/workdays.js';
import { ROLE_LABEL } from '../../server/modules/proposals/handling/handling.texts.js';
import { reminderTexts } from '../../server/modules/proposals/handling/reminders.texts.js';
import {
  CO_DECLINE_REASONS,
  CO_OPINIONS,
  CONTACT_NOTES,
  EXTENSION_REASONS,
  SPLIT_PARTS,
  URGE_NOTES,
  fillText,
} from '../../server/seed/corpus/workflow-texts.js';
import { officeTime, plus } from '../../server/seed/demo-time.js';
import { feedback } from './feedback.js';
import { reply } from './replies.js';
import { at0, day, happened, iso, proposalName, step, tell, unitWho, who, type Gen, type P } from './proposal-rows.js';
import type { UnitInfo } from './refdata.js';
import { REFERENCE_TIME } from './scale.js';

const NO_HOLIDAYS = { off: [] as string[], work: [] as string[] };

export interface Assignment {
  id: number;
  unit: UnitInfo;
  role: 'lead' | 'co' | 'split';
  partNote: string | null;
  status: 'pending_sign' | 'signed' | 'declined' | 'replied';
  round: number;
  signDeadline: string;
  replyDeadline: string;
  signedAt: number | null;
  declinedAt: number | null;
  declineReason: string | null;
  repliedAt: number | null;
  resultClass: 'A' | 'B' | 'C' | 'D' | null;
  urgeCount: number;
  lastUrgedAt: number | null;
  soon: string | null;
  overdue: string | null;
  signOverdue: string | null;
}

function pickUnits(g: Gen, p: P, at: number): Assignment[] {
  const { rnd } = g;
  const topical = p.org.unitsFor(p.topic.units);
  const signDeadline = addWorkingDays(day(at), g.settings.signDays, NO_HOLIDAYS);
  const replyDeadline = addMonths(day(at), g.settings.replyMonths);
  const make = (unit: UnitInfo, role: Assignment['role'], partNote: string | null = null): Assignment => ({
    id: g.ids.next('proposal_assignments'),
    unit,
    role,
    partNote,
    status: 'pending_sign',
    round: 1,
    signDeadline,
    replyDeadline,
    signedAt: null,
    declinedAt: null,
    declineReason: null,
    repliedAt: null,
    resultClass: null,
    urgeCount: 0,
    lastUrgedAt: null,
    soon: null,
    overdue: null,
    signOverdue: null,
  });
  if (topical.length >= 2 && rnd.next() < 0.05)
    return topical.slice(0, 2).map((u, i) => make(u, 'split', SPLIT_PARTS[i]!));
  const lead = topical.length > 1 && rnd.next() < 0.3 ? topical[1]! : topical[0]!;
  const out = [make(lead, 'lead')];
  if (rnd.next() < 0.3) {
    const others = [...topical.filter((u) => u !== lead), rnd.pick(p.org.units)].filter(
      (u, i, a) => u !== lead && a.indexOf(u) === i,
    );
    for (const u of others.slice(0, rnd.int(1, 2))) out.push(make(u, 'co'));
  }
  return out;
}

/** The reminders the hourly scan sends for an answering assignment: 7 days before its deadline, and once it is overdue. */
export function reminders(g: Gen, p: P, a: Assignment, answeredAt: number | null): void {
  const end = answeredAt ?? REFERENCE_TIME;
  const soonAt = at0(a.replyDeadline, 0) - 7 * DAY;
  if (soonAt < end && happened(soonAt)) {
    a.soon = a.replyDeadline;
    tell(g, p, soonAt, [a.unit.user.id], {
      kind: 'proposal.deadline_soon',
      dedupeKey: `proposal.deadline_soon:${a.id}:${a.replyDeadline}`,
      ...reminderTexts.dueSoon(proposalName(p), a.replyDeadline, 7),
    });
  }
  const overdueAt = at0(a.replyDeadline, 0) + DAY;
  if (overdueAt < end && happened(overdueAt)) {
    a.overdue = a.replyDeadline;
    const m = { kind: 'proposal.overdue', dedupeKey: `proposal.overdue:${a.id}:${a.replyDeadline}` };
    const text = reminderTexts.overdue(proposalName(p), a.unit.name, a.replyDeadline);
    tell(g, p, overdueAt, [a.unit.user.id], { ...m, ...text.unit });
    tell(g, p, overdueAt, [p.org.office.id], { ...m, ...text.office });
  }
}

/** The hourly scan's notice for a unit still unsigned the day after its sign-for deadline. */
function signReminder(g: Gen, p: P, a: Assignment): void {
  const overdueAt = at0(a.signDeadline, 0) + DAY;
  const answeredAt = a.signedAt ?? a.declinedAt;
  if (!happened(overdueAt) || (answeredAt !== null && answeredAt <= overdueAt)) return;
  a.signOverdue = a.signDeadline;
  const m = { kind: 'proposal.sign_overdue', dedupeKey: `proposal.sign_overdue:${a.id}:${a.signDeadline}` };
  const text = reminderTexts.signOverdue(proposalName(p), a.unit.name, a.signDeadline);
  tell(g, p, overdueAt, [a.unit.user.id], { ...m, ...text.unit });
  tell(g, p, overdueAt, [p.org.office.id], { ...m, ...text.office });
}

function writeAssignments(g: Gen, p: P, list: Assignment[], createdAt: number): void {
  for (const a of list) {
    g.w.assignments.add([
      a.id,
      p.id,
      p.org.id,
      a.unit.id,
      a.role,
      a.partNote,
      a.status,
      a.round,
      a.signDeadline,
      a.replyDeadline,
      iso(a.signedAt),
      iso(a.declinedAt),
      a.declineReason,
      iso(a.repliedAt),
      a.urgeCount,
      iso(a.lastUrgedAt),
      iso(createdAt),
      a.soon,
      a.overdue,
      a.signOverdue,
    ]);
  }
}

/** Assignment, handling and the proposer's feedback, from `assignAt` on. */
export function handle(g: Gen, p: P, assignAt: number): void {
  const office = who(p.org.office);
  const list = pickUnits(g, p, assignAt);
  p.state = 'assigned';
  p.assignedAt = assignAt;
  p.replyDeadline = list[0]!.replyDeadline;
  step(g, p, assignAt, office, 'proposal.assign', {
    units: list.map((a) => ({ unitId: a.unit.id, role: a.role })),
    signDeadline: list[0]!.signDeadline,
    replyDeadline: p.replyDeadline,
    note: null,
  });
  for (const a of list) {
    tell(g, p, assignAt, [a.unit.user.id], {
      kind: 'proposal.assigned',
      title: '新交办提案',
      body: `${proposalName(p)}交由贵单位${ROLE_LABEL[a.role]}${a.partNote ? `（负责：${a.partNote}）` : ''}，请于 ${a.signDeadline} 前签收，${a.replyDeadline} 前答复。`,
    });
  }
  try {
    if (sign(g, p, list)) followUp(g, p, list);
  } finally {
    writeAssignments(g, p, list, assignAt);
  }
}

/** Every unit signs (a co-handler may decline); true once all have. */
function sign(g: Gen, p: P, list: Assignment[]): boolean {
  const { rnd } = g;
  let last = 0;
  const order = list
    .map((a) => ({
      a,
      at: officeTime(plus(p.assignedAt!, rnd.next() < 0.06 ? 8 + rnd.next() * 7 : 0.1 + rnd.next() * 5), rnd),
    }))
    .sort((x, y) => x.at - y.at);
  for (const { a, at } of order) {
    if (!happened(at)) continue;
    if (a.role === 'co' && rnd.next() < 0.03) {
      a.status = 'declined';
      a.declinedAt = at;
      a.declineReason = rnd.pick(CO_DECLINE_REASONS);
    } else {
      a.status = 'signed';
      a.signedAt = at;
    }
    const allSigned = list.every((x) => x.status !== 'pending_sign');
    if (a.status === 'declined') {
      step(g, p, at, unitWho(a.unit), 'proposal.assignment_decline', {
        unitId: a.unit.id,
        role: a.role,
        reason: a.declineReason,
        allSigned,
      });
      tell(g, p, at, [p.org.office.id], {
        kind: 'proposal.assignment_declined',
        title: '会办单位退回交办',
        body: `${a.unit.name}退回了${proposalName(p)}的会办：${a.declineReason}`,
      });
    } else {
      step(g, p, at, unitWho(a.unit), 'proposal.sign', {
        unitId: a.unit.id,
        role: a.role,
        late: day(at) > a.signDeadline,
        allSigned,
      });
    }
    last = at;
  }
  for (const a of list) signReminder(g, p, a);
  if (list.some((a) => a.status === 'pending_sign')) {
    urge(
      g,
      p,
      list.find((a) => a.status === 'pending_sign')!,
      plus(Date.parse(`${list[0]!.signDeadline}T09:00:00+08:00`), 1),
    );
    return false;
  }
  p.state = 'handling';
  if (last > p.updatedAt) p.updatedAt = last;
  return true;
}

function urge(g: Gen, p: P, a: Assignment, around: number): void {
  const at = officeTime(around, g.rnd);
  if (!happened(at) || g.rnd.next() < 0.4) return;
  a.urgeCount++;
  a.lastUrgedAt = at;
  const note = g.rnd.pick(URGE_NOTES);
  g.w.urgings.add([g.ids.next('proposal_urgings'), p.id, a.id, a.unit.id, note, p.org.office.id, iso(at)]);
  step(g, p, at, who(p.org.office), 'proposal.urge', {
    unitId: a.unit.id,
    assignmentId: a.id,
    count: a.urgeCount,
    note,
  });
  const what =
    a.status === 'pending_sign'
      ? `请尽快签收（签收期限 ${a.signDeadline}）`
      : `请抓紧办理（答复期限 ${a.replyDeadline}）`;
  tell(g, p, at, [a.unit.user.id], {
    kind: 'proposal.urged',
    title: '提案催办',
    body: `${proposalName(p)}${what}。${note}`,
  });
}

/** Contacts, co-opinions, extensions, urging, replies, feedback and closing. */
function followUp(g: Gen, p: P, list: Assignment[]): void {
  const { rnd } = g;
  const lead = list.find((a) => a.role !== 'co')!;
  for (const a of list) {
    if (a.role !== 'co' || a.status !== 'signed') continue;
    const at = officeTime(plus(a.signedAt!, 5 + rnd.next() * 35), rnd);
    if (!happened(at)) continue;
    a.status = 'replied';
    a.repliedAt = at;
    g.w.replies.add([
      g.ids.next('proposal_replies'),
      p.id,
      a.id,
      a.unit.id,
      'co_opinion',
      1,
      null,
      fillText(rnd.pick(CO_OPINIONS), { s: p.subject }),
      null,
      'submitted',
      a.unit.user.id,
      iso(at),
    ]);
    step(g, p, at, unitWho(a.unit), 'proposal.co_opinion', { unitId: a.unit.id });
    tell(g, p, at, [lead.unit.user.id], {
      kind: 'proposal.co_opinion',
      title: '会办意见已送达',
      body: `${a.unit.name}就${proposalName(p)}提出了会办意见，请在答复时统筹考虑。`,
    });
  }
  if (rnd.next() < 0.75) {
    const at = officeTime(plus(lead.signedAt!, 3 + rnd.next() * 35), rnd);
    if (happened(at)) {
      const way = rnd.weighted<'visit' | 'phone' | 'meeting' | 'other'>([
        ['visit', 45],
        ['phone', 40],
        ['meeting', 10],
        ['other', 5],
      ]);
      g.w.contacts.add([
        g.ids.next('proposal_contacts'),
        p.id,
        lead.unit.id,
        day(at),
        way,
        fillText(rnd.pick(CONTACT_NOTES[way]), { s: p.subject }),
        lead.unit.user.id,
        iso(at),
      ]);
      step(g, p, at, unitWho(lead.unit), 'proposal.contact', { unitId: lead.unit.id, way, contactedOn: day(at) });
    }
  }
  if (rnd.next() < 0.04) extension(g, p, lead);
  // Most answer in time; some late; a few stall for a year or more (the overdue board's long tail).
  const delay = rnd.weighted<[number, number]>([
    [[25, 62], 86],
    [[95, 60], 12],
    [[200, 300], 2],
  ]);
  let repliedAt = 0;
  for (const a of list.filter((x) => x.role !== 'co')) {
    const at = officeTime(plus(p.assignedAt!, delay[0] + rnd.next() * delay[1]), rnd);
    if (at > Date.parse(`${a.replyDeadline}T12:00:00+08:00`) || !happened(at))
      urge(g, p, a, plus(Date.parse(`${a.replyDeadline}T09:00:00+08:00`), 3));
    reminders(g, p, a, happened(at) ? at : null);
    if (!happened(at)) return;
    reply(g, p, a, at, list);
    repliedAt = Math.max(repliedAt, at);
  }
  feedback(g, p, list, repliedAt);
}

function extension(g: Gen, p: P, a: Assignment): void {
  const { rnd } = g;
  const applied = officeTime(plus(p.assignedAt!, 60 + rnd.next() * 25), rnd);
  if (!happened(applied)) return;
  const id = g.ids.next('proposal_extensions');
  const to = addMonths(a.replyDeadline, 1);
  const reason = rnd.pick(EXTENSION_REASONS);
  step(g, p, applied, unitWho(a.unit), 'proposal.extension_apply', {
    extensionId: id,
    unitId: a.unit.id,
    from: a.replyDeadline,
    to,
    reason,
  });
  const decided = officeTime(plus(applied, 1 + rnd.next() * 4), rnd);
  const approve = rnd.next() < 0.75;
  const done = happened(decided);
  g.w.extensions.add([
    id,
    p.id,
    a.id,
    a.unit.id,
    to,
    reason,
    done ? (approve ? 'approved' : 'refused') : 'pending',
    done ? p.org.office.id : null,
    done ? iso(decided) : null,
    null,
    a.unit.user.id,
    iso(applied),
  ]);
  if (!done) return;
  step(g, p, decided, who(p.org.office), approve ? 'proposal.extension_approve' : 'proposal.extension_refuse', {
    extensionId: id,
    unitId: a.unit.id,
    to,
    note: null,
  });
  if (approve) {
    a.replyDeadline = to;
    p.replyDeadline = to;
  }
}
