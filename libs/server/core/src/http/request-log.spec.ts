import { requestLogSerializers } from './request-log';

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
