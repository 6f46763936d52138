import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import type { Logger as PinoRootLogger } from 'pino';
import { AppConfig, trustProxySetting } from '../config/app-config';
import { compressResponses } from './compression';
import { ProblemDetailsFilter } from './problem-details.filter';
import { requestIdMiddleware } from './request-context';
import { requestLogMiddleware, ROOT_LOGGER } from './request-log';
import { acceptedMediaTypes, jsonBodyParser } from './request-body';
import { noStoreForApi, securityHeaders } from './security-headers';
import { serveSpa } from './static-assets';
import { createValidationPipe } from './validation.pipe';
import { sendVersionEtags } from './version-etag';

export const API_PREFIX = 'api/v1';

/**
 * Everything about the HTTP surface that is not a route: prefix, security headers, CORS,
 * request ids, body limits, validation. Shared by main.ts, the OpenAPI export and the integration
 * tests, so tests exercise exactly what production serves.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  express.useLogger(app.get(Logger));
  express.set('trust proxy', trustProxySetting(config.trustProxy));
  express.disable('x-powered-by');
  // ETags are the record's version (sendVersionEtags), never a hash of the body.
  express.set('etag', false);
  express.use(requestIdMiddleware);
  express.use(requestLogMiddleware(app.get<PinoRootLogger>(ROOT_LOGGER), { ignore: (path) => path === '/health' }));
  express.use(securityHeaders({ httpsOnly: config.httpsOnly }));
  express.use(noStoreForApi('/api'));
  express.use(compressResponses());
  if (config.webRoot) express.use(serveSpa(config.webRoot));
  const origins = config.corsOrigins
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length) {
    app.enableCors({ origin: origins, credentials: true, exposedHeaders: ['ETag', 'X-Request-Id', 'Location'] });
  }
  express.use(acceptedMediaTypes);
  express.use(jsonBodyParser());
  // Errors of the middleware above are answered here, as problems: left to travel on, they would
  // meet the static SPA's error handler, which answers every /api error 404 "Cannot POST".
  const problems = new ProblemDetailsFilter();
  express.use((error: unknown, req: Request, res: Response, next: NextFunction) => (res.headersSent ? next(error) : problems.respond(error, req, res)));
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  sendVersionEtags(app.getHttpAdapter());
  app.enableShutdownHooks();
}
