// The signed-in user, loaded from /api/auth/session (a query like every other), shared through
// context. Pages ask `can(permission)` to decide what to show; the server checks again on
// every request. The query cache holds one user's data in one organisation: when either
// changes (sign-in, sign-out, lost session, switching organisation) everything else in it goes.
import { useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { api, onAuthLost, setCsrfToken } from './api/client';
import type { Me, Permission, Role } from './api/models';
import { apiKey, queryClient } from './api/query';

interface Session {
  me: Me | null;
  loading: boolean;
  refresh(): Promise<Me | null>;
  can(permission: Permission): boolean;
  hasRole(role: Role): boolean;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);
const ME = apiKey('/api/auth/me');

const identity = (me: Me | null | undefined) => (me ? `${me.user.id}@${me.currentOrg.id}` : '');

/** Takes `next` as the session, dropping every other cached answer when the user or organisation changed. */
function adopt(next: Me | null): Me | null {
  if (identity(queryClient.getQueryData<Me | null>(ME)) !== identity(next)) {
    queryClient.removeQueries({ predicate: (q) => q.queryKey.join('/') !== ME.join('/') });
  }
  setCsrfToken(next?.csrfToken ?? '');
  return next;
}

/** The session as the server sees it: "not signed in" comes back as an answer, not as a 401. */
async function loadMe(): Promise<Me | null> {
  return adopt((await api.get('/api/auth/session')).me);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  // Asked even when the browser says it is offline: the service worker answers it from its
  // cache, so a member opens the field pages with no network (web/src/offline).
  const query = useQuery({ queryKey: ME, queryFn: loadMe, staleTime: Infinity, networkMode: 'offlineFirst' });
  const me = query.data ?? null;

  const refresh = useCallback(async () => {
    try {
      return await queryClient.fetchQuery({ queryKey: ME, queryFn: loadMe, staleTime: 0 });
    } catch (err) {
      console.error(err);
      queryClient.setQueryData(ME, adopt(null));
      return null;
    }
  }, []);

  useEffect(() => onAuthLost(() => void queryClient.setQueryData(ME, adopt(null))), []);

  const value = useMemo<Session>(
    () => ({
      me,
      loading: query.isPending,
      refresh,
      can: (p) => !!me?.permissions.includes(p),
      hasRole: (r) => !!me?.user.roles.includes(r),
      async logout() {
        try {
          await api.post('/api/auth/logout');
        } finally {
          queryClient.setQueryData(ME, adopt(null));
        }
      },
    }),
    [me, query.isPending, refresh],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
