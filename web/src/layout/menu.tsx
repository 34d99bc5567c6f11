// The menu: one entry per page that exists, shown only to users who may open it.
// A module adds its pages here and its routes in routes.tsx.
import {
  AimOutlined,
  CrownOutlined,
  AppstoreOutlined,
  BookOutlined,
  BulbOutlined,
  EditOutlined,
  UnorderedListOutlined,
  TagsOutlined,
  CommentOutlined,
  MergeCellsOutlined,
  PieChartOutlined,
  ReadOutlined,
  AlertOutlined,
  CalendarOutlined,
  ScheduleOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  FlagOutlined,
  InboxOutlined,
  OrderedListOutlined,
  SendOutlined,
  StarOutlined,
  TrophyOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FormOutlined,
  GlobalOutlined,
  ProfileOutlined,
  ControlOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CameraOutlined,
  CarryOutOutlined,
  EyeOutlined,
  ContactsOutlined,
  DatabaseOutlined,
  HomeOutlined,
  IdcardOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  UploadOutlined,
  UserOutlined,
  CarOutlined,
  NotificationOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission, Role } from '../api/models';

export interface MenuEntry {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** Shown when the user has any of these permissions (or, with none listed, to everyone). */
  permissions?: Permission[];
  roles?: Role[];
  /** Only for a user linked to a member record: the page writes as that member (a leader's
   * account without one has the permission through his role, and would meet a refusal). */
  member?: boolean;
  children?: MenuEntry[];
}

