// The service worker's choices: the shell from the cache, API answers never cached except the
// two the field pages read offline, sign-in and sign-out dropping them.
import { describe, expect, it } from 'vitest';
import { precacheList, sessionIdentity, strategyFor } from './swPolicy';

const ORIGIN = 'https://lvzhi.example.cn';
const req = (method: string, path: string, mode = 'cors') => ({ method, url: ORIGIN + path, mode });

describe('service worker policy', () => {
  it('caches only the session and the member’s assignments among API answers', () => {
    expect(strategyFor(req('GET', '/api/supervision/my-assignments'), ORIGIN)).toBe('api-cached');
    expect(strategyFor(req('GET', '/api/auth/session'), ORIGIN)).toBe('api-cached');
    for (const path of ['/api/proposals', '/api/files/6f1c', '/api/supervision/my-assignments/extra'])
      expect(strategyFor(req('GET', path), ORIGIN), path).toBe('pass');
    expect(strategyFor(req('POST', '/api/supervision/visits'), ORIGIN)).toBe('pass');
    expect(strategyFor(req('POST', '/api/files?purpose=photo'), ORIGIN)).toBe('pass');
    expect(strategyFor(req('POST', '/api/auth/logout'), ORIGIN)).toBe('identity-change');
    expect(strategyFor(req('POST', '/api/auth/login'), ORIGIN)).toBe('identity-change');
    expect(strategyFor(req('POST', '/api/auth/switch-org'), ORIGIN)).toBe('identity-change');
  });

  it('serves the app’s pages and built files, not the server’s own pages nor other sites', () => {
    expect(strategyFor(req('GET', '/supervision/field', 'navigate'), ORIGIN)).toBe('navigate');
    expect(strategyFor(req('GET', '/', 'navigate'), ORIGIN)).toBe('navigate');
    expect(strategyFor(req('GET', '/docs', 'navigate'), ORIGIN)).toBe('pass');
    expect(strategyFor(req('GET', '/api/files/1?inline=1', 'navigate'), ORIGIN)).toBe('pass');
    expect(strategyFor(req('GET', '/assets/index-Ab12.js'), ORIGIN)).toBe('shell');
    expect(strategyFor(req('GET', '/icons/icon-192.png'), ORIGIN)).toBe('shell');
    expect(strategyFor({ method: 'GET', url: 'https://cdn.example.com/assets/x.js', mode: 'cors' }, ORIGIN)).toBe(
      'pass',
    );
  });

  it('precaches the shell without the charts chunk, the worker itself or compressed copies', () => {
    expect(
      precacheList([
        'index.html',
        'index.html',
        'sw.js',
        'assets/index-Ab12.js',
        'assets/echarts-Cd34.js',
        'assets/index-Ab12.js.br',
        'assets/app-Ef56.css',
        'icons/icon-192.png',
      ]),
    ).toEqual(['/assets/app-Ef56.css', '/assets/index-Ab12.js', '/icons/icon-192.png', '/index.html']);
  });

  it('tells sessions apart by user and organisation, and nobody’s from anybody’s', () => {
    expect(sessionIdentity({ me: { user: { id: 4 }, currentOrg: { id: 2 } } })).toBe('4@2');
    expect(sessionIdentity({ me: null })).toBe('');
    expect(sessionIdentity(null)).toBe('');
  });
});
