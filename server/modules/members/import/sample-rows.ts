// The first rows of a preview as the roster would hold them, so the office sees what the
// mapping and the value rules made of its file (a 出生年月 read as a month, 中共党员 as 中共,
// 工作单位及职务 split) before it imports. Kept with the job's result: phone and ID masked.
import { maskIdNumber, maskPhone } from '../../../platform/crypto/personal-data.js';
import type { RefIndex } from '../member-rules.js';
import { PARTIES, type PartyCode } from '../parties.js';
import type { ValidatedRow } from './validate-rows.js';

export interface SampleRow {
  row: number;
  name: string;
  gender: string;
  ethnicity: string;
  birthDate: string | null;
  party: string;
  sector: string;
  committee: string | null;
  group: string | null;
  workUnit: string | null;
  jobTitle: string | null;
  phone: string | null;
  idNumber: string | null;
}

export const SAMPLE_SIZE = 5;

export function sampleRows(valid: ValidatedRow[], ref: RefIndex): SampleRow[] {
  return valid.slice(0, SAMPLE_SIZE).map(({ row, member: m }) => ({
    row,
    name: m.name,
    gender: m.gender === 'male' ? '男' : '女',
    ethnicity: m.ethnicity,
    birthDate: m.birthDate,
    party: PARTIES[m.party as PartyCode]?.['zh-CN'] ?? m.party,
    sector: ref.sectors.get(m.sectorId)?.name ?? '',
    committee: m.committeeId ? (ref.committees.get(m.committeeId)?.name ?? null) : null,
    group: m.groupId ? (ref.groups.get(m.groupId)?.name ?? null) : null,
    workUnit: m.workUnit,
    jobTitle: m.jobTitle,
    phone: m.phone ? maskPhone(m.phone) : null,
    idNumber: m.idNumber ? maskIdNumber(m.idNumber) : null,
  }));
}
