// What an opinion asks to be done, read apart from what it is about. Two opinions on the same
// place or service share its rare words ("12路", "青石巷") and so look alike to every lexical
// feature, whatever they ask: "12路末班车延后" and "12路加密班次". The remedy is read from the
// ask clause (after 建议/希望/请/能不能…): the kind of action it names (add, extend, repair…,
// from a small lexicon of remedy verbs) and the words it names beside them (the object). A pair
// is then described by whether the actions agree and whether either's remedy words are found in
// the other's text: paraphrases of one ask keep the object ("停车位", "电梯") even when their
// verbs differ, a different ask on the same subject names another object.
import type { Vec } from './duplicate-features.js';
import type { OpinionText } from './opinion-text.js';

/**
 * Kinds of remedy and the verbs that name them, as residents write them. Written for civic
 * opinions in general (not from the labelled set's asks): building or adding, extending hours,
 * repairing, cleaning, regulating, lowering a cost, cancelling, disclosing, raising a benefit,
 * opening a service, inspecting, adjusting.
 */
const ACTIONS: readonly (readonly [string, RegExp])[] = [
  [
    'add',
    /增设|增建|新建|加装|安装|配建|配备|设置|设立|开设|开辟|划定|修建|扩建|建设|增加|增开|加开|多开|多建|多装|多设|多放|添置|装个|建个|搭建|划出|划个|划一|划块|划线|搞个|办个|弄个/gu,
  ],
  ['extend', /延长|延后|推迟|延时|顺延/gu],
  ['repair', /维修|修复|修好|修缮|翻新|改造|更换|保养|维护/gu],
  ['clean', /清理|清运|清除|清扫|疏通|拆除/gu],
  ['regulate', /整治|治理|规范|查处|处罚|监管|取缔|禁止|限制|限定|管理|管一管|管起来/gu],
  ['lower', /降低|降价|减免|减少|补贴|免费|优惠/gu],
  ['cancel', /取消|撤销|停止|叫停/gu],
  ['disclose', /公开|公示/gu],
  ['raise', /提高|上调|提升/gu],
  ['open', /开通|开放|开诊|上线|办理/gu],
  ['inspect', /检测|排查|检查|监测|督促|督查/gu],
  ['adjust', /调整|优化|调整为/gu],
];

/** Where the ask clause begins (as opinion-text.ts's cue), and the words of pleading around it. */
const CUE = /建议|希望|请求|恳请|请|能不能|能否|可否|求|呼吁|要求|麻烦|盼|应该|应当|必须|赶紧|尽快/gu;
/** Characters that say nothing about what is asked: grammar, counts, pleading, who should act. */
const FILLER = new Set(
  '的了着过把被给让将对在从向和与及或也都就还再又很太更最吧呢啊吗呀嘛一二三四五六七八九十几个些点下次回趟位处条家里上中内外其这那我你他她们有关部门政府相关单位尽快早日及时进一步加强加大力度帮助帮忙支持解决问题方便能够可以要想办法'.split(
    '',
  ),
);

export interface Remedy {
  /** The kinds of action named in the ask clause. */
  actions: ReadonlySet<string>;
  /** The other characters of the ask clause (its object and how), code points, no filler. */
  words: readonly number[];
}

/** The ask clause: from the first cue to the end of that sentence; none without a cue. */
function askClause(t: OpinionText): string {
  const body = t.body.normalize('NFKC');
  const at = body.search(CUE);
  if (at < 0) return '';
  const rest = body.slice(at);
  const end = rest.search(/[。！？!?；;\n]/u);
  return end < 0 ? rest : rest.slice(0, end);
}

export function remedyOf(t: OpinionText): Remedy {
  let clause = askClause(t).replace(CUE, ' ');
  const actions = new Set<string>();
  for (const [kind, verbs] of ACTIONS) {
    clause = clause.replace(verbs, () => {
      actions.add(kind);
      return ' ';
    });
  }
  const words = new Set<number>();
  for (const c of clause.toLowerCase())
    if (/[\p{Script=Han}a-z0-9]/u.test(c) && !FILLER.has(c)) words.add(c.codePointAt(0)!);
  return { actions, words: [...words] };
}

/** Whether a sorted key array holds `k`. */
function holds(keys: Uint32Array, k: number): boolean {
  let lo = 0,
    hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] === k) return true;
    if (keys[mid]! < k) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Unknown: one side names no action, or no remedy words; the fit reads it as neither. */
const UNKNOWN = 0.5;

/**
 * The remedy features of a pair: `remedyActions`, the share of action kinds in common (Jaccard);
 * `remedyWords`, the smaller of the two directions of the share (by the characters' idf) of one
 * side's remedy words that the other's text holds anywhere. `chars` are the texts' character
 * vectors (code points as keys, sorted).
 */
export function remedyFeatures(
  a: Remedy,
  b: Remedy,
  aChars: Vec,
  bChars: Vec,
  charIdf: (c: number) => number,
): [number, number] {
  let actions = UNKNOWN;
  if (a.actions.size && b.actions.size) {
    let common = 0;
    for (const k of a.actions) if (b.actions.has(k)) common++;
    actions = common / (a.actions.size + b.actions.size - common);
  }
  const covered = (r: Remedy, other: Vec): number => {
    let all = 0,
      found = 0;
    for (const c of r.words) {
      const w = charIdf(c);
      all += w;
      if (holds(other.keys, c)) found += w;
    }
    return all > 0 ? found / all : -1;
  };
  const there = covered(a, bChars),
    back = covered(b, aChars);
  // The smaller direction: a paraphrase's remedy words are in the other text both ways, while a
  // different ask on the same subject names an object the other text lacks on at least one side.
  const words = there < 0 ? (back < 0 ? UNKNOWN : back) : back < 0 ? there : Math.min(there, back);
  return [actions, words];
}
