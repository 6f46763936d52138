import { pinyin } from 'pinyin-pro';

/** A run of Han characters, or of anything else (the text is compacted: letters and digits). */
const HAN_RUN = /(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu;

/**
 * How many spellings of one name are kept: each polyphonic character (长, 重, 行, 乐 …) multiplies
 * them, so beyond this the later ones keep only the reading their context gives (see docs/api.md,
 * "Pinyin search"). Only the first — every character read as its words read it — is keyed from every
 * syllable on; the others from the name's start only (佛山 has four readings of 佛: keyed from every
 * syllable, they made the index four times larger for queries nobody types).
 */
export const MAX_PINYIN_SPELLINGS = 8;

/** Letters and digits only, lower case, full-width folded (as company-name.ts normalises). */
function compact(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The syllables of `text`, one list of readings per Han character (the reading its words give it
 * first — 重庆 chongqing, 银行 yinhang — then the character's other readings) and each run of Latin
 * letters or digits as one token of its own.
 */
function syllables(text: string): Array<{ readings: string[]; han: boolean }> {
  const out: Array<{ readings: string[]; han: boolean }> = [];
  for (const [, han, other] of text.matchAll(HAN_RUN)) {
    if (other) {
      out.push({ readings: [other], han: false });
      continue;
    }
    const inContext = pinyin(han, { toneType: 'none', type: 'array', v: true });
    [...han].forEach((char, i) => {
      const all = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true });
      out.push({ readings: [...new Set([inContext[i], ...all].filter(Boolean))], han: true });
    });
  }
  return out;
}

/** Keys shorter than the shortest pinyin query (three letters) could never match one. */
const MIN_KEY_LENGTH = 3;

/**
 * The pinyin search keys of names (a customer's name as searched — without its legal form — and short
 * name; a contact's name), space-separated: for each spelling, the full pinyin and the initials from
 * every syllable on. 金坛暖通设备 gives `jintannuantongshebei tannuantongshebei nuantongshebei …` and
 * `jtntsb tntsb ntsb …`, so a query that starts at any syllable — `jintan`, `nuantong`, `jtnt`, `ntsb` —
 * is a prefix of one key (pinyinPrefixMatch). Polyphonic characters add spellings up to
 * MAX_PINYIN_SPELLINGS, keyed from the name's start. Empty for names without Chinese (their letters are
 * in search_text already).
 */
export function pinyinKeys(...names: Array<string | null | undefined>): string {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name || !/\p{Script=Han}/u.test(name)) continue;
    // Each spelling as its list of [syllable, initial]; a Latin or digit run is one syllable and its own initial.
    let spellings: Array<Array<[string, string]>> = [[]];
    for (const { readings, han } of syllables(compact(name))) {
      const choices = spellings.length * readings.length <= MAX_PINYIN_SPELLINGS ? readings : readings.slice(0, 1);
      spellings = spellings.flatMap((spelling) => choices.map((r) => [...spelling, [r, han ? r[0] : r] as [string, string]]));
    }
    for (const [n, spelling] of spellings.entries()) {
      for (let i = 0; i < (n === 0 ? spelling.length : 1); i++) {
        const rest = spelling.slice(i);
        for (const key of [rest.map(([full]) => full).join(''), rest.map(([, initial]) => initial).join('')]) {
          if (key.length >= MIN_KEY_LENGTH) keys.add(key);
        }
      }
    }
  }
  return [...keys].join(' ');
}

/** Every syllable of standard pinyin and every start of one (`z`, `zh`, `zhu`, `zhua` …), from pinyin-pro's readings. */
let syllableStarts: Set<string> | undefined;

function isSyllableStart(letters: string): boolean {
  if (!syllableStarts) {
    let common = '';
    for (let code = 0x4e00; code <= 0x9fa5; code++) common += String.fromCharCode(code);
    syllableStarts = new Set();
    for (const syllable of pinyin(common, { toneType: 'none', type: 'array', v: true })) {
      if (/^[a-z]+$/.test(syllable)) for (let i = 1; i <= syllable.length; i++) syllableStarts.add(syllable.slice(0, i));
    }
  }
  return syllableStarts.has(letters);
}

/**
 * What a list or duplicate search looks for among the pinyin keys (pinyinPrefixMatch), or null when
 * the query cannot be pinyin: letters only (spaces and case ignored: `Jin Tan` → `jintan`, `JTNT`),
 * three or more — two letters are the initials of thousands of names — and more than one syllable or
 * the start of one: `zhu`, `wang`, `zhan` are a syllable of 4–8 % of all names (81,540 have a `zhu` at
 * 1M customers), a page of which is no answer and costs seconds to sort; `zhuh`, `wangj` and the
 * initials `jtn` narrow it to a few thousand at most.
 */
export function pinyinPrefixQuery(q: string): string | null {
  const letters = compact(q);
  return /^[a-z]{3,}$/.test(letters) && !isSyllableStart(letters) ? letters : null;
}

/** How many letters of each key the index holds: whole keys made it 581 MB at 1M customers, cut ones 218 MB. */
export const INDEXED_KEY_LETTERS = 12;

/**
 * The condition "a key in `column` starts with the letters `param`": the index (migration
 * 1764002100000: customer_pinyin_prefix_idx, contact_name_pinyin_prefix_idx, built on this very
 * expression so that the planner uses them) holds each key cut to INDEXED_KEY_LETTERS as a word and
 * finds those starting with the query's first letters by a prefix text-search query; the whole key is
 * then checked on the few rows found. Whole words and a prefix query read one range of the index,
 * where trigram containment intersected the posting lists of trigrams such as `ong` and `ian` that are
 * in most names (1.3 s for a long query at 1M customers).
 */
export function pinyinPrefixMatch(column: string, param: string): string {
  const words = `array_to_tsvector(array_remove(string_to_array(regexp_replace(${column}, '(\\S{${INDEXED_KEY_LETTERS}})\\S+', '\\1', 'g'), ' '), ''))`;
  return `(${words} @@ (left(${param}::text, ${INDEXED_KEY_LETTERS}) || ':*')::tsquery AND strpos(' ' || ${column}, ' ' || ${param}::text) > 0)`;
}
