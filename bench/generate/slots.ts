// When each proposal starts: every organisation's proposals are spread over the five terms
// (TERM_WEIGHTS), most of them submitted around a plenary session (from a month before it
// opens until it closes) and the rest between sessions; a few are drafts still being
// written. Slots are then ordered by the time their draft was started, which is the order
// the generator writes them in.
import { memberTime } from '../../server/seed/demo-time.js';
import { DAY } from '../../server/platform/clock.js';
import type { OrgInfo, TermInfo } from './refdata.js';
import type { Rnd } from './proposal-rows.js';
import { REFERENCE_TIME, TERM_WEIGHTS } from './scale.js';

export interface Slot {
  org: OrgInfo;
  term: TermInfo;
  /** When the draft was started. */
  createdAt: number;
  /** When it is submitted; null for a proposal that is still a draft. */
  submitAt: number | null;
}

const SESSION_LEAD_DAYS = 45;
const DRAFT_SHARE = 0.012;
const INTERIM_SHARE = 0.2;

const startOf = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

/** Largest-remainder split of n by weights. */
function split(n: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (n * w) / sum);
  const out = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0, left = n - out.reduce((a, b) => a + b, 0); left > 0; k++, left--) out[order[k]![1]]!++;
  return out;
}

function submitTime(org: OrgInfo, k: number, rnd: Rnd): number {
  const term = org.terms[k]!;
  const termEnd = k + 1 < org.terms.length ? startOf(org.terms[k + 1]!.startsOn) : REFERENCE_TIME;
  const sessions = term.sessions.filter(
    (s) => startOf(s.opensOn) - SESSION_LEAD_DAYS * DAY < REFERENCE_TIME - 10 * DAY,
  );
  const i = rnd.int(0, sessions.length - 1);
  const s = sessions[i]!;
  const opens = startOf(s.opensOn);
  if (rnd.next() >= INTERIM_SHARE) {
    // Around the session: most in the weeks just before it opens.
    const t = opens - 30 * DAY * rnd.next() ** 0.7 + (rnd.next() < 0.3 ? rnd.next() * 4 * DAY : 0);
    return Math.min(memberTime(t, rnd), REFERENCE_TIME - DAY);
  }
  const next = term.sessions[i + 1] ?? org.terms[k + 1]?.sessions[0];
  const from = startOf(s.closesOn) + 2 * DAY;
  const until = Math.min(
    next ? startOf(next.opensOn) - (SESSION_LEAD_DAYS + 1) * DAY : termEnd,
    termEnd - 2 * DAY,
    REFERENCE_TIME - 2 * DAY,
  );
  return memberTime(from + rnd.next() * Math.max(DAY, until - from), rnd);
}

export function planSlots(orgs: OrgInfo[], rnd: Rnd): Slot[] {
  const out: Slot[] = [];
  for (const org of orgs) {
    const drafts = Math.round(org.plan.proposals * DRAFT_SHARE);
    const perTerm = split(org.plan.proposals - drafts, TERM_WEIGHTS);
    perTerm.forEach((n, k) => {
      for (let i = 0; i < n; i++) {
        const submitAt = submitTime(org, k, rnd);
        out.push({ org, term: org.terms[k]!, submitAt, createdAt: submitAt - (0.05 + rnd.next() * 19) * DAY });
      }
    });
    const current = org.terms[org.terms.length - 1]!;
    for (let i = 0; i < drafts; i++) {
      const age = rnd.next() < 0.7 ? 0.3 + rnd.next() * 60 : 60 + rnd.next() * 600;
      out.push({ org, term: current, submitAt: null, createdAt: memberTime(REFERENCE_TIME - age * DAY, rnd) });
    }
  }
  for (const s of out) if (s.createdAt >= REFERENCE_TIME) s.createdAt = REFERENCE_TIME - 3_600_000;
  return out.sort((a, b) => a.createdAt - b.createdAt);
}
