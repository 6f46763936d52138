import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { static as serveStatic } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ContentCoding, negotiateCoding, varyOnAcceptEncoding } from './compression';

/** Where the SPA build puts its content-hashed files (Vite's `assetsDir`). */
export const HASHED_ASSETS_PREFIX = '/assets/';

const IMMUTABLE = 'public, max-age=31536000, immutable';
// index.html names the hashed files of the current build: the browser must ask again every time
// (a 304 when nothing changed), or it keeps loading a release that no longer exists.
const REVALIDATE = 'no-cache';

const SUFFIX: Record<ContentCoding, string> = { br: '.br', gzip: '.gz' };

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Serves the build's precompressed copies (`x.js.br`, `x.js.gz`, written by the SPA build) in place
 * of `x.js` when the client accepts their coding: the request is pointed at the copy and the static
 * handler after this one sends it with the original file's type. The copies are listed once at
 * start, so a request costs a map lookup, never a file-system probe.
 */
export function precompressedAssets(webRoot: string): RequestHandler {
  const variants = new Map<string, Set<ContentCoding>>();
  for (const file of filesUnder(webRoot)) {
    for (const coding of Object.keys(SUFFIX) as ContentCoding[]) {
      if (!file.endsWith(SUFFIX[coding])) continue;
      const original = file.slice(0, -SUFFIX[coding].length);
      if (!existsSync(original)) continue;
      const url = '/' + relative(webRoot, original).split(sep).join('/');
      if (!variants.has(url)) variants.set(url, new Set());
      variants.get(url)?.add(coding);
    }
  }
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const available = variants.get(req.path);
    if (!available) return next();
    varyOnAcceptEncoding(res);
    const coding = negotiateCoding(req.headers, available);
    if (!coding) return next();
    res.type(extname(req.path));
    res.setHeader('Content-Encoding', coding);
    const query = req.url.slice(req.path.length);
    req.url = req.path + SUFFIX[coding] + query;
    next();
  };
}

/**
 * Cache-Control of the SPA's files: a year, immutable, for content-hashed assets (a new build gives
 * new names); revalidation for everything else, index.html first of all.
 */
export function setStaticCacheHeaders(res: Response, path: string): void {
  const normalized = path.split(sep).join('/');
  res.setHeader('Cache-Control', normalized.includes(HASHED_ASSETS_PREFIX) ? IMMUTABLE : REVALIDATE);
}

/** Paths the SPA never answers: the API (and its documentation) and the health probe. */
function isServerPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/health' || path.startsWith('/health/');
}

/**
 * The built SPA at `/`: its files (precompressed copies when accepted, cache headers above), and
 * index.html for every other GET outside the API, so deep links such as /customers/42 open the app.
 * A missing hashed asset is a 404, never index.html: a browser would run the HTML as a script.
 * Registered in configureApp (before the routes, as it never answers an API path), so the tests'
 * applications serve the SPA exactly as production does.
 */
export function serveSpa(webRoot: string): RequestHandler {
  const precompressed = precompressedAssets(webRoot);
  const files = serveStatic(webRoot, { index: false, setHeaders: setStaticCacheHeaders });
  const indexFile = join(webRoot, 'index.html');
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isServerPath(req.path)) return next();
    precompressed(req, res, (error?: unknown) => {
      if (error) return next(error);
      files(req, res, (staticError?: unknown) => {
        if (staticError) return next(staticError);
        if (req.path.startsWith(HASHED_ASSETS_PREFIX)) return next();
        res.setHeader('Cache-Control', REVALIDATE);
        res.sendFile(indexFile, (sendError?: Error) => (sendError && !res.headersSent ? next(sendError) : undefined));
      });
    });
  };
}
