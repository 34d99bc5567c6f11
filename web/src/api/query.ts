// Data loading: every page reads the API through useApiQuery (TanStack Query), one cache for
// the whole app. A query's key is its path's segments then its query parameters, so a write
// can mark everything under a prefix stale: after each write (client.ts's onWrite) the part
// of the API it wrote to, and the parts that show the same data, are refetched where shown.
import {
  keepPreviousData,
  QueryClient,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api, ApiError, onWrite } from './client';
import { fillPath, type OptionsArg, type PathsWith, type RequestOptions, type ResponseOf } from './paths';

declare module '@tanstack/react-query' {
  interface Register {
    // Every failure reaches a page as an ApiError (queryFn below wraps anything else).
    defaultError: ApiError;
  }
}

/** Tried again: a dropped connection or a server fault (5xx), twice; never an answer the server meant (4xx). */
function retry(failures: number, error: ApiError): boolean {
  return failures < 2 && (error.status === 0 || error.status >= 500);
}

export const queryClient = new QueryClient({
  defaultOptions: {
    // Staff keep several windows open: coming back to one does not refetch every list on it.
    queries: { retry, refetchOnWindowFocus: false, staleTime: 0 },
    mutations: { retry: false },
  },
});

/** Reference data that changes rarely and only through writes that refresh it. */
export const REFERENCE = { staleTime: 5 * 60_000 } as const;
/** For paged lists: the previous page stays on screen while the next one loads. */
export const KEEP_PAGE = { placeholderData: keepPreviousData } as const;

/** The key of a GET: `/api/proposals/12/handling` → ['api', 'proposals', '12', 'handling', query]. */
export function apiKey(path: string, options: { path?: object; query?: object } = {}): QueryKey {
  return [
    ...fillPath(path, options.path as Record<string, unknown>)
      .split('/')
      .filter(Boolean),
    options.query ?? {},
  ];
}

type Extra<P extends PathsWith<'get'>> = Omit<UseQueryOptions<ResponseOf<P>, ApiError>, 'queryKey' | 'queryFn'>;
/** `null` options: not yet (a value the request needs is still missing). */
type QueryArgs<P extends PathsWith<'get'>> =
  Record<never, never> extends RequestOptions<P, 'get'>
    ? [options?: RequestOptions<P, 'get'> | null, extra?: Extra<P>]
    : [options: RequestOptions<P, 'get'> | null, extra?: Extra<P>];

const get = api.get as (path: string, options?: object) => Promise<never>;

/** The key and the fetch of one GET, for useQuery, useQueries or fetchQuery. */
export function apiQuery<P extends PathsWith<'get'>>(path: P, ...[options]: OptionsArg<P, 'get'>) {
  return {
    queryKey: apiKey(path, (options ?? {}) as object),
    queryFn: async (): Promise<ResponseOf<P>> => {
      try {
        return await get(path, options ?? {});
      } catch (err) {
        throw err instanceof ApiError ? err : new ApiError(0, 'CLIENT', (err as Error).message);
      }
    },
  };
}

/** One GET of the API, cached, with its loading and error state. */
export function useApiQuery<P extends PathsWith<'get'>>(
  path: P,
  ...[options, extra]: QueryArgs<P>
): UseQueryResult<ResponseOf<P>, ApiError> {
  const query = apiQuery as (path: P, options?: object) => ReturnType<typeof apiQuery<P>>;
  return useQuery<ResponseOf<P>, ApiError>({
    ...extra,
    ...(options === null ? { queryKey: ['waiting', path] } : query(path, options ?? {})),
    enabled: options !== null && extra?.enabled !== false,
  });
}

/** One GET through the cache, outside a component (a click that needs a record first). */
export function fetchApi<P extends PathsWith<'get'>>(
  path: P,
  ...[options]: OptionsArg<P, 'get'>
): Promise<ResponseOf<P>> {
  const query = apiQuery as (path: P, options?: object) => ReturnType<typeof apiQuery<P>>;
  return queryClient.fetchQuery(query(path, options));
}

/** What a write under one part of the API (its first segment after /api) changes elsewhere. */
const ALSO_STALE: Record<string, readonly string[]> = {
  proposals: ['public', 'notifications'],
  meetings: ['notifications', 'meeting-followups'],
  'meeting-followups': ['meetings', 'notifications'],
  'meeting-notices': ['notifications'],
  'meeting-kinds': ['meetings'],
  // Moderating a statement changes its consultation's lists and counts.
  'consultation-statements': ['consultations'],
  members: ['proposals', 'users', 'member-contact-changes'],
  'member-contact-changes': ['members'],
  users: ['members'],
  orgs: ['refdata', 'public'],
  // Reference data appears by name in the roster, the proposals and the accounts.
  terms: ['refdata', 'members', 'proposals'],
  'term-sessions': ['refdata', 'members', 'proposals'],
  sectors: ['refdata', 'members', 'proposals'],
  committees: ['refdata', 'members', 'proposals'],
  'member-groups': ['refdata', 'members'],
  'handling-units': ['refdata', 'proposals', 'users'],
};

/** Refetches the shown queries under these parts of the API and marks the others stale. */
export function refreshApi(...roots: string[]): Promise<void> {
  return Promise.all(roots.map((root) => queryClient.invalidateQueries({ queryKey: ['api', root] }))).then(
    () => undefined,
  );
}

onWrite((path, removed) => {
  const root = path.split('/')[2] ?? '';
  // Signing in, out or into another organisation is the session's business (auth.tsx).
  if (root === 'auth') return;
  // What a DELETE removed is not asked for again (it would answer 404 while its page leaves):
  // its queries, and those beneath it, are only marked stale.
  if (removed) {
    const gone = removed.split('/').filter(Boolean);
    const under = (key: readonly unknown[]) => gone.every((part, i) => key[i] === part);
    queryClient.invalidateQueries({ queryKey: gone, refetchType: 'none' });
    return Promise.all(
      [root, ...(ALSO_STALE[root] ?? [])].map((r) =>
        queryClient.invalidateQueries({ queryKey: ['api', r], predicate: (q) => !under(q.queryKey) }),
      ),
    ).then(() => undefined);
  }
  return refreshApi(root, ...(ALSO_STALE[root] ?? []));
});
