import express from 'express';
import request from 'supertest';
import { securityHeaders } from './security-headers';

/** The TLS-only headers against Express's own notion of a secure request (`trust proxy`). */
function appWith(trustProxy: boolean | string, httpsOnly = false) {
  const app = express();
  app.set('trust proxy', trustProxy);
  app.use(securityHeaders({ httpsOnly }));
  app.get('/', (_req, res) => res.send('ok'));
  return request(app);
}

const tlsOnly = (res: request.Response) => ({
  hsts: res.headers['strict-transport-security'] !== undefined,
  upgrade: String(res.headers['content-security-policy']).includes('upgrade-insecure-requests'),
});

describe('securityHeaders', () => {
  it('sends HSTS and upgrade-insecure-requests only for TLS as a trusted proxy reports it', async () => {
    expect(tlsOnly(await appWith('loopback').get('/'))).toEqual({ hsts: false, upgrade: false });
    expect(tlsOnly(await appWith('loopback').get('/').set('X-Forwarded-Proto', 'https'))).toEqual({ hsts: true, upgrade: true });
    // A client cannot claim TLS when no proxy is trusted.
    expect(tlsOnly(await appWith(false).get('/').set('X-Forwarded-Proto', 'https'))).toEqual({ hsts: false, upgrade: false });
  });

  it('sends them always on an HTTPS-only install', async () => {
    expect(tlsOnly(await appWith(false, true).get('/'))).toEqual({ hsts: true, upgrade: true });
  });

  it('lets the SPA preview files from its own object URLs (images, PDF frames), nothing else from afar', async () => {
    const csp = String((await appWith('loopback').get('/')).headers['content-security-policy']);
    const directive = (name: string) => csp.split(';').find((d) => d.startsWith(`${name} `));
    expect(directive('img-src')).toBe("img-src 'self' data: blob:");
    expect(directive('frame-src')).toBe("frame-src 'self' blob:");
    expect(directive('object-src')).toBe('object-src blob:');
  });

  it('never allows inline or evaluated scripts', async () => {
    for (const res of [await appWith('loopback').get('/'), await appWith('loopback').get('/').set('X-Forwarded-Proto', 'https')]) {
      const scriptSrc = String(res.headers['content-security-policy'])
        .split(';')
        .find((d) => d.startsWith('script-src '));
      expect(scriptSrc).toBe("script-src 'self'");
    }
  });
});
