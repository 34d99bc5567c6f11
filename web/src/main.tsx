import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, Navigate, Outlet, RouterProvider, type RouteObject } from 'react-router-dom';
import { queryClient } from './api/query';
import { SessionProvider, useSession } from './auth';
import { lazyPage, PageLoading, preloadElement } from './components/lazyPage';
import { I18nProvider, useI18n } from './i18n';
import { appRoutes } from './routes';
import { appTheme } from './theme';

// This file and what it imports statically is all a first visit downloads before the page's
// own chunk: the sign-in page does not pay for the layout's menus nor for any other page.
const AppLayout = lazyPage(() => import('./layout/AppLayout'), 'AppLayout');
const LoginPage = lazyPage(() => import('./pages/auth/LoginPage'), 'LoginPage');
const ForcedPasswordPage = lazyPage(() => import('./pages/auth/GatePages'), 'ForcedPasswordPage');
const TotpEnrollPage = lazyPage(() => import('./pages/auth/GatePages'), 'TotpEnrollPage');
const TotpVerifyPage = lazyPage(() => import('./pages/auth/GatePages'), 'TotpVerifyPage');
const PublicProposalPage = lazyPage(() => import('./pages/public/PublicProposalPage'), 'PublicProposalPage');
const ReceiptLookupPage = lazyPage(() => import('./pages/opinions/processing/ReceiptLookupPage'), 'ReceiptLookupPage');
const PublicProposalsPage = lazyPage(() => import('./pages/public/PublicProposalsPage'), 'PublicProposalsPage');
const PublicAskPage = lazyPage(() => import('./pages/meetings/questions/PublicAskPage'), 'PublicAskPage');
const PublicOpinionPage = lazyPage(() => import('./pages/opinions/intake/PublicOpinionPage'), 'PublicOpinionPage');
const QuestionScreenPage = lazyPage(
  () => import('./pages/meetings/questions/QuestionScreenPage'),
  'QuestionScreenPage',
);

dayjs.locale('zh-cn');

// The service worker keeps the app shell for opening with no network (a member's field visits,
// web/src/offline). Production builds only: in development it would serve stale modules.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((err: unknown) => console.error('service worker', err));
  });
}

/** Starts fetching the chunks of every lazy page on the way to `pathname` (layout included). */
function preloadPath(pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) preloadElement(match.route.element);
}

/** Sends the user through whichever sign-in step is still open before the app itself. */
function Gate() {
  const { me, loading } = useSession();
  if (loading) return <PageLoading full />;
  if (!me) return <Navigate to="/login" replace />;
  if (me.mfaState === 'pending') return <TotpVerifyPage />;
  if (me.mfaState === 'enroll') return <TotpEnrollPage />;
  if (me.mustChangePassword) return <ForcedPasswordPage />;
  // Signed in: the layout and the page can load together (idempotent, so fine in render).
  preloadPath(window.location.pathname);
  return <Outlet />;
}

function LoginRoute({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  if (loading) return null;
  return me ? <Navigate to="/" replace /> : children;
}

const routes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <LoginRoute>
        <LoginPage />
      </LoginRoute>
    ),
  },
  // Readable by anyone, signed in or not.
  { path: '/public/proposals', element: <PublicProposalsPage /> },
  { path: '/public/proposals/:id', element: <PublicProposalPage /> },
  // A forum's question page and its projector screen, by their links alone.
  { path: '/public/questions/:token', element: <PublicAskPage /> },
  { path: '/public/screen/:token', element: <QuestionScreenPage /> },
  // The activity week's public opinion form, by its link alone.
  { path: '/public/opinions/:token', element: <PublicOpinionPage /> },
  // A resident's receipt code: where his opinion stands and its answer.
  { path: '/public/opinions/receipt', element: <ReceiptLookupPage /> },
  {
    element: <Gate />,
    children: [
      // The office's projector screen: full screen, outside the layout.
      { path: '/meetings/:id/screen', element: <QuestionScreenPage /> },
      { element: <AppLayout />, children: appRoutes },
    ],
  },
];
const router = createBrowserRouter(routes);
// Pages open to visitors start loading with the app, alongside the session check; the rest
// wait for it (Gate), so a signed-out visit does not fetch pages it will not be shown.
if (/^\/(login|public)(\/|$)/.test(window.location.pathname)) preloadPath(window.location.pathname);

function Root() {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'en-US' ? enUS : zhCN} theme={appTheme}>
      <AntApp>
        <SessionProvider>
          <Suspense fallback={<PageLoading full />}>
            <RouterProvider router={router} />
          </Suspense>
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
