// Roles and what each may do. Permissions are coarse capabilities; record-level rules
// (own organisation, own proposal, own unit) live in each module's policy file.
export const ROLES = ['staff', 'county_admin', 'leader', 'member', 'unit', 'auditor', 'public'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'org.manage', // edit the organisation tree and its settings
  'refdata.manage', // terms, sessions, sectors, committees, groups, handling units
  'users.manage',
  'members.read', // the full roster (masked)
  'members.write',
  'members.unmask', // reveal ID number and phone (audited)
  'members.import',
  'members.export',
  'members.directory', // names, sectors and committees only, to pick co-proposers
  'contact_changes.decide',
  'audit.read',
  'proposals.draft',
  'proposals.manage', // review, assign, urge, merge: the proposals office
  'proposals.read_all', // every proposal of the organisation (leaders, staff)
  'proposals.handle', // a handling unit's work
  'proposals.lead', // a leader who leads key proposals
  'proposals.approve_key', // the chair's meeting decision
  'stats.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const staffPermissions: Permission[] = [
  'refdata.manage',
  'users.manage',
  'members.read',
  'members.write',
  'members.unmask',
  'members.import',
  'members.export',
  'members.directory',
  'contact_changes.decide',
  'proposals.manage',
  'proposals.read_all',
  'stats.read',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  staff: [...staffPermissions, 'org.manage'],
  // The administrator of a county committee: the same office work, confined to the county.
  county_admin: staffPermissions,
  leader: [
    'members.read',
    'members.directory',
    'proposals.read_all',
    'proposals.lead',
    'proposals.approve_key',
    'stats.read',
  ],
  member: ['members.directory', 'proposals.draft'],
  unit: ['proposals.handle'],
  // Separation of duties: the auditor reads the trail and nothing else.
  auditor: ['audit.read'],
  public: [],
};

export const ROLE_LABELS: Record<Role, { 'zh-CN': string; 'en-US': string }> = {
  staff: { 'zh-CN': '机关工作人员', 'en-US': 'Office staff' },
  county_admin: { 'zh-CN': '县级政协管理员', 'en-US': 'County administrator' },
  leader: { 'zh-CN': '领导', 'en-US': 'Leader' },
  member: { 'zh-CN': '委员', 'en-US': 'Member' },
  unit: { 'zh-CN': '承办单位', 'en-US': 'Handling unit' },
  auditor: { 'zh-CN': '审计员', 'en-US': 'Auditor' },
  public: { 'zh-CN': '公众参与者', 'en-US': 'Public participant' },
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role] ?? []) set.add(p);
  return set;
}

/** Roles that an organisation's TOTP requirement applies to. */
export const MFA_ROLES: readonly Role[] = ['staff', 'county_admin', 'leader'];
