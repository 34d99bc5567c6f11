// The web app's API layer without a browser: the typed client keeps the transport's rules
// (CSRF header on writes, the one error shape, the 401 that ends the session), and the query
// cache refetches what a write changed and nothing else. fetch is replaced by a recorder.
import { QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, apiUrl, onAuthLost, setCsrfToken } from './client';
import { apiKey, queryClient } from './query';

interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}
let calls: Call[] = [];
let answer: (call: Call) => { status: number; body?: unknown } = () => ({ status: 200, body: {} });

beforeEach(() => {
  calls = [];
  answer = () => ({ status: 200, body: {} });
  setCsrfToken('token-1');
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const call: Call = {
      method: init.method ?? 'GET',
      url,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    };
    calls.push(call);
    const { status, body } = answer(call);
    return new Response(status === 204 ? null : JSON.stringify(body ?? {}), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
});
afterEach(() => {
  queryClient.clear();
  vi.unstubAllGlobals();
});

describe('typed client', () => {
  it('fills the path, writes the query and sends JSON with the CSRF header on writes', async () => {
    await api.get('/api/proposals', { query: { q: '河道', termId: 3, state: '' } });
    await api.post('/api/proposals/{id}/accept', { path: { id: 12 }, body: { note: '同意' } });
    await api.delete('/api/proposals/{id}', { path: { id: 7 } });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/proposals?q=%E6%B2%B3%E9%81%93&termId=3',
      'POST /api/proposals/12/accept',
      'DELETE /api/proposals/7',
    ]);
    expect(calls[0]!.headers['x-csrf-token']).toBeUndefined();
    expect(calls[1]!.headers['x-csrf-token']).toBe('token-1');
    expect(calls[1]!.body).toEqual({ note: '同意' });
    expect(calls[2]!.body).toBeUndefined();
    expect(apiUrl('/api/files/{id}', { path: { id: 'a b' }, query: { inline: '1' } })).toBe(
      '/api/files/a%20b?inline=1',
    );
  });

  it('asks the server to answer in the language chosen in the app, and words its own failures in it', async () => {
    await api.get('/api/proposals', { query: {} });
    expect(calls[0]!.headers['accept-language']).toBe('zh-CN');
    // The choice is read from storage when the app loads: load a fresh copy as an English user would.
    vi.resetModules();
    vi.stubGlobal('localStorage', { getItem: () => 'en-US', setItem: () => undefined });
    const english = await import('./client');
    answer = () => ({ status: 502, body: null });
    const err = await english.api.get('/api/proposals', { query: {} }).catch((e: unknown) => e);
    expect(calls[1]!.headers['accept-language']).toBe('en-US');
    expect((err as Error).message).toBe('The request failed (502)');
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('offline');
    });
    const offline = await english.api.get('/api/proposals', { query: {} }).catch((e: unknown) => e);
    expect((offline as Error).message).toBe('Network error; check the connection and retry');
  });

  it('turns the error shape into ApiError and tells the session when it is gone', async () => {
    const lost = vi.fn();
    const stop = onAuthLost(lost);
    answer = () => ({
      status: 422,
      body: {
        error: {
          code: 'VALIDATION_FAILED',
          message: '标题不能为空',
          details: [{ path: 'body.title', message: '不能为空' }],
        },
        requestId: 'r1',
      },
    });
    const err = await api.post('/api/proposals', { body: { title: '', reasons: '', suggestions: '' } }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect([err.status, err.code, err.message, err.requestId]).toEqual([
      422,
      'VALIDATION_FAILED',
      '标题不能为空',
      'r1',
    ]);
    expect(err.fieldErrors()).toEqual({ title: '不能为空' });
    expect(lost).not.toHaveBeenCalled();

    answer = () => ({
      status: 401,
      body: { error: { code: 'SESSION_EXPIRED', message: '登录已过期' }, requestId: 'r2' },
    });
    await expect(api.get('/api/proposals/settings')).rejects.toMatchObject({ status: 401 });
    expect(lost).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('query cache', () => {
  /** A query shown on a page (an observer keeps it active), loaded once. */
  async function shown(path: string, key = apiKey(path)) {
    const observer = new QueryObserver(queryClient, {
      queryKey: key,
      queryFn: () => fetch(path).then((r) => r.json()),
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
    return unsubscribe;
  }
  const gets = () => calls.filter((c) => c.method === 'GET').map((c) => c.url);

  it('keys a GET by its path segments and query', () => {
    expect(apiKey('/api/proposals/{id}/handling', { path: { id: 12 } })).toEqual([
      'api',
      'proposals',
      '12',
      'handling',
      {},
    ]);
    expect(apiKey('/api/proposals', { query: { page: 2 } })).toEqual(['api', 'proposals', { page: 2 }]);
  });

  it('a write refetches the shown queries of its part of the API, and those showing the same data, before it resolves', async () => {
    const stops = [
      await shown('/api/proposals/12', apiKey('/api/proposals/{id}', { path: { id: 12 } })),
      await shown('/api/members'),
      await shown('/api/audit'),
    ];
    calls = [];
    await api.post('/api/proposals/{id}/accept', { path: { id: 12 }, body: {} });
    expect(gets()).toEqual(['/api/proposals/12']);

    // A committee renamed shows in the roster and in the proposals.
    calls = [];
    await api.patch('/api/committees/{id}', { path: { id: 4 }, body: { name: '经济委员会' } });
    expect(gets().sort()).toEqual(['/api/members', '/api/proposals/12']);
    stops.forEach((stop) => stop());
  });

  it('a DELETE does not ask again for what it removed (it would answer 404), but refreshes the rest', async () => {
    const stops = [
      await shown('/api/proposals/7', apiKey('/api/proposals/{id}', { path: { id: 7 } })),
      await shown('/api/proposals/7/timeline', apiKey('/api/proposals/{id}/timeline', { path: { id: 7 } })),
      await shown('/api/proposals', apiKey('/api/proposals')),
    ];
    calls = [];
    await api.delete('/api/proposals/{id}', { path: { id: 7 } });
    expect(gets()).toEqual(['/api/proposals']);
    expect(queryClient.getQueryState(apiKey('/api/proposals/{id}', { path: { id: 7 } }))?.isInvalidated).toBe(true);
    stops.forEach((stop) => stop());
  });

  it('a conflict refreshes like a write; another refusal does not', async () => {
    const stop = await shown('/api/members/5', apiKey('/api/members/{id}', { path: { id: 5 } }));
    calls = [];
    answer = (c) =>
      c.method === 'GET'
        ? { status: 200, body: {} }
        : { status: 409, body: { error: { code: 'STALE_VERSION', message: '已被修改' }, requestId: 'x' } };
    await expect(
      api.post('/api/members/{id}/reactivate', { path: { id: 5 }, body: { version: 1 } }),
    ).rejects.toMatchObject({ status: 409 });
    expect(gets()).toEqual(['/api/members/5']);

    calls = [];
    answer = (c) =>
      c.method === 'GET'
        ? { status: 200, body: {} }
        : { status: 403, body: { error: { code: 'FORBIDDEN', message: '无权' }, requestId: 'y' } };
    await expect(
      api.post('/api/members/{id}/reactivate', { path: { id: 5 }, body: { version: 1 } }),
    ).rejects.toMatchObject({ status: 403 });
    expect(gets()).toEqual([]);
    stop();
  });

  it('retries a dropped connection or a server fault, never a 4xx', () => {
    const retry = queryClient.getDefaultOptions().queries!.retry as (n: number, e: ApiError) => boolean;
    expect(retry(0, new ApiError(0, 'NETWORK', ''))).toBe(true);
    expect(retry(1, new ApiError(503, 'SERVICE_UNAVAILABLE', ''))).toBe(true);
    expect(retry(2, new ApiError(500, 'INTERNAL', ''))).toBe(false);
    expect(retry(0, new ApiError(404, 'NOT_FOUND', ''))).toBe(false);
    expect(retry(0, new ApiError(429, 'RATE_LIMITED', ''))).toBe(false);
    expect(queryClient.getDefaultOptions().queries!.refetchOnWindowFocus).toBe(false);
  });
});