export const menu: MenuEntry[] = [
  { path: '/', labelKey: 'layout.home', icon: <HomeOutlined /> },
  { path: '/my-info', labelKey: 'layout.membersMyInfo', icon: <IdcardOutlined />, roles: ['member'] },
  {
    path: '/member-admin',
    labelKey: 'layout.membersGroup',
    icon: <ContactsOutlined />,
    children: [
      { path: '/members', labelKey: 'layout.membersMenu', icon: <TeamOutlined />, permissions: ['members.read'] },
      {
        path: '/members/import',
        labelKey: 'layout.membersImport',
        icon: <UploadOutlined />,
        permissions: ['members.import'],
      },
      {
        path: '/members/contact-changes',
        labelKey: 'layout.membersChanges',
        icon: <SolutionOutlined />,
        permissions: ['contact_changes.decide'],
      },
    ],
  },
  {
    path: '/proposals-group',
    labelKey: 'layout.proposalsGroup',
    icon: <FileTextOutlined />,
    children: [
      {
        path: '/proposals/mine',
        labelKey: 'layout.proposalsMine',
        icon: <FormOutlined />,
        permissions: ['proposals.draft', 'proposals.manage'],
      },
      {
        path: '/proposals',
        labelKey: 'layout.proposalsList',
        icon: <ProfileOutlined />,
        permissions: ['proposals.manage', 'proposals.read_all'],
      },
      {
        path: '/proposals/inbox',
        labelKey: 'layout.handlingInbox',
        icon: <InboxOutlined />,
        permissions: ['proposals.handle'],
      },
      {
        path: '/proposals/review',
        labelKey: 'layout.proposalsReview',
        icon: <FileSearchOutlined />,
        permissions: ['proposals.manage'],
      },
      {
        path: '/proposals/assign-board',
        labelKey: 'layout.handlingAssignBoard',
        icon: <SendOutlined />,
        permissions: ['proposals.manage'],
      },
      {
        path: '/proposals/handling-board',
        labelKey: 'layout.handlingHandlingBoard',
        icon: <AlertOutlined />,
        permissions: ['proposals.manage', 'proposals.read_all'],
      },
      {
        path: '/proposals/commitments',
        labelKey: 'layout.handlingCommitments',
        icon: <CheckSquareOutlined />,
        permissions: ['proposals.manage', 'proposals.read_all', 'proposals.handle'],
      },
      {
        path: '/proposals/key-board',
        labelKey: 'layout.handlingKeyBoard',
        icon: <FlagOutlined />,
        permissions: ['proposals.manage', 'proposals.read_all', 'proposals.lead'],
      },
      {
        path: '/proposals/key/mine',
        labelKey: 'layout.handlingMyKey',
        icon: <StarOutlined />,
        permissions: ['proposals.lead'],
      },
      {
        path: '/proposals/excellent',
        labelKey: 'layout.handlingExcellent',
        icon: <TrophyOutlined />,
        permissions: ['proposals.manage'],
      },
      {
        path: '/proposals/evaluation',
        labelKey: 'layout.handlingEvaluation',
        icon: <OrderedListOutlined />,
        permissions: ['stats.read', 'proposals.manage'],
      },
      {
        path: '/proposals/stats',
        labelKey: 'layout.handlingStats',
        icon: <BarChartOutlined />,
        permissions: ['stats.read'],
      },
      {
        path: '/proposals/settings',
        labelKey: 'layout.proposalsSettings',
        icon: <ControlOutlined />,
        permissions: ['proposals.manage'],
      },
    ],
  },
  {
    path: '/meetings-group',
    labelKey: 'layout.meetingsGroup',
    icon: <CalendarOutlined />,
    children: [
      {
        path: '/meetings/mine',
        labelKey: 'layout.meetingsMine',
        icon: <ScheduleOutlined />,
        permissions: ['meetings.attend'],
      },
      {
        path: '/meetings',
        labelKey: 'layout.meetingsList',
        icon: <CalendarOutlined />,
        permissions: ['meetings.manage', 'meetings.read_all'],
      },
      {
        path: '/meetings/followups',
        labelKey: 'layout.meetingFollowups',
        icon: <CheckSquareOutlined />,
        permissions: ['meetings.manage', 'meetings.read_all', 'meetings.follow_up'],
      },
      {
        path: '/meetings/kinds',
        labelKey: 'layout.meetingKinds',
        icon: <AppstoreOutlined />,
        permissions: ['meetings.manage'],
      },
      {
        path: '/notices/mine',
        labelKey: 'layout.noticesMine',
        icon: <InboxOutlined />,
        permissions: ['meetings.attend', 'meetings.manage'],
      },
      {
        path: '/notices',
        labelKey: 'layout.noticesList',
        icon: <SendOutlined />,
        permissions: ['meetings.manage', 'meetings.read_all'],
      },
    ],
  },
  {
    path: '/study-group',
    labelKey: 'layout.studyGroup',
    icon: <ReadOutlined />,
    children: [
      { path: '/study/mine', labelKey: 'layout.studyMine', icon: <BookOutlined />, permissions: ['study.learn'] },
      {
        path: '/study/plan',
        labelKey: 'layout.studyPlan',
        icon: <ScheduleOutlined />,
        permissions: ['study.manage', 'study.read_all'],
      },
      {
        path: '/study/materials',
        labelKey: 'layout.studyMaterials',
        icon: <FileTextOutlined />,
        permissions: ['study.manage'],
      },
      {
        path: '/study/exchange',
        labelKey: 'layout.studyExchange',
        icon: <CommentOutlined />,
        permissions: ['study.manage', 'study.learn'],
      },
      {
        path: '/study/coverage',
        labelKey: 'layout.studyCoverage',
        icon: <PieChartOutlined />,
        permissions: ['study.manage', 'study.read_all'],
      },
      {
        path: '/study/party',
        labelKey: 'layout.studyParty',
        icon: <FlagOutlined />,
        permissions: ['study.manage', 'study.read_all'],
      },
    ],
  },
  {
    path: '/opinions-group',
    labelKey: 'layout.opinionsGroup',
    icon: <BulbOutlined />,
    children: [
      {
        path: '/opinions/mine',
        labelKey: 'layout.opinionsMine',
        icon: <EditOutlined />,
        permissions: ['opinions.submit'],
        member: true,
      },
      {
        path: '/opinions/reports/mine',
        labelKey: 'layout.opinionsReportsMine',
        icon: <FormOutlined />,
        permissions: ['opinions.submit'],
        member: true,
      },
      {
        path: '/opinions/list',
        labelKey: 'layout.opinionsList',
        icon: <UnorderedListOutlined />,
        permissions: ['opinions.manage', 'opinions.read_all'],
      },
      {
        path: '/opinions/groups',
        labelKey: 'layout.opinionGroups',
        icon: <MergeCellsOutlined />,
        permissions: ['opinions.manage', 'opinions.read_all'],
      },
      {
        path: '/opinions/campaigns',
        labelKey: 'layout.opinionsCampaigns',
        icon: <FlagOutlined />,
        permissions: ['opinions.manage', 'opinions.read_all'],
      },
      {
        path: '/opinions/unit',
        labelKey: 'layout.opinionsUnit',
        icon: <SolutionOutlined />,
        permissions: ['opinions.answer'],
      },
      {
        path: '/opinions/dashboard',
        labelKey: 'layout.opinionsDashboard',
        icon: <BarChartOutlined />,
        permissions: ['opinions.manage', 'opinions.read_all'],
      },
      {
        path: '/opinions/reports',
        labelKey: 'layout.opinionsReports',
        icon: <FileSearchOutlined />,
        permissions: ['opinions.manage', 'opinions.read_all'],
      },
      {
        path: '/opinions/bulletins',
        labelKey: 'layout.opinionsBulletins',
        icon: <ProfileOutlined />,
        permissions: ['opinions.manage', 'opinions.read_all'],
      },
      {
        path: '/opinions/categories',
        labelKey: 'layout.opinionsCategories',
        icon: <TagsOutlined />,
        permissions: ['opinions.manage'],
      },
      {
        path: '/consultations/mine',
        labelKey: 'layout.consultationsMine',
        icon: <CommentOutlined />,
        // Members and invited units take part by membership: those who submit or answer opinions.
        permissions: ['opinions.submit', 'opinions.answer'],
      },
      {
        path: '/consultations',
        labelKey: 'layout.consultations',
        icon: <CommentOutlined />,
        permissions: ['consultations.manage', 'consultations.read'],
      },
    ],
  },
  {
    path: '/supervision-group',
    labelKey: 'layout.supervisionGroup',
    icon: <EyeOutlined />,
    children: [
      {
        path: '/supervision/campaigns',
        labelKey: 'layout.supervisionCampaigns',
        icon: <CarryOutOutlined />,
        permissions: ['supervision.manage', 'supervision.read_all'],
      },
      {
        path: '/supervision/field',
        labelKey: 'layout.supervisionField',
        icon: <CameraOutlined />,
        permissions: ['supervision.visit'],
        member: true,
      },
      {
        path: '/supervision/inspections/mine',
        labelKey: 'layout.inspectionsMine',
        icon: <CarOutlined />,
        permissions: ['supervision.visit'],
        member: true,
      },
      {
        path: '/supervision/inspections',
        labelKey: 'layout.inspections',
        icon: <CarOutlined />,
        permissions: ['supervision.manage', 'supervision.read_all'],
      },
      {
        path: '/supervision/recommendations',
        labelKey: 'layout.inspectionRecommendations',
        icon: <NotificationOutlined />,
        permissions: ['supervision.manage', 'supervision.read_all', 'supervision.answer'],
      },
      {
        path: '/supervision/problems',
        labelKey: 'layout.supervisionProblems',
        icon: <NotificationOutlined />,
        permissions: ['supervision.manage', 'supervision.read_all', 'supervision.answer'],
      },
    ],
  },
  {
    path: '/workplan-group',
    labelKey: 'layout.workplanGroup',
    icon: <FlagOutlined />,
    children: [
      {
        path: '/workplan/office',
        labelKey: 'layout.workplanOffice',
        icon: <ScheduleOutlined />,
        permissions: ['workplan.manage', 'workplan.read'],
      },
      {
        path: '/workplan/topics',
        labelKey: 'layout.workplanTopics',
        icon: <AppstoreOutlined />,
        permissions: ['workplan.manage', 'workplan.read'],
      },
      {
        path: '/workplan/recommendations',
        labelKey: 'layout.workplanRecommendations',
        icon: <CheckSquareOutlined />,
        permissions: ['workplan.manage', 'workplan.read', 'workplan.answer'],
      },
      {
        path: '/workplan/themes',
        labelKey: 'layout.workplanThemes',
        icon: <AimOutlined />,
        permissions: ['workplan.manage', 'workplan.read'],
      },
      {
        path: '/workplan/leaders',
        labelKey: 'layout.workplanLeaders',
        icon: <CrownOutlined />,
        permissions: ['workplan.manage', 'workplan.read'],
      },
    ],
  },
  {
    path: '/admin',
    labelKey: 'layout.adminMenu',
    icon: <SettingOutlined />,
    children: [
      { path: '/admin/users', labelKey: 'layout.adminUsers', icon: <TeamOutlined />, permissions: ['users.manage'] },
      {
        path: '/admin/orgs',
        labelKey: 'layout.adminOrgs',
        icon: <ApartmentOutlined />,
        permissions: ['org.manage', 'refdata.manage'],
      },
      {
        path: '/admin/refdata',
        labelKey: 'layout.adminRefdata',
        icon: <DatabaseOutlined />,
        permissions: ['refdata.manage'],
      },
    ],
  },
  { path: '/audit', labelKey: 'layout.auditMenu', icon: <AuditOutlined />, permissions: ['audit.read'] },
  // Outside the app's frame: the public page, for everyone (a public participant's main page).
  { path: '/public/proposals', labelKey: 'publicPage.menu', icon: <GlobalOutlined /> },
  { path: '/profile', labelKey: 'layout.profile', icon: <UserOutlined /> },
];

export function visibleMenu(
  entries: MenuEntry[],
  can: (p: Permission) => boolean,
  hasRole: (r: Role) => boolean,
  isMember: boolean,
): MenuEntry[] {
  return entries
    .filter(
      (e) =>
        (!e.permissions || e.permissions.some(can)) && (!e.roles || e.roles.some(hasRole)) && (!e.member || isMember),
    )
    .map((e) => (e.children ? { ...e, children: visibleMenu(e.children, can, hasRole, isMember) } : e))
    .filter((e) => !e.children || e.children.length > 0);
}
