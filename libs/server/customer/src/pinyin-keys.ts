import { pinyin } from 'pinyin-pro';

/** A run of Han characters, or of anything else (the text is compacted: letters and digits). */
const HAN_RUN = /(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu;

/**
 * How many spellings of one name are kept: each polyphonic character (长, 重, 行, 乐 …) multiplies
 * them, so beyond this the later ones keep only the reading their context gives (see docs/api.md,
 * "Pinyin search").
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

/**
 * The pinyin search keys of names (a customer's full and short name, a contact's name): for each
 * spelling the full pinyin and the initials, space-separated — 金坛暖通设备有限公司 gives
 * `jintannuantongshebeiyouxiangongsi jtntsbyxgs`. Polyphonic characters add spellings up to
 * MAX_PINYIN_SPELLINGS. Empty for names without Chinese (their letters are in search_text already).
 */
export function pinyinKeys(...names: Array<string | null | undefined>): string {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name || !/\p{Script=Han}/u.test(name)) continue;
    // Each spelling as [full, initials] built side by side; a Latin or digit run is its own initial.
    let spellings: Array<[string, string]> = [['', '']];
    for (const { readings, han } of syllables(compact(name))) {
      const choices = spellings.length * readings.length <= MAX_PINYIN_SPELLINGS ? readings : readings.slice(0, 1);
      spellings = spellings.flatMap(([full, initials]) => choices.map((r): [string, string] => [full + r, initials + (han ? r[0] : r)]));
    }
    for (const [full, initials] of spellings) keys.add(full).add(initials);
  }
  return [...keys].join(' ');
}

/**
 * The LIKE pattern a query matches pinyin keys with, or null when it cannot be pinyin: letters
 * only (spaces and case ignored: `Jin Tan`, `JTNT`), three or more — the trigram index needs three,
 * and two letters are the initials of thousands of names.
 */
export function pinyinPattern(q: string): string | null {
  const letters = compact(q);
  return /^[a-z]{3,}$/.test(letters) ? `%${letters}%` : null;
}
