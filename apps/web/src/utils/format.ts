import { ref } from 'vue';
import { currentLocale } from '../i18n';

/**
 * The business time zone (rule `businessTimeZone`): every date and time is shown in it, whatever
 * the browser's, so "today", due times and file names mean the same day for everyone.
 */
export const businessTimeZone = ref('Asia/Shanghai');

/** Adopt the rule's value (ignored when the browser does not know the zone). */
export function setBusinessTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    businessTimeZone.value = timeZone;
  } catch {
    /* keep the previous zone */
  }
}

function parse(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A timestamp in the user's language and the business time zone, or '—'. */
export function formatDateTime(value: string | null | undefined): string {
  const date = parse(value);
  if (!date) return value || '—';
  return date.toLocaleString(currentLocale.value, { hour12: false, timeZone: businessTimeZone.value });
}

export function formatDate(value: string | null | undefined): string {
  const date = parse(value);
  if (!date) return value || '—';
  return date.toLocaleDateString(currentLocale.value, { timeZone: businessTimeZone.value });
}

/** The business day of an instant as YYYY-MM-DD (file names, day filters). */
export function businessDay(value: Date | string = new Date()): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: businessTimeZone.value, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const MONEY = /^-?\d+(\.\d+)?$/;

/** When something is due: the date alone for what falls due on a day (`allDay`), else date and time. */
export function formatDue(value: string, allDay: boolean): string {
  return allDay ? formatDate(value) : formatDateTime(value);
}

/**
 * An amount (the API's exact decimal string, e.g. "20000000.00") with the locale's thousands
 * separators and two decimals, or '—'. The digits are grouped as text, never through a float, so
 * large amounts stay exact.
 */
export function formatMoney(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'number' ? value.toFixed(2) : value.trim();
  if (!MONEY.test(text)) return text;
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const { group, decimal } = separators(currentLocale.value);
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const cents = (fraction + '00').slice(0, Math.max(2, fraction.length));
  return `${negative ? '-' : ''}${grouped}${decimal}${cents}`;
}

function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}
