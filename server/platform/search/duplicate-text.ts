// A proposal (or opinion) taken apart for the likely-duplicate comparison: its title, its
// reasons and its concrete asks one by one, the figures it cites and the places and named
// bodies it names. Parsing cuts the text with jieba once per part and does not depend on
// the collection, so a parsed text can be kept and compared again under other statistics.
import { cutTagged, cutWords, termsOfWords } from './tokenizer.js';

/** A text in the standard paper form: 案由 (title), 理由 (reasons), 办法与建议 (suggestions). */
export interface StructuredText {
  title: string;
  reasons?: string;
  suggestions: string;
}

/** word -> count, or character pair (two UTF-16 units packed in 32 bits) -> count */
export type Counts<K = string> = Map<K, number>;

export interface Figure {
  /** As written, e.g. "3.2万" or "31864". */
  text: string;
  /** Its value, 万/亿/千 scaled. */
  value: number;
}

export interface Ask {
  text: string;
  words: Counts;
  /** Character pairs: a reworded ask keeps many of them when jieba cuts its words differently. */
  chars: Counts<number>;
}

export interface ParsedText {
  title: string;
  titleWords: Counts;
  titleChars: Counts<number>;
  asks: Ask[];
  /** Figures of the suggestions (the asks' own figures), for the comparison. */
  askFigures: Figure[];
  /** Figures of the whole text, for the reasons shown. */
  figures: Figure[];
  /** The parts as given, for what is worked out only when needed (names). */
  parts: string[];
}

/** The words of a title that say "a proposal about…" and nothing about which one. */
const GENERIC_TITLE = /关于|的建议|的提案|建议|提案|进一步|加快|推进|推动|加强|切实|着力|完善|强化/g;

export function countOf<K>(items: Iterable<K>): Counts<K> {
  const c: Counts<K> = new Map();
  for (const t of items) c.set(t, (c.get(t) ?? 0) + 1);
  return c;
}

/** Character pairs of the Han, Latin and digit runs, each as two UTF-16 units packed in a number. */
export function charPairs(text: string): number[] {
  const out: number[] = [];
  for (const run of text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{Script=Han}a-z0-9]+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(((run.charCodeAt(i) << 16) | run.charCodeAt(i + 1)) >>> 0);
  }
  return out;
}

const NUMERAL = '一二三四五六七八九十';
/**
 * Where a new ask begins: a line, "；", "一是", "（一）", "一、" or "1." / "1、" (not the "2." of
 * "2.31平方米", nor a digit inside a number).
 */
const ASK_BREAK = new RegExp(
  `\\n|[；;]|(?=[${NUMERAL}]是)|(?=[(（][${NUMERAL}\\d]+[)）])|(?<!\\d)(?=\\d+[.、．](?!\\d))|(?=[${NUMERAL}]+、)`,
);
/** The numbering an ask begins with ("一、", "（二）", "3.", "四是"), and only that: "三年内…" keeps its 三. */
const ASK_MARK = new RegExp(`^\\s*(?:[(（][${NUMERAL}\\d]+[)）]|[${NUMERAL}]+[、是]|\\d+[.、．](?!\\d))\\s*`);

/** The suggestions, one ask a piece (the whole text when it has no parts of six characters or more). */
export function splitAsks(suggestions: string): string[] {
  const parts = suggestions
    .split(ASK_BREAK)
    .map((x) => x.replace(ASK_MARK, '').trim())
    .filter((x) => x.length >= 6);
  const whole = suggestions.trim();
  return parts.length ? parts : whole ? [whole] : [];
}

const SCALE: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

/**
 * Figures worth comparing: amounts, counts, shares. Years (a bare 1900–2100 or one followed by
 * 年) and small bare counts under 10 ("两场", "7天") coincide too easily to say anything.
 */
export function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  const re = /(\d+(?:\.\d+)?)\s*(万|亿|千)?(%|年)?/g;
  for (let m = re.exec(text.normalize('NFKC').replace(/(\d),(?=\d{3})/g, '$1')); m; m = re.exec(m.input)) {
    const n = Number(m[1]);
    if (m[3] === '年' || (!m[2] && Number.isInteger(n) && n >= 1900 && n <= 2100)) continue;
    if (!m[2] && !m[3] && !m[1]!.includes('.') && n < 10) continue;
    out.push({ text: m[0].trim(), value: n * (m[2] ? SCALE[m[2]]! : 1) });
  }
  return out;
}

