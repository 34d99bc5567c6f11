// Every page of the app. A module adds its routes here and its menu entries in layout/menu.tsx.
// Pages load lazily (one chunk per page, fetched when first opened; see components/lazyPage),
// inside the Suspense boundary of AppLayout. e2e/delivery-budget.spec.ts opens every path here.
import type { RouteObject } from 'react-router-dom';
import { NotFoundPage, RequirePermission } from './components/Guards';
import { lazyPage } from './components/lazyPage';

import type { Permission } from './api/models';
const OrgsPage = lazyPage(() => import('./pages/admin/OrgsPage'), 'OrgsPage');
const RefDataPage = lazyPage(() => import('./pages/admin/RefDataPage'), 'RefDataPage');
const UsersPage = lazyPage(() => import('./pages/admin/UsersPage'), 'UsersPage');
const AuditPage = lazyPage(() => import('./pages/audit/AuditPage'), 'AuditPage');
const HomePage = lazyPage(() => import('./pages/home/HomePage'), 'HomePage');
const ContactChangesPage = lazyPage(() => import('./pages/members/ContactChangesPage'), 'ContactChangesPage');
const CheckinPage = lazyPage(() => import('./pages/meetings/CheckinPage'), 'CheckinPage');
const DoorCodePage = lazyPage(() => import('./pages/meetings/DoorCodePage'), 'DoorCodePage');
const MyCodePage = lazyPage(() => import('./pages/meetings/MyCodePage'), 'MyCodePage');
const ScanPage = lazyPage(() => import('./pages/meetings/ScanPage'), 'ScanPage');
const MeetingFormPage = lazyPage(() => import('./pages/meetings/MeetingFormPage'), 'MeetingFormPage');
const MeetingListPage = lazyPage(() => import('./pages/meetings/MeetingListPage'), 'MeetingListPage');
const MeetingPage = lazyPage(() => import('./pages/meetings/MeetingPage'), 'MeetingPage');
const MyMeetingsPage = lazyPage(() => import('./pages/meetings/MyMeetingsPage'), 'MyMeetingsPage');
const MySpeechesPage = lazyPage(() => import('./pages/meetings/MySpeechesPage'), 'MySpeechesPage');
const MyGuidePage = lazyPage(() => import('./pages/meetings/guide/MyGuidePage'), 'MyGuidePage');
const GuideEditPage = lazyPage(() => import('./pages/meetings/guide/GuideEditPage'), 'GuideEditPage');
const MeetingKindsPage = lazyPage(() => import('./pages/meetings/MeetingKindsPage'), 'MeetingKindsPage');
const StudyCoveragePage = lazyPage(() => import('./pages/study/coverage/StudyCoveragePage'), 'StudyCoveragePage');
const FollowupListPage = lazyPage(() => import('./pages/meetings/minutes/FollowupListPage'), 'FollowupListPage');
const FollowupPage = lazyPage(() => import('./pages/meetings/minutes/FollowupPage'), 'FollowupPage');
/** Follow-ups: the office and leaders (all of the organisation's), a unit or a member (his own). */
const FOLLOWUP_READERS: Permission[] = [
  'meetings.manage',
  'meetings.read_all',
  'meetings.follow_up',
  'meetings.attend',
];
const MyNoticesPage = lazyPage(() => import('./pages/notices/MyNoticesPage'), 'MyNoticesPage');
const StudyPlanPage = lazyPage(() => import('./pages/study/StudyPlanPage'), 'StudyPlanPage');
const OpinionGroupsPage = lazyPage(() => import('./pages/opinions/groups/OpinionGroupsPage'), 'OpinionGroupsPage');
const StudyExchangePage = lazyPage(() => import('./pages/study/StudyExchangePage'), 'StudyExchangePage');
const NoticeListPage = lazyPage(() => import('./pages/notices/NoticeListPage'), 'NoticeListPage');
const NoticePage = lazyPage(() => import('./pages/notices/NoticePage'), 'NoticePage');
const NoticeFormPage = lazyPage(() => import('./pages/notices/NoticeFormPage'), 'NoticeFormPage');
const MaterialListPage = lazyPage(() => import('./pages/study/materials/MaterialListPage'), 'MaterialListPage');
const MaterialFormPage = lazyPage(() => import('./pages/study/materials/MaterialFormPage'), 'MaterialFormPage');
const MaterialPage = lazyPage(() => import('./pages/study/materials/MaterialPage'), 'MaterialPage');
const MyStudyPage = lazyPage(() => import('./pages/study/materials/MyStudyPage'), 'MyStudyPage');
const ReaderPage = lazyPage(() => import('./pages/study/materials/ReaderPage'), 'ReaderPage');
const MemberDetailPage = lazyPage(() => import('./pages/members/MemberDetailPage'), 'MemberDetailPage');
const MemberFormPage = lazyPage(() => import('./pages/members/MemberFormPage'), 'MemberFormPage');
const MemberImportPage = lazyPage(() => import('./pages/members/MemberImportPage'), 'MemberImportPage');
const MemberListPage = lazyPage(() => import('./pages/members/MemberListPage'), 'MemberListPage');
const MyInfoPage = lazyPage(() => import('./pages/members/MyInfoPage'), 'MyInfoPage');
const ProfilePage = lazyPage(() => import('./pages/profile/ProfilePage'), 'ProfilePage');
const MyProposalsPage = lazyPage(() => import('./pages/proposals/MyProposalsPage'), 'MyProposalsPage');
const ProposalDetailPage = lazyPage(() => import('./pages/proposals/ProposalDetailPage'), 'ProposalDetailPage');
const ProposalFormPage = lazyPage(() => import('./pages/proposals/ProposalFormPage'), 'ProposalFormPage');
const ProposalListPage = lazyPage(() => import('./pages/proposals/ProposalListPage'), 'ProposalListPage');
const ReviewQueuePage = lazyPage(() => import('./pages/proposals/ReviewQueuePage'), 'ReviewQueuePage');
const ProposalSettingsPage = lazyPage(() => import('./pages/proposals/SettingsPage'), 'SettingsPage');
const AssignBoardPage = lazyPage(() => import('./pages/proposals/boards/AssignBoardPage'), 'AssignBoardPage');
const CommitmentsPage = lazyPage(() => import('./pages/proposals/boards/CommitmentsPage'), 'CommitmentsPage');
const HandlingBoardPage = lazyPage(() => import('./pages/proposals/boards/HandlingBoardPage'), 'HandlingBoardPage');
const UnitInboxPage = lazyPage(() => import('./pages/proposals/handling/UnitInboxPage'), 'UnitInboxPage');
const ExcellentPage = lazyPage(() => import('./pages/proposals/key/ExcellentPage'), 'ExcellentPage');
const KeyBoardPage = lazyPage(() => import('./pages/proposals/key/KeyBoardPage'), 'KeyBoardPage');
const PrintPage = lazyPage(() => import('./pages/proposals/print/PrintPage'), 'PrintPage');
const EvaluationPage = lazyPage(() => import('./pages/proposals/stats/EvaluationPage'), 'EvaluationPage');
// The statistics page brings ECharts, which no other page needs.
const StatsPage = lazyPage(() => import('./pages/proposals/stats/StatsPage'), 'default');
const OpinionDashboardPage = lazyPage(
  () => import('./pages/opinions/processing/OpinionDashboardPage'),
  'OpinionDashboardPage',
);
const OpinionCategoriesPage = lazyPage(
  () => import('./pages/opinions/processing/OpinionCategoriesPage'),
  'OpinionCategoriesPage',
);
const OpinionProcessingPage = lazyPage(
  () => import('./pages/opinions/processing/OpinionProcessingPage'),
  'OpinionProcessingPage',
);
const UnitOpinionsPage = lazyPage(() => import('./pages/opinions/processing/UnitOpinionsPage'), 'UnitOpinionsPage');
const PartyPage = lazyPage(() => import('./pages/study/party/PartyPage'), 'PartyPage');
const MyReportsPage = lazyPage(() => import('./pages/opinions/reports/MyReportsPage'), 'MyReportsPage');
const ReportSubmitPage = lazyPage(() => import('./pages/opinions/reports/ReportSubmitPage'), 'ReportSubmitPage');
const ReportPage = lazyPage(() => import('./pages/opinions/reports/ReportPage'), 'ReportPage');
const ReportsInboxPage = lazyPage(() => import('./pages/opinions/reports/ReportsInboxPage'), 'ReportsInboxPage');
const ReportFiguresPage = lazyPage(() => import('./pages/opinions/reports/ReportFiguresPage'), 'ReportFiguresPage');
const BulletinsPage = lazyPage(() => import('./pages/opinions/reports/BulletinsPage'), 'BulletinsPage');
const InspectionListPage = lazyPage(
  () => import('./pages/supervision/inspections/InspectionListPage'),
  'InspectionListPage',
);
const MyInspectionsPage = lazyPage(
  () => import('./pages/supervision/inspections/MyInspectionsPage'),
  'MyInspectionsPage',
);
const InspectionPage = lazyPage(() => import('./pages/supervision/inspections/InspectionPage'), 'InspectionPage');
const RecommendationListPage = lazyPage(
  () => import('./pages/supervision/inspections/RecommendationListPage'),
  'RecommendationListPage',
);
const RecommendationPage = lazyPage(
  () => import('./pages/supervision/inspections/RecommendationPage'),
  'RecommendationPage',
);
const ProblemListPage = lazyPage(() => import('./pages/supervision/problems/ProblemListPage'), 'ProblemListPage');
const ProblemPage = lazyPage(() => import('./pages/supervision/problems/ProblemPage'), 'ProblemPage');

