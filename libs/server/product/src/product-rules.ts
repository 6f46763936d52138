import Decimal from 'decimal.js';
import { ProductStatus } from './entities/product.entity';

/** A field error as the problem's `errors[]` carries it. */
export interface FieldProblem {
  field: string;
  message: string;
  code: string;
}

/** Lower case, full-width letters and digits folded to ASCII, every space removed: how names are compared and searched. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** Every pair of adjacent characters of each text, once: what a two-character query looks up. */
export function characterBigrams(...texts: Array<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const chars = [...text];
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  }
  return [...out];
}

/** The stored search keys of a product: code, name, model and spec each normalised, then joined. */
export function productSearchKeys(p: { code: string; name: string; model: string | null; spec: string | null }): { searchText: string; searchBigrams: string[] } {
  const parts = [p.code, p.name, p.model, p.spec].filter((s): s is string => !!s).map(normalizeSearchText);
  // Bigrams are taken per part: a pair spanning the end of the name and the start of the model means nothing.
  return { searchText: parts.join(' '), searchBigrams: characterBigrams(...parts) };
}

/** How `?q=` is looked up: two characters through the bigram index, longer through trigrams, one character not at all usefully. */
export function searchPlan(q: string): { kind: 'bigram'; grams: string[] } | { kind: 'trigram'; like: string } {
  const text = normalizeSearchText(q);
  if ([...text].length <= 2) return { kind: 'bigram', grams: [...text].length === 2 ? [text] : [] };
  return { kind: 'trigram', like: `%${text.replace(/[%_\\]/g, '\\$&')}%` };
}

/** Price and tax-rate limits the field decorators cannot say (a money string may carry a sign). */
export function priceProblems(values: { listPrice?: string; taxRate?: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (values.listPrice !== undefined && new Decimal(values.listPrice).isNegative()) {
    problems.push({ field: 'listPrice', message: 'must not be negative', code: 'min' });
  }
  if (values.taxRate !== undefined) {
    const rate = new Decimal(values.taxRate);
    if (rate.isNegative() || rate.greaterThan(100)) problems.push({ field: 'taxRate', message: 'must be a percentage between 0 and 100', code: 'range' });
  }
  return problems;
}

/** The product's writable values, as compared by an upsert: money compared as numbers ("12800" equals "12800.00"). */
export interface ProductValues {
  code: string;
  name: string;
  model: string | null;
  spec: string | null;
  unit: string;
  listPrice: string;
  taxRate: string;
  status: ProductStatus;
  categoryId: string | null;
  stockOnHand?: number;
}

/** The names of the fields whose incoming value differs from the stored one; empty → the upsert changes nothing. */
export function changedFields(stored: ProductValues, incoming: ProductValues): Array<keyof ProductValues> {
  const keys: Array<keyof ProductValues> = ['code', 'name', 'model', 'spec', 'unit', 'listPrice', 'taxRate', 'status', 'categoryId', 'stockOnHand'];
  return keys.filter((key) => {
    const next = incoming[key];
    if (next === undefined) return false;
    if (key === 'listPrice' || key === 'taxRate') return !new Decimal(stored[key]).equals(next as string);
    return (stored[key] ?? null) !== next;
  });
}
