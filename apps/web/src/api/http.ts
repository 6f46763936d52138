import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths, Problem } from './types';
import { localTokenStore, type TokenStore } from './session';

export type HttpClient = Client<paths>;

export interface HttpOptions {
  /** '' in the app: paths already start with /api/v1. */
  baseUrl?: string;
  /** The fetch the client uses (tests pass a fake one). */
  fetch?: typeof globalThis.fetch;
  tokens?: TokenStore;
  /** Called once when a refresh fails: the session is already cleared. */
  onSessionExpired?: () => void;
}

/** Calls that must never trigger a refresh (they are how we get tokens). */
const NO_REFRESH = new Set<string>(['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/logout']);

/**
 * The typed client: adds `Authorization: Bearer <accessToken>`; on a 401 it refreshes the tokens
 * once (parallel 401s share one in-flight refresh), retries the request, and when the refresh fails
 * clears the session and calls `onSessionExpired`.
 */
export function createHttpClient(options: HttpOptions = {}): HttpClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchFn: typeof globalThis.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const tokens = options.tokens ?? localTokenStore;
  const bare = createClient<paths>({ baseUrl, fetch: fetchFn });
  const client = createClient<paths>({ baseUrl, fetch: fetchFn });
  const retries = new Map<string, { request: Request; token: string | null }>();
  let refreshing: Promise<boolean> | null = null;

  function refresh(): Promise<boolean> {
    refreshing ??= (async () => {
      const refreshToken = tokens.getRefreshToken();
      let ok = false;
      if (refreshToken) {
        try {
          const { data, response } = await bare.POST('/api/v1/auth/refresh', { body: { refreshToken } });
          if (response.ok && data) {
            tokens.setTokens({ accessToken: data.accessToken, refreshToken: data.refreshToken });
            ok = true;
          }
        } catch {
          ok = false;
        }
      }
      if (!ok) {
        tokens.clear();
        options.onSessionExpired?.();
      }
      return ok;
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  const auth: Middleware = {
    onRequest({ request, schemaPath, id }) {
      const token = tokens.getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      if (!NO_REFRESH.has(schemaPath)) retries.set(id, { request: request.clone(), token });
      return request;
    },
    async onResponse({ response, id }) {
      const pending = retries.get(id);
      retries.delete(id);
      if (response.status !== 401 || !pending) return response;
      const current = tokens.getAccessToken();
      // Another request already refreshed while this one was in flight: just retry with the new token.
      const ok = current !== null && current !== pending.token ? true : await refresh();
      if (!ok) return response;
      const retry = pending.request;
      retry.headers.set('Authorization', `Bearer ${tokens.getAccessToken()}`);
      return fetchFn(retry);
    },
    onError({ id }) {
      retries.delete(id);
    },
  };
  client.use(auth);
  return client;
}

let sessionExpiredHandler: () => void = () => undefined;

/** The router registers what happens when the session cannot be refreshed (go to /login). */
export function setSessionExpiredHandler(handler: () => void): void {
  sessionExpiredHandler = handler;
}

/** The app's client. Tests replace it with `setHttpClient(createHttpClient({ fetch }))`. */
export let http: HttpClient = createHttpClient({ onSessionExpired: () => sessionExpiredHandler() });

export function setHttpClient(client: HttpClient): void {
  http = client;
}

/**
 * An error answer of the API (problem+json), thrown by `unwrap`. Its `message` is the server's
 * (English) text, for logs: show users `problemMessage(error)` / `showError(error)` (api/problem-form).
 */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly response?: Response;

  constructor(problem: Problem, response?: Response) {
    super(problem.detail || problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
    this.response = response;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The problem type's slug (`…/problems/duplicate-customer` → `duplicate-customer`), or null. */
  get slug(): string | null {
    return problemSlug(this.problem);
  }
}

/** The last path segment of a problem type (`https://kehu.dev/problems/<slug>`), or null (e.g. `about:blank`). */
export function problemSlug(problem: Pick<Problem, 'type'> | null | undefined): string | null {
  const match = /\/problems\/([^/?#]+)\/?$/.exec(problem?.type ?? '');
  return match ? match[1] : null;
}

export function toProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object' && 'title' in error) {
    const p = error as Problem;
    return { ...p, status: p.status ?? response.status };
  }
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: typeof error === 'string' && error ? error : undefined,
  };
}

/** The data of a success answer; throws `ProblemError` for an error answer. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok) throw new ProblemError(toProblem(result.error, result.response), result.response);
  return result.data as T;
}

/**
 * `If-Match` header for optimistic concurrency (`W/"<version>"`), under the documented name `If-Match`.
 * WORKAROUND: the settings edits (dictionary items, rules) and approval chains also declare a
 * *required* lowercase `if-match` header in the schema (their controllers read `@Headers('if-match')`
 * instead of the core `@IfMatch()` decorator), so the key is given in both spellings. `Headers` is
 * case-insensitive, so exactly one `If-Match` header is sent; drop `'if-match'` once the schema is fixed.
 */
export function ifMatch(version: number | string): { 'If-Match': string; 'if-match': string } {
  const value = `W/"${version}"`;
  return { 'If-Match': value, 'if-match': value };
}
