// A proposal from its draft to the office's decision: drafting (by the member, or by the
// office for him or in a group's name), joint invitations and their answers, submission,
// withdrawal, review (accept and number, return, reject, convert, merge into an earlier one),
// and the key-proposal steps. Each step is written as the app's services write it.
import { chinaDate } from '../../server/platform/clock.js';
import { addDays } from '../../server/platform/workdays.js';
import { seriesKey } from '../../server/modules/proposals/core/review.service.js';
import {
  CONVERT_NOTES,
  KEY_EVENTS,
  KEY_NOMINATION_NOTES,
  RETURN_NOTES,
  fillText,
} from '../../server/seed/corpus/workflow-texts.js';
import { memberTime, officeTime, plus } from '../../server/seed/demo-time.js';
import { happened, proposalName, proposerUsers, step, tell, who, type Gen, type P } from './proposal-rows.js';
import { SYSTEM } from './trail.js';

const day = (t: number) => chinaDate(new Date(t));

/** Drafting and the co-proposers' answers. Returns when the invitations that were never answered lapse. */
export function draft(g: Gen, p: P): void {
  const { rnd } = g;
  step(g, p, p.createdAt, who(p.author), 'proposal.create', { kind: p.kind });
  p.version = 1;
  const invited = p.proposers.filter((x) => x.role === 'co');
  if (!invited.length) return;
  const deadline = addDays(day(p.createdAt), g.settings.inviteDays);
  tell(
    g,
    p,
    p.createdAt,
    invited.map((x) => x.member.user.id),
    {
      kind: 'proposal.invitation',
      title: '联名提案邀请',
      body: `${p.author.name}邀请您联名提案《${p.title}》，请在 ${deadline} 前答复。`,
    },
  );
  for (const x of invited) {
    x.invitedAt = p.createdAt;
    x.inviteDeadline = deadline;
    const roll = rnd.next();
    if (roll > 0.95) continue; // never answers
    const at = memberTime(plus(p.createdAt, rnd.next() * 5), rnd);
    if (!happened(at)) continue;
    const accept = roll < 0.88;
    x.status = accept ? 'accepted' : 'declined';
    x.respondedAt = at;
    step(g, p, at, who(x.member.user), accept ? 'proposal.invitation_accept' : 'proposal.invitation_decline');
    tell(g, p, at, [p.author.id], {
      kind: 'proposal.invitation_answer',
      title: accept ? '联名邀请已接受' : '联名邀请被婉拒',
      body: `${x.member.name}${accept ? '同意' : '婉拒了'}联名${proposalName(p)}。`,
    });
  }
}

/** Invitations still open lapse: by the hourly task after their deadline, or when the office decides first. */
export function lapseInvitations(g: Gen, p: P, decidedAt: number | null): void {
  for (const x of p.proposers) {
    if (x.status !== 'invited' || !x.inviteDeadline) continue;
    const expiry = Date.parse(`${addDays(x.inviteDeadline, 1)}T00:20:00+08:00`);
    if (decidedAt !== null && decidedAt < expiry) {
      x.status = 'expired';
      x.respondedAt = decidedAt;
    } else if (happened(expiry)) {
      x.status = 'expired';
      x.respondedAt = expiry;
      if (p.live)
        g.trail.log(expiry, SYSTEM('invitation-expiry'), 'proposal.invitation_expire', {
          objectType: 'proposal',
          objectId: p.id,
          orgId: p.org.id,
          detail: { memberId: x.member.id },
        });
    }
  }
}

export function submit(g: Gen, p: P, at: number, resubmission: boolean): void {
  p.state = 'submitted';
  p.submittedAt = at;
  p.indexedAt = at;
  p.reviewNote = null;
  step(g, p, at, who(p.author), 'proposal.submit', { resubmission, sessionId: p.session?.id ?? null });
}

const office = (p: P) => who(p.org.office);

