import { Controller, Get, Global, Injectable, Module } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Public } from '../access/authorized.decorator';
import { Principal, PrincipalResolver } from '../access/principal';
import { createTestApp, TestApp, violatesContract } from '../testing';
import { negotiateCoding } from './compression';

const ROWS = Array.from({ length: 60 }, (_, i) => ({ id: i, name: `靖江市春意空调有限公司 ${i}`, status: 'PROTECTED' }));
const FREE_FORM = { schema: { type: 'object', additionalProperties: true } } as const;

@Controller('compression-probe')
class CompressionProbeController {
  @Get('large')
  @Public()
  @ApiOkResponse(FREE_FORM)
  large() {
    return { items: ROWS };
  }

  @Get('small')
  @Public()
  @ApiOkResponse(FREE_FORM)
  small() {
    return { ok: true };
  }
}

@Injectable()
class NoTokens extends PrincipalResolver {
  async resolveBearer(): Promise<Principal | null> {
    return null;
  }
}

@Global()
@Module({ controllers: [CompressionProbeController], providers: [{ provide: PrincipalResolver, useClass: NoTokens }], exports: [PrincipalResolver] })
class CompressionProbeModule {}

const SCRIPT = `export const rows = ${JSON.stringify(ROWS)};\n`;

describe('compression and cache headers (issue 19, item 2)', () => {
  let t: TestApp;
  const webRoot = mkdtempSync(join(tmpdir(), 'kehu-spa-'));

  beforeAll(async () => {
    chmodSync(webRoot, 0o755);
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>spa</title><script type="module" src="/assets/app-Ab12Cd.js"></script>');
    writeFileSync(join(webRoot, 'assets/app-Ab12Cd.js'), SCRIPT);
    writeFileSync(join(webRoot, 'assets/app-Ab12Cd.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(webRoot, 'assets/app-Ab12Cd.js.gz'), gzipSync(SCRIPT));
    // Only a gzip copy: a client preferring brotli gets that one.
    writeFileSync(join(webRoot, 'assets/old-Ef34.css'), `.x{color:red}\n`.repeat(200));
    writeFileSync(join(webRoot, 'assets/old-Ef34.css.gz'), gzipSync(`.x{color:red}\n`.repeat(200)));
    t = await createTestApp({
      imports: [CompressionProbeModule],
      migrations: [],
      config: { webRoot },
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const json = JSON.stringify({ items: ROWS });

  describe('API answers', () => {
    it('are brotli-compressed when the client accepts br, and keep the no-store and security headers', async () => {
      const res = await t.http.get('/api/v1/compression-probe/large').set('Accept-Encoding', 'gzip, deflate, br');
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(Number(res.headers['content-length'])).toBeLessThan(Buffer.byteLength(json) / 4);
      expect(res.body).toEqual({ items: ROWS });
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('are gzip-compressed for a client that accepts only gzip', async () => {
      const res = await t.http.get('/api/v1/compression-probe/large').set('Accept-Encoding', 'gzip');
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.body).toEqual({ items: ROWS });
    });

    it('are sent as they are without Accept-Encoding, when refused (q=0) and below 1 KB', async () => {
      const plain = await t.http.get('/api/v1/compression-probe/large').set('Accept-Encoding', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(json));
      expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
      const refused = await t.http.get('/api/v1/compression-probe/large').set('Accept-Encoding', 'br;q=0, gzip;q=0');
      expect(refused.headers['content-encoding']).toBeUndefined();
      const small = await t.http.get('/api/v1/compression-probe/small').set('Accept-Encoding', 'br');
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(small.body).toEqual({ ok: true });
    });

    it('compresses problems too', async () => {
      const res = await violatesContract(t.http.get('/api/v1/nothing-here-' + 'x'.repeat(1200))).set('Accept-Encoding', 'br');
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.body.status).toBe(404);
    });
  });

  describe('the SPA', () => {
    it('serves a hashed asset precompressed, with its own type and cached for a year as immutable', async () => {
      const res = await t.http.get('/assets/app-Ab12Cd.js').set('Accept-Encoding', 'gzip, br');
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(SCRIPT).length);
      expect(res.text).toBe(SCRIPT);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    });

    it('falls back to the gzip copy, then to the file itself', async () => {
      const gz = await t.http.get('/assets/old-Ef34.css').set('Accept-Encoding', 'br, gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['content-type']).toContain('text/css');
      const plain = await t.http.get('/assets/app-Ab12Cd.js').set('Accept-Encoding', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.text).toBe(SCRIPT);
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it('has index.html revalidated on every visit, for a deep link too', async () => {
      for (const path of ['/customers/42', '/index.html', '/']) {
        const res = await t.http.get(path).set('Accept-Encoding', 'br');
        expect(res.status).toBe(200);
        expect(res.text).toContain('/assets/app-Ab12Cd.js');
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      }
    });
  });

  it('answers a missing asset 404 and leaves the API to its own routes', async () => {
    expect((await t.http.get('/assets/gone-Zz99.js')).status).toBe(404);
    const api = await violatesContract(t.http.get('/api/v1/unknown'));
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  it('negotiates brotli before gzip unless the client weighs gzip higher', () => {
    expect(negotiateCoding({ 'accept-encoding': 'gzip, deflate, br, zstd' })).toBe('br');
    expect(negotiateCoding({ 'accept-encoding': 'br;q=0.5, gzip' })).toBe('gzip');
    expect(negotiateCoding({ 'accept-encoding': '*' })).toBe('br');
    expect(negotiateCoding({ 'accept-encoding': 'deflate' })).toBeUndefined();
    expect(negotiateCoding({})).toBeUndefined();
    expect(negotiateCoding({ 'accept-encoding': 'br' }, new Set(['gzip']))).toBeUndefined();
  });
});
