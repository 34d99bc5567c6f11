// Where a committee's own roster keeps its headings and what each column holds. Real files
// open with a title row ("江临市政协第十届委员名册", merged across the sheet), maybe a blank
// row or a line of who filled it in, then the headings, sometimes on two rows (a merged
// "联系方式" over "手机" and "办公电话"). The heading row is the one of the first rows that
// names most roster fields; each column is proposed a field by its heading (the template's
// own, a usual alias, a keyword in it) or, for a heading nobody could read, by its values.
// The office confirms or corrects the proposal; the import then reads the sheet with it.
import { maskIdNumber, maskPhone, toHalfWidth } from '../../../platform/crypto/personal-data.js';
import { partyFromLabel } from '../parties.js';
import { HEADING_ALIASES, HEADING_KEYWORDS, IGNORED_HEADINGS, UNSUPPORTED_HEADINGS } from './aliases.js';
import { COLUMNS, FIELD_LABEL, IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from './columns.js';
import { parseBirthDate, parseGender, splitWorkUnit } from './values.js';

/** How a column's field was found, best first; `ignored`, `unsupported`, `unknown` and `duplicate` import nothing. */
export type Match = 'exact' | 'alias' | 'keyword' | 'content' | 'duplicate' | 'ignored' | 'unsupported' | 'unknown';
const RANK: Match[] = ['exact', 'alias', 'keyword', 'content'];

export type WorkUnitTitle = 'whole' | 'split';

/** The first rows of a sheet as text, indexed by column number (1 = A). */
export interface HeadRow {
  row: number;
  cells: string[];
}

export interface LayoutColumn {
  column: number;
  letter: string;
  heading: string;
  /** The merged heading above it, for headings on two rows. */
  group: string | null;
  field: ImportField | null;
  match: Match;
  /** The heading word that decided a `keyword` match. */
  keyword: string | null;
  /** The first values below the headings, phone and ID numbers masked. */
  samples: string[];
  /** The samples as "工作单位及职务" split in two. */
  split: { unit: string; title: string }[];
}

export interface Layout {
  sheet: string;
  /** The (last) heading row; data starts below it. */
  headerRow: number;
  headingRows: 1 | 2;
  /** The template's own headings on row 1: imported without asking. */
  exact: boolean;
  columns: LayoutColumn[];
  workUnitTitle: WorkUnitTitle;
  /** Required fields no column was found for. */
  missing: ImportField[];
}

export interface ImportMapping {
  headerRow: number;
  columns: { column: number; field: ImportField }[];
  workUnitTitle: WorkUnitTitle;
}

/** Rows searched for the headings, and rows read for samples below them. */
export const HEADING_SEARCH_ROWS = 20;
export const SAMPLE_ROWS = 5;

export const normaliseHeading = (h: string) =>
  toHalfWidth(h)
    .replace(/[\s*＊]/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();

const TEMPLATE = new Map(COLUMNS.map((c) => [c.header, c.key]));
const ALIASES = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const a of HEADING_ALIASES[field]) ALIASES.set(normaliseHeading(a), field);
const IGNORED = new Set(IGNORED_HEADINGS.map(normaliseHeading));
const UNSUPPORTED = new Set(UNSUPPORTED_HEADINGS.map(normaliseHeading));

interface HeadingMatch {
  field: ImportField | null;
  match: Match;
  keyword: string | null;
}

export function matchHeading(heading: string): HeadingMatch {
  const h = normaliseHeading(heading);
  const none = (match: Match): HeadingMatch => ({ field: null, match, keyword: null });
  if (!h) return none('unknown');
  const template = TEMPLATE.get(h);
  if (template) return { field: template, match: 'exact', keyword: null };
  // "党派（团体）" is an alias as written; "手机号码（必填）" once its note in brackets is dropped.
  for (const candidate of [h, h.replace(/\([^)]*\)/g, '')]) {
    const alias = ALIASES.get(candidate);
    if (alias) return { field: alias, match: 'alias', keyword: null };
    if (IGNORED.has(candidate)) return none('ignored');
    if (UNSUPPORTED.has(candidate)) return none('unsupported');
  }
  const hit = HEADING_KEYWORDS.find(([word]) => h.includes(word));
  return hit ? { field: hit[1], match: 'keyword', keyword: hit[0] } : none('unknown');
}

export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const PHONE = /^\+?(86)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}$/;
const ID = /^\d{17}[\dXx]$/;
/** The 15-digit ID numbers issued before 1999. */
const OLD_ID = /^\d{15}$/;
/** Samples are shown on screen: anything that looks like a phone or ID number only masked. */
function shownSample(value: string, field: ImportField | null): string {
  const v = value.trim();
  if (field === 'idNumber' || ID.test(v) || OLD_ID.test(v)) return maskIdNumber(v);
  if (field === 'phone' || PHONE.test(v)) return maskPhone(v.replace(/[\s-]/g, ''));
  return v;
}

/** A field the values alone make plain, for a column whose heading says nothing. */
function fieldByContent(values: string[]): ImportField | null {
  if (!values.length) return null;
  const all = (test: (v: string) => boolean) => values.every(test);
  if (all((v) => ID.test(v.trim()))) return 'idNumber';
  if (all((v) => PHONE.test(v.trim()))) return 'phone';
  if (all((v) => parseGender(v) !== undefined)) return 'gender';
  if (all((v) => /^\S{1,6}族$/.test(v.trim()))) return 'ethnicity';
  if (all((v) => parseBirthDate(v) !== null)) return 'birthDate';
  if (all((v) => partyFromLabel(v) !== null)) return 'party';
  return null;
}

