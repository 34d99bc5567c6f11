// The demo's proposals before they exist: for each organisation and each session of the
// current term (and the months between sessions), who proposes what, when, and where it
// ends up. Recent ones are held at each stage of the workflow so every state shows; a few
// reworded duplicates are planted for similar-proposal detection and merging.
import { generateProposal, reword } from './corpus/generator.js';
import { TOPICS, type Topic } from './corpus/topics.js';
import { REJECTABLE } from './corpus/workflow-texts.js';
import { focusedTopic, titleKey } from './demo-topics.js';
import type { DemoMember, DemoOrg, DemoUnit } from './demo-context.js';
import { dayStart, memberTime, officeTime, plus, type Rnd } from './demo-time.js';

export type Feature =
  | 'co'
  | 'split'
  | 'late'
  | 'stalled'
  | 'leadDecline'
  | 'coDecline'
  | 'sendBack'
  | 'extensionApprove'
  | 'extensionRefuse'
  | 'unsatisfied'
  | 'noFeedback'
  | 'edit'
  | 'longExtension'
  | 'slow'
  /** The co unit never signs: past its sign-for deadline it is urged, and the lead unit works on. */
  | 'coUnsigned'
  /** The co unit never signs, and the office puts another unit in its place. */
  | 'coReplaced'
  /** The lead unit asked for a later deadline a few days ago; the office has not yet decided. */
  | 'extensionPending';
export type StopAfter = 'create' | 'submit' | 'return' | 'accept' | 'decline' | 'assign' | 'reply';

export interface Planned {
  org: DemoOrg;
  subject: string;
  title: string;
  reasons: string;
  suggestions: string;
  category: string;
  theme: string | null;
  units: DemoUnit[];
  kind: 'individual' | 'joint' | 'collective';
  lead: DemoMember | null;
  collective: { type: 'committee' | 'sector' | 'party'; ref: number | string } | null;
  cos: { member: DemoMember; answer: 'accept' | 'decline' | 'none' }[];
  byOffice: boolean;
  isPublic: boolean;
  draftAt: number;
  submitAt: number;
  reviewAt: number;
  review: 'accept' | 'reject' | 'convert' | 'withdraw' | 'merge';
  reject?: { reason: string; note: string };
  returnFirst: boolean;
  dups: Planned[];
  stopAfter?: StopAfter;
  /** When the office assigns it, where the plan needs it at a given moment. */
  assignAt?: number;
  key?: 'approve' | 'decline' | 'nominate';
  features: Set<Feature>;
}

const CITY_SESSIONS = [32, 34, 36, 40, 52];
const CITY_INTERIM = [6, 7, 7, 8, 12];
const COUNTY_SESSIONS = [5, 5, 6, 6, 7];
const COUNTY_INTERIM = [1, 1, 1, 1, 2];
const COUNTY_SCALE = [1, 0.85, 0.8];
const PLACES = ['清源区', '白沙县', '云岭县'];
/** In whose name a collective proposal on a category is most likely made. */
const COLLECTIVE_BY_CATEGORY: Record<string, string[]> = {
  经济建设: ['经济委员会', '经济界', '经济和农业委员会'],
  城乡建设: ['人口资源环境委员会', '提案委员会'],
  教科文卫体: ['教科卫体委员会', '民盟', '教育界', '文史和学习委员会'],
  社会法制: ['社会和法制委员会', '提案委员会'],
  农业农村: ['农业和农村委员会', '农业界', '经济和农业委员会'],
  生态环境: ['九三学社', '人口资源环境委员会', '提案委员会'],
};
/** Subjects that start with a verb read badly after 推进/做好: such titles keep a plain 关于. */
const VERB_FIRST =
  /^(推进|提升|加强|加快|优化|规范|发展|完善|缓解|打破|活化|提高|建立|促进|保障|扩大|解决|治理|破解|培育|深化|推动|强化|健全|落实|实施|开展)/;

function collectiveFor(
  org: DemoOrg,
  category: string,
): { type: 'committee' | 'sector' | 'party'; ref: number | string } {
  const names = COLLECTIVE_BY_CATEGORY[category] ?? ['提案委员会'];
  const c = names.map((n) => org.collectives.find((x) => x.name === n)).find((x) => x) ?? org.collectives[0]!;
  return { type: c.type, ref: c.ref };
}

