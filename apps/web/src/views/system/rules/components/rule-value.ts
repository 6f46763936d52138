import type { Rule } from '../../../../api/types';

export type RuleValue = Rule['value'];

/**
 * Parse what the user typed into the rule's type; returns the value to send or an i18n error
 * (key + params). Decimals stay strings ("500000.00") so no precision is lost on the way.
 */
export function parseRuleValue(
  rule: Pick<Rule, 'type' | 'min' | 'max'>,
  raw: string | number | boolean,
): { value: RuleValue } | { error: string; params?: Record<string, unknown> } {
  if (rule.type === 'boolean') return { value: raw === true || raw === 'true' };
  if (rule.type === 'string') {
    const text = String(raw).trim();
    return text === '' ? { error: 'rule.empty' } : { value: text };
  }
  const text = String(raw).trim();
  if (text === '' || !/^-?\d+(\.\d+)?$/.test(text)) return { error: 'rule.notNumber' };
  const number = Number(text);
  if (rule.type === 'integer' && !Number.isInteger(number)) return { error: 'rule.notInteger' };
  const min = rule.min ?? -Infinity;
  const max = rule.max ?? Infinity;
  if (number < min || number > max) {
    if (rule.min !== null && rule.max !== null) return { error: 'rule.outOfRange', params: { min: rule.min, max: rule.max } };
    if (rule.min !== null) return { error: 'rule.tooSmall', params: { min: rule.min } };
    return { error: 'rule.tooLarge', params: { max: rule.max } };
  }
  return { value: rule.type === 'decimal' ? text : number };
}

export function formatRuleValue(value: RuleValue, yes: string, no: string): string {
  if (typeof value === 'boolean') return value ? yes : no;
  return String(value);
}
