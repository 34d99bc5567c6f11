// The end of a proposal's handling: the proposer's rating (an unsatisfied first rating sends
// it back to the units once, who answer again), or the office closing it when no rating
// comes (collective proposals always), and the year's excellent proposals among the closed.
import { chinaDate } from '../../server/platform/clock.js';
import { addMonths } from '../../server/platform/workdays.js';
import { CLOSE_NOTES, FEEDBACK_COMMENTS } from '../../server/seed/corpus/workflow-texts.js';
import { memberTime, officeTime, plus } from '../../server/seed/demo-time.js';
import { reminders, type Assignment } from './handling.js';
import { reply } from './replies.js';
import { happened, iso, proposalName, proposerUsers, step, tell, who, type Gen, type P } from './proposal-rows.js';

type Rating = 'satisfied' | 'basic' | 'unsatisfied';
const RATINGS = [
  ['satisfied', 72],
  ['basic', 21],
  ['unsatisfied', 7],
] as [Rating, number][];
const day = (t: number) => chinaDate(new Date(t));

/** The proposer rates (an unsatisfied first rating sends it back once), or the office closes it. */
export function feedback(g: Gen, p: P, list: Assignment[], repliedAt: number): void {
  const { rnd } = g;
  const answering = list.filter((a) => a.role !== 'co');
  const unitUsers = answering.map((a) => a.unit.user.id);
  const rater = p.lead;
  if (!rater || rnd.next() < 0.1) {
    const at = officeTime(plus(repliedAt, 25 + rnd.next() * 55), rnd);
    if (!happened(at)) return;
    close(g, p, at);
    step(g, p, at, who(p.org.office), 'proposal.close', { note: rnd.pick(CLOSE_NOTES) });
    return;
  }
  const at = memberTime(plus(repliedAt, 2 + rnd.next() * 38), rnd);
  if (!happened(at)) return;
  const round = p.rehandleCount + 1;
  const contacted = rnd.weighted<'visited' | 'phone' | 'none'>([
    ['visited', 55],
    ['phone', 38],
    ['none', 7],
  ]);
  const attitude = rnd.weighted(RATINGS);
  const result = attitude === 'unsatisfied' ? 'unsatisfied' : rnd.weighted(RATINGS);
  const comments = rnd.next() < 0.6 ? rnd.pick(FEEDBACK_COMMENTS[result]) : null;
  g.w.feedback.add([
    g.ids.next('proposal_feedback'),
    p.id,
    round,
    rater.id,
    contacted,
    attitude,
    result,
    comments,
    iso(at),
  ]);
  const rated = `办理态度${label(attitude)}，办理结果${label(result)}`;
  const unsatisfied = attitude === 'unsatisfied' || result === 'unsatisfied';
  if (unsatisfied && p.rehandleCount < g.settings.rehandleLimit) {
    const deadline = addMonths(day(at), 1);
    p.rehandleCount++;
    p.state = 'handling';
    p.replyDeadline = deadline;
    for (const a of answering) {
      a.status = 'signed';
      a.round++;
      a.replyDeadline = deadline;
      a.repliedAt = null;
      a.resultClass = null;
    }
    step(g, p, at, who(rater.user), 'proposal.rate', {
      round,
      contacted,
      attitude,
      result,
      outcome: 'rehandle',
      replyDeadline: deadline,
    });
    tell(g, p, at, unitUsers, {
      kind: 'proposal.rehandle',
      title: '提案需重新办理',
      body: `提案人对${proposalName(p)}的办理不满意（${rated}），请重新办理并于 ${deadline} 前重新答复。${comments ? `提案人意见：${comments}` : ''}`,
    });
    let again = 0;
    for (const a of answering) {
      const t = officeTime(plus(at, 10 + rnd.next() * 20), rnd);
      reminders(g, p, a, happened(t) ? t : null);
      if (!happened(t)) return;
      reply(g, p, a, t, list);
      again = Math.max(again, t);
    }
    feedback(g, p, list, again);
    return;
  }
  close(g, p, at);
  step(g, p, at, who(rater.user), 'proposal.rate', { round, contacted, attitude, result, outcome: 'closed' });
  tell(g, p, at, unitUsers, {
    kind: 'proposal.rated',
    title: '提案人已评价',
    body: `提案人对${proposalName(p)}的评价：${rated}。${comments ?? ''}`,
  });
}

const label = (r: Rating) => ({ satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' })[r];

function close(g: Gen, p: P, at: number): void {
  p.state = 'closed';
  p.closedAt = at;
  if (g.rnd.next() < 0.025) {
    const year = Number(day(p.repliedAt ?? at).slice(0, 4));
    const selected = officeTime(Math.max(at, Date.parse(`${year}-12-10T09:00:00+08:00`)), g.rnd);
    if (!happened(selected)) return;
    p.isExcellent = true;
    p.excellentYear = year;
    step(g, p, selected, who(p.org.office), 'proposal.excellent_select', { year });
    tell(g, p, selected, proposerUsers(p), {
      kind: 'proposal.excellent',
      title: '提案评为优秀提案',
      body: `您的提案${proposalName(p)}被评为${year}年度优秀提案。`,
    });
  }
}
