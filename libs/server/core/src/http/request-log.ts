import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/** The root pino logger (CoreModule): Nest's log lines and the request log are written through it. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * What a request's log line says about it: id, method, URL, client address and status — never
 * headers, so no credentials or cookies.
 */
export const requestLogSerializers = {
  req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({ id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

/**
 * One line per answered request at info level ("request completed", error level for a 5xx), written
 * with the root logger when the answer is finished. Replaces pino-http, which made a child logger
 * (serializing the request's bindings), a second async context and four listeners per request
 * whatever the level — ≈ 8 % of a GET's CPU (docs/performance.md). Below info nothing is attached:
 * a 5xx is still logged, with its stack and request id, by ProblemDetailsFilter.
 */
export function requestLogMiddleware(logger: Logger, { ignore }: { ignore: (path: string) => boolean }) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (logger.isLevelEnabled('info') && !ignore(req.url)) {
      const started = performance.now();
      res.once('finish', () => {
        const line = {
          req: requestLogSerializers.req({ id: (req as Request & { id: string }).id, method: req.method, url: req.originalUrl, remoteAddress: req.socket.remoteAddress }),
          res: requestLogSerializers.res(res),
          responseTime: Math.round(performance.now() - started),
          context: 'HTTP',
        };
        if (res.statusCode >= 500) logger.error(line, 'request errored');
        else logger.info(line, 'request completed');
      });
    }
    next();
  };
}