/** Two figures agree when within 6 % of each other (a rounded or slightly updated figure). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.06 * Math.max(Math.abs(a), Math.abs(b));
}

/** Words that end a place or body's name. */
const NAME_END =
  /(?:省|市|区|县|镇|乡|村|街道|社区|河|江|湖|山|路|街|巷|桥|港|医院|卫生院|小学|中学|幼儿园|大学|学院|学校|公园|广场|馆|局|厅|委员会|中心|站|集团|公司|银行)$/u;
/** A one-character place word joined to a name jieba does not know: 清源|区, 青石|巷. */
const PLACE_CHAR = /^(?:区|县|镇|乡|村|河|湖|山|路|街|巷|桥|港)$/u;
/** Tags a name's words may carry: nouns, places, bodies, other proper nouns, and unknown words. */
const NAME_PART = /^(?:n|ns|nt|nz|ng|vn|x|j|zg)$/;
/** Tags that make a span a name rather than a common noun phrase ("热门学校", "居住区"). */
const PROPER = /^(?:ns|nt|nz|x|j|zg)$/;

/** A name does not begin with a word of grammar or a count ("据市体育局", "每所学校", "一是农村"). */
const NOT_FIRST = /^[由据年每各全我本该其一二三四五六七八九十两几部的在对从向等和与及是]/u;
/** Common nouns jieba takes for names. */
const COMMON = new Set(
  '中小学 中小学校 周边城市 新建小区 城市社区 老城区 卫生院 城中村 县医院 卫生学校 新建住宅小区 配建社区 商业中心 加油站 产业园区 新建片区 候客区 山区村 文明城市 空壳村 大中城市 机耕路 山区乡镇 家长学校'.split(
    ' ',
  ),
);

type Tagged = { word: string; tag: string };

/**
 * Places and named bodies (江北新区, 东湖小学, 清源区, 白沙河): the shortest span of up to three
 * words, as jieba cuts and tags them, that ends in a place or body word, holds a proper noun
 * (or is a one-character place word after a name), and is 3–10 Han characters long.
 */
export function namesOf(words: readonly Tagged[], out = new Set<string>()): Set<string> {
  for (let i = 0; i < words.length; i++) {
    if (!NAME_END.test(words[i]!.word)) continue;
    let name = '',
      proper = false;
    for (let j = i; j >= 0 && j > i - 3; j--) {
      const { word, tag } = words[j]!;
      if (!/^\p{Script=Han}+$/u.test(word) || (j < i && !NAME_PART.test(tag))) break;
      name = word + name;
      // The end word counts as a name by itself only when long enough (凤凰山, 桐溪县), not 新区.
      proper ||= j === i ? PROPER.test(tag) && word.length >= 3 : PROPER.test(tag) || PLACE_CHAR.test(words[i]!.word);
      if (proper && name.length >= 3 && name.length <= 10) {
        if (!NOT_FIRST.test(name) && !COMMON.has(name)) out.add(name);
        break;
      }
    }
  }
  return out;
}

const names = new WeakMap<ParsedText, Set<string>>();

/**
 * Places and named bodies of a parsed text (清源区, 东湖小学…), for the reasons shown: worked
 * out on first asking (tagging costs more than cutting) and kept with the text.
 */
export function namesIn(p: ParsedText): Set<string> {
  let out = names.get(p);
  if (!out) {
    out = new Set<string>();
    for (const part of p.parts) namesOf(cutTagged(part), out);
    names.set(p, out);
  }
  return out;
}

/**
 * Cuts the title and each ask once (jieba is the costly step). The reasons are not cut: what
 * they add to the comparison is in the whole-text cosine, which the similarity index gives.
 */
export function parseText(t: StructuredText): ParsedText {
  const title = t.title.trim();
  const reasons = t.reasons ?? '';
  const cut = (text: string) => termsOfWords(cutWords(text));
  const asks = splitAsks(t.suggestions).map((text) => ({ text, terms: cut(text) }));
  const bareTitle = title.replace(GENERIC_TITLE, '');
  return {
    title,
    titleWords: countOf(termsOfWords(cutWords(bareTitle))),
    titleChars: countOf(charPairs(bareTitle)),
    asks: asks.map((a) => ({ text: a.text, words: countOf(a.terms), chars: countOf(charPairs(a.text)) })),
    askFigures: asks.flatMap((a) => figuresOf(a.text)),
    figures: [...figuresOf(title), ...figuresOf(reasons), ...asks.flatMap((a) => figuresOf(a.text))],
    parts: [title, reasons, t.suggestions],
  };
}
