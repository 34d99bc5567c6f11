// The menu: one entry per page that exists, shown only to users who may open it.
// A module adds its pages here and its routes in routes.tsx.
import { ApartmentOutlined, AuditOutlined, DatabaseOutlined, HomeOutlined, SettingOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface MenuEntry {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** Shown when the user has any of these permissions (or, with none listed, to everyone). */
  permissions?: string[];
  roles?: string[];
  children?: MenuEntry[];
}

export const menu: MenuEntry[] = [
  { path: '/', labelKey: 'layout.home', icon: <HomeOutlined /> },
  {
    path: '/admin', labelKey: 'admin.menu', icon: <SettingOutlined />, children: [
      { path: '/admin/users', labelKey: 'admin.usersMenu', icon: <TeamOutlined />, permissions: ['users.manage'] },
      { path: '/admin/orgs', labelKey: 'admin.orgsMenu', icon: <ApartmentOutlined />, permissions: ['org.manage', 'refdata.manage'] },
      { path: '/admin/refdata', labelKey: 'admin.refdataMenu', icon: <DatabaseOutlined />, permissions: ['refdata.manage'] },
    ],
  },
  { path: '/audit', labelKey: 'audit.menu', icon: <AuditOutlined />, permissions: ['audit.read'] },
  { path: '/profile', labelKey: 'layout.profile', icon: <UserOutlined /> },
];

export function visibleMenu(entries: MenuEntry[], can: (p: string) => boolean, hasRole: (r: string) => boolean): MenuEntry[] {
  return entries
    .filter((e) => (!e.permissions || e.permissions.some(can)) && (!e.roles || e.roles.some(hasRole)))
    .map((e) => (e.children ? { ...e, children: visibleMenu(e.children, can, hasRole) } : e))
    .filter((e) => !e.children || e.children.length > 0);
}
