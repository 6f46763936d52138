import type { IncomingMessage, ServerResponse } from 'node:http';
import { contractCheckedHttp, violatesContract } from './contract-checked-http';
import { OpenApiContract, type ReceivedResponse } from './openapi-contract';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ description: '', content: { 'application/json': { schema } } });
const problem = { description: '', content: { 'application/problem+json': { schema: ref('ProblemDto') } } };

/** A small document with the shapes Nest renders: pages as allOf, nullable refs, maps, formats. */
const DOCUMENT = {
  openapi: '3.0.0',
  info: { title: 'probe', version: '1' },
  paths: {
    '/items': {
      get: {
        operationId: 'Items_list',
        parameters: [
          { name: 'page', in: 'query', required: false, schema: { type: 'number', minimum: 1 } },
          { name: 'tag', in: 'query', required: false, schema: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } } },
        ],
        responses: {
          200: json({ allOf: [ref('Page'), { properties: { items: { type: 'array', items: ref('Item') } }, required: ['items'] }] }),
          400: problem,
        },
      },
      post: {
        operationId: 'Items_create',
        requestBody: { required: true, content: { 'application/json': { schema: ref('NewItem') } } },
        responses: { 201: json(ref('Item')), 400: problem },
      },
    },
    '/items/special': { get: { operationId: 'Items_special', responses: { 204: { description: 'Nothing' } } } },
    '/items/{id}': {
      get: {
        operationId: 'Items_get',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: json(ref('Item')), 404: problem },
      },
    },
    '/items/{id}/export': {
      get: {
        operationId: 'Items_export',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: '', content: { 'text/csv': {} } } },
      },
    },
  },
  components: {
    schemas: {
      Reason: { type: 'string', enum: ['EXPIRED', 'ABANDONED'] },
      Page: { type: 'object', properties: { total: { type: 'number' } }, required: ['total'] },
      NewItem: { type: 'object', properties: { name: { type: 'string', example: 'x' } }, required: ['name'] },
      Item: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' },
          at: { type: 'string', format: 'date-time' },
          note: { type: 'string', nullable: true },
          /** As @nestjs/swagger renders `nullable: true` on a named enum: admits no null (OpenAPI 3.0.3). */
          reason: { nullable: true, allOf: [ref('Reason')] },
          /** As buildOpenApiDocument declares it. */
          reasonOrNull: { oneOf: [ref('Reason'), { type: 'string', nullable: true, enum: [null] }] },
          counts: { type: 'object', additionalProperties: { type: 'number' } },
        },
        required: ['id'],
      },
      ProblemDto: {
        type: 'object',
        properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'number' } },
        required: ['type', 'title', 'status'],
      },
    },
  },
};

const ID = '7b0c6a52-3f2e-4d8c-9a57-0c1d2e3f4a5b';

