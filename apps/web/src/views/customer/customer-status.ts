import type { CustomerStatus } from '../../api/types';

export const CUSTOMER_STATUSES: CustomerStatus[] = ['POTENTIAL', 'INTENT', 'FORMAL', 'POOL', 'LOST'];

export const STATUS_TAG: Record<CustomerStatus, 'primary' | 'success' | 'warning' | 'info' | 'danger'> = {
  POTENTIAL: 'info',
  INTENT: 'warning',
  FORMAL: 'success',
  POOL: 'primary',
  LOST: 'danger',
};

/** Whole days (rounded up) until the protection deadline; negative once past; null without one. */
export function protectionDaysLeft(until: string | null | undefined, now = Date.now()): number | null {
  if (!until) return null;
  const ms = new Date(until).getTime() - now;
  if (Number.isNaN(ms)) return null;
  return Math.ceil(ms / 86_400_000);
}

/** A money input normalised to two decimals ("1234.5" → "1234.50"); '' stays empty; invalid stays as typed. */
export function toMoney(value: string | null | undefined): string {
  const text = (value ?? '').trim().replace(/,/g, '');
  if (!text) return '';
  if (!/^\d+(\.\d{0,2})?$/.test(text)) return text;
  const [int, frac = ''] = text.split('.');
  return `${int.replace(/^0+(?=\d)/, '')}.${frac.padEnd(2, '0')}`;
}
