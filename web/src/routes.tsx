// Every page of the app. A module adds its routes here and its menu entries in layout/menu.tsx.
import type { RouteObject } from 'react-router-dom';
import { OrgsPage } from './pages/admin/OrgsPage';
import { RefDataPage } from './pages/admin/RefDataPage';
import { UsersPage } from './pages/admin/UsersPage';
import { AuditPage } from './pages/audit/AuditPage';
import { HomePage } from './pages/home/HomePage';
import { ContactChangesPage } from './pages/members/ContactChangesPage';
import { MemberDetailPage } from './pages/members/MemberDetailPage';
import { MemberFormPage } from './pages/members/MemberFormPage';
import { MemberImportPage } from './pages/members/MemberImportPage';
import { MemberListPage } from './pages/members/MemberListPage';
import { MyInfoPage } from './pages/members/MyInfoPage';
import { ProfilePage } from './pages/profile/ProfilePage';
import { MyProposalsPage } from './pages/proposals/MyProposalsPage';
import { ProposalDetailPage } from './pages/proposals/ProposalDetailPage';
import { ProposalFormPage } from './pages/proposals/ProposalFormPage';
import { ProposalListPage } from './pages/proposals/ProposalListPage';
import { ReviewQueuePage } from './pages/proposals/ReviewQueuePage';
import { SettingsPage as ProposalSettingsPage } from './pages/proposals/SettingsPage';
import { AssignBoardPage } from './pages/proposals/boards/AssignBoardPage';
import { CommitmentsPage } from './pages/proposals/boards/CommitmentsPage';
import { HandlingBoardPage } from './pages/proposals/boards/HandlingBoardPage';
import { UnitInboxPage } from './pages/proposals/handling/UnitInboxPage';
import { ExcellentPage } from './pages/proposals/key/ExcellentPage';
import { KeyBoardPage } from './pages/proposals/key/KeyBoardPage';
import { PrintPage } from './pages/proposals/print/PrintPage';
import { EvaluationPage } from './pages/proposals/stats/EvaluationPage';
import { LazyStatsPage } from './pages/proposals/stats/LazyStatsPage';
import { NotFoundPage, RequirePermission } from './components/Guards';

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
      <RequirePermission permission={['proposals.manage', 'proposals.read_all']}>
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
        <LazyStatsPage />
      </RequirePermission>
    ),
  },
  { path: 'proposals/:id/print', element: <PrintPage /> },
  { path: 'proposals/:id', element: <ProposalDetailPage /> },
  { path: 'proposals/:id/edit', element: <ProposalFormPage key="edit" /> },
  { path: '*', element: <NotFoundPage /> },
];
