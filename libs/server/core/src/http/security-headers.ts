import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { TLSSocket } from 'node:tls';

const directives = {
  // Element Plus and Swagger UI set inline styles; scripts are only the SPA's and Swagger UI's own files.
  'style-src': ["'self'", "'unsafe-inline'"],
  'script-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  // The SPA previews stored files (PDF, images) from object URLs of bytes it fetched with its token;
  // blob: URLs can only be made by the page's own scripts, which are 'self' only. Chromium renders a
  // PDF frame through its plugin, which object-src governs too (helmet's default is 'none').
  'frame-src': ["'self'", 'blob:'],
  'object-src': ['blob:'],
};

/**
 * Helmet's headers, with the two that only make sense over TLS sent only then: HSTS, and the CSP's
 * `upgrade-insecure-requests`, which on a plain-HTTP intranet install (http://192.0.2.2:3000/) makes
 * the browser fetch the SPA's scripts over https and show a blank page. A request counts as TLS when
 * it arrived so directly or through a trusted proxy's X-Forwarded-Proto (`req.secure`, see the
 * `trust proxy` setting), or always when the install says it is served over HTTPS only.
 */
export function securityHeaders(options: { httpsOnly: boolean }): RequestHandler {
  const plain = helmet({
    contentSecurityPolicy: { directives: { ...directives, 'upgrade-insecure-requests': null } },
    strictTransportSecurity: false,
  });
  const tls = helmet({ contentSecurityPolicy: { directives } });
  // `req.secure` parses the peer's address against the trust-proxy list (ipaddr.js, ≈ 1.5 % of a GET): asked
  // only when a proxy says how the client connected; without X-Forwarded-Proto it is the socket's own TLS.
  const secure = (req: Request) =>
    (req.socket as TLSSocket).encrypted === true || (req.headers['x-forwarded-proto'] !== undefined && req.secure);
  return (req: Request, res: Response, next: NextFunction) => (options.httpsOnly || secure(req) ? tls : plain)(req, res, next);
}

/** API answers carry personal data: no browser or proxy cache keeps them. */
export function noStoreForApi(prefix: string): RequestHandler {
  return (req, res, next) => {
    if (req.path === prefix || req.path.startsWith(`${prefix}/`)) res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