function titleOf(title: string, subject: string): string {
  if (!VERB_FIRST.test(subject)) return title;
  const place = title.slice(0, title.indexOf(subject)).replace(/^关于(加快推进|进一步推进|切实做好|着力推进)?/, '');
  return `关于${place}${subject}的建议`;
}

export function planProposals(orgs: DemoOrg[], rnd: Rnd, end: number): Planned[] {
  const out: Planned[] = [];
  for (const org of orgs) {
    for (const m of org.members) m.weight = rnd.next() < 0.2 ? 0.05 : 0.2 + rnd.next() ** 2 * 3;
  }
  const city = orgs.find((o) => o.level === 'city')!;
  const counties = orgs.filter((o) => o.level === 'county');
  const pickMember = (org: DemoOrg, not: DemoMember[] = []) => {
    const pool = org.members.filter((m) => !not.includes(m));
    return rnd.weighted(pool.map((m) => [m, m.weight] as [DemoMember, number]));
  };

  const titles = new Set<string>();
  function make(
    org: DemoOrg,
    submitAt: number,
    reviewAt: number,
    o: Partial<Planned> & { topic?: Topic } = {},
  ): Planned {
    const generate = () => {
      const topic = o.topic ?? rnd.pick(TOPICS);
      const subject = rnd.pick(topic.subjects);
      // The text argues the subject of the title (demo-topics.ts).
      const g = generateProposal(rnd, focusedTopic(topic, subject));
      return { ...g, subject, title: titleOf(g.title, subject) };
    };
    const local = (t: string) =>
      org.localise(
        org.level === 'city' ? t : PLACES.reduce((x, p) => x.replaceAll(p, org.shortName.replace(/政协$/, '')), t),
      );
    // Two members of one organisation rarely write on the very same subject and place, and
    // never under titles that differ by one word (加快推进… / 着力推进…). Most subjects are
    // taken by the end of a term, so it takes a few tries to find one that is not.
    const key = (t: string) => `${org.id}:${titleKey(local(t))}`;
    let g = generate();
    for (let i = 0; i < 80 && titles.has(key(g.title)); i++) g = generate();
    titles.add(key(g.title));
    const subject = g.subject;
    const kindRoll = rnd.next();
    const kind = o.kind ?? (kindRoll < 0.22 ? 'joint' : 'individual');
    const lead = kind === 'collective' ? null : (o.lead ?? pickMember(org));
    const cos: Planned['cos'] = [];
    if (kind === 'joint') {
      const n = rnd.weighted<number>([
        [1, 4],
        [2, 4],
        [3, 2],
        [4, 1],
      ]);
      for (let i = 0; i < n; i++) {
        const member = pickMember(org, [lead!, ...cos.map((c) => c.member)]);
        cos.push({
          member,
          answer:
            i === 0
              ? 'accept'
              : rnd.weighted<'accept' | 'decline' | 'none'>([
                  ['accept', 80],
                  ['decline', 8],
                  ['none', 12],
                ]),
        });
      }
    }
    const byOffice = kind === 'collective' || rnd.next() < 0.2;
    const draftAt = byOffice
      ? submitAt - rnd.int(5, 40) * 60_000
      : memberTime(submitAt - rnd.int(1, 6) * 86_400_000, rnd);
    const features = new Set<Feature>(o.features ?? []);
    if (!byOffice && submitAt - draftAt > 86_400_000 && rnd.next() < 0.15) features.add('edit');
    for (const [f, p] of [
      ['co', 0.28],
      ['split', 0.04],
      ['late', 0.1],
      ['leadDecline', 0.01],
      ['sendBack', 0.02],
      ['extensionApprove', 0.01],
      ['unsatisfied', 0.05],
      ['noFeedback', 0.05],
    ] as [Feature, number][]) {
      if (rnd.next() < p) features.add(f);
    }
    const { topic: _topic, ...given } = o;
    return {
      org,
      subject: local(subject),
      title: local(g.title),
      reasons: local(g.reasons),
      suggestions: local(g.suggestions),
      category: g.category,
      theme: g.theme,
      units: org.unitsFor(g.units),
      kind,
      lead,
      collective: kind === 'collective' ? collectiveFor(org, g.category) : null,
      cos,
      byOffice,
      isPublic: rnd.next() < 0.6,
      draftAt: Math.min(draftAt, submitAt - 60_000),
      submitAt,
      reviewAt,
      review: rnd.weighted<Planned['review']>([
        ['accept', 86],
        ['reject', 4],
        ['convert', 4],
        ['withdraw', 3],
      ]),
      returnFirst: rnd.next() < 0.05,
      dups: [],
      ...given,
      features,
    };
  }

  /** A second member's reworded proposal on the same subject, submitted a few days later. */
  function duplicate(of: Planned, review: Planned['review'], at?: { submitAt: number; reviewAt: number }): Planned {
    const lead = pickMember(of.org, [of.lead!]);
    const text = reword(of, rnd);
    const submitAt = at?.submitAt ?? memberTime(plus(of.submitAt, rnd.int(1, 4)), rnd);
    const reviewAt = at?.reviewAt ?? (review === 'merge' ? of.reviewAt : officeTime(plus(of.reviewAt, 0.2), rnd));
    const d = make(of.org, submitAt, reviewAt, { kind: 'individual', lead, review });
    Object.assign(d, {
      ...text,
      title: of.org.localise(text.title),
      subject: of.subject,
      category: of.category,
      theme: of.theme,
      units: of.units,
      byOffice: false,
      returnFirst: false,
    });
    if (review === 'reject')
      d.reject = { reason: '一事多案或重复提案', note: `与《${of.title}》内容基本相同，建议作为联名提案参与办理。` };
    if (review === 'merge') of.dups.push(d);
    return d;
  }

  for (const org of orgs) {
    const scale = org.level === 'city' ? 1 : (COUNTY_SCALE[counties.indexOf(org)] ?? 0.8);
    for (const [i, s] of org.sessions.entries()) {
      const closes = dayStart(s.closes);
      const batch: Planned[] = [];
      const n = Math.round((org.level === 'city' ? CITY_SESSIONS : COUNTY_SESSIONS)[i]! * scale);
      for (let k = 0; k < n; k++) {
        const submitAt = memberTime(closes - Math.floor(42 * rnd.next() ** 2) * 86_400_000 - 86_400_000, rnd);
        batch.push(make(org, submitAt, officeTime(plus(closes, 6 + rnd.int(0, 28)), rnd)));
      }
      if (org.level === 'city' || i === 2) {
        batch.push(
          make(org, officeTime(closes - 10 * 86_400_000, rnd), officeTime(plus(closes, 8), rnd), {
            kind: 'collective',
            review: 'accept',
          }),
        );
      }
      const originals = batch.filter((b) => b.review === 'accept' && b.kind === 'individual').slice(0, 2);
      if (originals[0] && (org.level === 'city' || i === 2 || i === 4)) batch.push(duplicate(originals[0], 'merge'));
      if (org.level === 'city' && originals[1]) batch.push(duplicate(originals[1], i % 2 ? 'reject' : 'accept'));
      if (org.level === 'city' && i === 4) {
        const earlier = out.find(
          (p) =>
            p.org === org &&
            p.review === 'accept' &&
            p.kind === 'individual' &&
            p.submitAt < dayStart(org.sessions[2]!.closes),
        );
        if (earlier)
          batch.push(duplicate(earlier, 'accept', { submitAt: batch[3]!.submitAt, reviewAt: batch[3]!.reviewAt }));
      }
      if (org.level === 'city' || i === 3) {
        // A different one each time within an organisation (the city rejects one a session).
        const bad = REJECTABLE[(i + orgs.indexOf(org)) % REJECTABLE.length]!;
        const r = make(org, memberTime(closes - 5 * 86_400_000, rnd), officeTime(plus(closes, 10), rnd), {
          kind: 'individual',
          review: 'reject',
        });
        Object.assign(r, {
          title: bad.title,
          reasons: bad.reasons,
          suggestions: bad.suggestions,
          category: bad.category,
          theme: null,
          reject: { reason: bad.reason, note: bad.note },
        });
        batch.push(r);
      }
      out.push(...batch);
    }
    // Between sessions (会后): a few a year, reviewed as they come in.
    const years = org.sessions.map((s) => Number(s.opens.slice(0, 4)));
    for (const [i, year] of years.entries()) {
      const from = dayStart(`${year}-03-20`);
      const to = Math.min(dayStart(`${year}-11-10`), end - 45 * 86_400_000);
      const n = Math.round((org.level === 'city' ? CITY_INTERIM : COUNTY_INTERIM)[i]! * scale);
      for (let k = 0; k < n && to > from; k++) {
        const submitAt = memberTime(from + Math.floor(rnd.next() * (to - from)), rnd);
        out.push(make(org, submitAt, officeTime(plus(submitAt, rnd.int(4, 14)), rnd)));
      }
    }
  }
  for (const r of out) {
    if (r.review !== 'reject' || r.reject) continue;
    r.reject = { reason: '内容空泛、缺乏具体建议', note: '所提建议可操作性不强，建议深入调研后再提出。' };
  }
  out.push(...planRecent(city, counties, rnd, end, make, pickMember));
  planSessionHighlights(out, city, rnd, pickMember);
  return out.sort((a, b) => a.draftAt - b.draftAt);
}

