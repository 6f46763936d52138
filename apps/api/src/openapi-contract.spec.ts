import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { buildOpenApiDocument, configureApp, loadConfig } from '@kehu/server-core';
import { createTestDatabase } from '@kehu/server-core/testing';
import type { OpenAPIObject } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { AppModule } from './app.module';
import { allMigrations } from './migrations';

type Operation = {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  responses: Record<string, unknown>;
  'x-permission'?: string;
  requestBody?: unknown;
  parameters?: Array<{ in: string }>;
};

/** The whole product booted as `npm start` boots it (minus the SPA), checked against its contract. */
describe('the API contract', () => {
  let app: INestApplication;
  let document: OpenAPIObject;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase(allMigrations);
    drop = db.drop;
    const config = loadConfig({}, { logLevel: 'silent', schedulerEnabled: false, adminPassword: 'Admin-pass-2026' });
    app = await NestFactory.create(AppModule.forRoot(config, db.url), { logger: false });
    configureApp(app, config);
    await app.init();
    document = buildOpenApiDocument(app);
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ id: `${method.toUpperCase()} ${path}`, op })),
    );

  it('documents every operation with a summary, tags, permission and error answers', () => {
    const problems: string[] = [];
    for (const { id, op } of operations()) {
      if (!op.summary) problems.push(`${id}: no summary`);
      if (!op.tags?.length) problems.push(`${id}: no tags`);
      if (!op['x-permission']) problems.push(`${id}: no x-permission`);
      if (op['x-permission'] !== 'public') {
        if (!op.security?.length) problems.push(`${id}: no security`);
        if (!op.responses['401']) problems.push(`${id}: no 401 answer`);
      }
      // Anything that takes a body or query parameters must document its 400.
      const takesInput = !!op.requestBody || (op.parameters ?? []).some((p) => p.in === 'query');
      if (takesInput && !op.responses['400']) problems.push(`${id}: no 400 answer`);
    }
    expect(problems).toEqual([]);
    expect(operations().length).toBeGreaterThan(20);
  });

  it('matches the committed apps/api/openapi.json', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../openapi.json'), 'utf8'));
    expect(Object.keys(document.paths).sort()).toEqual(Object.keys(committed.paths).sort());
  });

  it('answers bad input to every operation with a 4xx problem, never a 5xx', async () => {
    const http = request(app.getHttpServer());
    const login = await http.post('/api/v1/auth/login').send({ username: 'admin', password: 'Admin-pass-2026' });
    const token = login.body.accessToken as string;
    const wrongTypes = (schemaRef: string | undefined): Record<string, unknown> => {
      const name = schemaRef?.split('/').pop();
      const schema = name ? (document.components?.schemas?.[name] as { properties?: Record<string, { type?: string }> }) : undefined;
      const body: Record<string, unknown> = {};
      for (const [prop, def] of Object.entries(schema?.properties ?? {})) {
        body[prop] = def.type === 'string' ? 12345 : def.type === 'array' ? 'not-an-array' : 'not-a-number';
      }
      return body;
    };
    const failures: string[] = [];
    const seen = new Set<number>();
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, Operation & { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>)) {
        if (path.endsWith('/auth/logout') || path.endsWith('/auth/change-password')) continue; // would end the fuzzing session
        const ref = op.requestBody?.content?.['application/json']?.schema?.$ref;
        const urls = [path.replace(/\{[^}]+\}/g, 'not-an-id'), path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000')];
        const bodies: unknown[] = [{}, wrongTypes(ref), { unexpected: true }, [1, 2]];
        for (const url of urls) {
          for (const body of bodies) {
            const call = (http as unknown as Record<string, (u: string) => request.Test>)[method](`${url}?page=-1&pageSize=abc&sort=%24%24`);
            const res = await call.auth(token, { type: 'bearer' }).send(body as object);
            seen.add(res.status);
            if (res.status >= 500 || (res.status >= 400 && !String(res.headers['content-type']).includes('application/problem+json'))) {
              failures.push(`${method.toUpperCase()} ${url} ${JSON.stringify(body)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // The fuzz reached the handlers' validation and lookups, not just the auth guard.
    expect([...seen]).toEqual(expect.arrayContaining([400, 404]));
    expect(seen.has(401)).toBe(false);
  });

  it('serves login for the admin set by KEHU_ADMIN_PASSWORD', async () => {
    const res = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ username: 'admin', password: 'Admin-pass-2026' });
    expect(res.status).toBe(200);
    expect(res.body.user.permissions).toContain('audit:read');
  });
});
