import { RequestValidationError } from '@kehu/server-core';
import { BUSINESS_RULES, RULE_KEYS } from './business-rules';
import { parseRuleValue } from './rule-value';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof RequestValidationError) return e.errors[0].field;
    throw e;
  }
  return undefined;
}

describe('rule values', () => {
  it('every default is valid for its own rule', () => {
    for (const key of RULE_KEYS) expect(parseRuleValue(key, BUSINESS_RULES[key].default)).toEqual(BUSINESS_RULES[key].default);
  });

  it('checks integers against type and bounds, naming `value`', () => {
    expect(parseRuleValue('potentialDays', 45)).toBe(45);
    expect(fieldOf(() => parseRuleValue('potentialDays', 0))).toBe('value');
    expect(fieldOf(() => parseRuleValue('potentialDays', 366))).toBe('value');
    expect(fieldOf(() => parseRuleValue('potentialDays', 1.5))).toBe('value');
    expect(fieldOf(() => parseRuleValue('potentialDays', '30'))).toBe('value');
  });

  it('normalises decimals to the rule scale and bounds them', () => {
    expect(parseRuleValue('contractApprovalAmountThreshold', '1000000')).toBe('1000000.00');
    expect(parseRuleValue('contractApprovalAmountThreshold', 2500.5)).toBe('2500.50');
    expect(fieldOf(() => parseRuleValue('contractApprovalAmountThreshold', '-1'))).toBe('value');
    expect(fieldOf(() => parseRuleValue('contractApprovalDiscountThreshold', '100.01'))).toBe('value');
    expect(fieldOf(() => parseRuleValue('contractApprovalAmountThreshold', '12.345'))).toBe('value');
    expect(fieldOf(() => parseRuleValue('contractApprovalAmountThreshold', 'lots'))).toBe('value');
  });

  it('checks booleans and strings', () => {
    expect(parseRuleValue('claimNeedsReview', true)).toBe(true);
    expect(fieldOf(() => parseRuleValue('claimNeedsReview', 'yes'))).toBe('value');
    expect(parseRuleValue('customerCodePrefix', ' CRM ')).toBe('CRM');
    expect(fieldOf(() => parseRuleValue('customerCodePrefix', 'lower'))).toBe('value');
    expect(parseRuleValue('businessTimeZone', 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(fieldOf(() => parseRuleValue('businessTimeZone', 'Mars/Olympus'))).toBe('value');
  });
});
