import { bigrams, normalizePhone, normalizeQuery } from './company-name';

/** A condition on the customer row aliased `alias`. */
export type CustomerCondition = (alias: string) => string;

/**
 * What the list's `q` matches: the names, code and phone together by trigram containment
 * (`search_text`; a two-character query through the name bigrams instead, trigrams need three),
 * the exact code, a contact's exact name, and — when `q` reads as a phone number — the customer's
 * phone and its contacts' mobiles. Each kind is its own index-backed condition: OR-ed in one WHERE
 * they would make PostgreSQL scan the whole table, so callers run one scan per kind and unite them.
 */
export function searchMatches(q: string): { conditions: CustomerCondition[]; params: Record<string, unknown> } {
  const text = normalizeQuery(q);
  const phone = normalizePhone(q);
  const conditions: CustomerCondition[] = [
    [...text].length === 2 ? (c) => `${c}.name_bigrams @> :grams` : (c) => `${c}.search_text LIKE :like`,
    (c) => `${c}.code = :code`,
    (c) => `${c}.id IN (SELECT k.customer_id FROM contact k WHERE k.name = :contactName AND k.deleted_at IS NULL)`,
  ];
  if (phone) {
    conditions.push((c) => `${c}.normalized_phone = :phone`);
    conditions.push((c) => `${c}.id IN (SELECT k.customer_id FROM contact k WHERE k.normalized_mobile = :phone AND k.deleted_at IS NULL)`);
  }
  return {
    conditions,
    params: {
      grams: bigrams(text),
      like: `%${text.replace(/[%_\\]/g, '\\$&')}%`,
      code: q.trim().toUpperCase(),
      contactName: q.trim(),
      phone,
    },
  };
}

/** The same matches as one condition on `alias` (`alias.id IN (… UNION …)`), for queries that add it to others. */
export function searchCondition(q: string, alias = 'c'): { sql: string; params: Record<string, unknown> } {
  const { conditions, params } = searchMatches(q);
  const ids = conditions.map((condition) => `SELECT s.id FROM customer s WHERE ${condition('s')} AND s.deleted_at IS NULL`);
  return { sql: `${alias}.id IN (${ids.join(' UNION ')})`, params };
}
