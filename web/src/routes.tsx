// Every page of the app. A module adds its routes here and its menu entries in layout/menu.tsx.
import type { RouteObject } from 'react-router-dom';
import { OrgsPage } from './pages/admin/OrgsPage';
import { RefDataPage } from './pages/admin/RefDataPage';
import { UsersPage } from './pages/admin/UsersPage';
import { AuditPage } from './pages/audit/AuditPage';
import { HomePage } from './pages/home/HomePage';
import { ProfilePage } from './pages/profile/ProfilePage';
import { NotFoundPage, RequirePermission } from './components/Guards';

export const appRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'profile', element: <ProfilePage /> },
  { path: 'audit', element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
  { path: 'admin/users', element: <RequirePermission permission="users.manage"><UsersPage /></RequirePermission> },
  { path: 'admin/orgs', element: <RequirePermission permission={['org.manage', 'refdata.manage']}><OrgsPage /></RequirePermission> },
  { path: 'admin/refdata', element: <RequirePermission permission="refdata.manage"><RefDataPage /></RequirePermission> },
  { path: '*', element: <NotFoundPage /> },
];
