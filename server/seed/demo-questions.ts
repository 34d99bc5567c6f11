// The demo's forum (政协论坛) with its live questions, run through the API during the forum:
// members ask from their phones and residents through the public link (solving its
// challenge), the office approves, turns one down, corrects a typo, folds a repeat into the
// first, puts questions on the screen and records the leaders' answers; one visitor's question
// is still waiting. Texts are written for the demo.
import { createHash } from 'node:crypto';
import { MINUTE } from '../platform/clock.js';
import type { Caller, Json } from './demo-driver.js';
import type { SeedRun } from './demo-run.js';

type Fate =
  | { approve: true; answer?: [by: string, text: string]; edit?: string }
  | { reject: string }
  | { mergeInto: number }
  | null;
interface DemoQuestion {
  /** A member's index among the askers, or a visitor's display name. */
  from: number | string;
  body: string;
  addressedTo?: string;
  anonymous?: boolean;
  fate: Fate;
}

const QUESTIONS: DemoQuestion[] = [
  {
    from: 0,
    body: '老街区改造后，原住居民的回迁比例能不能定一个底线，并在方案里写明？',
    addressedTo: '市住房和城乡建设局',
    fate: {
      approve: true,
      answer: [
        '市住建局 周副局长',
        '试点街区回迁比例不低于百分之六十，回迁安置方案将在街区公示栏和政府网站公示二十天。',
      ],
    },
  },
  {
    from: '巷口修车的老陈',
    body: '我们巷子的老水管年年冬天爆，改造能不能先把地下管网换掉，再弄外立面？',
    fate: {
      approve: true,
      answer: ['市城管局 刘局长', '今年先实施雨污分流和供水管网更新，外立面整治排在管网完工之后。'],
    },
  },
  {
    from: 1,
    body: '历史建筑修缮能否引入社会资本？怎样防止改成千篇一律的网红商业街？',
    anonymous: true,
    fate: {
      approve: true,
      answer: ['副市长 林晓', '社会资本以长期运营换投入，但业态清单由街区议事会参与审定，餐饮比例设上限。'],
    },
  },
  { from: 2, body: '回迁比例到底怎么保障？会不会最后大部分都货币补偿了？', fate: { mergeInto: 0 } },
  {
    from: '师范大学志愿者小林',
    body: '改造后的街区能不能给非遗手艺人留几间低租金的铺面？',
    addressedTo: '市文化广电旅游局',
    fate: { approve: true },
  },
  {
    from: '社区居民',
    body: '老街的石扳路改造时能不能保留原样，不要铺成柏油路？',
    fate: { approve: true, edit: '老街的石板路改造时能不能保留原样，不要铺成柏油路？' },
  },
  {
    from: 3,
    body: '建议把城西农贸市场的改造也一并纳入这次议题。',
    fate: { reject: '与本场论坛的老城区街区主题不同，已转交市商务局研究。' },
  },
  {
    from: 4,
    body: '街区停车难，能否错时开放周边机关、学校的停车场给居民夜间使用？',
    addressedTo: '市公安局交警支队',
    fate: { approve: true },
  },
  { from: '外地游客', body: '有没有计划做一个老街区的导览小程序，介绍每栋老房子的故事？', fate: null },
];

/** The challenge's work, as the browser does it (ADR 0019). */
function solve(challenge: string, bits: number): string {
  for (let i = 0; ; i++) {
    const d = createHash('sha256').update(`${challenge}:${i}`).digest();
    if (d.readUInt32BE(0) >>> (32 - bits) === 0) return String(i);
  }
}

/** Questions asked from `start` (the forum's start) a few minutes apart, moderated as they come. */
export function scheduleForumQuestions(
  run: SeedRun,
  forum: { id: () => number; start: number; askers: string[]; office: Caller },
): void {
  const { office } = forum;
  const ids: number[] = [];
  const path = (rest: string) => `/api/meetings/${forum.id()}${rest}`;
  let token = '';
  run.d.at(forum.start - 2 * 24 * 60 * MINUTE, async () => {
    token = ((await office.put(path('/question-board'), { publicEnabled: true })) as Json).publicToken;
  });
  QUESTIONS.forEach((q, i) =>
    run.d.at(forum.start + (12 + i * 7) * MINUTE, async () => {
      const ask = { body: q.body, addressedTo: q.addressedTo, anonymous: q.anonymous };
      if (typeof q.from === 'number') {
        ids[i] = ((await run.d.as(forum.askers[q.from]!).post(path('/questions'), ask)) as Json).id;
        return;
      }
      // A visitor's phone: the public link, its challenge, a name and no account.
      const pub = `/api/meeting-questions/public/${token}`;
      const c = (await office.get(`${pub}/challenge`)) as Json;
      const made = await office.post(pub, {
        ...ask,
        displayName: q.from,
        challenge: c.challenge,
        solution: solve(c.challenge, c.bits),
      });
      ids[i] = (made as Json).id;
    }),
  );
  QUESTIONS.forEach((q, i) =>
    run.d.at(forum.start + (15 + i * 7) * MINUTE, async () => {
      const f = q.fate;
      if (!f) return;
      const one = (rest: string) => path(`/questions/${ids[i]}${rest}`);
      if ('reject' in f) await office.post(one('/reject'), { reason: f.reject });
      else if ('mergeInto' in f) await office.post(one('/merge'), { intoId: ids[f.mergeInto] });
      else {
        if (f.edit) await office.put(one(''), { body: f.edit });
        await office.post(one('/approve'));
      }
    }),
  );
  // The answers, in the order the leaders took them, each on the screen while answered.
  QUESTIONS.forEach((q, i) => {
    const f = q.fate;
    if (!f || !('approve' in f) || !f.answer) return;
    run.d.at(forum.start + (80 + i * 12) * MINUTE, async () => {
      await office.put(path('/question-board/current'), { questionId: ids[i] });
      const [answeredBy, answer] = f.answer!;
      await office.post(path(`/questions/${ids[i]}/answer`), { answeredBy, answer });
    });
  });
}
