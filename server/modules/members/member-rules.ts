// The rules a member's details must satisfy, shared by the create/edit form and the Excel
// import so both refuse the same things with the same words. Look-ups against the roster
// (duplicate phone or ID) are the caller's, since the import batches them.
import {
  birthDateFromId,
  checkIdNumber,
  normalizeIdNumber,
  normalizePhone,
} from '../../platform/crypto/personal-data.js';
import type { RefData } from '../orgs/index.js';
import type { MemberDetails } from './member-row.js';
import { PARTY_CODES } from './parties.js';

export type MemberField = keyof Omit<MemberDetails, 'orgId'>;

export interface FieldProblem {
  field: MemberField;
  message: string;
}

const ID_PROBLEM_TEXT = {
  format: '身份证号应为 18 位（最后一位可为 X）',
  birth_date: '身份证号中的出生日期无效',
  checksum: '身份证号校验位不正确',
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Reference data indexed for checks: what exists in the organisation, by id and by name. */
export interface RefIndex {
  orgId: number;
  terms: Map<number, RefData['terms'][number]>;
  currentTermId: number | null;
  sectors: Map<number, { id: number; name: string; active: boolean }>;
  committees: Map<number, { id: number; name: string; active: boolean }>;
  groups: Map<number, { id: number; name: string; committeeId: number; active: boolean }>;
}

export function indexRefData(ref: RefData): RefIndex {
  return {
    orgId: ref.orgId,
    terms: new Map(ref.terms.map((t) => [t.id, t])),
    currentTermId: ref.terms.find((t) => t.isCurrent)?.id ?? null,
    sectors: new Map(ref.sectors.map((s) => [s.id, s])),
    committees: new Map(ref.committees.map((c) => [c.id, c])),
    groups: new Map(ref.committees.flatMap((c) => c.groups.map((g) => [g.id, g] as const))),
  };
}

/** Normalised phone (11 digits) or the original text when it is not a mobile number. */
export function cleanPhone(input: string | null | undefined): string | null {
  if (input === null || input === undefined || !input.trim()) return null;
  return normalizePhone(input) ?? input.trim();
}

export function cleanIdNumber(input: string | null | undefined): string | null {
  if (input === null || input === undefined || !input.trim()) return null;
  return normalizeIdNumber(input);
}

/** Checks the contact fields a member may change himself. */
export function checkContact(m: Partial<Pick<MemberDetails, 'phone' | 'email' | 'postalCode'>>): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (m.phone && !normalizePhone(m.phone)) out.push({ field: 'phone', message: '手机号应为 11 位大陆手机号码' });
  if (m.email && !EMAIL.test(m.email)) out.push({ field: 'email', message: '电子邮箱格式不正确' });
  if (m.postalCode && !/^\d{6}$/.test(m.postalCode))
    out.push({ field: 'postalCode', message: '邮政编码应为 6 位数字' });
  return out;
}

/**
 * Every rule that needs only the record and the organisation's reference data. `changed`
 * limits reference checks to what is being set, so an edit of the phone number does not
 * fail because the member's old sector was retired meanwhile.
 */
export function checkMember(m: MemberDetails, ref: RefIndex, changed?: ReadonlySet<MemberField>): FieldProblem[] {
  const out: FieldProblem[] = [];
  const touched = (...fields: MemberField[]) => !changed || fields.some((f) => changed.has(f));
  if (touched('termId') && !ref.terms.has(m.termId)) out.push({ field: 'termId', message: '届次不存在' });
  if (touched('name') && !m.name.trim()) out.push({ field: 'name', message: '姓名不能为空' });
  if (touched('ethnicity') && !m.ethnicity.trim()) out.push({ field: 'ethnicity', message: '民族不能为空' });
  if (touched('sectorId')) {
    const sector = ref.sectors.get(m.sectorId);
    if (!sector) out.push({ field: 'sectorId', message: '界别不存在' });
    else if (!sector.active) out.push({ field: 'sectorId', message: `界别“${sector.name}”已停用` });
  }
  if (m.committeeId !== null && touched('committeeId')) {
    const committee = ref.committees.get(m.committeeId);
    if (!committee) out.push({ field: 'committeeId', message: '专委会不存在' });
    else if (!committee.active) out.push({ field: 'committeeId', message: `专委会“${committee.name}”已停用` });
  }
  if (m.groupId !== null && touched('groupId', 'committeeId')) {
    const group = ref.groups.get(m.groupId);
    if (!group) out.push({ field: 'groupId', message: '委员小组不存在' });
    else if (group.committeeId !== m.committeeId)
      out.push({ field: 'groupId', message: `委员小组“${group.name}”不属于所填专委会` });
  }
  if (touched('party') && !(PARTY_CODES as string[]).includes(m.party))
    out.push({ field: 'party', message: '党派不在可选范围内' });
  if (m.idNumber && touched('idNumber', 'gender', 'birthDate')) {
    const problem = checkIdNumber(m.idNumber);
    if (problem) out.push({ field: 'idNumber', message: ID_PROBLEM_TEXT[problem] });
    else {
      const fromId = birthDateFromId(m.idNumber);
      // A birth month (a roster's 出生年月, "1968-05") agrees with any day of that month.
      if (m.birthDate && !fromId.startsWith(m.birthDate))
        out.push({ field: 'birthDate', message: `出生日期与身份证号不一致（身份证为 ${fromId}）` });
      const idMale = Number(m.idNumber[16]) % 2 === 1;
      if (idMale !== (m.gender === 'male')) out.push({ field: 'gender', message: '性别与身份证号不一致' });
    }
  }
  if (
    m.birthDate &&
    touched('birthDate') &&
    (m.birthDate < '1900-01-01' || m.birthDate > new Date().toISOString().slice(0, 10))
  ) {
    out.push({ field: 'birthDate', message: '出生日期不在合理范围内' });
  }
  if (touched('phone') && !m.phone) out.push({ field: 'phone', message: '手机号不能为空' });
  out.push(
    ...checkContact({
      ...(touched('phone') && { phone: m.phone }),
      ...(touched('email') && { email: m.email }),
      ...(touched('postalCode') && { postalCode: m.postalCode }),
    }),
  );
  return out;
}

/**
 * Birth date as given, or read from a valid ID number when left empty or given as a month
 * only (YYYY-MM, a roster's 出生年月) that the ID number's date falls in.
 */
export function birthDateOrFromId(birthDate: string | null, idNumber: string | null): string | null {
  if (birthDate && birthDate.length > 7) return birthDate;
  const fromId = idNumber && !checkIdNumber(idNumber) ? birthDateFromId(idNumber) : null;
  if (!birthDate) return fromId;
  return fromId?.startsWith(birthDate) ? fromId : birthDate;
}
