// The full-text tokens of 2026-11-29, frozen for migration 202611292300_bench_indexes, which
// indexes existing proposals again: jieba's search-engine cut of the NFKC-folded, lower-cased
// text, with the domain's compound words taught to jieba (platform/search/lexicon.ts of that
// day), each distinct token joined to its scope. The app's tokenizer may change later; what
// this migration wrote must not.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

const DOMAIN_WORDS =
  `老旧小区 老小区 旧小区 老旧住宅小区 老旧社区 加装 增设 安装 加建 电梯 升降梯 垂直电梯 停车难 停车位不足
车位紧张 停车紧张 停车位 车位 泊位 停车泊位 养老 养老服务 为老服务 老年人 老人 长者 老年群体 居家养老 社区养老 居家社区养老
学生 中小学生 在校生 课后服务 课后托管 放学后托管 校内托管 幼儿园 托幼机构 托育 婴幼儿照护 托育服务 医保 医疗保险 基本医疗保险
看病难 就医难 家庭医生 家庭医生签约 乡村 农村 农民 农户 乡村振兴 农村振兴 营商环境 经营环境 投资环境 中小企业 小微企业 中小微企业
融资难 贷款难 融资贵 垃圾分类 生活垃圾分类 污水 生活污水 废水 黑臭水体 黑臭河道 公交 公共交通 公交车 交通拥堵 道路拥堵 堵车 非遗
非物质文化遗产 文旅 文化旅游 文旅融合 数字化 信息化 数智化 智慧城市 数字城市 充电桩 充电设施 充电站 新能源汽车 电动汽车 新能源车
背街小巷 小街小巷 菜市场 农贸市场 残疾人 残障人士 外卖骑手 快递员 新就业形态劳动者 补贴 补助 资助 审批 报批 审核 简化 精简 优化
繁琐 烦琐 复杂 邻里矛盾 邻里纠纷 群众 老百姓 市民 机动车 汽车 小汽车 私家车 夜间 晚上 占用 挤占 侵占 闲置 空置 空着 缓解 解决
破解 推广 推行 施划 划设 普查 摸排 摸底 摸清底数 住建部门 住建局 住房城乡建设部门 一窗受理 一个窗口受理 一窗通办 不足 不够 短缺
困难 吃力`.split(/\s+/);

/** Joins a word to its scope (a private-use character no typed query holds). */
export const SCOPE_MARK = '\uE000';

let jieba: Jieba | null = null;
function cutter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(DOMAIN_WORDS.map((w) => `${w} 200000 n`).join('\n')));
  }
  return jieba;
}

const WORD = /[\p{L}\p{N}]/u;

/** What the index stored for a document: its distinct search tokens, in its scope. */
export function documentTokens(text: string, scope: number): string[] {
  const tokens = cutter()
    .cutForSearch(text.normalize('NFKC').toLowerCase(), true)
    .map((t) => t.trim())
    .filter((t) => t && WORD.test(t));
  return [...new Set(tokens)].map((t) => `${t}${SCOPE_MARK}${scope}`);
}
