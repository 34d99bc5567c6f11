// The signed-in user, loaded from /api/auth/me, shared through context. Pages ask
// `can(permission)` to decide what to show; the server checks again on every request.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, http, onAuthLost, setCsrfToken } from './api/client';
import type { Me } from './api/types';

interface Session {
  me: Me | null;
  loading: boolean;
  refresh(): Promise<Me | null>;
  can(permission: string): boolean;
  hasRole(role: string): boolean;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    try {
      const next = await http.get<Me>('/api/auth/me');
      setCsrfToken(next.csrfToken);
      setMe(next);
      return next;
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 401) console.error(err);
      setMe(null);
      return null;
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onAuthLost(() => {
      setCsrfToken('');
      setMe(null);
    });
  }, [refresh]);

  const value = useMemo<Session>(
    () => ({
      me,
      loading,
      refresh,
      can: (p) => !!me?.permissions.includes(p),
      hasRole: (r) => !!me?.user.roles.includes(r),
      async logout() {
        try {
          await http.post('/api/auth/logout');
        } finally {
          setCsrfToken('');
          setMe(null);
        }
      },
    }),
    [me, loading, refresh],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
