import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Phone number formats (seed 004, 潜在客户管理操作手册: 手机号码必须是11位; 固定电话号码填写规范为区号+7或8位
 * 数字号码), as people type them: separators (spaces, dashes, dots, brackets, full-width too) anywhere,
 * an optional China prefix (+86, 0086), an optional extension at the end (转 123, ext. 123, x123,
 * #123, or a dash after a complete landline). Besides the seed's two forms a company line may be a
 * 400/800 service number, and a foreign customer's number is written in international form
 * (+ country code, 8–15 digits in all).
 *
 * - `mobile`: a mobile number (11 digits starting with 1), or an international number;
 * - `phone`: any of the above or a landline.
 */
export type PhoneKind = 'mobile' | 'phone';

const SEPARATORS = /[\s\-－.()（）]+/g;
/** An extension at the end: 转/分机/ext/x/# and 1–6 digits. */
const EXTENSION = /\s*(?:转|分机|ext\.?|x|#)\s*\d{1,6}$/i;
/** A dash-separated extension after a complete landline: "0523-84888888-123". */
const DASH_EXTENSION = /^(.*\d)\s*[-－]\s*\d{1,6}$/;

const MOBILE = /^1\d{10}$/;
/** Area code (0 + 2–3 digits) and a 7–8 digit number. */
const LANDLINE = /^0\d{2,3}\d{7,8}$/;
/** The same written after +86: the area code's 0 is dropped (or kept, as many do). */
const LANDLINE_AFTER_86 = /^0?[1-9]\d{1,2}\d{7,8}$/;
const SERVICE = /^[48]00\d{7}$/;
const INTERNATIONAL = /^(?:\+|00)([1-9]\d{7,14})$/;

function matchesNumber(raw: string, kind: PhoneKind): boolean {
  const compact = raw.replace(SEPARATORS, '');
  if (!/^(?:\+|00)?\d+$/.test(compact)) return false;
  const china = /^(?:\+86|0086)(\d+)$/.exec(compact);
  if (china) {
    const rest = china[1];
    return MOBILE.test(rest) || (kind === 'phone' && (LANDLINE_AFTER_86.test(rest) || SERVICE.test(rest)));
  }
  if (/^(?:\+|00)/.test(compact)) return INTERNATIONAL.test(compact);
  return MOBILE.test(compact) || (kind === 'phone' && (isLandline(raw, compact) || SERVICE.test(compact)));
}

/** Area code + 7–8 digits; when the writer set the area code apart ("0523-1234567"), the rest alone must be 7–8 digits. */
function isLandline(raw: string, compact: string): boolean {
  if (!LANDLINE.test(compact)) return false;
  const groups = raw.split(SEPARATORS).filter(Boolean);
  if (groups.length < 2 || !groups[0].startsWith('0')) return true;
  return /^0\d{2,3}$/.test(groups[0]) && /^\d{7,8}$/.test(groups.slice(1).join(''));
}

/** Whether `value` is a phone number of the kind (with an optional extension). */
export function isPhoneNumber(value: unknown, kind: PhoneKind): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (!text || text.length > 40) return false;
  if (matchesNumber(text, kind)) return true;
  const withoutExtension = text.replace(EXTENSION, '');
  if (withoutExtension !== text && matchesNumber(withoutExtension, kind)) return true;
  const dashed = DASH_EXTENSION.exec(text);
  // Only a landline takes a dash-separated extension: "138-0013-8000" is a mobile, not 1380013 ext 8000.
  return kind === 'phone' && !!dashed && matchesNumber(dashed[1], kind) && isLandline(dashed[1], dashed[1].replace(SEPARATORS, ''));
}

export const PHONE_FORMAT_MESSAGE: Record<PhoneKind, string> = {
  mobile: 'must be a mobile number: 11 digits starting with 1 (e.g. 13800138000), or an international number (+country code)',
  phone:
    'must be a phone number: a landline as area code + 7–8 digits (e.g. 0523-84888888), a mobile of 11 digits starting with 1, a 400/800 number or an international number (+country code); an extension may follow (转 123, ext 123)',
};

/** class-validator: the value is a phone number of `kind` (the error names the field and the format). */
export function IsPhoneNumber(kind: PhoneKind, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPhoneNumber',
      constraints: [kind],
      validator: {
        validate: (value: unknown) => isPhoneNumber(value, kind),
        defaultMessage: () => PHONE_FORMAT_MESSAGE[kind],
      },
    },
    options,
  );
}