/** The office's review; returns the time of acceptance, or null when the proposal went no further. */
export function review(g: Gen, p: P): number | null {
  const { rnd } = g;
  if (rnd.next() < 0.015) {
    const at = memberTime(plus(p.submittedAt!, 0.5 + rnd.next() * 7), rnd);
    if (happened(at)) {
      p.state = 'withdrawn';
      step(g, p, at, who(p.author), 'proposal.withdraw');
      lapseInvitations(g, p, at);
      return null;
    }
  }
  let at = officeTime(plus(p.submittedAt!, 1 + rnd.next() * 18), rnd);
  let outcome = rnd.weighted<'accept' | 'return' | 'reject' | 'convert' | 'merge'>([
    ['accept', 80],
    ['return', 4],
    ['reject', 7],
    ['convert', 6],
    ['merge', 3],
  ]);
  if (outcome === 'return' && happened(at)) {
    const note = rnd.pick(RETURN_NOTES);
    p.state = 'returned';
    p.reviewNote = note;
    step(g, p, at, office(p), 'proposal.return');
    tell(g, p, at, proposerUsers(p), {
      kind: 'proposal.returned',
      title: '提案退回修改',
      body: `您的提案《${p.title}》被退回修改：${note}`,
    });
    const again = memberTime(plus(at, 2 + rnd.next() * 10), rnd);
    if (!happened(again)) return null;
    if (rnd.next() > 0.85) {
      // Never revised: the proposer withdraws it a month on.
      const gaveUp = memberTime(plus(at, 30 + rnd.next() * 20), rnd);
      if (happened(gaveUp)) {
        p.state = 'withdrawn';
        step(g, p, gaveUp, who(p.author), 'proposal.withdraw');
        lapseInvitations(g, p, gaveUp);
      }
      return null;
    }
    step(g, p, again, who(p.author), 'proposal.edit');
    submit(g, p, again, true);
    at = officeTime(plus(again, 1 + rnd.next() * 12), rnd);
    outcome = rnd.weighted<'accept' | 'reject' | 'convert'>([
      ['accept', 90],
      ['reject', 5],
      ['convert', 5],
    ]);
  }
  if (!happened(at)) return null;
  lapseInvitations(g, p, at);
  p.reviewedAt = at;
  const target = g.mergeTargets.get(`${p.org.id}:${p.term.id}:${p.topic.key}`);
  if (outcome === 'merge' && target && target.from < at && at < target.until) {
    p.state = 'merged';
    p.mergedIntoId = target.id;
    let sort = 100 + target.memberIds.size;
    for (const x of p.proposers) {
      if (x.status !== 'accepted' || target.memberIds.has(x.member.id)) continue;
      target.memberIds.add(x.member.id);
      g.w.proposers.add([
        target.id,
        x.member.id,
        'merged',
        'accepted',
        sort++,
        null,
        null,
        new Date(at).toISOString(),
        p.id,
      ]);
    }
    step(g, p, at, office(p), 'proposal.merged_away', { into: target.id });
    tell(g, p, at, proposerUsers(p), {
      kind: 'proposal.merged',
      title: '提案已并案办理',
      body: `您的提案《${p.title}》已并入${target.label}《${target.title}》一并办理，您仍为提案人。`,
    });
    if (p.live)
      g.trail.log(at, office(p), 'proposal.merge', {
        objectType: 'proposal',
        objectId: target.id,
        orgId: p.org.id,
        detail: { merged: [p.id] },
      });
    return null;
  }
  if (outcome === 'reject') {
    const reason = rnd.pick(g.settings.rejectReasons.slice(0, 6));
    p.state = 'rejected';
    p.rejectReason = reason;
    step(g, p, at, office(p), 'proposal.reject', { reason });
    tell(g, p, at, proposerUsers(p), {
      kind: 'proposal.rejected',
      title: '提案不予立案',
      body: `您的提案《${p.title}》不予立案。理由：${reason}`,
    });
    return null;
  }
  if (outcome === 'convert') {
    p.state = 'converted';
    p.reviewNote = rnd.pick(CONVERT_NOTES);
    step(g, p, at, office(p), 'proposal.convert');
    tell(g, p, at, proposerUsers(p), {
      kind: 'proposal.converted',
      title: '提案转为社情民意信息',
      body: `您的提案《${p.title}》经审查转为社情民意信息办理，原文和提案人保持不变。`,
    });
    return null;
  }
  // Accepted and numbered in its series (its session's, or the term's between sessions).
  p.series = seriesKey({ term_id: p.term.id, session_id: p.session?.id ?? null });
  const key = `${p.org.id}|${p.series}`;
  p.number = (g.counters.get(key) ?? 0) + 1;
  g.counters.set(key, p.number);
  const padded = String(p.number).padStart(4, '0');
  p.numberLabel = p.session ? `${p.session.name} 第${padded}号` : `${p.term.name}会后 第${padded}号`;
  p.state = 'accepted';
  step(g, p, at, office(p), 'proposal.accept', { number: p.numberLabel });
  tell(g, p, at, proposerUsers(p), {
    kind: 'proposal.accepted',
    title: '提案已立案',
    body: `您的提案《${p.title}》已立案，编号为${p.numberLabel}。`,
  });
  return at;
}

