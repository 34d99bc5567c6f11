// The menu: one entry per page that exists, shown only to users who may open it.
// A module adds its pages here and its routes in routes.tsx.
import {
  ApartmentOutlined, AuditOutlined, ContactsOutlined, DatabaseOutlined, HomeOutlined, IdcardOutlined, SettingOutlined, SolutionOutlined,
  TeamOutlined, UploadOutlined, UserOutlined,
} from '@ant-design/icons';
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
  { path: '/my-info', labelKey: 'members.myInfoMenu', icon: <IdcardOutlined />, roles: ['member'] },
  {
    path: '/member-admin', labelKey: 'members.groupMenu', icon: <ContactsOutlined />, children: [
      { path: '/members', labelKey: 'members.menu', icon: <TeamOutlined />, permissions: ['members.read'] },
      { path: '/members/import', labelKey: 'members.importMenu', icon: <UploadOutlined />, permissions: ['members.import'] },
      { path: '/members/contact-changes', labelKey: 'members.changesMenu', icon: <SolutionOutlined />, permissions: ['contact_changes.decide'] },
    ],
  },
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
