import { bigrams, normalizePhone, searchQueryText } from './company-name';
import { pinyinPrefixMatch, pinyinPrefixQuery } from './pinyin-keys';

/** A condition on the customer row aliased `alias`. */
export type CustomerCondition = (alias: string) => string;

/**
 * What the list's `q` matches: the names, code and phone together by trigram containment
 * (`search_text`, the query without its legal form as the names are stored; a two-character query
 * through the name bigrams instead, trigrams need three),
 * the exact code, a contact's exact name, and — when `q` reads as a phone number — customers whose
 * phone ends with it (typed with or without the area code) and contacts with that mobile. A query of
 * digits only is looked for inside names and codes only when no phone or mobile has it: the trigrams
 * of digits are in every phone and code, so that containment scan is the slowest there is (17 ms for
 * one match at 1M customers). A query of three or more letters is also pinyin: the full pinyin or the
 * initials of customer names and contact names from any syllable on (`jintan`, `nuantong`, `jtnt` for
 * 金坛暖通…, pinyin-keys.ts), as the prefix of one of their keys. Each kind is its own index-backed condition: OR-ed in one WHERE
 * they would make PostgreSQL scan the whole table, so callers run one scan per kind and unite them.
 */
export function searchMatches(q: string): { conditions: CustomerCondition[]; params: Record<string, unknown> } {
  const text = searchQueryText(q);
  const phone = normalizePhone(q);
  const phoneEnd = (c: string) => `reverse(${c}.normalized_phone) ~>=~ :phoneReversed AND reverse(${c}.normalized_phone) ~<~ :phoneReversedEnd`;
  const mobile = (k: string) => `${k}.normalized_mobile = :phone AND ${k}.deleted_at IS NULL`;
  const onlyDigits = phone !== null && /^\d+$/.test(text);
  const unlessAPhoneHasIt = onlyDigits
    ? ` AND NOT EXISTS (SELECT 1 FROM customer p WHERE ${phoneEnd('p')} AND p.deleted_at IS NULL) AND NOT EXISTS (SELECT 1 FROM contact k WHERE ${mobile('k')})`
    : '';
  const conditions: CustomerCondition[] = [
    [...text].length === 2 ? (c) => `${c}.name_bigrams @> :grams` : (c) => `${c}.search_text LIKE :like${unlessAPhoneHasIt}`,
    (c) => `${c}.code = :code`,
    (c) => `${c}.id IN (SELECT k.customer_id FROM contact k WHERE k.name = :contactName AND k.deleted_at IS NULL)`,
  ];
  const pinyin = pinyinPrefixQuery(q);
  if (pinyin) {
    conditions.push((c) => pinyinPrefixMatch(`${c}.pinyin_keys`, ':pinyin'));
    conditions.push((c) => `${c}.id IN (SELECT k.customer_id FROM contact k WHERE ${pinyinPrefixMatch('k.name_pinyin', ':pinyin')} AND k.deleted_at IS NULL)`);
  }
  if (phone) {
    conditions.push(phoneEnd);
    conditions.push((c) => `${c}.id IN (SELECT k.customer_id FROM contact k WHERE ${mobile('k')})`);
  }
  const reversed = phone ? [...phone].reverse().join('') : null;
  return {
    conditions,
    params: {
      grams: bigrams(text),
      like: `%${text.replace(/[%_\\]/g, '\\$&')}%`,
      code: q.trim().toUpperCase(),
      contactName: q.trim(),
      pinyin,
      phone,
      // Digits sort before ':', so [reversed, reversed + ':') holds exactly the values starting with it.
      phoneReversed: reversed,
      phoneReversedEnd: reversed && `${reversed}:`,
    },
  };
}

/** The same matches as one condition on `alias` (`alias.id IN (… UNION …)`), for queries that add it to others. */
export function searchCondition(q: string, alias = 'c'): { sql: string; params: Record<string, unknown> } {
  const { conditions, params } = searchMatches(q);
  const ids = conditions.map((condition) => `SELECT s.id FROM customer s WHERE ${condition('s')} AND s.deleted_at IS NULL`);
  return { sql: `${alias}.id IN (${ids.join(' UNION ')})`, params };
}
