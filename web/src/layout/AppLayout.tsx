// The main layout: side menu (a drawer on phones), the organisation switcher, the
// notification bell and the user menu around the routed page.
import { GlobalOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { useSession } from '../auth';
import { OtherLanguage, useToggleLanguage } from '../components/LanguageSwitch';
import { PageLoading } from '../components/lazyPage';
import { useI18n } from '../i18n';
import { menu, visibleMenu, type MenuEntry } from './menu';
import { NotificationBell } from './NotificationBell';

const OrgSwitcher = lazy(() => import('./HeaderSelects').then((m) => ({ default: m.OrgSwitcher })));
const LanguageSelect = lazy(() => import('./HeaderSelects').then((m) => ({ default: m.LanguageSelect })));

const { Header, Sider, Content } = Layout;

function toItems(entries: MenuEntry[], t: (k: string) => string): NonNullable<Parameters<typeof Menu>[0]['items']> {
  return entries.map((e) => ({
    key: e.path,
    icon: e.icon,
    label: e.children ? t(e.labelKey) : <Link to={e.path}>{t(e.labelKey)}</Link>,
    children: e.children ? toItems(e.children, t) : undefined,
  }));
}

export function AppLayout() {
  const { me, can, hasRole, logout, refresh } = useSession();
  const { t } = useI18n();
  const toggleLanguage = useToggleLanguage();
  const { message } = AntApp.useApp();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [drawer, setDrawer] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const isMember = !!me?.user.memberId;
  const entries = useMemo(() => visibleMenu(menu, can, hasRole, isMember), [can, hasRole, isMember]);
  const items = useMemo(() => toItems(entries, t), [entries, t]);
  const selected = useMemo(() => {
    const all = entries.flatMap((e) => (e.children ? e.children : [e]));
    const hit = all.filter((e) => (e.path === '/' ? location.pathname === '/' : location.pathname.startsWith(e.path)));
    return hit
      .sort((a, b) => b.path.length - a.path.length)
      .slice(0, 1)
      .map((e) => e.path);
  }, [entries, location.pathname]);
  useEffect(() => setDrawer(false), [location.pathname]);
  // A member's field visits saved offline are sent from app start, whatever page he opens; the
  // outbox code loads only for those who may visit.
  const visitorId = isMember && can('supervision.visit') ? me?.user.id : undefined;
  useEffect(() => {
    if (visitorId === undefined) return;
    const service = import('../offline/service');
    void service.then((s) => s.startSync(visitorId));
    return () => void service.then((s) => s.stopSync());
  }, [visitorId]);
  // The group holding the current page is open, also when the page is reached by its address.
  const [openKeys, setOpenKeys] = useState<string[]>([]);
  const activeGroup = useMemo(
    () => entries.find((e) => e.children?.some((c) => location.pathname.startsWith(c.path)))?.path,
    [entries, location.pathname],
  );
  useEffect(() => {
    if (activeGroup) setOpenKeys((keys) => (keys.includes(activeGroup) ? keys : [...keys, activeGroup]));
  }, [activeGroup]);
  if (!me) return null;

  const switchOrg = async (orgId: number) => {
    await api.post('/api/auth/switch-org', { body: { orgId } });
    const next = await refresh();
    message.success(t('layout.orgSwitched', { name: next?.currentOrg.name ?? '' }));
    navigate('/');
  };

  const nav = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
      style={{ borderInlineEnd: 0 }}
    />
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!mobile && (
        <Sider width={220} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <div
            style={{
              height: 56,
              display: 'flex',
              alignItems: 'center',
              padding: '0 20px',
              fontWeight: 600,
              fontSize: 17,
              color: '#b7312c',
            }}
          >
            {t('common.appName')}
          </div>
          {nav}
        </Sider>
      )}
      <Drawer
        open={drawer}
        onClose={() => setDrawer(false)}
        placement="left"
        width={260}
        title={t('common.appName')}
        styles={{ body: { padding: 0 } }}
      >
        {nav}
      </Drawer>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: mobile ? '0 12px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            borderBottom: '1px solid #f0f0f0',
            height: 56,
            lineHeight: '56px',
          }}
        >
          {mobile && (
            <Button type="text" icon={<MenuOutlined />} onClick={() => setDrawer(true)} aria-label={t('layout.menu')} />
          )}
          {me.orgs.length > 1 ? (
            <Suspense fallback={<Typography.Text strong>{me.currentOrg.name}</Typography.Text>}>
              <OrgSwitcher orgs={me.orgs} current={me.currentOrg.id} onSwitch={switchOrg} mobile={mobile} />
            </Suspense>
          ) : (
            <Typography.Text strong ellipsis>
              {me.currentOrg.name}
            </Typography.Text>
          )}
          <div style={{ flex: 1 }} />
          <Space size={mobile ? 4 : 12}>
            <NotificationBell />
            {!mobile && (
              <Suspense fallback={null}>
                <LanguageSelect />
              </Suspense>
            )}
            <Dropdown
              menu={{
                items: [
                  { key: 'profile', icon: <UserOutlined />, label: <Link to="/profile">{t('layout.profile')}</Link> },
                  // On a phone the header has no room for the select: the language is switched here.
                  ...(mobile
                    ? [
                        {
                          key: 'language',
                          icon: <GlobalOutlined />,
                          label: (
                            <span data-testid="language-switch">
                              <OtherLanguage />
                            </span>
                          ),
                          onClick: toggleLanguage,
                        },
                      ]
                    : []),
                  {
                    key: 'logout',
                    icon: <LogoutOutlined />,
                    label: t('auth.logout'),
                    onClick: async () => {
                      await logout();
                      navigate('/login');
                    },
                  },
                ],
              }}
            >
              <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                {mobile ? null : me.user.displayName}
              </Button>
            </Dropdown>
          </Space>
        </Header>
        <Content style={{ padding: mobile ? 12 : 24 }}>
          {/* Pages load lazily (routes.tsx): the header and menu stay while one arrives. */}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
