import { vi } from 'vitest';
import { fetchUploadTransport, setUploadTransport } from '../api/files';
import { createHttpClient, setHttpClient } from '../api/http';
import { memoryTokenStore } from '../api/session';

export type Route = (request: Request, body: unknown) => Response | Promise<Response>;

export function json(data: unknown, status = 200): Response {
  return new Response(status === 204 ? null : JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, title: string, errors?: { field: string; message: string; code?: string }[]): Response {
  return new Response(JSON.stringify({ type: 'https://kehu.dev/problems/x', title, status, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

async function parseBody(request: Request): Promise<unknown> {
  if (request.headers.get('Content-Type')?.startsWith('multipart/form-data')) return request.clone().formData();
  const text = await request.clone().text();
  return text ? JSON.parse(text) : undefined;
}

/**
 * Installs an HTTP client whose fetch answers from `routes` (keyed `METHOD /path`, query ignored)
 * and records every request with its parsed body (JSON, or `FormData` for a multipart upload).
 */
export function fakeApi(routes: Record<string, Route>) {
  const calls: { method: string; path: string; url: URL; headers: Headers; body: unknown }[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (input) => {
    const request = input as Request;
    const url = new URL(request.url);
    const body = await parseBody(request);
    calls.push({ method: request.method, path: url.pathname, url, headers: request.headers, body });
    const route = routes[`${request.method} ${url.pathname}`];
    if (!route) return problem(404, `no fake for ${request.method} ${url.pathname}`);
    return route(request, body);
  });
  const tokens = memoryTokenStore({ accessToken: 't' });
  setHttpClient(createHttpClient({ baseUrl: 'http://localhost', fetch, tokens }));
  // Uploads (XMLHttpRequest in the app, for progress) go through the same fake fetch.
  setUploadTransport(fetchUploadTransport(fetch, tokens, 'http://localhost'));
  return { calls, fetch };
}

/** The value, or a failed test when it is missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}
