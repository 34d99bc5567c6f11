// Every page of the app. A module adds its routes here and its menu entries in layout/menu.tsx.
import type { RouteObject } from 'react-router-dom';
import { OrgsPage } from './pages/admin/OrgsPage';
import { RefDataPage } from './pages/admin/RefDataPage';
import { UsersPage } from './pages/admin/UsersPage';
import { AuditPage } from './pages/audit/AuditPage';
import { HomePage } from './pages/home/HomePage';
import { ProfilePage } from './pages/profile/ProfilePage';
import { NotFoundPage, RequirePermission } from './components/Guards';
import { ContactChangesPage } from './pages/members/ContactChangesPage';
import { MemberDetailPage } from './pages/members/MemberDetailPage';
import { MemberFormPage } from './pages/members/MemberFormPage';
import { MemberImportPage } from './pages/members/MemberImportPage';
import { MemberListPage } from './pages/members/MemberListPage';
import { MyInfoPage } from './pages/members/MyInfoPage';

export const appRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'profile', element: <ProfilePage /> },
  { path: 'audit', element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
  { path: 'admin/users', element: <RequirePermission permission="users.manage"><UsersPage /></RequirePermission> },
  { path: 'admin/orgs', element: <RequirePermission permission={['org.manage', 'refdata.manage']}><OrgsPage /></RequirePermission> },
  { path: 'admin/refdata', element: <RequirePermission permission="refdata.manage"><RefDataPage /></RequirePermission> },
  { path: 'members', element: <RequirePermission permission="members.read"><MemberListPage /></RequirePermission> },
  { path: 'members/new', element: <RequirePermission permission="members.write"><MemberFormPage /></RequirePermission> },
  { path: 'members/import', element: <RequirePermission permission="members.import"><MemberImportPage /></RequirePermission> },
  { path: 'members/contact-changes', element: <RequirePermission permission="contact_changes.decide"><ContactChangesPage /></RequirePermission> },
  { path: 'members/:id', element: <RequirePermission permission="members.read"><MemberDetailPage /></RequirePermission> },
  { path: 'members/:id/edit', element: <RequirePermission permission="members.write"><MemberFormPage key="edit" /></RequirePermission> },
  { path: 'my-info', element: <MyInfoPage /> },
  { path: '*', element: <NotFoundPage /> },
];