describe('the OpenAPI contract check', () => {
  const contract = new OpenApiContract(DOCUMENT, 'the probe document');
  const operation = (method: string, path: string) => {
    const matched = contract.match(method, path);
    if (!matched) throw new Error(`no operation for ${method} ${path}`);
    return matched;
  };
  const answer = (status: number, body: unknown, contentType = 'application/json'): ReceivedResponse => ({
    status,
    contentType,
    body,
    hasBody: body !== undefined,
  });
  const item = (extra: object = {}) => ({ id: ID, at: '2026-11-23T01:00:00.000Z', note: null, ...extra });
  const sent = (query = '', body?: unknown, contentType = body === undefined ? '' : 'application/json') => ({
    query: new URLSearchParams(query),
    contentType,
    body,
  });

  it('finds the operation, a literal segment before a parameter', () => {
    expect(operation('GET', '/items/special').label).toBe('GET /items/special (Items_special)');
    expect(operation('GET', `/items/${ID}`)).toMatchObject({ label: 'GET /items/{id} (Items_get)', pathParams: { id: ID } });
    expect(contract.match('DELETE', '/items')).toBeUndefined();
    expect(contract.match('GET', '/nothing')).toBeUndefined();
  });

  it('accepts an answer as documented', () => {
    expect(contract.checkResponse(operation('GET', `/items/${ID}`), answer(200, item({ counts: { open: 3 } })))).toEqual([]);
    expect(contract.checkResponse(operation('GET', '/items/special'), answer(204, undefined, ''))).toEqual([]);
  });

  it('refuses a status the operation does not document', () => {
    expect(
      contract.checkResponse(
        operation('GET', `/items/${ID}`),
        answer(500, { type: 't', title: 't', status: 500 }, 'application/problem+json'),
      ),
    ).toEqual(['status 500: not documented (documented: 200, 404)']);
  });

  it('refuses another media type, and a body where none is documented', () => {
    expect(contract.checkResponse(operation('GET', `/items/${ID}`), answer(404, { message: 'nope' }))).toEqual([
      'status 404: answered application/json, documented application/problem+json',
    ]);
    expect(contract.checkResponse(operation('GET', '/items/special'), answer(204, 'x', 'text/plain'))).toEqual([
      'status 204: documented without a body, answered text/plain',
    ]);
    // Not JSON: the media type is the contract.
    expect(contract.checkResponse(operation('GET', `/items/${ID}/export`), answer(200, 'a,b', 'text/csv'))).toEqual([]);
  });

  it('reads nullable as OpenAPI 3.0.3 does: beside a type only, so a nullable $ref admits no null', () => {
    const found = contract.checkResponse(operation('GET', `/items/${ID}`), answer(200, item({ reason: null })));
    expect(found).toContain('response body/reason: must be string — #/components/schemas/Reason/type');
    expect(contract.checkResponse(operation('GET', `/items/${ID}`), answer(200, item({ reasonOrNull: null })))).toEqual([]);
    expect(contract.checkResponse(operation('GET', `/items/${ID}`), answer(200, item({ reasonOrNull: 'LOST' })))).toEqual([
      expect.stringContaining('response body/reasonOrNull: must be equal to one of the allowed values ("EXPIRED", "ABANDONED")'),
      expect.stringContaining('response body/reasonOrNull: must be equal to one of the allowed values (null)'),
    ]);
  });

  it('checks formats and required members', () => {
    expect(contract.checkResponse(operation('GET', `/items/${ID}`), answer(200, { id: 'nope', at: 'yesterday' }))).toEqual([
      'response body/id: must match format "uuid" — #/components/schemas/Item/properties/id/format',
      'response body/at: must match format "date-time" — #/components/schemas/Item/properties/at/format',
    ]);
    expect(contract.checkResponse(operation('GET', `/items/${ID}`), answer(200, {}))).toEqual([
      "response body: must have required property 'id' — #/components/schemas/Item/required",
    ]);
  });

  it('refuses an undocumented member, also inside a composed page, but not in a documented map', () => {
    expect(contract.checkResponse(operation('GET', `/items/${ID}`), answer(200, item({ passwordHash: 'x' })))).toEqual([
      'response body: must NOT have unevaluated properties: passwordHash — #/components/schemas/Item/unevaluatedProperties',
    ]);
    const list = operation('GET', '/items');
    expect(contract.checkResponse(list, answer(200, { total: 1, items: [item()] }))).toEqual([]);
    expect(contract.checkResponse(list, answer(200, { total: 1, items: [item()], next: 2 }))).toEqual([
      'response body: must NOT have unevaluated properties: next — #/paths/~1items/get/responses/200/content/application~1json/schema/unevaluatedProperties',
    ]);
  });

  it('checks query parameters as the server reads them: coerced, repeated for arrays, none undocumented', () => {
    const list = operation('GET', '/items');
    expect(contract.checkRequest(list, sent('page=2&tag=a&tag=b'))).toEqual([]);
    expect(contract.checkRequest(list, sent('page=0'))).toEqual([
      'query parameter page: must be >= 1 — #/paths/~1items/get/parameters/0/schema/minimum',
    ]);
    expect(contract.checkRequest(list, sent('page=abc'))).toEqual([
      'query parameter page: must be number — #/paths/~1items/get/parameters/0/schema/type',
    ]);
    expect(contract.checkRequest(list, sent('tag=a,b'))).toEqual([
      expect.stringContaining('query parameter tag/0: must be equal to one of the allowed values ("a", "b")'),
    ]);
    expect(contract.checkRequest(list, sent('colour=red'))).toEqual(['query parameter colour: not documented (documented: page, tag)']);
    expect(contract.checkRequest(list, sent('page=1&page=2'))).toEqual(['query parameter page: sent 2 times, documented as one value']);
  });

  it('checks the request body: required, as documented, JSON, and none where the operation takes none', () => {
    const create = operation('POST', '/items');
    expect(contract.checkRequest(create, sent('', { name: 'x' }))).toEqual([]);
    expect(contract.checkRequest(create, sent('', '{"name":"x"}'))).toEqual([]);
    expect(contract.checkRequest(create, sent())).toEqual(['body: required (application/json), none sent']);
    expect(contract.checkRequest(create, sent('', '{"name":'))).toEqual(['body: not valid JSON']);
    expect(contract.checkRequest(create, sent('', 'name=x', 'application/x-www-form-urlencoded'))).toEqual([
      'body: sent as application/x-www-form-urlencoded, documented as application/json',
    ]);
    expect(contract.checkRequest(create, sent('', { name: 'x', colour: 'red' }))).toEqual([
      'request body: must NOT have unevaluated properties: colour — #/components/schemas/NewItem/unevaluatedProperties',
    ]);
    expect(contract.checkRequest(operation('GET', `/items/${ID}`), sent('', {}))).toEqual([
      'body: the operation takes none, one was sent (application/json)',
    ]);
  });

  it('checks the answer to a request no operation serves as a problem', () => {
    expect(contract.checkProblem(answer(404, { type: 't', title: 'Not found', status: 404 }, 'application/problem+json'))).toEqual([]);
    expect(contract.checkProblem(answer(404, 'Cannot GET', 'text/html'))).toEqual([
      'status 404: answered text/html, not application/problem+json',
    ]);
  });
});

