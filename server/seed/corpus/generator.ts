// Generates realistic, varied proposal texts from the topic fragments, deterministically
// for a given random source: the demo organisation and the benchmark's province both use
// it. `reword()` makes the kind of reworded duplicate a second member writes on the same
// subject: sentences reordered, synonyms swapped, a different title.
import { REASON_DATA, REASON_OPENINGS, SUGGESTION_CLOSINGS, TITLE_VERBS, TOPICS, type Topic } from './topics.js';

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
}

export interface GeneratedProposal {
  topic: string;
  title: string;
  reasons: string;
  suggestions: string;
  category: string;
  theme: string | null;
  units: string[];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七'];

function sample<T>(rnd: Rng, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rnd.next() * copy.length), 1)[0]!);
  return out;
}

function fill(template: string, rnd: Rng, subject: string): string {
  return template
    .replace('{subject}', subject)
    .replace('{n}', String(rnd.int(120, 9800)))
    .replace('{p}', String(rnd.int(12, 78)));
}

/** A place name or group to make otherwise similar proposals differ, as real ones do. */
const PLACES = [
  '清源区',
  '白沙县',
  '云岭县',
  '老城片区',
  '高新区',
  '江北新区',
  '沿江街道',
  '东湖街道',
  '城南片区',
  '港区',
];

export function generateProposal(rnd: Rng, topic: Topic = rnd.pick(TOPICS)): GeneratedProposal {
  const subject = rnd.pick(topic.subjects);
  const local = rnd.next() < 0.35 ? rnd.pick(PLACES) : '';
  const verb = rnd.pick(TITLE_VERBS);
  const title = `${verb}${local}${subject}${verb.endsWith('做好') ? '工作' : ''}的建议`;
  const problems = sample(rnd, topic.problems, rnd.int(2, Math.min(4, topic.problems.length)));
  const reasons = [
    fill(rnd.pick(REASON_OPENINGS), rnd, subject),
    ...problems.map((p, i) => `${i === 0 ? '一是' : i === 1 ? '二是' : i === 2 ? '三是' : '四是'}${p}。`),
    fill(rnd.pick(REASON_DATA), rnd, subject),
  ].join('');
  const picked = sample(rnd, topic.suggestions, rnd.int(2, Math.min(4, topic.suggestions.length)));
  if (rnd.next() < 0.6) picked.push(rnd.pick(SUGGESTION_CLOSINGS).replace(/^建议/, ''));
  const suggestions = picked.map((s, i) => `${NUMERALS[i]}、${s.replace(/。$/, '')}。`).join('\n');
  return {
    topic: topic.key,
    title,
    reasons,
    suggestions,
    category: topic.category,
    theme: topic.theme,
    units: topic.units,
  };
}

/** Words a second proposer would use instead (both directions). */
const SWAPS: [string, string][] = [
  ['老旧小区', '老小区'],
  ['加装', '增设'],
  ['停车难', '车位紧张'],
  ['停车位', '车位'],
  ['老年人', '老人'],
  ['养老服务', '为老服务'],
  ['课后服务', '课后托管'],
  ['中小企业', '小微企业'],
  ['融资难', '贷款难'],
  ['垃圾分类', '生活垃圾分类'],
  ['公交', '公共交通'],
  ['非遗', '非物质文化遗产'],
  ['充电桩', '充电设施'],
  ['农村', '乡村'],
  ['补贴', '补助'],
  ['简化', '精简'],
  ['群众', '老百姓'],
  ['十分', '非常'],
  ['亟需', '急需'],
  ['加大', '增加'],
  ['明显', '突出'],
  ['不足', '不够'],
  ['推动', '促进'],
];

function swapWords(text: string, rnd: Rng): string {
  let out = text;
  for (const [a, b] of SWAPS) {
    if (rnd.next() < 0.7) out = out.includes(a) ? out.split(a).join(b) : out.split(b).join(a);
  }
  return out;
}

function shuffle<T>(rnd: Rng, list: T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The same proposal as another member would write it. */
export function reword(
  p: Pick<GeneratedProposal, 'title' | 'reasons' | 'suggestions'>,
  rnd: Rng,
): { title: string; reasons: string; suggestions: string } {
  const sentences = p.reasons
    .split(/(?<=。)/)
    .filter(Boolean)
    .map((s) => s.replace(/^[一二三四]是/, ''));
  const reasons = shuffle(rnd, sentences)
    .map((s, i) => (i === 1 && rnd.next() < 0.5 ? `此外，${s}` : s))
    .join('');
  const items = p.suggestions.split('\n').map((s) => s.replace(/^[一二三四五六七]、/, ''));
  const suggestions = shuffle(rnd, items)
    .map((s, i) => `${i + 1}.${s}`)
    .join('\n');
  const title = p.title
    .replace(/^关于(加快推进|进一步推进|切实做好|着力推进)?/, rnd.pick(['对', '关于', '就']))
    .replace(/的建议$/, rnd.pick(['的几点建议', '问题的提案', '的意见建议']));
  return { title: swapWords(title, rnd), reasons: swapWords(reasons, rnd), suggestions: swapWords(suggestions, rnd) };
}

/** A formal reply letter for a handled proposal, by result class. */
export function generateReply(
  rnd: Rng,
  p: Pick<GeneratedProposal, 'title'>,
  unitName: string,
  resultClass: 'A' | 'B' | 'C' | 'D',
): string {
  const opening = `您提出的${p.title.replace(/的建议$/, '')}的提案收悉。${unitName}高度重视，经认真研究，现答复如下：`;
  const body: Record<typeof resultClass, string[]> = {
    A: [
      '您提出的建议已全部采纳，相关措施已于今年落实到位。',
      '我们已会同有关部门出台专项实施方案，并纳入年度重点工作。',
    ],
    B: ['您提出的建议正在逐步落实，目前已完成前期调研和方案制定。', '下一步我们将加快推进，力争年内取得阶段性成效。'],
    C: [
      '您提出的建议很有价值，我们已列入明年工作计划。',
      '受资金和用地条件限制，目前暂不具备全面实施条件，将分步推进。',
    ],
    D: ['您提出的建议涉及面较广，目前尚不具备实施条件。', '我们将作为今后工作的重要参考，持续关注并适时研究。'],
  };
  return [
    opening,
    ...body[resultClass],
    `感谢您对${unitName.replace(/^江临市/, '')}工作的关心和支持，欢迎继续提出宝贵意见。`,
  ].join('');
}
