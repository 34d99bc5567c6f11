// Many varied proposal texts from the sentences of proposal-texts.ts, deterministic for a
// seed: each document takes a subject, a sample of its sentences in some order, a place,
// figures, sometimes a sentence from another subject and a stock closing. `reword` writes
// the same document again the way a second member would. For tests and benchmarks only.
import { prng } from '../seed/demo.js';
import { PROPOSAL_TEXTS, type ProposalText } from './proposal-texts.js';

export type Rng = ReturnType<typeof prng>;

/** The demo seeder's deterministic generator (mulberry32). */
export function createRng(seed: number): Rng {
  return prng(seed);
}

const PLACES = [
  '清河区',
  '望江区',
  '北湖新区',
  '石门县',
  '桃源县',
  '凤鸣镇',
  '柳营街道',
  '南塘街道',
  '临港片区',
  '高铁新城',
  '东郊片区',
  '金沙街道',
  '青石镇',
  '白鹭洲',
  '西山县',
  '双桥镇',
  '梅溪街道',
  '城北片区',
  '经开区',
  '滨江街道',
  '龙泉镇',
  '丰乐乡',
  '新华街道',
  '枫林社区',
  '大观区',
  '平湖县',
  '云溪镇',
  '长岭乡',
  '古城片区',
  '文昌街道',
];
const DATA = [
  '据统计，{place}去年相关投诉达到{n}件，同比上升百分之{p}。',
  '在{place}的抽样调查中，百分之{p}的受访群众认为这一问题亟待解决。',
  '委员们在{place}走访了{n}户居民，普遍反映问题突出。',
  '{place}目前涉及的群众约{n}人，覆盖面较广。',
  '市政协相关专委会曾组织调研，{place}的情况尤为典型。',
];
const CLOSINGS = [
  '建立定期评估机制，每年向社会公布进展情况。',
  '将落实情况纳入相关部门年度绩效考核。',
  '加强宣传引导，营造全社会共同参与的良好氛围。',
  '加大财政投入力度，设立专项资金予以保障。',
  '总结推广先进地区的经验做法，分步骤实施。',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** Words a second member might write instead: some fold to one term in the lexicon, some do not. */
const SWAPS: [string, string][] = [
  ['老旧小区', '老小区'],
  ['加装', '增设'],
  ['停车难', '车位紧张'],
  ['停车位', '车位'],
  ['老年人', '老人'],
  ['补贴', '补助'],
  ['课后服务', '课后托管'],
  ['中小企业', '小微企业'],
  ['融资难', '贷款难'],
  ['公交', '公共交通'],
  ['非遗', '非物质文化遗产'],
  ['充电桩', '充电设施'],
  ['农村', '乡村'],
  ['简化', '精简'],
  ['审批', '报批'],
  ['农贸市场', '菜市场'],
  ['十分', '非常'],
  ['困难', '吃力'],
  ['不足', '不够'],
  ['普遍', '大多'],
  ['群众', '老百姓'],
  ['建立', '建起'],
  ['严重', '突出'],
];

export interface GeneratedText {
  topic: string;
  title: string;
  /** Sentences of the reasons and the suggestion items, in order; the text is their concatenation. */
  parts: string[];
}

export function textOf(g: Pick<GeneratedText, 'title' | 'parts'>): string {
  return `${g.title}\n${g.parts.join('')}`;
}

function sentencesOf(t: ProposalText): { reasons: string[]; items: string[] } {
  return {
    reasons: t.reasons.split(/(?<=。)/).filter(Boolean),
    items: t.suggestions
      .split(/[一二三四五六]、/)
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
const SENTENCES = PROPOSAL_TEXTS.map(sentencesOf);

function sample<T>(rnd: Rng, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rnd.next() * copy.length), 1)[0]!);
  return out;
}

function shuffle<T>(rnd: Rng, list: readonly T[]): T[] {
  return sample(rnd, list, list.length);
}

function fill(template: string, rnd: Rng, place: string): string {
  return template
    .replace('{place}', place)
    .replace('{n}', String(rnd.int(30, 9800)))
    .replace('{p}', String(rnd.int(12, 88)));
}

export function generateText(rnd: Rng, topic = rnd.int(0, PROPOSAL_TEXTS.length - 1)): GeneratedText {
  const t = PROPOSAL_TEXTS[topic]!;
  const s = SENTENCES[topic]!;
  const place = rnd.pick(PLACES);
  const core = t.title.replace(/^关于/, '').replace(/的建议$/, '');
  const title = `关于${rnd.next() < 0.4 ? place : ''}${core}${rnd.pick(['的建议', '的提案', '的几点建议'])}`;
  const reasons = sample(rnd, s.reasons, rnd.int(Math.min(3, s.reasons.length), s.reasons.length));
  for (let i = rnd.int(1, 2); i > 0; i--)
    reasons.splice(rnd.int(0, reasons.length), 0, fill(rnd.pick(DATA), rnd, place));
  if (rnd.next() < 0.4) reasons.push(rnd.pick(SENTENCES[rnd.int(0, SENTENCES.length - 1)]!.reasons));
  const items = sample(rnd, s.items, rnd.int(3, s.items.length));
  if (rnd.next() < 0.6) items.push(rnd.pick(CLOSINGS));
  const numbered = items.map((x, i) => `${NUMERALS[i]}、${x}`);
  return { topic: t.key, title, parts: [...reasons, ...numbered] };
}

function swapWords(text: string, rnd: Rng): string {
  let out = text;
  for (const [a, b] of SWAPS) {
    if (rnd.next() < 0.7) out = out.includes(a) ? out.split(a).join(b) : out.split(b).join(a);
  }
  return out;
}

/** The same document as another member would write it: sentences reordered, words swapped, another title. */
export function reword(g: GeneratedText, rnd: Rng): GeneratedText {
  const reasons = g.parts.filter((p) => !/^[一二三四五六]、/.test(p));
  const items = g.parts.filter((p) => /^[一二三四五六]、/.test(p)).map((p) => p.slice(2));
  const title = g.title
    .replace(/^关于/, rnd.pick(['关于', '对', '就']))
    .replace(/(的建议|的提案|的几点建议)$/, rnd.pick(['问题的建议', '的意见建议', '的提案']));
  const parts = [
    ...shuffle(rnd, reasons).map((x) => swapWords(x, rnd)),
    ...shuffle(rnd, items).map((x, i) => `${i + 1}.${swapWords(x, rnd)}`),
  ];
  return { topic: g.topic, title: swapWords(title, rnd), parts };
}
