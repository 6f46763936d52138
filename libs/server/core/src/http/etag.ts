import { CoreError, CoreErrorCode } from './domain-error';

/** Weak ETag from the row version: `W/"3"`. */
export function etagOf(version: number): string {
  return `W/"${version}"`;
}

/**
 * Optimistic concurrency: when the client sends If-Match, it must name the current version,
 * otherwise 412. Clients that send no If-Match may still pass `version` in the body.
 */
export function assertVersionMatches(current: number, ifMatch: string | undefined, bodyVersion?: number): void {
  if (ifMatch !== undefined && ifMatch !== '*') {
    const wanted = ifMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, '').replace(/"/g, ''))
      .map(Number);
    if (!wanted.includes(current)) {
      throw new CoreError(CoreErrorCode.VersionMismatch, `Current version is ${current}; reload and try again`, {
        currentVersion: current,
      });
    }
  }
  if (bodyVersion !== undefined && bodyVersion !== current) {
    throw new CoreError(CoreErrorCode.VersionMismatch, `Current version is ${current}; reload and try again`, {
      currentVersion: current,
    });
  }
}
