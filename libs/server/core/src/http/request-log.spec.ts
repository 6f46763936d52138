import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { requestLogMiddleware, requestLogSerializers } from './request-log';

describe('request log', () => {
  it('keeps id, method, URL, address and status, and no header', () => {
    const req = {
      id: 'r1',
      method: 'GET',
      url: '/api/v1/customers?q=x',
      remoteAddress: '127.0.0.1',
      headers: { authorization: 'Bearer secret-token', cookie: 'sid=secret-cookie' },
    };
    const logged = JSON.stringify([requestLogSerializers.req(req), requestLogSerializers.res({ statusCode: 200, headers: { 'set-cookie': 'sid=x' } } as { statusCode: number })]);
    expect(JSON.parse(logged)).toEqual([{ id: 'r1', method: 'GET', url: '/api/v1/customers?q=x', remoteAddress: '127.0.0.1' }, { statusCode: 200 }]);
    expect(logged).not.toContain('secret');
  });
});

describe('request log middleware', () => {
  function appLoggingAt(level: string) {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const app = express();
    app.use((req, _res, next) => {
      (req as unknown as { id: string }).id = 'r1';
      next();
    });
    app.use(requestLogMiddleware(logger, { ignore: (path) => path === '/health' }));
    app.get('/ok', (_req, res) => res.json({ ok: true }));
    app.get('/broken', (_req, res) => res.status(500).json({}));
    app.get('/health', (_req, res) => res.json({}));
    return { http: request(app), lines };
  }

  it('at info: one line per request (error level for a 5xx) with id, method, URL and status, never headers', async () => {
    const { http, lines } = appLoggingAt('info');
    await http.get('/ok?x=1').set('Authorization', 'Bearer secret-token').expect(200);
    await http.get('/broken').expect(500);
    await http.get('/health').expect(200);
    expect(lines).toMatchObject([
      { level: 30, msg: 'request completed', req: { id: 'r1', method: 'GET', url: '/ok?x=1' }, res: { statusCode: 200 }, context: 'HTTP' },
      { level: 50, msg: 'request errored', res: { statusCode: 500 } },
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('below info: nothing per request (5xx are logged by ProblemDetailsFilter)', async () => {
    const { http, lines } = appLoggingAt('warn');
    await http.get('/ok').expect(200);
    expect(lines).toEqual([]);
  });
});
