import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

/**
 * The runtime contract (ARCHITECTURE "Runtime contract"), validated once at boot so a bad
 * variable stops the process with a clear message instead of failing on first use.
 */
export class AppConfig {
  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  port = 3000;

  /** External PostgreSQL; unset means the embedded one. */
  @IsOptional()
  @IsString()
  databaseUrl?: string;

  @IsString()
  dataDir = '.data';

  @IsOptional()
  @IsString()
  @MinLength(12)
  adminPassword?: string;

  /** Token signing key; unset means one generated and kept in the data directory. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  jwtSecret?: string;

  /** Comma-separated allowed origins; empty means same-origin only. */
  @IsString()
  corsOrigins = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  logLevel = 'info';

  /** Seed the demo company once: departments, one user per built-in role, and demo customers in every lifecycle stage. */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  demo = false;

  /** Directory with the built SPA to serve at `/`; unset means the API only. */
  @IsOptional()
  @IsString()
  webRoot?: string;

  /**
   * Which proxies' X-Forwarded-* headers to believe (Express `trust proxy`): `loopback`, addresses or
   * subnets separated by commas, a hop count, or `false`. Decides whether a request came over TLS.
   */
  @Transform(({ value }) => (value === undefined || value === '' ? 'loopback' : String(value)))
  @IsString()
  trustProxy = 'loopback';

  /** Served to browsers over HTTPS only: always send HSTS and upgrade-insecure-requests. */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  httpsOnly = false;

  /** Run the cron schedules (off in tests, which call jobs directly). */
  @Transform(({ value }) => value === undefined || value === true || value === 'true' || value === '1')
  @IsBoolean()
  schedulerEnabled = true;
}

const ENV_KEYS: Record<keyof AppConfig, string> = {
  port: 'PORT',
  databaseUrl: 'DATABASE_URL',
  dataDir: 'KEHU_DATA_DIR',
  adminPassword: 'KEHU_ADMIN_PASSWORD',
  jwtSecret: 'JWT_SECRET',
  corsOrigins: 'CORS_ORIGINS',
  logLevel: 'LOG_LEVEL',
  demo: 'KEHU_DEMO',
  webRoot: 'KEHU_WEB_ROOT',
  schedulerEnabled: 'KEHU_SCHEDULER',
  trustProxy: 'TRUST_PROXY',
  httpsOnly: 'KEHU_HTTPS_ONLY',
};

/** `TRUST_PROXY` as Express takes it: a boolean, a hop count, or the addresses/names list. */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, { ...raw, ...overrides });
  const errors = validateSync(config, { whitelist: true });
  if (errors.length) {
    const lines = errors.map(
      (e) => `${ENV_KEYS[e.property as keyof AppConfig]}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return config;
}