const recognised = (m: Match) => m !== 'unknown';
const names = (m: HeadingMatch) => m.field !== null;

/** Finds the headings among the first rows and proposes a field for every column; null when none is found. */
export function detectLayout(sheet: string, rows: HeadRow[]): Layout | null {
  let best: { row: HeadRow; score: number } | null = null;
  for (const row of rows) {
    if (row.row > HEADING_SEARCH_ROWS) break;
    const matches = row.cells.filter(Boolean).map(matchHeading);
    const fields = matches.filter(names).length;
    const score = fields + 0.5 * matches.filter((m) => !names(m) && recognised(m.match)).length;
    if (fields >= 2 && (!best || score > best.score)) best = { row, score };
  }
  if (!best) return null;
  const top = best.row;
  // A second heading row: the next row holds headings only (under a merged "联系方式", say).
  const next = rows.find((r) => r.row === top.row + 1);
  const nextCells = next?.cells.filter(Boolean) ?? [];
  const sub = nextCells.length && nextCells.every((c) => recognised(matchHeading(c).match)) ? next! : null;
  const headerRow = sub ? sub.row : top.row;
  const data = rows.filter((r) => r.row > headerRow && r.cells.some(Boolean)).slice(0, SAMPLE_ROWS);
  const width = Math.max(top.cells.length, sub?.cells.length ?? 0, ...data.map((r) => r.cells.length));

  const columns: LayoutColumn[] = [];
  let parent = '';
  for (let column = 1; column < width; column++) {
    const upper = top.cells[column] ?? '';
    const lower = sub?.cells[column] ?? '';
    if (upper) parent = upper;
    const heading = lower || upper;
    const values = data.map((r) => r.cells[column] ?? '').filter(Boolean);
    if (!heading && !values.length) continue;
    let found = matchHeading(heading);
    if (!found.field && found.match === 'unknown') {
      const guess = fieldByContent(values);
      if (guess) found = { field: guess, match: 'content', keyword: null };
    }
    columns.push({
      column,
      letter: columnLetter(column),
      heading,
      group: lower && parent && parent !== lower ? parent : null,
      ...found,
      samples: values.slice(0, 3).map((v) => shownSample(v, found.field)),
      split: values.slice(0, 3).map(splitWorkUnit),
    });
  }
  resolveClashes(columns);
  const mapped = new Set(columns.map((c) => c.field));
  const combined = columns.find((c) => c.field === 'workUnitAndTitle');
  return {
    sheet,
    headerRow,
    headingRows: sub ? 2 : 1,
    exact: headerRow === 1 && columns.every((c) => c.match === 'exact') && REQUIRED_FIELDS.every((f) => mapped.has(f)),
    columns,
    // Split when every sample splits into a unit and a title; the office may choose otherwise.
    workUnitTitle: combined && combined.split.every((s) => s.unit && s.title) ? 'split' : 'whole',
    missing: REQUIRED_FIELDS.filter((f) => !mapped.has(f)),
  };
}

/** One column per field: the best-found keeps it; separate unit and title columns win over a combined one. */
function resolveClashes(columns: LayoutColumn[]): void {
  const holder = new Map<ImportField, LayoutColumn>();
  for (const c of columns) {
    if (!c.field) continue;
    const held = holder.get(c.field);
    if (!held) holder.set(c.field, c);
    else {
      const loser = RANK.indexOf(c.match) < RANK.indexOf(held.match) ? held : c;
      if (loser === held) holder.set(c.field, c);
      loser.field = null;
      loser.match = 'duplicate';
    }
  }
  const combined = holder.get('workUnitAndTitle');
  if (combined && (holder.has('workUnit') || holder.has('jobTitle'))) {
    combined.field = null;
    combined.match = 'duplicate';
  }
}

export const mappingOf = (layout: Layout): ImportMapping => ({
  headerRow: layout.headerRow,
  columns: layout.columns.filter((c) => c.field).map((c) => ({ column: c.column, field: c.field! })),
  workUnitTitle: layout.workUnitTitle,
});

/** What is wrong with a mapping the office sent: fields twice, required fields missing. */
export function mappingProblems(mapping: ImportMapping): string[] {
  const problems: string[] = [];
  const seen = new Map<ImportField, number>();
  const columnSet = new Set<number>();
  for (const { column, field } of mapping.columns) {
    if (columnSet.has(column)) problems.push(`第 ${columnLetter(column)} 列对应了不止一项`);
    columnSet.add(column);
    const first = seen.get(field);
    if (first !== undefined)
      problems.push(`“${FIELD_LABEL[field]}”对应了两列（${columnLetter(first)} 列和 ${columnLetter(column)} 列）`);
    else seen.set(field, column);
  }
  if (seen.has('workUnitAndTitle') && (seen.has('workUnit') || seen.has('jobTitle')))
    problems.push('“工作单位及职务”不能与“工作单位”或“职务”同时导入');
  const missing = REQUIRED_FIELDS.filter((f) => !seen.has(f));
  if (missing.length) problems.push(`以下必填项没有对应的列：${missing.map((f) => FIELD_LABEL[f]).join('、')}`);
  return problems;
}
