import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { buildOpenApiDocument, configureApp, loadConfig } from '@kehu/server-core';
import { committedContractHttp, createTestDatabase, DATABASE_TEXT, violatesContract } from '@kehu/server-core/testing';
import type { OpenAPIObject } from '@nestjs/swagger';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppModule } from './app.module';
import { allMigrations } from './migrations';

type Schema = {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
};

type Operation = {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  responses: Record<string, unknown>;
  'x-permission'?: string;
  requestBody?: { content: Record<string, { schema: Schema }> };
  parameters?: Array<{ in: string; name: string; schema?: Schema }>;
};

/** The whole product booted as `npm start` boots it (with a stand-in SPA), checked against its contract. */
describe('the API contract', () => {
  let app: INestApplication;
  let document: OpenAPIObject;
  let drop: () => Promise<void>;

  // A stand-in for the built SPA: served, its error handler once answered body errors on /api 404.
  const webRoot = mkdtempSync(join(tmpdir(), 'kehu-web-'));

  beforeAll(async () => {
    chmodSync(webRoot, 0o755);
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Kehu</title>');
    const db = await createTestDatabase(allMigrations);
    drop = db.drop;
    const config = loadConfig({}, { logLevel: 'silent', schedulerEnabled: false, adminPassword: 'Admin-pass-2026', webRoot });
    app = await NestFactory.create(AppModule.forRoot(config, db.url), { logger: false });
    configureApp(app, config);
    await app.init();
    document = buildOpenApiDocument(app);
  });
  afterAll(async () => {
    await app.close();
    await drop();
    rmSync(webRoot, { recursive: true, force: true });
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
      // Anything that takes a body or parameters must document its 400; a body also its 413 and 415.
      const takesInput = !!op.requestBody || !!op.parameters?.length;
      if (takesInput && !op.responses['400']) problems.push(`${id}: no 400 answer`);
      if (op.requestBody && !(op.responses['413'] && op.responses['415'])) problems.push(`${id}: no 413 and 415 answers`);
    }
    expect(problems).toEqual([]);
    expect(operations().length).toBeGreaterThan(20);
  });

  it('matches the committed apps/api/openapi.json', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../openapi.json'), 'utf8'));
    expect(Object.keys(document.paths).sort()).toEqual(Object.keys(committed.paths).sort());
  });

  it('answers bad input to every operation with a 4xx problem, never a 5xx, each documented', async () => {
    // Garbage on purpose (violatesContract below): the answers are still checked against the committed document.
    const http = committedContractHttp(app.getHttpServer());
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
      for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
        if (path.endsWith('/auth/logout') || path.endsWith('/auth/change-password')) continue; // would end the fuzzing session
        const ref = op.requestBody?.content?.['application/json']?.schema?.$ref;
        const urls = [path.replace(/\{[^}]+\}/g, 'not-an-id'), path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000')];
        const bodies: unknown[] = [{}, wrongTypes(ref), { unexpected: true }, [1, 2]];
        for (const url of urls) {
          for (const body of bodies) {
            const call = (http as unknown as Record<string, (u: string) => request.Test>)[method](`${url}?page=-1&pageSize=abc&sort=%24%24`);
            const res = await violatesContract(call.auth(token, { type: 'bearer' }))
              .send(body as object)
              .catch((offContract: Error) => offContract);
            if (res instanceof Error) {
              failures.push(res.message);
              continue;
            }
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
    // ~800 exchanges, each checked against the document: more than jest's default 30 s on a busy machine.
  }, 120_000);

  /**
   * Hostile input (issue 18): every class of input that once answered 5xx, 404 "Cannot POST …" or
   * PostgreSQL's own text, sent to every operation of the document, so a module is held to it by
   * being in the document. Each answer must be a 4xx problem naming the field, without database text.
   */
  describe('hostile input to every operation', () => {
    const ZERO_ID = '00000000-0000-4000-8000-000000000000';
    const PROTOTYPE_KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__'];
    const UNSAFE_TEXT = { NUL: 'a\u0000b', 'a lone surrogate': 'a\ud800b' };
    const PROBLEMS = 'https://kehu.dev/problems/';
    let http: ReturnType<typeof request>;
    let token: string;
    let failures: string[];

    beforeAll(async () => {
      http = committedContractHttp(app.getHttpServer());
      token = (await http.post('/api/v1/auth/login').send({ username: 'admin', password: 'Admin-pass-2026' })).body.accessToken;
      // A record in the lists, for the operations on a record's own lists (`/customers/{id}/…`).
      const customer = await http
        .post('/api/v1/customers')
        .auth(token, { type: 'bearer' })
        .send({ name: '扬州市春意空调有限公司', address: '江苏省扬州市文昌路 1 号', industry: 'manufacturing', phone: '0514-84888888', description: '空调' });
      expect(customer.status).toBe(201);
    });
    beforeEach(() => (failures = []));

    const all = () =>
      Object.entries(document.paths).flatMap(([path, item]) =>
        Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ method, path, op, id: `${method.toUpperCase()} ${path}` })),
      );
    const jsonBodyOf = (op: Operation) => op.requestBody?.content['application/json']?.schema;
    const resolve = (schema: Schema | undefined): Schema | undefined => {
      if (schema?.$ref) return resolve(document.components?.schemas?.[schema.$ref.split('/').pop() as string] as Schema);
      if (schema?.allOf?.length === 1) return resolve(schema.allOf[0]);
      return schema;
    };
    const fieldName = (path: Array<string | number>) =>
      path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
    const valueAt = (path: Array<string | number>, value: unknown): unknown =>
      path.length === 0 ? value : typeof path[0] === 'number' ? [valueAt(path.slice(1), value)] : { [path[0]]: valueAt(path.slice(1), value) };

    /** Where a string can go in a body: each property, array element and nested property that takes one. */
    function stringFields(schema: Schema | undefined, path: Array<string | number> = []): Array<Array<string | number>> {
      const s = resolve(schema);
      if (!s || path.length > 6) return [];
      const variants = s.oneOf ?? s.anyOf;
      if (variants) return variants.some((v) => resolve(v)?.type === 'string') ? [path] : [];
      if (s.type === 'string') return [path];
      if (s.type === 'array') return stringFields(s.items, [...path, 0]);
      return Object.entries(s.properties ?? {}).flatMap(([key, property]) => stringFields(property, [...path, key]));
    }

    /** The path with each parameter filled: from `params`, else the zero UUID (nothing is found by it). */
    const urlOf = (path: string, params: Record<string, string> = {}) =>
      path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ZERO_ID));

    /** The path with each parameter a record that exists: the first item of the list the parameter is an id in. */
    async function existingUrl(path: string): Promise<string> {
      let url = '';
      for (const segment of path.split('/').filter(Boolean)) {
        const param = /^\{(.+)\}$/.exec(segment)?.[1];
        if (!param) {
          url += `/${segment}`;
          continue;
        }
        const list = await http.get(url).auth(token, { type: 'bearer' });
        const first = ((Array.isArray(list.body) ? list.body : list.body?.items) ?? [])[0] ?? {};
        url += `/${encodeURIComponent(String(first[param] ?? first.id ?? first.code ?? first.key ?? ZERO_ID))}`;
      }
      return url;
    }

    function call(method: string, url: string, options: { auth?: boolean; type?: string; body?: unknown } = {}): request.Test {
      // Hostile on purpose: the answers are still checked against the committed document.
      let req = violatesContract((http as unknown as Record<string, (u: string) => request.Test>)[method](url));
      if (options.auth !== false) req = req.auth(token, { type: 'bearer' });
      if (options.type) req = req.set('content-type', options.type);
      return options.body === undefined ? req : req.send(options.body as object);
    }

    function check(label: string, res: request.Response, expected: { status?: number; type?: string; field?: string }): void {
      const wrong: string[] = [];
      if (res.status < 400 || res.status >= 500) wrong.push('not a 4xx');
      if (!String(res.headers['content-type']).includes('application/problem+json')) wrong.push('not problem+json');
      if (expected.status && res.status !== expected.status) wrong.push(`not ${expected.status}`);
      if (expected.type && res.body?.type !== PROBLEMS + expected.type) wrong.push(`not …/${expected.type}`);
      if (expected.field && !(res.body?.errors ?? []).some((e: { field: string }) => e.field === expected.field)) wrong.push(`does not name ${expected.field}`);
      if (DATABASE_TEXT.test(res.text)) wrong.push('carries database text');
      if (wrong.length) failures.push(`${label} → ${res.status} ${wrong.join(', ')}: ${res.text.slice(0, 160)}`);
    }

    it('refuses prototype-named sort keys on every list, naming sort', async () => {
      const lists = all().filter(({ op }) => op.parameters?.some((p) => p.in === 'query' && p.name === 'sort'));
      expect(lists.length).toBeGreaterThan(5);
      for (const { method, path, id } of lists) {
        const url = await existingUrl(path);
        for (const key of PROTOTYPE_KEYS) {
          for (const sort of [key, `-${key}`, `name,${key}`]) {
            check(`${id}?sort=${sort}`, await call(method, `${url}?sort=${encodeURIComponent(sort)}`), { status: 400, field: 'sort' });
          }
        }
      }
      expect(failures).toEqual([]);
    });

    it('refuses huge and negative page numbers and sizes on every list, naming them', async () => {
      const lists = all().filter(({ op }) => op.parameters?.some((p) => p.in === 'query' && p.name === 'page'));
      expect(lists.length).toBeGreaterThan(5);
      for (const { method, path, id } of lists) {
        const url = await existingUrl(path);
        for (const name of ['page', 'pageSize']) {
          for (const value of ['1e18', '-1', '99999999999999999999', '1e400']) {
            check(`${id}?${name}=${value}`, await call(method, `${url}?${name}=${value}`), { status: 400, field: name });
          }
        }
      }
      expect(failures).toEqual([]);
    });

    it('refuses NUL and lone surrogates in every string field of every body, naming the field', async () => {
      let fields = 0;
      for (const { method, path, op, id } of all()) {
        for (const at of stringFields(jsonBodyOf(op))) {
          fields++;
          for (const [what, text] of Object.entries(UNSAFE_TEXT)) {
            const res = await call(method, urlOf(path), { body: valueAt(at, text) });
            check(`${id} ${what} in ${fieldName(at)}`, res, { status: 400, field: fieldName(at) });
          }
        }
      }
      expect(fields).toBeGreaterThan(50);
      expect(failures).toEqual([]);
    });

    it('refuses NUL in every query and path parameter, naming it', async () => {
      for (const { method, path, op, id } of all()) {
        for (const parameter of op.parameters ?? []) {
          if (parameter.in === 'query') {
            const res = await call(method, `${urlOf(path)}?${parameter.name}=a%00b`);
            check(`${id} NUL in ?${parameter.name}`, res, { status: 400, field: parameter.name });
          } else if (parameter.in === 'path') {
            // A body only where the operation takes JSON: a multipart upload would refuse `{}` (415) before its path is read.
            const body = method === 'get' || method === 'delete' || (op.requestBody && !jsonBodyOf(op)) ? undefined : {};
            const res = await call(method, urlOf(path, { [parameter.name]: UNSAFE_TEXT.NUL }), { body });
            check(`${id} NUL in {${parameter.name}}`, res, { status: 400, field: parameter.name });
          }
        }
      }
      expect(failures).toEqual([]);
    });

    it('refuses null for every field not declared nullable, on PATCH and everywhere, naming it', async () => {
      let patched = 0;
      for (const { method, path, op, id } of all()) {
        const schema = resolve(jsonBodyOf(op));
        for (const [name, property] of Object.entries(schema?.properties ?? {})) {
          if (property.nullable) continue;
          if (method === 'patch') patched++;
          check(`${id} ${name}: null`, await call(method, urlOf(path), { body: { [name]: null } }), { status: 400, field: name });
        }
      }
      expect(patched).toBeGreaterThan(10);
      expect(failures).toEqual([]);
    });

    it('refuses deep nesting and malformed bodies before anything else, with or without credentials', async () => {
      const deep = `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`;
      for (const { method, path, id } of all()) {
        if (method === 'get' || method === 'delete') continue;
        for (const auth of [true, false]) {
          const who = auth ? 'admin' : 'anonymous';
          check(`${id} 5,000 deep (${who})`, await call(method, urlOf(path), { auth, type: 'application/json', body: deep }), { status: 400, type: 'body-too-deep' });
          check(`${id} malformed (${who})`, await call(method, urlOf(path), { auth, type: 'application/json', body: '{"a":' }), { status: 400, type: 'malformed-body' });
        }
      }
      expect(failures).toEqual([]);
    });

    it('refuses bodies over the limit with 413', async () => {
      const oversized = JSON.stringify({ a: 'x'.repeat(2 * 1024 * 1024) });
      for (const { method, path, op, id } of all()) {
        if (!op.requestBody) continue;
        check(`${id} 2 MB`, await call(method, urlOf(path), { type: 'application/json', body: oversized }), { status: 413, type: 'payload-too-large' });
      }
      expect(failures).toEqual([]);
    });

    it('refuses content types the operation does not take with 415', async () => {
      const multipart = { type: 'multipart/form-data; boundary=kehu', body: '--kehu\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--kehu--\r\n' };
      const wrongForJson = [
        { type: 'text/plain', body: '{"a":1}' },
        { type: 'application/xml', body: '<a>1</a>' },
        { type: 'application/x-www-form-urlencoded', body: 'a=1' },
        { type: 'application/json; charset=latin1', body: '{"a":1}' },
        multipart,
      ];
      const wrongForUpload = [{ type: 'application/json', body: '{"a":1}' }, { type: 'text/csv', body: 'a,b\n1,2' }];
      for (const { method, path, op, id } of all()) {
        if (!op.requestBody) continue;
        const wrong = jsonBodyOf(op) ? wrongForJson : wrongForUpload;
        for (const { type, body } of wrong) {
          check(`${id} as ${type}`, await call(method, urlOf(path), { type, body }), { status: 415, type: 'unsupported-media-type' });
        }
      }
      expect(failures).toEqual([]);
    });

    it('holds the real routes to it: plausible values, duplicates without database text, ETag as If-Match', async () => {
      const auth = { type: 'bearer' } as const;
      const body = { name: '泰州市先锋机械有限公司', address: '江苏省泰州市海陵区', industry: 'manufacturing', phone: '0523-86666666', description: '机械' };
      const refused = async (res: request.Response, field: string) => check(`${field} implausible`, res, { status: 400, field });
      await refused(await violatesContract(http.post('/api/v1/customers')).auth(token, auth).send({ ...body, registeredCapital: '-1.00' }), 'registeredCapital');
      await refused(await violatesContract(http.post('/api/v1/customers')).auth(token, auth).send({ ...body, website: 'javascript:alert(1)' }), 'website');
      const created = await http.post('/api/v1/customers').auth(token, auth).send({ ...body, externalId: 'ERP-0001' });
      expect(created.status).toBe(201);
      await refused(
        await violatesContract(http.post(`/api/v1/customers/${created.body.id}/follow-ups`))
          .auth(token, auth)
          .send({ method: 'visit', occurredAt: '0000-01-01T00:00:00Z', summary: '拜访' }),
        'occurredAt',
      );
      const duplicate = await http
        .post('/api/v1/customers')
        .auth(token, auth)
        .send({ ...body, name: '无锡市恒润机械有限公司', phone: '0510-85231168', externalId: 'ERP-0001' });
      check('POST /api/v1/customers with a taken externalId', duplicate, { status: 409, field: 'externalId' });
      expect(duplicate.text).not.toContain('ERP-0001');

      const read = await http.get(`/api/v1/customers/${created.body.id}`).auth(token, auth);
      expect(read.headers.etag).toBe(`W/"${read.body.version}"`);
      const edited = await http.patch(`/api/v1/customers/${created.body.id}`).auth(token, auth).set('If-Match', read.headers.etag).send({ shortName: '先锋' });
      expect(edited.status).toBe(200);
      expect(edited.headers.etag).toBe(`W/"${edited.body.version}"`);
      const stale = await http.patch(`/api/v1/customers/${created.body.id}`).auth(token, auth).set('If-Match', read.headers.etag).send({ shortName: '先锋2' });
      check('PATCH with the ETag read before an edit', stale, { status: 412, type: 'version-mismatch' });
      expect(read.headers['cache-control']).toBe('no-store');
      expect(failures).toEqual([]);
    });
  });

  it('serves login for the admin set by KEHU_ADMIN_PASSWORD', async () => {
    const res = await committedContractHttp(app.getHttpServer()).post('/api/v1/auth/login').send({ username: 'admin', password: 'Admin-pass-2026' });
    expect(res.status).toBe(200);
    expect(res.body.user.permissions).toContain('audit:read');
  });
});
