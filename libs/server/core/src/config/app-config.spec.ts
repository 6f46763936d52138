import { ConfigError, loadConfig, trustProxySetting } from './app-config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe('.data');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demo).toBe(false);
  });

  it('reads the runtime contract variables', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://x@y/z', KEHU_DATA_DIR: '/srv/kehu', KEHU_DEMO: '1' });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://x@y/z', dataDir: '/srv/kehu', demo: true });
  });

  it('stops with a message naming the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ LOG_LEVEL: 'chatty' })).toThrow(/LOG_LEVEL/);
  });

  it('reads which proxies to trust and whether the install is HTTPS only', () => {
    expect(loadConfig({})).toMatchObject({ trustProxy: 'loopback', httpsOnly: false });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24', KEHU_HTTPS_ONLY: '1' })).toMatchObject({ trustProxy: '10.0.0.5, 10.0.1.0/24', httpsOnly: true });
    expect(trustProxySetting('false')).toBe(false);
    expect(trustProxySetting('2')).toBe(2);
    expect(trustProxySetting('loopback, 10.0.0.5')).toBe('loopback, 10.0.0.5');
  });
});
