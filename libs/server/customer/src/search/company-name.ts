import { PREFECTURE_NAMES, PREFECTURES_BY_PROVINCE, PROVINCE_NAMES } from './administrative-divisions';

/**
 * Normalisation behind the duplicate check (撞单分析) and name search: two spellings of one
 * company must normalise to the same key. Full-width → half-width (NFKC), lower case, no spaces
 * or punctuation, legal-form suffixes (有限公司, Co., Ltd. …) removed; for the duplicate key also the
 * administrative division written in any of its forms (扬州市…, 扬州…, （扬州）…, …（扬州）有限公司,
 * 江苏省扬州市…) brought to one (扬州…).
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

/** Letters and digits with the legal-form suffixes removed (a name that is nothing but one stays as it is). */
function withoutLegalForms(key: string, legalForms: readonly string[]): string {
  const { forms, set } = prepareForms(legalForms);
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
  return key;
}

/**
 * The name as written without its legal form: what name search matches (`search_text`, name bigrams),
 * so that 扬州市 or 江苏省 typed in a search still finds the names that carry it.
 */
export function companySearchName(name: string, legalForms: readonly string[] = DEFAULT_LEGAL_FORMS): string {
  return withoutLegalForms(compact(basic(name)), legalForms);
}

/**
 * What follows a division's name: 省, 市, 区, 县 …, and the autonomous forms (壮族自治区, 朝鲜族自治州).
 * 市场 (market), 市政 (municipal works), 区域 and 区块 are words, not a division and what follows it.
 */
const DIVISION_SUFFIX = String.raw`(?:\p{Script=Han}{0,8}?自治[区州县旗]|特别行政区|地区|林区|新区|省|市(?![场政])|区(?![域块])|县|旗|盟)`;
const KNOWN_DIVISION = new RegExp(
  String.raw`^(${[...PROVINCE_NAMES, ...PREFECTURE_NAMES].sort((a, b) => b.length - a.length).join('|')})${DIVISION_SUFFIX}?`,
  'u',
);
/** A county-level name (靖江市, 邗江区, 如东县, 浦东新区): too many to list, known by its suffix. */
const SUFFIXED_DIVISION = new RegExp(String.raw`^(\p{Script=Han}{2,3}?)${DIVISION_SUFFIX}`, 'u');
const PROVINCES = new Set(PROVINCE_NAMES);
const BRACKETED = /[([【]([^()[\]【】]*)[)\]】]/g;

/**
 * A division name opening `rest`, after `previous`. Written without suffix after a province, a
 * prefecture's name is one only if it lies in that province: 江苏扬州… is Yangzhou, but in 重庆大同服饰
 * or 江苏泰安机械 大同 and 泰安 are the trade name.
 */
function nextDivision(rest: string, previous: string | undefined): RegExpExecArray | null {
  const known = KNOWN_DIVISION.exec(rest);
  if (known) {
    const bare = known[0].length === known[1].length;
    const province = previous !== undefined && PROVINCES.has(previous);
    if (!bare || !province || PREFECTURES_BY_PROVINCE[previous]?.includes(known[1])) return known;
  }
  return SUFFIXED_DIVISION.exec(rest);
}

/** The divisions `key` starts with (their names without suffix) and what follows them. */
function leadingDivisions(key: string): { names: string[]; rest: string } {
  const names: string[] = [];
  let rest = key;
  for (let match = nextDivision(rest, undefined); match; match = nextDivision(rest, names[names.length - 1])) {
    names.push(match[1]);
    rest = rest.slice(match[0].length);
  }
  return { names, rest };
}

/**
 * The duplicate key (normalized_name): the name without legal form, its administrative division
 * brought to one form — the division is part of a company's identity (the same 字号 and trade may be
 * registered in every city), but not how it is written: 扬州市春意空调有限公司, 扬州春意空调, （扬州）春意空调,
 * 春意空调（扬州）有限公司 and 江苏省扬州市春意空调 all give 扬州春意空调. A division is recognised by name
 * (provinces and prefectures, with or without 省/市/自治区 …) or, at county level, by its suffix
 * (靖江市 → 靖江, 邗江区 → 邗江); a leading or bracketed one is put first without its suffix, and a
 * province is dropped when a finer division follows it.
 */
export function normalizeCompanyName(name: string, legalForms: readonly string[] = DEFAULT_LEGAL_FORMS): string {
  const bracketed: string[] = [];
  const text = basic(name).replace(BRACKETED, (whole, inner: string) => {
    const { names, rest } = leadingDivisions(compact(inner));
    if (!names.length || rest) return whole;
    bracketed.push(...names);
    return ' ';
  });
  const { names, rest } = leadingDivisions(withoutLegalForms(compact(text), legalForms));
  const divisions = [...names, ...bracketed];
  const places = divisions.filter((d, i) => !(PROVINCES.has(d) && i < divisions.length - 1)).filter((d, i, all) => d !== all[i - 1]);
  return places.join('') + rest;
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

/**
 * What a search query is matched against the stored names with: the query normalised and, like the
 * names (`companySearchName`), without its legal form — a full name pasted from a contract or an
 * invoice (…暖通设备有限公司) must find the customer whose stored name lost 有限公司. The form is kept
 * when less than two characters would remain: one character matches too much, and has no index.
 */
export function searchQueryText(q: string, legalForms: readonly string[] = DEFAULT_LEGAL_FORMS): string {
  const text = normalizeQuery(q);
  const stripped = withoutLegalForms(text, legalForms);
  return [...stripped].length >= 2 ? stripped : text;
}
