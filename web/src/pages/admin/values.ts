// Value lists of the administration pages, in display order; valuesOf checks each against
// the enum the server's OpenAPI document declares.
import { valuesOf, type OrgLevel, type Role, type UnitKind } from '../../api/models';

export const ALL_ROLES = valuesOf<Role>()([
  'staff',
  'county_admin',
  'leader',
  'gov_leader',
  'member',
  'unit',
  'auditor',
  'public',
]);

/** Roles whose accounts carry a title (主席, 市长): the server requires it. */
export const TITLED_ROLES: readonly Role[] = ['leader', 'gov_leader'];

export const UNIT_KINDS = valuesOf<UnitKind>()([
  'government',
  'party',
  'court',
  'procuratorate',
  'people_org',
  'enterprise',
  'other',
]);

/** Roles staff of an organisation at this level may hand out (the server checks the same rules). */
export function assignableRoles(level: OrgLevel | undefined, canManageOrgs: boolean): Role[] {
  return ALL_ROLES.filter((r) => {
    if (r === 'staff') return level !== 'county';
    if (r === 'county_admin') return level === 'county';
    if (r === 'auditor') return canManageOrgs;
    return true;
  });
}
