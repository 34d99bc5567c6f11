// One proposal from its slot: who writes it and what about (the corpus generator's text,
// in the organisation's own words), then its history step by step (review.ts, handling.ts),
// then its rows. Proposals of the archived terms get their records and one audit entry, the
// archive import; those of the current term get every step in the trail.
import { chinaDate } from '../../server/platform/clock.js';
import { addDays } from '../../server/platform/workdays.js';
import { generateProposal } from '../../server/seed/corpus/generator.js';
import { TOPICS } from '../../server/seed/corpus/topics.js';
import { officeTime, plus } from '../../server/seed/demo-time.js';
import { handle } from './handling.js';
import { localise } from './places.js';
import { happened, writeProposal, who, type Gen, type P, type Proposer } from './proposal-rows.js';
import { pickMember, type MemberInfo, type OrgInfo, type SessionInfo, type TermInfo } from './refdata.js';
import { draft, keySteps, offerAsMergeTarget, review, submit } from './review.js';
import { LIVE_FROM } from './scale.js';
import type { Slot } from './slots.js';
import { SYSTEM } from './trail.js';

const SESSION_LEAD_DAYS = 45;

/** The session a submission on this date belongs to, by the app's rule; null between sessions. */
function sessionOf(term: TermInfo, at: number): SessionInfo | null {
  const d = chinaDate(new Date(at));
  return term.sessions.find((s) => addDays(s.opensOn, -SESSION_LEAD_DAYS) <= d && d <= s.closesOn) ?? null;
}

function newProposal(g: Gen, org: OrgInfo, term: TermInfo, createdAt: number, submitAt: number | null): P {
  const { rnd } = g;
  const text = generateProposal(rnd);
  const topic = TOPICS.find((t) => t.key === text.topic)!;
  const kindRoll = rnd.next();
  const kind = kindRoll < 0.05 ? 'collective' : kindRoll < 0.27 ? 'joint' : 'individual';
  const lead = kind === 'collective' ? null : pickMember(org, rnd);
  const proposers: Proposer[] = lead
    ? [
        {
          member: lead,
          role: 'lead',
          status: 'accepted',
          sortOrder: 0,
          invitedAt: null,
          inviteDeadline: null,
          respondedAt: createdAt,
        },
      ]
    : [];
  if (kind === 'joint') {
    const n = rnd.weighted<number>([
      [1, 4],
      [2, 4],
      [3, 2],
      [4, 1],
    ]);
    const taken = new Set<MemberInfo>([lead!]);
    for (let i = 0; i < n * 3 && taken.size <= n; i++) {
      const m = pickMember(org, rnd);
      if (taken.has(m)) continue;
      taken.add(m);
      proposers.push({
        member: m,
        role: 'co',
        status: 'invited',
        sortOrder: taken.size - 1,
        invitedAt: null,
        inviteDeadline: null,
        respondedAt: null,
      });
    }
  }
  const collective =
    kind === 'collective'
      ? rnd.next() < 0.6
        ? { type: 'committee' as const, ...rnd.pick(org.committees) }
        : { type: 'sector' as const, ...rnd.pick(org.sectors) }
      : null;
  const themes = text.theme ? [text.theme] : [];
  if (rnd.next() < 0.15) {
    const extra = rnd.pick(g.settings.themes);
    if (!themes.includes(extra)) themes.push(extra);
  }
  const units = org.unitsFor(topic.units);
  return {
    id: g.ids.next('proposals'),
    org,
    term,
    session: submitAt === null ? null : sessionOf(term, submitAt),
    live: submitAt === null || submitAt >= LIVE_FROM,
    topic,
    subject: topic.subjects.find((s) => text.title.includes(s)) ?? topic.subjects[0]!,
    title: localise(org.plan, text.title),
    reasons: localise(org.plan, text.reasons),
    suggestions: localise(org.plan, text.suggestions),
    kind,
    collective: collective ? { type: collective.type, ref: collective.id, name: collective.name } : null,
    category: text.category,
    themes,
    isPublic: rnd.next() < 0.6,
    suggestedUnitIds: rnd.next() < 0.5 ? [units[0]!.id] : [],
    lead,
    author: kind === 'collective' || rnd.next() < 0.1 ? org.office : lead!.user,
    proposers,
    state: 'draft',
    series: null,
    number: null,
    numberLabel: null,
    mergedIntoId: null,
    rejectReason: null,
    reviewNote: null,
    resultClass: null,
    replyDeadline: null,
    rehandleCount: 0,
    isKey: false,
    keyStatus: null,
    keyLeaderUserId: null,
    isExcellent: false,
    excellentYear: null,
    createdAt,
    submittedAt: null,
    reviewedAt: null,
    assignedAt: null,
    repliedAt: null,
    closedAt: null,
    updatedAt: createdAt,
    version: 1,
    replyBodies: [],
    indexedAt: null,
  };
}

/** Generates one proposal's whole history and writes it; returns it for the held-out sample. */
export function generateSlot(g: Gen, slot: Slot): P {
  const { rnd } = g;
  const p = newProposal(g, slot.org, slot.term, slot.createdAt, slot.submitAt);
  draft(g, p);
  if (slot.submitAt !== null) {
    submit(g, p, Math.max(slot.submitAt, p.createdAt + 60_000), false);
    const acceptedAt = review(g, p);
    if (acceptedAt !== null) {
      if (rnd.next() < (slot.org.plan.level === 'county' ? 0.015 : 0.02)) keySteps(g, p, acceptedAt);
      const assignAt = officeTime(plus(acceptedAt, 1 + rnd.next() * 9), rnd);
      offerAsMergeTarget(g, p, acceptedAt, happened(assignAt) ? assignAt : Infinity);
      if (happened(assignAt)) handle(g, p, assignAt);
    }
  }
  if (!p.live) {
    // Brought over from the archive once its handling had ended (or at launch).
    const at = Math.max(LIVE_FROM + (p.id % 86_400) * 1000, p.updatedAt + 3_600_000);
    g.trail.log(at, SYSTEM('archive-import'), 'proposal.import', {
      objectType: 'proposal',
      objectId: p.id,
      orgId: p.org.id,
      detail: { state: p.state, number: p.numberLabel },
    });
  }
  writeProposal(g, p);
  return p;
}

/** Sign-ins of the last month, enough to bring the trail and the notices to the scale's total. */
export function signIns(g: Gen, orgs: OrgInfo[], count: number, from: number, until: number): void {
  const { rnd } = g;
  for (let i = 0; i < count; i++) {
    const org = orgs[Math.floor(rnd.next() ** 1.5 * orgs.length)]!;
    const user =
      rnd.next() < 0.85
        ? pickMember(org, rnd).user
        : rnd.pick([org.office, org.chair, ...org.units.map((u) => u.user)]);
    const at = from + Math.floor(rnd.next() * (until - from));
    g.trail.log(at, who(user), 'auth.login', {
      objectType: 'user',
      objectId: user.id,
      orgId: user.orgId,
      detail: { mfa: 'ok' },
    });
  }
}
