// Turns the sheet's text rows into member details and lists every problem with its row,
// column and a message staff can act on. Nothing is written here; the roster is consulted
// only through the prefetched indexes, so 10 000 rows cost no per-row query.
import { maskIdNumber, maskPhone, type PersonalDataCipher } from '../../../platform/crypto/personal-data.js';
import {
  birthDateOrFromId,
  checkMember,
  cleanIdNumber,
  cleanPhone,
  type MemberField,
  type RefIndex,
} from '../member-rules.js';
import { idNumberIndex, phoneIndex, type MemberDetails } from '../member-row.js';
import { partyFromLabel } from '../parties.js';
import { COLUMNS, HEADER_BY_KEY, type ColumnKey } from './columns.js';
import type { ImportProblem, RawRow } from './read-sheet.js';
import { normaliseEthnicity, parseBirthDate, parseGender, sectorResolver } from './values.js';

/** Who already holds a phone or ID number on the target term's roster, by blind index. */
export interface RosterIndexes {
  phones: Map<string, string>;
  idNumbers: Map<string, string>;
}

export interface ValidatedRow {
  row: number;
  member: MemberDetails;
}

export interface ValidationResult {
  valid: ValidatedRow[];
  problems: ImportProblem[];
  /** Rows with at least one problem. */
  badRows: number;
}

const FIELD_COLUMN: Record<MemberField, ColumnKey | null> = {
  termId: null,
  name: 'name',
  gender: 'gender',
  ethnicity: 'ethnicity',
  birthDate: 'birthDate',
  sectorId: 'sector',
  committeeId: 'committee',
  groupId: 'group',
  party: 'party',
  workUnit: 'workUnit',
  jobTitle: 'jobTitle',
  isNew: 'isNew',
  email: 'email',
  address: 'address',
  postalCode: 'postalCode',
  phone: 'phone',
  idNumber: 'idNumber',
};

const FIELD_COLUMN_INVERSE = Object.fromEntries(
  (Object.entries(FIELD_COLUMN) as [MemberField, ColumnKey | null][]).filter(([, k]) => k).map(([f, k]) => [k, f]),
) as Record<ColumnKey, MemberField>;

const LIMITS: Partial<Record<ColumnKey, number>> = {
  name: 40,
  ethnicity: 20,
  workUnit: 100,
  jobTitle: 60,
  email: 100,
  address: 200,
  postalCode: 10,
  phone: 30,
  idNumber: 30,
};

const YES = new Set(['是', 'y', 'yes', 'true', '1', '新任']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '连任']);

/** Problem lists are stored with the job and shown on screen: phone and ID numbers only masked. */
function shown(key: ColumnKey, value: string): string {
  if (key === 'phone') return maskPhone(value);
  if (key === 'idNumber') return maskIdNumber(value);
  return value;
}

function byName<T extends { id: number; name: string }>(items: Iterable<T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) if (!out.has(item.name)) out.set(item.name, item);
  return out;
}

export interface ValidateContext {
  ref: RefIndex;
  termId: number;
  cipher: PersonalDataCipher;
  roster: RosterIndexes;
  /** The columns as the file names them; the template's headings by default. */
  columnNames?: Record<ColumnKey, string>;
  onProgress?: (done: number, total: number) => Promise<void>;
}

