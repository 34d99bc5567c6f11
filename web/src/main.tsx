import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router-dom';
import { queryClient } from './api/query';
import { SessionProvider, useSession } from './auth';
import { I18nProvider, useI18n } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { ForcedPasswordPage, TotpEnrollPage, TotpVerifyPage } from './pages/auth/GatePages';
import { LoginPage } from './pages/auth/LoginPage';
import { PublicProposalPage } from './pages/public/PublicProposalPage';
import { PublicProposalsPage } from './pages/public/PublicProposalsPage';
import { appRoutes } from './routes';

dayjs.locale('zh-cn');

/** Sends the user through whichever sign-in step is still open before the app itself. */
function Gate() {
  const { me, loading } = useSession();
  if (loading)
    return (
      <div style={{ padding: 80, textAlign: 'center' }}>
        <Spin size="large" />
      </div>
    );
  if (!me) return <Navigate to="/login" replace />;
  if (me.mfaState === 'pending') return <TotpVerifyPage />;
  if (me.mfaState === 'enroll') return <TotpEnrollPage />;
  if (me.mustChangePassword) return <ForcedPasswordPage />;
  return <Outlet />;
}

function LoginRoute() {
  const { me, loading } = useSession();
  if (loading) return null;
  return me ? <Navigate to="/" replace /> : <LoginPage />;
}

const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute /> },
  // Readable by anyone, signed in or not.
  { path: '/public/proposals', element: <PublicProposalsPage /> },
  { path: '/public/proposals/:id', element: <PublicProposalPage /> },
  { element: <Gate />, children: [{ element: <AppLayout />, children: appRoutes }] },
]);

function Root() {
  const { locale } = useI18n();
  return (
    <ConfigProvider
      locale={locale === 'en-US' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#b7312c', borderRadius: 6 } }}
    >
      <AntApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Root />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
