// Environment -> typed, validated configuration. Fails fast with a message that names
// the variable, so a misconfigured deployment never starts half-working.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// (leave it unset for SQLite)')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Where the read caches' change listener connects (a session of its own): the server itself when DATABASE_URL is a pooler. */
  DATABASE_LISTEN_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_LISTEN_URL must start with postgres://')
    .optional(),
  LVZHI_DATA_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'LVZHI_DATA_KEY must be 64 hex characters (32 random bytes)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.string().default('false'),
  COOKIE_SECURE: bool.optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(5),
  LOGIN_RATE_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).max(1000000).default(60),
  PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(15),
  UPLOAD_MAX_MB: z.coerce.number().min(1).max(1024).default(20),
  UPLOAD_MAX_PIXELS: z.coerce.number().int().min(1000).default(40_000_000),
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('Lvzhi <noreply@localhost>'),
  PUBLIC_BASE_URL: z.string().url().optional(),
  JOBS_ENABLED: bool.default(true),
  JOBS_POLL_MS: z.coerce.number().int().min(50).max(600000).default(2000),
  JOBS_LEASE_MS: z.coerce.number().int().min(1000).max(86_400_000).default(600_000),
  DEMO_SEED: bool.optional(),
  READ_CACHE: bool.default(true),
  FILE_STORE: z.enum(['local', 's3'], { message: 'FILE_STORE must be local or s3' }).default('local'),
  S3_ENDPOINT: z
    .string()
    .regex(
      /^https?:\/\/[^/\s]+\/?$/,
      'S3_ENDPOINT must be a URL such as https://oss-cn-hangzhou.aliyuncs.com (scheme and host, no path)',
    )
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'S3_BUCKET must be a bucket name: 3-63 lower-case letters, digits, dots, hyphens',
    )
    .optional(),
  S3_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9._-]+\/)*$/, 'S3_PREFIX must be empty or folder names ending in / (such as lvzhi/files/)')
    .default(''),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool.default(false),
  S3_PART_SIZE_MB: z.coerce
    .number()
    .int()
    .min(5, 'S3_PART_SIZE_MB must be at least 5 (the S3 minimum part size)')
    .max(512)
    .default(8),
  METRICS_TOKEN: z
    .string()
    .min(24, 'METRICS_TOKEN must be at least 24 characters (generate with `openssl rand -hex 24`)')
    .optional(),
  METRICS_ALLOW: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export interface S3StoreConfig {
  kind: 's3';
  /** null: AWS S3 itself (the SDK finds the endpoint from the region). */
  endpoint: string | null;
  region: string;
  bucket: string;
  /** '' or folder names ending in '/'. */
  prefix: string;
  /** null: the SDK's own credential chain (AWS_* variables, instance roles). */
  accessKeyId: string | null;
  secretAccessKey: string | null;
  forcePathStyle: boolean;
  partSizeBytes: number;
}

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  dataDir: string;
  /** The local file store's folder (FILE_STORE=local). */
  filesDir: string;
  fileStore: { kind: 'local'; dir: string } | S3StoreConfig;
  database:
    | { kind: 'sqlite'; file: string }
    | { kind: 'postgres'; url: string; poolSize: number; /** For LISTEN (default: url). */ listenUrl?: string };
  /** 32 bytes: first 16 the SM4 key, last 16 the base of the MAC and blind-index keys. */
  dataKey: Buffer;
  logLevel: Env['LOG_LEVEL'];
  trustProxy: boolean | string | number;
  cookieSecure: boolean;
  session: { idleMinutes: number; maxHours: number };
  lockout: { threshold: number; minutes: number };
  rateLimit: { loginPerMinute: number; loginPerIpPerMinute: number };
  passwordHashCost: number;
  upload: { maxBytes: number; maxPixels: number };
  smtp: { url: string; from: string } | null;
  publicBaseUrl: string | null;
  /** leaseMs: how long a claimed job is its worker's; past it, another instance takes the job over. */
  jobs: { enabled: boolean; pollMs: number; leaseMs: number };
  /** Serve hot reads (a proposal's detail) from memory while their tables are unchanged; SQLite only. */
  readCache: boolean;
  seedDemo: boolean;
  /** GET /metrics: off (404) unless a token or an address list is set; both, when both are. */
  metrics: { token: string | null; allow: string[] } | null;
}

export class ConfigError extends Error {}

function parseTrustProxy(v: string): boolean | string | number {
  if (v === 'true') return true;
  if (v === 'false' || v === '') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v; // a comma-separated list of addresses/CIDRs, as Fastify accepts
}