type Make = (org: DemoOrg, submitAt: number, reviewAt: number, o?: Partial<Planned> & { topic?: Topic }) => Planned;

/** The last weeks before the demo's "today": proposals held at each step of the workflow. */
function planRecent(
  city: DemoOrg,
  counties: DemoOrg[],
  rnd: Rnd,
  end: number,
  make: Make,
  pickMember: (o: DemoOrg, not?: DemoMember[]) => DemoMember,
): Planned[] {
  const out: Planned[] = [];
  const ago = (days: number) => end - days * 86_400_000;
  const [me, me2] = city.members;
  const edu = TOPICS.find((t) => t.key === 'afterschool')!;
  /** Submitted `days` ago and held after `stopAfter` (or, when null, left to run its course). */
  const hold = (
    org: DemoOrg,
    stopAfter: StopAfter | null,
    days: number,
    o: Partial<Planned> & { topic?: Topic } = {},
  ) => {
    const submitAt = memberTime(ago(days), rnd);
    const reviewAt = officeTime(stopAfter === 'assign' ? ago(rnd.int(12, 16)) : plus(submitAt, rnd.int(3, 6)), rnd);
    const p = make(org, submitAt, reviewAt, {
      review: 'accept',
      stopAfter: stopAfter ?? undefined,
      returnFirst: stopAfter === 'return',
      ...o,
    });
    p.features = new Set([...p.features].filter((f) => f === 'co' || f === 'edit'));
    if (stopAfter === 'decline') p.features.add('leadDecline');
    if (stopAfter === 'assign') p.assignAt = officeTime(ago(rnd.int(2, 5)), rnd);
    if (stopAfter === 'create') p.draftAt = memberTime(ago(days), rnd);
    return p;
  };
  out.push(
    hold(city, 'create', 9, { lead: me, kind: 'individual', byOffice: false }),
    hold(city, 'create', 16),
    hold(city, 'create', 4),
  );
  out.push(
    hold(city, 'submit', 3, { lead: me, kind: 'individual', byOffice: false }),
    hold(city, 'submit', 8),
    hold(city, 'submit', 2),
  );
  const invited = hold(city, 'submit', 5, { kind: 'joint', lead: pickMember(city, [me!]), byOffice: false });
  invited.cos = [
    { member: pickMember(city, [me!, invited.lead!]), answer: 'accept' },
    { member: me!, answer: 'none' },
  ];
  out.push(invited);
  out.push(hold(city, 'return', 24, { lead: me2, kind: 'individual', byOffice: false }), hold(city, 'return', 30));
  out.push(
    hold(city, 'accept', 28, { key: 'nominate' }),
    hold(city, 'accept', 33),
    hold(city, 'accept', 22),
    hold(city, 'decline', 40),
  );
  out.push(hold(city, 'assign', 36, { topic: edu }), hold(city, 'assign', 40), hold(city, 'assign', 34));
  // In handling, not yet due; and one answered a few days ago that its proposer (the demo member) has still to rate.
  const slow = [hold(city, null, 62, { topic: edu }), hold(city, null, 70)];
  for (const p of slow) p.features.add('slow');
  // Co units that did not sign by their deadline: one urged while the lead works on (and asks
  // for more time), one the office replaced.
  const coLate = [hold(city, null, 30), hold(city, null, 45)];
  for (const [i, p] of coLate.entries()) {
    for (const f of ['slow', 'co', i ? 'coReplaced' : 'coUnsigned'] as const) p.features.add(f);
    if (!i) p.features.add('extensionPending');
  }
  slow.push(...coLate);
  // Due a week or two ago, still not answered: urged.
  const stalled = [hold(city, null, 112), hold(city, null, 118), hold(counties[1]!, null, 110)];
  for (const p of stalled) p.features.add('stalled');
  out.push(...slow, ...stalled);
  out.push(
    hold(city, 'reply', 95, { lead: me, kind: 'individual', byOffice: false }),
    hold(city, 'reply', 100),
    hold(counties[0]!, 'reply', 98),
  );
  const withdrawn = hold(city, 'submit', 14, { review: 'withdraw', byOffice: false });
  withdrawn.stopAfter = undefined;
  out.push(withdrawn);
  for (const c of counties)
    out.push(hold(c, 'create', 6), hold(c, 'submit', 4), hold(c, 'accept', 27), hold(c, 'assign', 38));
  return out;
}