// The work plan (工作要点与四共同): the office writes, leaders read, a department its recommendations.
const WorkplanOfficePage = lazyPage(() => import('./pages/workplan/OfficePage'), 'WorkplanOfficePage');
const WorkplanTopicsPage = lazyPage(() => import('./pages/workplan/TopicsPage'), 'TopicsPage');
const WorkplanTopicPage = lazyPage(() => import('./pages/workplan/TopicPage'), 'TopicPage');
const WorkplanReportPage = lazyPage(() => import('./pages/workplan/ReportPage'), 'WorkplanReportPage');
const WorkplanRecsPage = lazyPage(() => import('./pages/workplan/RecommendationsPage'), 'RecommendationsPage');
const WorkplanRecPage = lazyPage(() => import('./pages/workplan/RecommendationPage'), 'RecommendationPage');
const WorkplanThemesPage = lazyPage(() => import('./pages/workplan/themes/ThemesPage'), 'ThemesPage');
const WorkplanLeadersPage = lazyPage(() => import('./pages/workplan/leaders/LeadersPage'), 'LeadersPage');
const WORKPLAN_READERS: Permission[] = ['workplan.manage', 'workplan.read'];
const WORKPLAN_REC_READERS: Permission[] = ['workplan.manage', 'workplan.read', 'workplan.answer'];
/** Who reads an inspection: the office and leaders (all of the organisation's), members (those they take part in). */
const INSPECTION_READERS: Permission[] = ['supervision.manage', 'supervision.read_all', 'supervision.visit'];
/** Who reads recommendations: the office and leaders, and the handling units they are routed to. */
const RECOMMENDATION_READERS: Permission[] = ['supervision.manage', 'supervision.read_all', 'supervision.answer'];
const BulletinPage = lazyPage(() => import('./pages/opinions/reports/BulletinPage'), 'BulletinPage');
const CampaignsPage = lazyPage(() => import('./pages/opinions/campaigns/CampaignsPage'), 'CampaignsPage');
const ConsultationsPage = lazyPage(() => import('./pages/consultations/ConsultationsPage'), 'ConsultationsPage');
const ConsultationPage = lazyPage(() => import('./pages/consultations/ConsultationPage'), 'ConsultationPage');
const MyConsultationsPage = lazyPage(() => import('./pages/consultations/MyConsultationsPage'), 'MyConsultationsPage');
const VotePage = lazyPage(() => import('./pages/consultations/MyConsultationsPage'), 'VotePage');
const CampaignPage = lazyPage(() => import('./pages/opinions/campaigns/CampaignPage'), 'CampaignPage');
const EvalCampaignsPage = lazyPage(() => import('./pages/supervision/campaigns/CampaignsPage'), 'EvalCampaignsPage');
const EvalCampaignPage = lazyPage(() => import('./pages/supervision/campaigns/CampaignPage'), 'EvalCampaignPage');
const AlbumPrintPage = lazyPage(() => import('./pages/supervision/campaigns/review/AlbumPrintPage'), 'AlbumPrintPage');
const OpinionsPage = lazyPage(() => import('./pages/opinions/intake/OpinionsPage'), 'OpinionsPage');
const OpinionPage = lazyPage(() => import('./pages/opinions/intake/OpinionPage'), 'OpinionPage');
const PaperEntryPage = lazyPage(() => import('./pages/opinions/intake/PaperEntryPage'), 'PaperEntryPage');
const MyOpinionsPage = lazyPage(() => import('./pages/opinions/MyOpinionsPage'), 'MyOpinionsPage');
const MyOpinionPage = lazyPage(() => import('./pages/opinions/MyOpinionPage'), 'MyOpinionPage');
const FieldHomePage = lazyPage(() => import('./pages/supervision/field/FieldHomePage'), 'FieldHomePage');
const FieldVisitPage = lazyPage(() => import('./pages/supervision/field/FieldVisitPage'), 'FieldVisitPage');