describe('supertest checked against the contract', () => {
  const contract = new OpenApiContract(DOCUMENT, 'the probe document');
  /** Answers as the probe document says, except where the path asks for a bug. */
  const server = (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: unknown, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(JSON.stringify(body));
    };
    req.resume();
    req.on('end', () => {
      if (req.url === '/items' && req.method === 'POST') return send(201, { id: ID });
      if (req.url?.startsWith(`/items/${ID}`)) return send(200, { id: ID, reason: null });
      if (req.url?.startsWith('/items')) return send(200, { total: 0, items: [] });
      return send(404, { type: 'about:blank', title: 'Not found', status: 404 }, 'application/problem+json');
    });
  };
  const http = contractCheckedHttp(server, (method, path) => contract.match(method, path), contract);

  it('passes exchanges as documented through to the test', async () => {
    const res = await http.post('/items').send({ name: 'x' });
    expect(res.status).toBe(201);
    expect((await http.get('/items?page=1')).status).toBe(200);
  });

  it('fails the request naming operation, status and schema path', async () => {
    await expect(http.get(`/items/${ID}`).then((r) => r)).rejects.toThrow(
      `GET /items/{id} (Items_get) of the probe document, GET /items/${ID} → 200:\n  answer: response body/reason: must be string — #/components/schemas/Reason/type`,
    );
  });

  it('fails a request the document refuses, unless the test says it means to send it', async () => {
    await expect(
      http
        .post('/items')
        .send({ colour: 'red' })
        .then((r) => r),
    ).rejects.toThrow("request: request body: must have required property 'name'");
    expect((await violatesContract(http.post('/items')).send({ colour: 'red' })).status).toBe(201);
    // Marked garbage still gets a documented answer: an undocumented one fails.
    await expect(violatesContract(http.get(`/items/${ID}`)).then((r) => r)).rejects.toThrow('answer: response body/reason: must be string');
  });

  it('fails a request to an API route nothing documents, and checks the answer to a marked one as a problem', async () => {
    await expect(http.get('/api/nothing').then((r) => r)).rejects.toThrow('no documented operation serves GET /api/nothing');
    expect((await violatesContract(http.get('/api/nothing'))).status).toBe(404);
    // Outside /api (the SPA and its files) the document has nothing to say.
    expect((await http.get('/index.html')).status).toBe(404);
  });
});