/** The current session's stories: the demo member's own proposals and every kind of handling trouble. */
function planSessionHighlights(
  all: Planned[],
  city: DemoOrg,
  rnd: Rnd,
  pickMember: (o: DemoOrg, not?: DemoMember[]) => DemoMember,
): void {
  const last = city.sessions.at(-1)!;
  const current = all.filter(
    (p) =>
      p.org === city &&
      p.submitAt < dayStart(last.closes) + 86_400_000 &&
      p.submitAt > dayStart(last.opens) - 50 * 86_400_000 &&
      p.review === 'accept' &&
      !p.dups.length &&
      p.kind !== 'collective' &&
      !p.returnFirst,
  );
  const [me] = city.members;
  const take = () => current.splice(rnd.int(0, current.length - 1), 1)[0]!;
  const set = (p: Planned, ...f: Feature[]) => {
    p.features = new Set([...p.features].filter((x) => x === 'co' || x === 'edit'));
    for (const x of f) p.features.add(x);
    return p;
  };
  Object.assign(set(take()), { lead: me, kind: 'individual', cos: [], byOffice: false });
  const joint = Object.assign(set(take(), 'stalled'), { lead: me, kind: 'joint', byOffice: false });
  joint.cos = [pickMember(city, [me!]), pickMember(city, [me!])]
    .filter((m, i, a) => a.indexOf(m) === i)
    .map((member) => ({ member, answer: 'accept' as const }));
  set(take(), 'late', 'co');
  set(take(), 'extensionApprove');
  set(take(), 'extensionRefuse');
  set(take(), 'sendBack');
  set(take(), 'leadDecline');
  set(take(), 'co', 'coDecline');
  set(take(), 'split');
  set(take(), 'unsatisfied');
  set(take(), 'late');
  for (const key of ['approve', 'approve', 'approve', 'decline'] as const) take().key = key;
  // This year's key proposal of the education bureau takes the whole year: extended to December.
  const eduKey = current.find((p) => p.units[0]?.shortName === '市教育局') ?? take();
  current.splice(current.indexOf(eduKey), 1);
  Object.assign(set(eduKey, 'longExtension'), { key: 'approve' });
  // The demo member's proposals of earlier sessions, handled and closed.
  for (const s of city.sessions.slice(1, -1)) {
    const earlier = all.find(
      (p) =>
        p.org === city &&
        p.review === 'accept' &&
        p.kind === 'individual' &&
        !p.dups.length &&
        !p.key &&
        p.lead !== me &&
        p.submitAt < dayStart(s.closes) + 86_400_000 &&
        p.submitAt > dayStart(s.opens) - 50 * 86_400_000,
    );
    if (earlier) Object.assign(set(earlier), { lead: me, byOffice: false });
  }
  // Earlier sessions had their key proposals too.
  for (const s of city.sessions.slice(0, -1)) {
    const pool = all.filter(
      (p) =>
        p.org === city &&
        p.review === 'accept' &&
        p.kind !== 'collective' &&
        !p.key &&
        p.submitAt < dayStart(s.closes) + 86_400_000 &&
        p.submitAt > dayStart(s.opens) - 50 * 86_400_000,
    );
    for (let i = 0; i < 2 && pool.length; i++) pool.splice(rnd.int(0, pool.length - 1), 1)[0]!.key = 'approve';
  }
}
