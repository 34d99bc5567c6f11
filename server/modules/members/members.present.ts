// Rows to API shapes. Only masked copies of the phone and ID number ever pass through here;
// full values are returned by the separate, audited unmask request.
import type { MemberRow } from './members.repo.js';
import type { RefIndex } from './member-rules.js';
import type { MemberDetails } from './member-row.js';
import type { MemberDetail, MemberItem } from './members.schema.js';
import type { PersonalDataCipher } from '../../platform/crypto/personal-data.js';

export function presentItem(r: MemberRow, ref: RefIndex): MemberItem {
  return {
    id: r.id,
    orgId: r.org_id,
    termId: r.term_id,
    name: r.name,
    pinyin: r.pinyin,
    gender: r.gender,
    ethnicity: r.ethnicity,
    birthDate: r.birth_date,
    sectorId: r.sector_id,
    sectorName: ref.sectors.get(r.sector_id)?.name ?? '',
    committeeId: r.committee_id,
    committeeName: r.committee_id ? (ref.committees.get(r.committee_id)?.name ?? null) : null,
    groupId: r.group_id,
    groupName: r.group_id ? (ref.groups.get(r.group_id)?.name ?? null) : null,
    party: r.party,
    workUnit: r.work_unit,
    jobTitle: r.job_title,
    isNew: r.is_new === 1,
    email: r.email,
    phoneMasked: r.phone_masked,
    idNumberMasked: r.id_number_masked,
    active: r.active === 1,
    version: r.version,
  };
}

export function presentDetail(r: MemberRow, ref: RefIndex, can: MemberDetail['can']): MemberDetail {
  return {
    ...presentItem(r, ref),
    termName: ref.terms.get(r.term_id)?.name ?? '',
    address: r.address,
    postalCode: r.postal_code,
    deactivatedAt: r.deactivated_at,
    deactivationReason: r.deactivation_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    can,
  };
}

/** The stored record as details again (decrypting phone and ID), for re-checking a partial edit. */
export function detailsOf(r: MemberRow, cipher: PersonalDataCipher): MemberDetails {
  return {
    orgId: r.org_id,
    termId: r.term_id,
    name: r.name,
    gender: r.gender,
    ethnicity: r.ethnicity,
    birthDate: r.birth_date,
    sectorId: r.sector_id,
    committeeId: r.committee_id,
    groupId: r.group_id,
    party: r.party,
    workUnit: r.work_unit,
    jobTitle: r.job_title,
    isNew: r.is_new === 1,
    email: r.email,
    address: r.address,
    postalCode: r.postal_code,
    phone: r.phone_enc ? cipher.decrypt(r.phone_enc) : null,
    idNumber: r.id_number_enc ? cipher.decrypt(r.id_number_enc) : null,
  };
}
