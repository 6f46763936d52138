import { describe, expect, it } from 'vitest';
import { parseRuleValue } from './rule-value';

describe('parseRuleValue', () => {
  it('keeps decimals as the typed string so no precision is lost', () => {
    expect(parseRuleValue({ type: 'decimal', min: 0, max: null }, ' 500000.10 ')).toEqual({ value: '500000.10' });
  });

  it('turns integers into numbers and checks the bounds', () => {
    expect(parseRuleValue({ type: 'integer', min: 1, max: 365 }, '45')).toEqual({ value: 45 });
    expect(parseRuleValue({ type: 'integer', min: 1, max: 365 }, '999')).toEqual({ error: 'rule.outOfRange', params: { min: 1, max: 365 } });
    expect(parseRuleValue({ type: 'integer', min: 1, max: 365 }, '1.5')).toEqual({ error: 'rule.notInteger' });
    expect(parseRuleValue({ type: 'integer', min: 1, max: 365 }, 'abc')).toEqual({ error: 'rule.notNumber' });
  });

  it('names only the bound that exists', () => {
    expect(parseRuleValue({ type: 'integer', min: 0, max: null }, '-1')).toEqual({ error: 'rule.tooSmall', params: { min: 0 } });
    expect(parseRuleValue({ type: 'integer', min: null, max: 10 }, '11')).toEqual({ error: 'rule.tooLarge', params: { max: 10 } });
  });

  it('trims strings and refuses an empty one; booleans pass through', () => {
    expect(parseRuleValue({ type: 'string', min: null, max: null }, '  HT ')).toEqual({ value: 'HT' });
    expect(parseRuleValue({ type: 'string', min: null, max: null }, '   ')).toEqual({ error: 'rule.empty' });
    expect(parseRuleValue({ type: 'boolean', min: null, max: null }, false)).toEqual({ value: false });
  });
});