/** Dev and test machines get a generated key kept beside the database; production must set one. */
function loadDataKey(env: Env, dataDir: string): Buffer {
  if (env.LVZHI_DATA_KEY) return Buffer.from(env.LVZHI_DATA_KEY, 'hex');
  if (env.NODE_ENV === 'production') {
    throw new ConfigError(
      'LVZHI_DATA_KEY is required in production (64 hex characters; generate with `openssl rand -hex 32` and keep it safe: without it the personal data cannot be read).',
    );
  }
  const keyFile = join(dataDir, 'data.key');
  if (existsSync(keyFile)) return Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(keyFile, key.toString('hex') + '\n', { mode: 0o600 });
  return key;
}

/** METRICS_ALLOW: addresses and CIDR ranges, comma-separated (10.0.2.5, 10.0.3.0/24, ::1). */
function parseAllowList(v: string): string[] {
  const entries = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const e of entries) {
    const [addr, bits, extra] = e.split('/');
    const family = isIP(addr ?? '');
    const maxBits = family === 6 ? 128 : 32;
    const okBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (!family || !okBits || extra !== undefined)
      throw new ConfigError(`METRICS_ALLOW: "${e}" is not an address or CIDR range (such as 10.0.3.7 or 10.0.3.0/24)`);
  }
  if (!entries.length) throw new ConfigError('METRICS_ALLOW is set but names no address');
  return entries;
}

function fileStoreOf(env: Env, filesDir: string): Config['fileStore'] {
  const s3Vars = (['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter(
    (k) => env[k],
  );
  if (env.FILE_STORE === 'local') {
    if (s3Vars.length)
      throw new ConfigError(
        `${s3Vars.join(', ')} set but FILE_STORE is local: set FILE_STORE=s3 to keep files in the object store.`,
      );
    return { kind: 'local', dir: filesDir };
  }
  if (!env.S3_BUCKET) throw new ConfigError('FILE_STORE=s3 needs S3_BUCKET (the bucket the files are kept in).');
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY))
    throw new ConfigError(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS credential chain.',
    );
  return {
    kind: 's3',
    endpoint: env.S3_ENDPOINT ?? null,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET,
    prefix: env.S3_PREFIX,
    accessKeyId: env.S3_ACCESS_KEY_ID ?? null,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? null,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    partSizeBytes: env.S3_PART_SIZE_MB * 1024 * 1024,
  };
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const dataDir = resolve(env.DATA_DIR);
  const production = env.NODE_ENV === 'production';
  const filesDir = join(dataDir, 'files');
  const metricsAllow = env.METRICS_ALLOW === undefined ? [] : parseAllowList(env.METRICS_ALLOW);
  const config: Config = {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    dataDir,
    filesDir,
    fileStore: fileStoreOf(env, filesDir),
    database: env.DATABASE_URL
      ? {
          kind: 'postgres',
          url: env.DATABASE_URL,
          poolSize: env.DATABASE_POOL_SIZE,
          ...(env.DATABASE_LISTEN_URL ? { listenUrl: env.DATABASE_LISTEN_URL } : {}),
        }
      : { kind: 'sqlite', file: join(dataDir, 'lvzhi.db') },
    dataKey: loadDataKey(env, dataDir),
    logLevel: env.LOG_LEVEL,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    cookieSecure: env.COOKIE_SECURE ?? production,
    session: { idleMinutes: env.SESSION_IDLE_MINUTES, maxHours: env.SESSION_MAX_HOURS },
    lockout: { threshold: env.LOCKOUT_THRESHOLD, minutes: env.LOCKOUT_MINUTES },
    rateLimit: {
      loginPerMinute: env.LOGIN_RATE_PER_MINUTE,
      loginPerIpPerMinute: env.LOGIN_RATE_PER_IP_PER_MINUTE,
    },
    passwordHashCost: env.PASSWORD_HASH_COST,
    upload: { maxBytes: Math.round(env.UPLOAD_MAX_MB * 1024 * 1024), maxPixels: env.UPLOAD_MAX_PIXELS },
    smtp: env.SMTP_URL ? { url: env.SMTP_URL, from: env.SMTP_FROM } : null,
    publicBaseUrl: env.PUBLIC_BASE_URL ?? null,
    jobs: { enabled: env.JOBS_ENABLED, pollMs: env.JOBS_POLL_MS, leaseMs: env.JOBS_LEASE_MS },
    readCache: env.READ_CACHE,
    seedDemo: env.DEMO_SEED ?? !production,
    metrics:
      env.METRICS_TOKEN || metricsAllow.length ? { token: env.METRICS_TOKEN ?? null, allow: metricsAllow } : null,
  };
  if (production && config.seedDemo) {
    throw new ConfigError('DEMO_SEED cannot be enabled when NODE_ENV=production.');
  }
  return { ...config, ...overrides };
}
