// The shapes of the hand-labelled similarity set (see README.md): originals are proposals
// already on file; each query is a new proposal labelled against one original (or none).

/** The subjects the originals cover, with the name a proposal committee files them under. */
export const SUBJECTS = {
  education: '基础教育',
  elderly: '养老服务',
  childcare: '托育与学前教育',
  health: '医疗卫生',
  transport: '交通出行',
  renewal: '城市更新',
  rural: '乡村振兴',
  environment: '生态环境',
  tourism: '文化旅游',
  business: '营商环境',
  employment: '就业创业',
  food: '食品安全',
  housing: '住房保障',
  digital: '数字政府',
  water: '水利与供水',
  emergency: '应急管理',
  sports: '全民健身',
  community: '社区治理',
  citymgmt: '城市管理',
  culture: '公共文化',
} as const;

export type Subject = keyof typeof SUBJECTS;

/** A proposal in the standard paper form: 案由 (title), 理由 (reasons), 办法与建议 (suggestions). */
export interface LabelledText {
  id: string;
  title: string;
  reasons: string;
  suggestions: string;
}

export interface Original extends LabelledText {
  subject: Subject;
}

/**
 * - `duplicate`: the same proposal again (same concrete asks), written by another hand: it
 *   should be merged with the original (并案) or not filed again (重复提案).
 * - `related`: the same subject as the original, different concrete asks: a proposal of its own.
 * - `unrelated`: a subject none of the originals is about (`of` is null).
 */
export type Label = 'duplicate' | 'related' | 'unrelated';

/** `fit`: may be used to choose thresholds and weights; `measure`: only measured. */
export type Split = 'fit' | 'measure';

export interface Query extends LabelledText {
  /** A key of SUBJECTS for duplicates and related queries; its own subject for unrelated ones. */
  subject: string;
  label: Label;
  /** The original it repeats or shares its subject with; null for `unrelated`. */
  of: string | null;
  split: Split;
  /** How it was written against the original, in one line. */
  note: string;
}

/** The data file of one subject: its originals and the queries written against them. */
export interface SubjectSet {
  originals: Original[];
  queries: Query[];
}
