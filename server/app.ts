// buildApp(config) -> Fastify: the platform plugins first (errors, security headers,
// sessions, OpenAPI), then the platform routes, then every module, then the web app.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyContextConfig, type FastifyInstance } from 'fastify';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import sjson from 'secure-json-parse';
import type { Config } from './config.js';
import { startCheckpointer, type Checkpointer } from './db/checkpointer.js';
import { modules } from './modules/index.js';
import { auditRoutes } from './platform/audit/audit.routes.js';
import { authRoutes } from './platform/auth/auth.routes.js';
import { createAuthService } from './platform/auth/auth.service.js';
import { AppError } from './platform/errors.js';
import { filesRoutes } from './platform/files/files.routes.js';
import { registerAuthHook } from './platform/http/auth-hook.js';
import { clientErrorHandler } from './platform/http/client-error.js';
import { registerErrorHandling, sendError } from './platform/http/error-handler.js';
import { errorResponse } from './platform/http/schemas.js';
import type { ZodApp } from './platform/http/types.js';
import { readinessRoutes } from './platform/health/readiness.js';
import { REVALIDATE, serveWebApp } from './platform/http/web-assets.js';
import { jobsRoutes } from './platform/jobs/jobs.routes.js';
import { metricsRoutes } from './platform/metrics/metrics.routes.js';
import { notifyRoutes } from './platform/notify/notify.routes.js';
import { createPlatform, type Platform, type PlatformOptions } from './platform/platform.js';

export interface BuildOptions extends PlatformOptions {
  /** Where the built web app lives; found automatically when omitted. */
  webDir?: string | null;
  /** Start the background job loop (the server does; tests drain jobs by hand). */
  startJobs?: boolean;
  /** SQLite: checkpoint the write-ahead log from a worker thread, off the event loop (the server does). */
  backgroundCheckpoints?: boolean;
  logger?: boolean;
}

/** A route as registered, with its config (for the checks that every route names its policy rule). */
export interface RouteRecord {
  method: string;
  url: string;
  config: FastifyContextConfig;
}

export interface App {
  app: FastifyInstance;
  platform: Platform;
  routes: RouteRecord[];
}

const here = dirname(fileURLToPath(import.meta.url));

function findWebDir(): string | null {
  for (const candidate of [resolve(here, '..', 'web'), resolve(here, '..', 'dist', 'web')]) {
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

const ERROR_STATUSES = [400, 401, 403, 404, 409, 413, 415, 422, 429, 500] as const;

export async function buildApp(config: Config, opts: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: [
              'req.headers.cookie',
              'req.headers["x-csrf-token"]',
              'req.headers.authorization',
              'res.headers["set-cookie"]',
            ],
          },
    // Fastify accepts a hop count too, though its types only list booleans and addresses.
    trustProxy: config.trustProxy as boolean | string,
    bodyLimit: 2 * 1024 * 1024,
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 200 },
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // A URL Fastify cannot even decode (bad percent-encoding) never reaches the error
    // handler; answer it in the one error shape too.
    frameworkErrors: (_error, request, reply) =>
      sendError(request, reply, new AppError(400, 'VALIDATION_FAILED', '请求地址格式不正确')),
    // Nor does one that Node's HTTP parser refuses (a raw non-ASCII byte in the address).
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Once shutdown starts, answers to in-flight requests close their keep-alive connection;
  // otherwise close() would wait for clients to hang up and SIGTERM would end in a forced exit.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
    if (closing) reply.header('connection', 'close');
  });

  // JSON bodies: prototype-poisoning safe, NUL refused (PostgreSQL cannot store it), and an
  // empty body with a JSON content type treated as no body rather than an error. The API
  // takes JSON and multipart only: a text/plain body is answered 415, not fed to validation.
  app.removeContentTypeParser('text/plain');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const s = body as string;
    if (s.trim() === '') return done(null, undefined);
    if (s.includes('\\u0000') || s.includes('\u0000'))
      return done(new AppError(400, 'VALIDATION_FAILED', '内容含有非法的空字符'), undefined);
    try {
      done(null, sjson.parse(s, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch {
      done(new AppError(400, 'MALFORMED_JSON'), undefined);
    }
  });

  const platform = createPlatform(config, app.log, opts);
  registerErrorHandling(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.upload.maxBytes, files: 1, fields: 20, parts: 25, fieldSize: 100_000 },
    throwFileSizeLimit: true,
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lvzhi 履职平台 API',
        version: '0.1.0',
        description: '政协履职平台接口。所有错误的形状为 { error: { code, message, details? }, requestId }。',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lvzhi_sid' } } },
      security: [{ session: [] }],
    },
    transform: createJsonSchemaTransform({
      skipList: ['/docs', '/docs/*'],
      zodToJsonConfig: { target: 'draft-2020-12' },
    }),
    transformObject: createJsonSchemaTransformObject({ zodToJsonConfig: { target: 'draft-2020-12' } }),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true });

  const routes: RouteRecord[] = [];
  // Every documented operation can fail in the one error shape; say so once, for all of them.
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, config: route.config ?? {} });
    if (!route.url.startsWith('/api/') || !route.schema) return;
    const response = (route.schema.response ?? {}) as Record<string, unknown>;
    for (const status of ERROR_STATUSES) response[status] ??= errorResponse;
    route.schema.response = response;
    if (route.config?.access === 'public') (route.schema as { security?: unknown[] }).security = [];
  });

  registerAuthHook(app, { sessions: platform.sessions, orgTree: platform.orgTree });

  const zapp = app as unknown as ZodApp;
  app.get('/healthz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await sql`select 1`.execute(platform.db);
      return { status: 'ok', database: platform.engine };
    } catch {
      return sendError(request, reply, new AppError(503, 'SERVICE_UNAVAILABLE'));
    }
  });
  // The benchmark's ceiling (bench/README.md): the cheapest answer this process gives, through
  // the same hooks as every request but with no session and no database.
  app.get('/healthz/ping', { schema: { hide: true } }, async () => ({ ok: true }));
  readinessRoutes(app, platform);
  metricsRoutes(app, platform);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const auth = createAuthService({ ...platform });
  authRoutes(zapp, { auth, db: platform.db, orgTree: platform.orgTree, config });
  auditRoutes(zapp, platform);
  notifyRoutes(zapp, platform);
  filesRoutes(zapp, platform);
  jobsRoutes(zapp, platform);
  for (const mod of modules) await mod.register(zapp, platform);

  const webDir = opts.webDir === undefined ? findWebDir() : opts.webDir;
  if (webDir) await serveWebApp(app, webDir);
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes: any page GET that is not the API gets the app's index page.
    if (
      webDir &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !/\.\w{1,5}(\?|$)/.test(request.url)
    ) {
      return reply.header('cache-control', REVALIDATE).sendFile('index.html');
    }
    return sendError(request, reply, new AppError(404, 'ROUTE_NOT_FOUND'));
  });

  let checkpointer: Checkpointer | null = null;
  app.addHook('onReady', async () => {
    if (opts.startJobs) platform.jobs.start();
    const { sqlite } = platform.database;
    if (opts.backgroundCheckpoints && sqlite && config.database.kind === 'sqlite') {
      checkpointer = startCheckpointer(sqlite, config.database.file, {
        onError: (message) => app.log.warn({ message }, 'background checkpoint failed'),
      });
    }
  });
  app.addHook('onClose', async () => {
    await platform.jobs.stop();
    await checkpointer?.stop();
    await platform.files.store.close();
    await platform.database.close();
  });
  return { app, platform, routes };
}
