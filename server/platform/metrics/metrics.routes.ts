// GET /metrics for Prometheus, and the hook that times every request. Off (no route, 404, no
// hook) unless METRICS_TOKEN or METRICS_ALLOW is set. With an address list, other addresses get
// 404, as if there were no such page; with a token, a missing or wrong one gets 401. With both
// set, both must pass. The address is the one Fastify sees (request.ip, after TRUST_PROXY).
import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { AppError } from '../errors.js';
import type { Metrics } from './metrics.js';

/** The route label: the pattern Fastify matched, so /api/proposals/17 and /18 count together. */
function routeOf(request: FastifyRequest, status: number): string {
  const url = request.routeOptions.url;
  if (url === undefined) return status === 404 ? 'unmatched' : 'web';
  if (url.startsWith('/api/') || url.startsWith('/healthz') || url === '/readyz' || url === '/metrics') return url;
  if (url.startsWith('/docs')) return '/docs';
  return 'web'; // the web app's files: one label, not one per file
}

function allowList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const e of entries) {
    const [addr, bits] = e.split('/') as [string, string | undefined];
    const type = isIP(addr) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(addr, type);
    else list.addSubnet(addr, Number(bits), type);
  }
  return list;
}

function allowed(list: BlockList, ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip)?.[1];
  const addr = mapped ?? ip;
  return list.check(addr, isIP(addr) === 6 ? 'ipv6' : 'ipv4');
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function metricsRoutes(app: FastifyInstance, deps: { config: Config; metrics: Metrics | null }): void {
  const { metrics } = deps;
  const access = deps.config.metrics;
  if (!metrics || !access) return;

  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(
      request.method,
      routeOf(request, reply.statusCode),
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });

  const addresses = access.allow.length ? allowList(access.allow) : null;
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (addresses && !allowed(addresses, request.ip)) throw new AppError(404, 'ROUTE_NOT_FOUND');
    if (access.token) {
      const header = request.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice(7) : '';
      if (!sameToken(given, access.token)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        throw new AppError(401, 'UNAUTHENTICATED', 'metrics need the bearer token set in METRICS_TOKEN');
      }
    }
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).header('cache-control', 'no-store').send(text);
  });
}