/** Nominated by the office, decided by the chair's meeting, led by a leader who records instructions and visits. */
export function keySteps(g: Gen, p: P, acceptedAt: number): void {
  const { rnd } = g;
  const nominated = officeTime(plus(acceptedAt, 3 + rnd.next() * 15), rnd);
  if (!happened(nominated)) return;
  p.isKey = true;
  p.keyStatus = 'nominated';
  step(g, p, nominated, office(p), 'proposal.key_nominate', { note: rnd.pick(KEY_NOMINATION_NOTES) });
  const decided = officeTime(plus(nominated, 5 + rnd.next() * 25), rnd);
  if (!happened(decided)) return;
  const approved = rnd.next() < 0.85;
  p.isKey = approved;
  p.keyStatus = approved ? 'approved' : 'declined';
  step(g, p, decided, who(p.org.chair), 'proposal.key_decide', { approved, meetingDate: day(decided), note: null });
  if (!approved) return;
  const leader = rnd.pick(p.org.leaders);
  const assigned = officeTime(plus(decided, 1 + rnd.next() * 6), rnd);
  if (!happened(assigned)) return;
  p.keyLeaderUserId = leader.id;
  step(g, p, assigned, office(p), 'proposal.key_leader', { leaderUserId: leader.id, previous: null });
  let t = assigned;
  for (const kind of ['instruction', rnd.pick(['visit', 'meeting'] as const)] as const) {
    t = officeTime(plus(t, 7 + rnd.next() * 40), rnd);
    if (!happened(t)) return;
    const id = g.ids.next('proposal_key_events');
    const unit = p.org.unitsFor(p.topic.units)[0]!;
    const summary = fillText(rnd.pick(KEY_EVENTS[kind]), {
      s: p.subject,
      u: unit.name,
      m: `${new Date(t + 40 * 86_400_000).getUTCMonth() + 1}月`,
    });
    g.w.keyEvents.add([id, p.id, kind, day(t), summary, leader.id, p.org.office.id, new Date(t).toISOString()]);
    step(g, p, t, who(kind === 'instruction' ? leader : p.org.office), 'proposal.key_event', { eventId: id, kind });
  }
}

/** Where a later proposal on the same subject may be merged: this one, until it is assigned. */
export function offerAsMergeTarget(g: Gen, p: P, from: number, until: number): void {
  g.mergeTargets.set(`${p.org.id}:${p.term.id}:${p.topic.key}`, {
    id: p.id,
    from,
    until,
    title: p.title,
    label: p.numberLabel ?? '',
    memberIds: new Set(p.proposers.map((x) => x.member.id)),
  });
}
