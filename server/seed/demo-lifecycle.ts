// A planned proposal's way from draft to review, as its people would take it: the member
// (or the office on his behalf) drafts, co-proposers answer their invitations, it may be
// edited, submitted, withdrawn; the office returns, rejects, converts or accepts it, and
// merges the reworded duplicates into it. Acceptance hands it on to the handling.
import { CONVERT_NOTES, RETURN_NOTES } from './corpus/workflow-texts.js';
import { nominateKey } from './demo-follow-up.js';
import { assign } from './demo-handling.js';
import type { Planned } from './demo-plan.js';
import { nowMs, say, track, type Live, type SeedRun } from './demo-run.js';
import { memberTime, officeTime, plus } from './demo-time.js';

function author(p: Planned): string {
  return p.byOffice || !p.lead ? p.org.office : p.lead.username;
}

/** The whole draft: the API's PATCH resets the fields a body leaves out to their defaults. */
function draftBody(p: Planned, o: { reasons?: string; suggestions?: string } = {}) {
  return {
    title: p.title,
    reasons: o.reasons ?? p.reasons,
    suggestions: o.suggestions ?? p.suggestions,
    category: p.category,
    themes: p.theme ? [p.theme] : [],
    isPublic: p.isPublic,
    suggestedUnitIds: p.units.slice(0, 2).map((u) => u.id),
    kind: p.kind,
    coProposerIds: p.cos.map((c) => c.member.id),
    collective: p.collective,
  };
}

export function scheduleProposal(run: SeedRun, p: Planned): void {
  const { d, rnd } = run;
  d.at(p.draftAt, async () => {
    const edited = p.features.has('edit');
    // An edited draft first lacked its last paragraph of reasons.
    const reasons = edited
      ? p.reasons
          .split(/(?<=。)/)
          .slice(0, -1)
          .join('') || p.reasons
      : p.reasons;
    const res = await d.as(author(p)).post('/api/proposals', {
      ...draftBody(p, { reasons }),
      ...(p.byOffice && p.lead ? { leadMemberId: p.lead.id } : {}),
    });
    const l: Live = {
      plan: p,
      id: res.id,
      state: res.state,
      resultClass: null,
      repliedAt: null,
      satisfied: false,
      contactWay: null,
      lastClass: null,
      sentBack: false,
      rehandled: false,
      declinedUnitIds: [],
    };
    run.live.set(p, l);
    for (const c of p.cos) {
      if (c.answer === 'none') continue;
      const at = Math.min(memberTime(plus(p.draftAt, rnd.int(0, 3) + 0.2), rnd), p.reviewAt - 3_600_000);
      d.at(at, async () => {
        if (!['draft', 'submitted', 'returned'].includes(l.state)) return;
        await d.as(c.member.username).post(`/api/proposals/${l.id}/invitation`, { accept: c.answer === 'accept' });
      });
    }
    if (p.stopAfter === 'create') return;
    if (edited) {
      d.at(p.draftAt + (p.submitAt - p.draftAt) / 2, async () => {
        const { version } = await d.as(author(p)).get(`/api/proposals/${l.id}`);
        track(l, await d.as(author(p)).patch(`/api/proposals/${l.id}`, { version, ...draftBody(p) }));
      });
    }
    d.at(p.submitAt, () => submit(run, l, false));
  });
}

async function submit(run: SeedRun, l: Live, again: boolean): Promise<void> {
  const { d, rnd } = run;
  const p = l.plan;
  track(l, await d.as(author(p)).post(`/api/proposals/${l.id}/submit`, {}));
  if (p.review === 'withdraw') {
    d.at(memberTime(plus(nowMs(run), rnd.int(1, 5)), rnd), async () => {
      track(l, await d.as(author(p)).post(`/api/proposals/${l.id}/withdraw`, {}));
    });
    return;
  }
  if (p.stopAfter === 'submit' || p.review === 'merge') return;
  d.at(again ? officeTime(plus(nowMs(run), rnd.int(3, 8)), rnd) : p.reviewAt, () => review(run, l, again));
}

async function review(run: SeedRun, l: Live, resubmitted: boolean): Promise<void> {
  const { d, rnd } = run;
  const p = l.plan;
  const office = d.as(p.org.office);
  const url = `/api/proposals/${l.id}`;
  if (p.returnFirst && !resubmitted) {
    track(l, await office.post(`${url}/return`, { note: say(run, p.org, RETURN_NOTES) }));
    if (p.stopAfter === 'return') return;
    d.at(memberTime(plus(nowMs(run), rnd.int(2, 7)), rnd), async () => {
      const who = d.as(author(p));
      const { version } = await who.get(url);
      const more = p.org.localise('另外，建议明确牵头部门和完成时限，每年向政协通报工作进展。');
      track(l, await who.patch(url, { version, ...draftBody(p, { suggestions: `${p.suggestions}\n${more}` }) }));
      await submit(run, l, true);
    });
    return;
  }
  if (p.review === 'reject') {
    track(l, await office.post(`${url}/reject`, p.reject!));
    return;
  }
  if (p.review === 'convert') {
    track(l, await office.post(`${url}/convert`, { note: say(run, p.org, CONVERT_NOTES) }));
    return;
  }
  track(l, await office.post(`${url}/accept`, {}));
  const dups = p.dups.map((x) => run.live.get(x)).filter((x): x is Live => x?.state === 'submitted');
  if (dups.length) {
    d.at(nowMs(run) + 20 * 60_000, async () => {
      await office.post('/api/proposals/merge', {
        mainId: l.id,
        otherIds: dups.map((x) => x.id),
        note: '内容相近，并案办理，各提案人均保留提案人身份。',
      });
      for (const x of dups) x.state = 'merged';
    });
  }
  if (p.key) nominateKey(run, l);
  if (p.stopAfter === 'accept') return;
  assign(run, l, p.assignAt ?? officeTime(plus(nowMs(run), rnd.int(3, 12)), rnd));
}
