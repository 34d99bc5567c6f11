// The one place that turns a member's details into a `members` row: name -> pinyin and
// initials, phone and ID number -> sealed value, blind index and masked copy. The service,
// the Excel import, the test factories and the demo seeder all build rows here.
import type { Insertable, Updateable } from 'kysely';
import { pinyin } from 'pinyin-pro';
import type { MembersTable } from '../../db/schema.js';
import {
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  normalizePhone,
  type PersonalDataCipher,
} from '../../platform/crypto/personal-data.js';
import type { PartyCode } from './parties.js';

export interface MemberDetails {
  orgId: number;
  termId: number;
  name: string;
  gender: 'male' | 'female';
  ethnicity: string;
  birthDate: string | null;
  sectorId: number;
  committeeId: number | null;
  groupId: number | null;
  party: PartyCode | string;
  workUnit: string | null;
  jobTitle: string | null;
  isNew: boolean;
  email: string | null;
  address: string | null;
  postalCode: string | null;
  phone: string | null;
  idNumber: string | null;
}

/**
 * Full pinyin and initials of a name, lower case, without tones, ü written v. Surname mode
 * reads the first characters as a surname, so 曾 is zeng, 单 shan and 解 xie.
 */
export function namePinyin(name: string): { pinyin: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter(Boolean);
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

type SealedPhone = Pick<MembersTable, 'phone_enc' | 'phone_bidx' | 'phone_masked'>;
type SealedId = Pick<MembersTable, 'id_number_enc' | 'id_number_bidx' | 'id_number_masked'>;

/** The three phone columns for a mainland mobile number (any accepted spelling), or all null. */
export function sealPhone(cipher: PersonalDataCipher, phone: string | null | undefined): SealedPhone {
  if (!phone) return { phone_enc: null, phone_bidx: null, phone_masked: null };
  const normal = normalizePhone(phone) ?? phone;
  return {
    phone_enc: cipher.encrypt(normal),
    phone_bidx: cipher.blindIndex('phone', normal),
    phone_masked: maskPhone(normal),
  };
}

export function sealIdNumber(cipher: PersonalDataCipher, idNumber: string | null | undefined): SealedId {
  if (!idNumber) return { id_number_enc: null, id_number_bidx: null, id_number_masked: null };
  const normal = normalizeIdNumber(idNumber);
  return {
    id_number_enc: cipher.encrypt(normal),
    id_number_bidx: cipher.blindIndex('id_number', normal),
    id_number_masked: maskIdNumber(normal),
  };
}

/** Blind index of a typed phone number, or null when it is not a mobile number at all. */
export function phoneIndex(cipher: PersonalDataCipher, input: string): string | null {
  const normal = normalizePhone(input);
  return normal ? cipher.blindIndex('phone', normal) : null;
}

export function idNumberIndex(cipher: PersonalDataCipher, input: string): string {
  return cipher.blindIndex('id_number', normalizeIdNumber(input));
}

const blank = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

export function memberRow(cipher: PersonalDataCipher, m: MemberDetails, now: string): Insertable<MembersTable> {
  return {
    org_id: m.orgId,
    term_id: m.termId,
    name: m.name,
    ...namePinyin(m.name),
    gender: m.gender,
    ethnicity: m.ethnicity,
    birth_date: m.birthDate,
    sector_id: m.sectorId,
    committee_id: m.committeeId,
    group_id: m.groupId,
    party: m.party,
    work_unit: blank(m.workUnit),
    job_title: blank(m.jobTitle),
    is_new: m.isNew ? 1 : 0,
    email: blank(m.email),
    address: blank(m.address),
    postal_code: blank(m.postalCode),
    ...sealPhone(cipher, m.phone),
    ...sealIdNumber(cipher, m.idNumber),
    created_at: now,
    updated_at: now,
  };
}

/** The columns to set for a partial change of a member's details. */
export function memberChanges(cipher: PersonalDataCipher, m: Partial<MemberDetails>): Updateable<MembersTable> {
  const set: Updateable<MembersTable> = {};
  if (m.termId !== undefined) set.term_id = m.termId;
  if (m.name !== undefined) Object.assign(set, { name: m.name }, namePinyin(m.name));
  if (m.gender !== undefined) set.gender = m.gender;
  if (m.ethnicity !== undefined) set.ethnicity = m.ethnicity;
  if (m.birthDate !== undefined) set.birth_date = m.birthDate;
  if (m.sectorId !== undefined) set.sector_id = m.sectorId;
  if (m.committeeId !== undefined) set.committee_id = m.committeeId;
  if (m.groupId !== undefined) set.group_id = m.groupId;
  if (m.party !== undefined) set.party = m.party;
  if (m.workUnit !== undefined) set.work_unit = blank(m.workUnit);
  if (m.jobTitle !== undefined) set.job_title = blank(m.jobTitle);
  if (m.isNew !== undefined) set.is_new = m.isNew ? 1 : 0;
  if (m.email !== undefined) set.email = blank(m.email);
  if (m.address !== undefined) set.address = blank(m.address);
  if (m.postalCode !== undefined) set.postal_code = blank(m.postalCode);
  if (m.phone !== undefined) Object.assign(set, sealPhone(cipher, m.phone));
  if (m.idNumber !== undefined) Object.assign(set, sealIdNumber(cipher, m.idNumber));
  return set;
}
