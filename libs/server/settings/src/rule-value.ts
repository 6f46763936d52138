import { RequestValidationError } from '@kehu/server-core';
import Decimal from 'decimal.js';
import { BUSINESS_RULES, RuleDefinition, RuleKey, RuleValue } from './business-rules';

function invalid(message: string, code: string): RequestValidationError {
  return new RequestValidationError([{ field: 'value', message, code }]);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a submitted value against the rule's type and bounds and returns it normalised
 * (decimals as strings with the rule's scale). Failures are a 400 naming the field `value`.
 * Pure: unit-tested without a database.
 */
export function parseRuleValue<K extends RuleKey>(key: K, raw: unknown): RuleValue<K> {
  const rule: RuleDefinition = BUSINESS_RULES[key];
  switch (rule.type) {
    case 'integer': {
      if (typeof raw !== 'number' || !Number.isInteger(raw)) throw invalid('must be an integer', 'isInt');
      if (rule.min !== undefined && raw < rule.min) throw invalid(`must not be less than ${rule.min}`, 'min');
      if (rule.max !== undefined && raw > rule.max) throw invalid(`must not be greater than ${rule.max}`, 'max');
      return raw as RuleValue<K>;
    }
    case 'decimal': {
      const scale = rule.scale ?? 2;
      const text = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : raw;
      if (typeof text !== 'string' || !new RegExp(`^-?\\d{1,16}(\\.\\d{1,${scale}})?$`).test(text.trim())) {
        throw invalid(`must be a decimal number with at most ${scale} decimals, e.g. "${rule.default}"`, 'isDecimal');
      }
      const value = new Decimal(text.trim());
      if (rule.min !== undefined && value.lessThan(rule.min)) throw invalid(`must not be less than ${rule.min}`, 'min');
      if (rule.max !== undefined && value.greaterThan(rule.max)) throw invalid(`must not be greater than ${rule.max}`, 'max');
      return value.toFixed(scale) as RuleValue<K>;
    }
    case 'boolean': {
      if (typeof raw !== 'boolean') throw invalid('must be true or false', 'isBoolean');
      return raw as RuleValue<K>;
    }
    case 'string': {
      if (typeof raw !== 'string') throw invalid('must be a string', 'isString');
      const value = raw.trim();
      if (value.length > 100) throw invalid('must be at most 100 characters', 'maxLength');
      if (rule.pattern && !rule.pattern.test(value)) throw invalid(`must match ${rule.pattern.source}`, 'matches');
      if (rule.format === 'timeZone' && !isTimeZone(value)) throw invalid('must be an IANA time zone such as Asia/Shanghai', 'isTimeZone');
      return value as RuleValue<K>;
    }
  }
}

/** Whether `lower` < `upper` for two values of the same numeric rule type. */
export function isBelow(lower: number | string, upper: number | string): boolean {
  return new Decimal(lower).lessThan(new Decimal(upper));
}