export async function validateRows(rows: RawRow[], ctx: ValidateContext): Promise<ValidationResult> {
  const { ref, cipher, roster } = ctx;
  const names = ctx.columnNames ?? HEADER_BY_KEY;
  const sectorOf = sectorResolver(ref.sectors.values());
  const committees = byName(ref.committees.values());
  const groups = [...ref.groups.values()];
  const seenPhones = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const valid: ValidatedRow[] = [];
  let badRows = 0;

  for (const [i, raw] of rows.entries()) {
    if (ctx.onProgress && i > 0 && i % 1000 === 0) await ctx.onProgress(i, rows.length);
    const c = raw.cells;
    const found: ImportProblem[] = [];
    const failed = new Set<MemberField>();
    const problem = (key: ColumnKey, message: string, field?: MemberField) => {
      found.push({
        row: raw.row,
        column: names[key],
        ...(c[key] !== undefined && { value: shown(key, c[key]) }),
        message,
      });
      if (field) failed.add(field);
    };

    for (const col of COLUMNS) {
      if (col.required && !c[col.key]) problem(col.key, `${names[col.key]}不能为空`, FIELD_COLUMN_INVERSE[col.key]);
      const limit = LIMITS[col.key];
      if (limit && c[col.key] && c[col.key]!.length > limit)
        problem(col.key, `${names[col.key]}不能超过 ${limit} 个字符`, FIELD_COLUMN_INVERSE[col.key]);
    }
    for (const key of raw.rounded) {
      problem(
        key,
        `${names[key]}被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写`,
        FIELD_COLUMN_INVERSE[key],
      );
    }

    const gender = c.gender ? parseGender(c.gender) : undefined;
    if (c.gender && !gender) problem('gender', '性别应填“男”或“女”', 'gender');
    const birthDate = c.birthDate ? parseBirthDate(c.birthDate) : null;
    if (c.birthDate && !birthDate)
      problem('birthDate', `${names.birthDate}格式不正确，应如 1975-06-18，或只写年月如 1975.06`, 'birthDate');
    const sector = c.sector ? sectorOf(c.sector) : undefined;
    if (c.sector && !sector) problem('sector', `界别“${c.sector}”不是本组织设置的界别`, 'sectorId');
    const committee = c.committee ? committees.get(c.committee) : undefined;
    if (c.committee && !committee) problem('committee', `专委会“${c.committee}”不是本组织设置的专委会`, 'committeeId');
    const group = c.group
      ? (groups.find((g) => g.name === c.group && g.committeeId === committee?.id) ??
        groups.find((g) => g.name === c.group))
      : undefined;
    if (c.group && !group) problem('group', `委员小组“${c.group}”不存在`, 'groupId');
    const party = c.party ? partyFromLabel(c.party) : null;
    if (c.party && !party) problem('party', `党派“${c.party}”不在可选范围内`, 'party');
    const isNewText = c.isNew?.toLowerCase();
    if (isNewText && !YES.has(isNewText) && !NO.has(isNewText)) problem('isNew', '是否新任应填“是”或“否”', 'isNew');

    const idNumber = raw.rounded.includes('idNumber') ? null : cleanIdNumber(c.idNumber);
    const phone = raw.rounded.includes('phone') ? null : cleanPhone(c.phone);
    const member: MemberDetails = {
      orgId: ref.orgId,
      termId: ctx.termId,
      name: c.name ?? '',
      gender: gender ?? 'male',
      ethnicity: c.ethnicity ? normaliseEthnicity(c.ethnicity) : '',
      birthDate: birthDateOrFromId(birthDate, idNumber),
      sectorId: sector?.id ?? 0,
      committeeId: committee?.id ?? null,
      groupId: group?.id ?? null,
      party: party ?? '',
      workUnit: c.workUnit ?? null,
      jobTitle: c.jobTitle ?? null,
      isNew: isNewText ? YES.has(isNewText) : false,
      email: c.email ?? null,
      address: c.address ?? null,
      postalCode: c.postalCode ?? null,
      phone,
      idNumber,
    };
    // Rules the row has already failed above are not repeated in other words.
    const toCheck = new Set(
      (Object.keys(FIELD_COLUMN) as MemberField[]).filter((f) => f !== 'termId' && !failed.has(f)),
    );
    if (!birthDate) toCheck.delete('birthDate');
    for (const p of checkMember(member, ref, toCheck)) {
      const key = FIELD_COLUMN[p.field];
      if (key) problem(key, p.message);
    }

    if (phone && !failed.has('phone')) {
      const bidx = phoneIndex(cipher, phone);
      if (bidx) {
        const first = seenPhones.get(bidx);
        if (first) problem('phone', `手机号与第 ${first} 行重复`);
        else seenPhones.set(bidx, raw.row);
        const holder = roster.phones.get(bidx);
        if (holder) problem('phone', `手机号已被本届委员“${holder}”使用`);
      }
    }
    if (idNumber && !failed.has('idNumber')) {
      const bidx = idNumberIndex(cipher, idNumber);
      const first = seenIds.get(bidx);
      if (first) problem('idNumber', `身份证号与第 ${first} 行重复`);
      else seenIds.set(bidx, raw.row);
      const holder = roster.idNumbers.get(bidx);
      if (holder) problem('idNumber', `身份证号已在本届名册中（${holder}）`);
    }

    if (found.length) {
      badRows++;
      problems.push(...found);
    } else {
      valid.push({ row: raw.row, member });
    }
  }
  await ctx.onProgress?.(rows.length, rows.length);
  return { valid, problems, badRows };
}
