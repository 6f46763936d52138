/**
 * Normalisation behind the duplicate check (撞单分析) and name search: two spellings of one
 * company must normalise to the same key. Full-width → half-width (NFKC), lower case, no spaces
 * or punctuation, legal-form suffixes (有限公司, Co., Ltd. …) removed.
 */

/** Legal forms stripped when no dictionary is passed; the `legal-form` dictionary extends them. */
export const DEFAULT_LEGAL_FORMS = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '分公司',
  '集团',
  '公司',
  '厂',
  'co.,ltd.',
  'co., ltd.',
  'co.,ltd',
  'co. ltd',
  'company limited',
  'limited',
  'ltd.',
  'ltd',
  'inc.',
  'inc',
  'corp.',
  'corporation',
  'gmbh',
  'llc',
];

function basic(value: string): string {
  return value.normalize('NFKC').toLowerCase().trim();
}

/** Letters and digits only (any script). */
function compact(value: string): string {
  return value.replace(/[^\p{L}\p{N}]+/gu, '');
}

interface PreparedForms {
  /** A copy of the list they were prepared from, to notice a caller changing its array. */
  source: string[];
  /** Normalised, distinct, longest first. */
  forms: string[];
  set: Set<string>;
}

/** The last prepared list per array: an import normalises 100k names with one list. */
const prepared = new WeakMap<readonly string[], PreparedForms>();

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function prepareForms(legalForms: readonly string[]): PreparedForms {
  const cached = prepared.get(legalForms);
  if (cached && sameList(cached.source, legalForms)) return cached;
  // Longest first so 股份有限公司 goes before 有限公司; repeat for stacked suffixes (…集团有限公司).
  const forms = [...new Set(legalForms.map((f) => compact(basic(f))).filter(Boolean))].sort((a, b) => b.length - a.length);
  const entry = { source: [...legalForms], forms, set: new Set(forms) };
  prepared.set(legalForms, entry);
  return entry;
}

export function normalizeCompanyName(name: string, legalForms: readonly string[] = DEFAULT_LEGAL_FORMS): string {
  let text = basic(name);
  const { forms, set } = prepareForms(legalForms);
  let key = compact(text);
  // A name that is nothing but a legal form stays as it is.
  if (set.has(key)) return key;
  let changed = true;
  while (changed) {
    changed = false;
    for (const form of forms) {
      if (key.length > form.length && key.endsWith(form)) {
        key = key.slice(0, -form.length);
        changed = true;
        break;
      }
    }
  }
  text = key;
  return text;
}

/** Digits only; a leading China country code (86 / +86 / 0086) is dropped. */
export function normalizePhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let digits = basic(phone).replace(/\D+/g, '');
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  return digits.length >= 5 ? digits : null;
}

/** Every pair of adjacent characters: indexes two-character Chinese queries (春意) that pg_trgm cannot. */
export function bigrams(...texts: Array<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const chars = [...text];
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  }
  return [...out];
}

/** A free-text query in the same normal form as stored names (no legal-form stripping). */
export function normalizeQuery(q: string): string {
  return compact(basic(q));
}
