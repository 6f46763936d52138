import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import { businessDay, businessTimeZone, formatDate, formatDateTime, formatMoney, setBusinessTimeZone } from './format';

describe('shared formatters', () => {
  afterEach(() => {
    setBusinessTimeZone('Asia/Shanghai');
    setLocale('en');
  });

  it('groups money by thousands per locale, exactly (no float rounding)', () => {
    setLocale('en');
    expect(formatMoney('20000000.00')).toBe('20,000,000.00');
    expect(formatMoney('12345678901234567.89')).toBe('12,345,678,901,234,567.89');
    expect(formatMoney('-1234.5')).toBe('-1,234.50');
    expect(formatMoney('0')).toBe('0.00');
    expect(formatMoney(null)).toBe('—');
    setLocale('zh-CN');
    expect(formatMoney('20000000.00')).toBe('20,000,000.00');
  });

  it('shows instants in the business time zone whatever the browser’s', () => {
    setLocale('en');
    // 16:30 UTC on Sunday is 00:30 on Monday in Shanghai.
    expect(formatDateTime('2026-11-22T16:30:00Z')).toBe(new Date('2026-11-22T16:30:00Z').toLocaleString('en', { hour12: false, timeZone: 'Asia/Shanghai' }));
    expect(formatDateTime('2026-11-22T16:30:00Z')).toContain('11/23/2026');
    expect(formatDate('2026-11-22T16:30:00Z')).toBe('11/23/2026');
    expect(businessDay(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23');
    setBusinessTimeZone('Europe/Berlin');
    expect(businessDay(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-22');
    setBusinessTimeZone('Not/AZone');
    expect(businessTimeZone.value).toBe('Europe/Berlin');
  });
});
