// Shapes of the administration API (kept in step with server/modules/accounts and orgs schemas).
export const ALL_ROLES = ['staff', 'county_admin', 'leader', 'member', 'unit', 'auditor', 'public'] as const;
export type Role = (typeof ALL_ROLES)[number];

export interface Account {
  id: number;
  orgId: number;
  username: string;
  displayName: string;
  email: string | null;
  phoneMasked: string | null;
  roles: Role[];
  memberId: number | null;
  memberName: string | null;
  unitId: number | null;
  leaderTitle: string | null;
  active: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  locked: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  can: { edit: boolean; changeRoles: boolean; resetPassword: boolean; deactivate: boolean };
}

export interface WithOneTimePassword {
  user: Account;
  oneTimePassword: string;
}

export interface MemberOption {
  id: number;
  name: string;
  hasAccount: boolean;
}

export interface AdminOrg {
  id: number;
  parentId: number | null;
  name: string;
  shortName: string;
  level: 'province' | 'city' | 'county';
  regionCode: string | null;
  shareWithParent: boolean;
  totpRequired: boolean;
  active: boolean;
  visible: boolean;
  can: { edit: boolean; share: boolean; deactivate: boolean; createChild: boolean };
}

export interface Named {
  id: number;
  name: string;
  sortOrder: number;
  active: boolean;
}

export interface MemberGroup {
  id: number;
  committeeId: number;
  name: string;
  active: boolean;
}

export interface TermSession {
  id: number;
  number: number;
  name: string;
  opensOn: string;
  closesOn: string;
}

export interface Term {
  id: number;
  number: number;
  name: string;
  startsOn: string;
  endsOn: string | null;
  isCurrent: boolean;
  sessions: TermSession[];
}

export const UNIT_KINDS = [
  'government',
  'party',
  'court',
  'procuratorate',
  'people_org',
  'enterprise',
  'other',
] as const;

export interface HandlingUnit {
  id: number;
  name: string;
  shortName: string;
  kind: (typeof UNIT_KINDS)[number];
  contactPerson: string | null;
  contactPhone: string | null;
  sortOrder: number;
  active: boolean;
}

export interface RefData {
  orgId: number;
  terms: Term[];
  sectors: Named[];
  committees: (Named & { groups: MemberGroup[] })[];
  units: HandlingUnit[];
}

/** Roles staff of an organisation at this level may hand out (the server checks the same rules). */
export function assignableRoles(level: AdminOrg['level'] | undefined, canManageOrgs: boolean): Role[] {
  return ALL_ROLES.filter((r) => {
    if (r === 'staff') return level !== 'county';
    if (r === 'county_admin') return level === 'county';
    if (r === 'auditor') return canManageOrgs;
    return true;
  });
}
