// Opinions for the scale bench only (never for the labelled set): composed from fragments —
// a place, a problem and an ask of one of the subjects, a complaint or a plea around them —
// with a seeded generator, so the same seed gives the same 100 000 texts. Many share a
// subject and an ask (near-duplicates), as an activity week's opinions do.

const PLACES = [
  '青石巷',
  '鼓楼街',
  '幸福里小区',
  '阳光花园',
  '东湖小学',
  '江北新区',
  '高新区',
  '白沙县',
  '云岭县',
  '桐溪县',
  '临江路',
  '凤凰山公园',
  '市人民医院',
  '石门村',
  '港区',
  '老城片区',
  '清溪河',
  '科技大道',
  '创新路',
  '滨江公园',
];
/** Subjects: [what is wrong, what to do][] — each ask a concrete remedy. */
const SUBJECTS: [string, string[]][] = [
  ['路灯坏了好久，晚上很黑', ['尽快修好路灯', '更换损坏的路灯', '增加路灯照明']],
  ['路面坑坑洼洼，下雨积水', ['重新铺设路面', '修补坑洼路面', '改造排水管道']],
  ['停车特别难，车位不够', ['增建停车位', '建设立体停车库', '夜间开放单位停车场']],
  ['公交班次太少，等车太久', ['加密公交班次', '延长末班车时间', '增设公交线路']],
  ['垃圾桶总是满溢，臭味很大', ['增加垃圾清运次数', '增设垃圾分类投放点', '延长垃圾投放时间']],
  ['没有电动车充电桩，只能飞线充电', ['增建充电桩', '清理楼道充电', '规范充电收费']],
  ['老人多，吃饭不方便', ['开设老年助餐点', '给老人就餐补贴', '提供送餐上门服务']],
  ['老楼没有电梯，上下楼难', ['加装电梯', '给加装电梯补贴', '加强电梯维保']],
  ['广场舞音响太吵', ['限制音量和时段', '划定跳舞区域', '加强噪音执法']],
  ['孩子放学没人接', ['延长课后服务时间', '设置家长接送区', '公开课后服务收费']],
  ['看病排队时间长', ['增加专家号源', '增加自助缴费机', '周末开设门诊']],
  ['自来水经常停', ['保障正常供水', '定期检测水质', '建设蓄水池']],
];
const OPENERS = ['', '', '我们', '我家住在', '反映一下，', '作为居民，', '说个事，'];
const PLEAS = ['建议', '希望', '请', '能不能', '强烈建议', '麻烦有关部门'];
const CLOSERS = ['', '', '。', '，谢谢！', '，大家都盼着呢。', '，拖了很久了。', '！'];

/** Mulberry32: a small seeded generator, so a run is repeatable. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function scaleOpinions(n: number, seed = 15): { title: string; body: string }[] {
  const r = generator(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: { title: string; body: string }[] = [];
  for (let i = 0; i < n; i++) {
    const place = pick(PLACES);
    const [problem, asks] = pick(SUBJECTS);
    const ask = pick(asks);
    const body = `${pick(OPENERS)}${place}${problem}，${pick(PLEAS)}${ask}${pick(CLOSERS)}`;
    out.push({ title: r() < 0.3 ? `${place}${ask.slice(0, 4)}` : '', body });
  }
  return out;
}
