// Roles and what each may do. Permissions are coarse capabilities; record-level rules
// (own organisation, own proposal, own unit) live in each module's policy file.
// 'leader' is the committee's own leadership (chair, vice-chairs); 'gov_leader' a party or
// government leader (a mayor, a deputy party secretary) asked to lead key proposals, who has
// no part in the committee's own business (ADR 0005).
export const ROLES = ['staff', 'county_admin', 'leader', 'gov_leader', 'member', 'unit', 'auditor', 'public'] as const;
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
  'proposals.lead', // a leader who leads key proposals; with it, the key-proposal board
  'proposals.approve_key', // the chair's meeting decision, and instructions on any key proposal
  'stats.read',
  'meetings.manage', // the meetings office: kinds, meetings, invitations, leave, check-in
  'meetings.read_all', // every published meeting of the organisation (leaders, staff)
  'meetings.attend', // a member's own invitations: reply, leave, check-in
  'meetings.follow_up', // a handling unit's follow-ups of meetings (督办事项): read them, report progress
  'study.manage', // the study office: the annual plan, materials, the party-group exchange, targets, party building
  'study.read_all', // the coverage figures and lists of the organisation (leaders, staff)
  'study.learn', // a member's own study: materials to read, reflections, the monthly exchange, his learning record
  'opinions.manage', // the opinions office: campaigns, paper forms, classification, groups, routing, 社情民意 editing and bulletins
  'opinions.read_all', // every opinion and 社情民意 report of the organisation, the dashboards and bulletins (leaders, staff)
  'opinions.submit', // a member's own opinions and 社情民意 reports, and the answers to them
  'opinions.answer', // a handling unit's answers to the opinions routed to it
  'supervision.manage', // the supervision office: evaluation campaigns, objects, assignment, reviews, the album, inspections
  'supervision.read_all', // every campaign's reviews, rankings and album, and every inspection of the organisation (leaders, staff)
  'supervision.visit', // a member's own evaluation visits (field capture) and the inspections he takes part in
  'supervision.answer', // a handling unit's answers to the problems and recommendations routed to it
  'workplan.manage', // the office's work plan: the year's priorities, monthly plans, "four jointly" topics, research reports and their recommendations
  'workplan.read', // the organisation's work plan, topics and recommendations (leaders, staff)
  'workplan.answer', // a handling unit's answers and progress reports on the recommendations sent to it
  'consultations.manage', // the office's consultations (凝聚共识): write, open, close, public link, moderation, report, import
  'consultations.read', // the organisation's consultations and their reports (leaders, staff)
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
  'meetings.manage',
  'meetings.read_all',
  'study.manage',
  'study.read_all',
  'opinions.manage',
  'opinions.read_all',
  'supervision.manage',
  'supervision.read_all',
  'workplan.manage',
  'workplan.read',
  'consultations.manage',
  'consultations.read',
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
    'meetings.read_all',
    'meetings.attend',
    'study.read_all',
    'study.learn',
    'opinions.read_all',
    'opinions.submit',
    'supervision.read_all',
    'supervision.visit',
    'workplan.read',
    'consultations.read',
  ],
  // What he leads, the key board and the statistics: no roster, no proposal before the office
  // has accepted it, no say in the committee's own decisions.
  gov_leader: ['proposals.lead', 'stats.read', 'opinions.read_all'],
  member: [
    'members.directory',
    'proposals.draft',
    'meetings.attend',
    'study.learn',
    'opinions.submit',
    'supervision.visit',
  ],
  unit: ['proposals.handle', 'meetings.follow_up', 'opinions.answer', 'supervision.answer', 'workplan.answer'],
  // Separation of duties: the auditor reads the trail and nothing else.
  auditor: ['audit.read'],
  public: [],
};

export const ROLE_LABELS: Record<Role, { 'zh-CN': string; 'en-US': string }> = {
  staff: { 'zh-CN': '机关工作人员', 'en-US': 'Office staff' },
  county_admin: { 'zh-CN': '县级政协管理员', 'en-US': 'County administrator' },
  leader: { 'zh-CN': '政协领导', 'en-US': 'CPPCC leader' },
  gov_leader: { 'zh-CN': '党政领导', 'en-US': 'Party or government leader' },
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
export const MFA_ROLES: readonly Role[] = ['staff', 'county_admin', 'leader', 'gov_leader'];

/** Roles whose accounts carry a title (主席, 市长) and may be asked to lead a key proposal. */
export const LEADER_ROLES: readonly Role[] = ['leader', 'gov_leader'];