export const appRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'profile', element: <ProfilePage /> },
  {
    path: 'audit',
    element: (
      <RequirePermission permission="audit.read">
        <AuditPage />
      </RequirePermission>
    ),
  },
  {
    path: 'admin/users',
    element: (
      <RequirePermission permission="users.manage">
        <UsersPage />
      </RequirePermission>
    ),
  },
  {
    path: 'admin/orgs',
    element: (
      <RequirePermission permission={['org.manage', 'refdata.manage']}>
        <OrgsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'admin/refdata',
    element: (
      <RequirePermission permission="refdata.manage">
        <RefDataPage />
      </RequirePermission>
    ),
  },
  {
    path: 'members',
    element: (
      <RequirePermission permission="members.read">
        <MemberListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'members/new',
    element: (
      <RequirePermission permission="members.write">
        <MemberFormPage />
      </RequirePermission>
    ),
  },
  {
    path: 'members/import',
    element: (
      <RequirePermission permission="members.import">
        <MemberImportPage />
      </RequirePermission>
    ),
  },
  {
    path: 'members/contact-changes',
    element: (
      <RequirePermission permission="contact_changes.decide">
        <ContactChangesPage />
      </RequirePermission>
    ),
  },
  {
    path: 'members/:id',
    element: (
      <RequirePermission permission="members.read">
        <MemberDetailPage />
      </RequirePermission>
    ),
  },
  {
    path: 'members/:id/edit',
    element: (
      <RequirePermission permission="members.write">
        <MemberFormPage key="edit" />
      </RequirePermission>
    ),
  },
  { path: 'my-info', element: <MyInfoPage /> },
  {
    path: 'proposals',
    element: (
      <RequirePermission permission={['proposals.manage', 'proposals.read_all']}>
        <ProposalListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/mine',
    element: (
      <RequirePermission permission={['proposals.draft', 'proposals.manage']}>
        <MyProposalsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/new',
    element: (
      <RequirePermission permission={['proposals.draft', 'proposals.manage']}>
        <ProposalFormPage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/review',
    element: (
      <RequirePermission permission="proposals.manage">
        <ReviewQueuePage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/settings',
    element: (
      <RequirePermission permission="proposals.manage">
        <ProposalSettingsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/inbox',
    element: (
      <RequirePermission permission="proposals.handle">
        <UnitInboxPage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/assign-board',
    element: (
      <RequirePermission permission="proposals.manage">
        <AssignBoardPage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/handling-board',
    element: (
      <RequirePermission permission={['proposals.manage', 'proposals.read_all']}>
        <HandlingBoardPage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/commitments',
    element: (
      <RequirePermission permission={['proposals.manage', 'proposals.read_all', 'proposals.handle']}>
        <CommitmentsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/key-board',
    element: (
      <RequirePermission permission={['proposals.manage', 'proposals.read_all', 'proposals.lead']}>
        <KeyBoardPage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/key/mine',
    element: (
      <RequirePermission permission="proposals.lead">
        <KeyBoardPage key="mine" mine />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/excellent',
    element: (
      <RequirePermission permission="proposals.manage">
        <ExcellentPage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/evaluation',
    element: (
      <RequirePermission permission={['stats.read', 'proposals.manage']}>
        <EvaluationPage />
      </RequirePermission>
    ),
  },
  {
    path: 'proposals/stats',
    element: (
      <RequirePermission permission="stats.read">
        <StatsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'study/coverage',
    element: (
      <RequirePermission permission={['study.manage', 'study.read_all']}>
        <StudyCoveragePage />
      </RequirePermission>
    ),
  },
  { path: 'proposals/:id/print', element: <PrintPage /> },
  { path: 'proposals/:id', element: <ProposalDetailPage /> },
  { path: 'proposals/:id/edit', element: <ProposalFormPage key="edit" /> },
  {
    path: 'meetings',
    element: (
      <RequirePermission permission={['meetings.manage', 'meetings.read_all']}>
        <MeetingListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/mine',
    element: (
      <RequirePermission permission="meetings.attend">
        <MyMeetingsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/my-speeches',
    element: (
      <RequirePermission permission="meetings.attend">
        <MySpeechesPage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/kinds',
    element: (
      <RequirePermission permission="meetings.manage">
        <MeetingKindsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/followups',
    element: (
      <RequirePermission permission={FOLLOWUP_READERS}>
        <FollowupListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/followups/:id',
    element: (
      <RequirePermission permission={FOLLOWUP_READERS}>
        <FollowupPage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/new',
    element: (
      <RequirePermission permission="meetings.manage">
        <MeetingFormPage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/:id',
    element: (
      <RequirePermission permission={['meetings.manage', 'meetings.read_all', 'meetings.attend']}>
        <MeetingPage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/:id/edit',
    element: (
      <RequirePermission permission="meetings.manage">
        <MeetingFormPage key="edit" />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/:id/door',
    element: (
      <RequirePermission permission="meetings.manage">
        <DoorCodePage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/:id/guide',
    element: (
      <RequirePermission permission="meetings.attend">
        <MyGuidePage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/:id/guide/edit',
    element: (
      <RequirePermission permission="meetings.manage">
        <GuideEditPage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/:id/checkin',
    element: (
      <RequirePermission permission="meetings.attend">
        <CheckinPage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/:id/my-code',
    element: (
      <RequirePermission permission="meetings.attend">
        <MyCodePage />
      </RequirePermission>
    ),
  },
  {
    path: 'meetings/:id/scan',
    element: (
      <RequirePermission permission="meetings.manage">
        <ScanPage />
      </RequirePermission>
    ),
  },
  {
    path: 'notices',
    element: (
      <RequirePermission permission={['meetings.manage', 'meetings.read_all']}>
        <NoticeListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'consultations',
    element: (
      <RequirePermission permission={['consultations.manage', 'consultations.read']}>
        <ConsultationsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'consultations/:id',
    element: (
      <RequirePermission permission={['consultations.manage', 'consultations.read']}>
        <ConsultationPage />
      </RequirePermission>
    ),
  },
  // Members and invited units take part by membership (the server answers who may).
  { path: 'consultations/mine', element: <MyConsultationsPage /> },
  { path: 'consultations/mine/:id', element: <VotePage /> },
  {
    path: 'opinions/campaigns',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <CampaignsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/campaigns/:id',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <CampaignPage />
      </RequirePermission>
    ),
  },
  {
    path: 'supervision/campaigns',
    element: (
      <RequirePermission permission={['supervision.manage', 'supervision.read_all']}>
        <EvalCampaignsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'supervision/campaigns/:id',
    element: (
      <RequirePermission permission={['supervision.manage', 'supervision.read_all']}>
        <EvalCampaignPage />
      </RequirePermission>
    ),
  },
  {
    path: 'supervision/campaigns/:id/album/print',
    element: (
      <RequirePermission permission={['supervision.manage', 'supervision.read_all']}>
        <AlbumPrintPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/list',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <OpinionsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/list/:id',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <OpinionPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/paper',
    element: (
      <RequirePermission permission={'opinions.manage'}>
        <PaperEntryPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/mine',
    element: (
      <RequirePermission permission={'opinions.submit'}>
        <MyOpinionsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/mine/:id',
    element: (
      <RequirePermission permission={'opinions.submit'}>
        <MyOpinionPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/reports/mine',
    element: (
      <RequirePermission permission={['opinions.submit']}>
        <MyReportsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/reports/new',
    element: (
      <RequirePermission permission={['opinions.submit']}>
        <ReportSubmitPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/reports/mine/:id',
    element: (
      <RequirePermission permission={['opinions.submit', 'opinions.manage', 'opinions.read_all']}>
        <ReportPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/reports',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <ReportsInboxPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/reports/figures',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <ReportFiguresPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/reports/:id',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <ReportPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/bulletins',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <BulletinsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/bulletins/:id',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <BulletinPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/groups',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <OpinionGroupsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'study/plan',
    element: (
      <RequirePermission permission={['study.manage', 'study.read_all']}>
        <StudyPlanPage />
      </RequirePermission>
    ),
  },
  {
    path: 'study/exchange',
    element: (
      <RequirePermission permission={['study.manage', 'study.read_all', 'study.learn']}>
        <StudyExchangePage />
      </RequirePermission>
    ),
  },
  {
    path: 'notices/mine',
    element: (
      <RequirePermission permission={['meetings.attend', 'meetings.manage']}>
        <MyNoticesPage />
      </RequirePermission>
    ),
  },
  {
    path: 'notices/new',
    element: (
      <RequirePermission permission="meetings.manage">
        <NoticeFormPage />
      </RequirePermission>
    ),
  },
  {
    path: 'notices/:id',
    element: (
      <RequirePermission permission={['meetings.manage', 'meetings.read_all', 'meetings.attend']}>
        <NoticePage />
      </RequirePermission>
    ),
  },
  {
    path: 'notices/:id/edit',
    element: (
      <RequirePermission permission="meetings.manage">
        <NoticeFormPage key="edit" />
      </RequirePermission>
    ),
  },
  {
    path: 'study/party',
    element: (
      <RequirePermission permission={['study.manage', 'study.read_all']}>
        <PartyPage />
      </RequirePermission>
    ),
  },
  {
    path: 'study/materials',
    element: (
      <RequirePermission permission={['study.manage', 'study.read_all']}>
        <MaterialListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'study/materials/new',
    element: (
      <RequirePermission permission="study.manage">
        <MaterialFormPage />
      </RequirePermission>
    ),
  },
  {
    path: 'study/materials/:id',
    element: (
      <RequirePermission permission={['study.manage', 'study.read_all']}>
        <MaterialPage />
      </RequirePermission>
    ),
  },
  {
    path: 'study/materials/:id/edit',
    element: (
      <RequirePermission permission="study.manage">
        <MaterialFormPage key="edit" />
      </RequirePermission>
    ),
  },
  {
    path: 'study/mine',
    element: (
      <RequirePermission permission="study.learn">
        <MyStudyPage />
      </RequirePermission>
    ),
  },
  {
    path: 'study/mine/:id',
    element: (
      <RequirePermission permission="study.learn">
        <ReaderPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/dashboard',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <OpinionDashboardPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/categories',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <OpinionCategoriesPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/processing/:id',
    element: (
      <RequirePermission permission={['opinions.manage', 'opinions.read_all']}>
        <OpinionProcessingPage />
      </RequirePermission>
    ),
  },
  {
    path: 'opinions/unit',
    element: (
      <RequirePermission permission="opinions.answer">
        <UnitOpinionsPage />
      </RequirePermission>
    ),
  },
  // A member's field visits (民主监督 实地评议): phone first, usable offline (web/src/offline).
  {
    path: 'supervision/field',
    element: (
      <RequirePermission permission="supervision.visit">
        <FieldHomePage />
      </RequirePermission>
    ),
  },
  {
    path: 'supervision/field/:campaignId/:objectId',
    element: (
      <RequirePermission permission="supervision.visit">
        <FieldVisitPage />
      </RequirePermission>
    ),
  },
  {
    path: 'supervision/inspections',
    element: (
      <RequirePermission permission={['supervision.manage', 'supervision.read_all']}>
        <InspectionListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'supervision/inspections/mine',
    element: (
      <RequirePermission permission="supervision.visit">
        <MyInspectionsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'supervision/inspections/:id',
    element: (
      <RequirePermission permission={INSPECTION_READERS}>
        <InspectionPage />
      </RequirePermission>
    ),
  },
  {
    path: 'supervision/recommendations',
    element: (
      <RequirePermission permission={RECOMMENDATION_READERS}>
        <RecommendationListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'supervision/recommendations/:id',
    element: (
      <RequirePermission permission={RECOMMENDATION_READERS}>
        <RecommendationPage />
      </RequirePermission>
    ),
  },
  {
    path: 'supervision/problems',
    element: (
      <RequirePermission permission={RECOMMENDATION_READERS}>
        <ProblemListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'supervision/problems/:id',
    element: (
      <RequirePermission permission={RECOMMENDATION_READERS}>
        <ProblemPage />
      </RequirePermission>
    ),
  },
  ...(
    [
      ['workplan/office', WORKPLAN_READERS, <WorkplanOfficePage />],
      ['workplan/topics', WORKPLAN_READERS, <WorkplanTopicsPage />],
      ['workplan/topics/:id', WORKPLAN_READERS, <WorkplanTopicPage />],
      ['workplan/reports/:id', WORKPLAN_READERS, <WorkplanReportPage />],
      ['workplan/recommendations', WORKPLAN_REC_READERS, <WorkplanRecsPage />],
      ['workplan/recommendations/:id', WORKPLAN_REC_READERS, <WorkplanRecPage />],
      ['workplan/themes', WORKPLAN_READERS, <WorkplanThemesPage />],
      ['workplan/leaders', WORKPLAN_READERS, <WorkplanLeadersPage />],
    ] as const
  ).map(([path, permission, page]) => ({
    path,
    element: <RequirePermission permission={[...permission]}>{page}</RequirePermission>,
  })),
  { path: '*', element: <NotFoundPage /> },
];
