// Rows of the organisations module as the API shows them, and how terms and sessions are named.
import type { z } from 'zod';
import type { GroupRow, NamedRefRow, OrgRow, TermRow, TermSessionRow, UnitRow } from './orgs.repo.js';
import type * as S from './orgs.schema.js';

const CN_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 15 -> 十五, 21 -> 二十一: how terms and sessions are named. */
export function chineseNumber(n: number): string {
  if (n <= 10) return CN_NUMERALS[n]!;
  if (n < 20) return `十${CN_NUMERALS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${CN_NUMERALS[tens]}十${ones ? CN_NUMERALS[ones] : ''}`;
}

export const present = {
  org: (r: OrgRow): S.Organisation => ({
    id: r.id,
    parentId: r.parent_id,
    name: r.name,
    shortName: r.short_name,
    level: r.level,
    regionCode: r.region_code,
    shareWithParent: r.share_with_parent === 1,
    totpRequired: r.totp_required === 1,
    active: r.active === 1,
  }),
  named: (r: NamedRefRow) => ({ id: r.id, name: r.name, sortOrder: r.sort_order, active: r.active === 1 }),
  group: (r: GroupRow) => ({ id: r.id, committeeId: r.committee_id, name: r.name, active: r.active === 1 }),
  unit: (r: UnitRow) => ({
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind as z.infer<typeof S.handlingUnit>['kind'],
    contactPerson: r.contact_person,
    contactPhone: r.contact_phone,
    sortOrder: r.sort_order,
    active: r.active === 1,
  }),
  session: (s: TermSessionRow) => ({
    id: s.id,
    number: s.number,
    name: s.name,
    opensOn: s.opens_on,
    closesOn: s.closes_on,
  }),
  term: (r: TermRow, sessions: TermSessionRow[]) => ({
    id: r.id,
    number: r.number,
    name: r.name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    isCurrent: r.is_current === 1,
    sessions: sessions.filter((s) => s.term_id === r.id).map(present.session),
  }),
};
