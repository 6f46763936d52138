import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Principal } from '../access/principal';

export interface RequestContext {
  requestId: string;
  ip?: string;
  principal?: Principal;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Per-request facts (request id, caller) for code far from the controller, e.g. the audit subscriber. */
export const requestContext = {
  get(): RequestContext | undefined {
    return storage.getStore();
  },
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  setPrincipal(principal: Principal): void {
    const store = storage.getStore();
    if (store) store.principal = principal;
  },
};

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Accepts a sane incoming X-Request-Id (from a proxy) or makes one, and echoes it back. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  (req as Request & { id?: string }).id = requestId;
  // The client address is worked out (trust proxy, X-Forwarded-For) only when a sign-in or an audit row asks for it.
  storage.run(
    {
      requestId,
      get ip() {
        return req.ip;
      },
    },
    next,
  );
}
