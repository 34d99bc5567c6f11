// Every page of the app. A module adds its routes here and its menu entries in layout/menu.tsx.
import type { RouteObject } from 'react-router-dom';
import { AuditPage } from './pages/audit/AuditPage';
import { HomePage } from './pages/home/HomePage';
import { ProfilePage } from './pages/profile/ProfilePage';
import { NotFoundPage, RequirePermission } from './components/Guards';

export const appRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'profile', element: <ProfilePage /> },
  { path: 'audit', element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
  { path: '*', element: <NotFoundPage /> },
];
