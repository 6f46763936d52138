const NOT_AUDITED = new WeakSet<object>();

/**
 * Marks technical tables (tokens, attempts, the audit log itself) the audit subscriber skips;
 * every business table is audited.
 */
export function NotAudited(): ClassDecorator {
  return (target) => {
    NOT_AUDITED.add(target);
  };
}

export function isAudited(target: unknown): boolean {
  return typeof target === 'function' && !NOT_AUDITED.has(target);
}
