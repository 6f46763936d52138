import Decimal from 'decimal.js';
import type { AgingAmounts, Instalment, InstalmentState, Payment, PaymentStatus, PaymentTerm, PaymentTrigger, Problem, ReceivablePlanProposal } from '../../api/types';

/**
 * The receivable pages' own arithmetic and decisions, kept out of the components so they are tested
 * alone. Money is exact (decimal.js on the API's strings), never a float.
 */

export const INSTALMENT_STATE_TAG: Record<InstalmentState, 'success' | 'warning' | 'info' | 'danger'> = {
  PAID: 'success',
  PARTIAL: 'warning',
  UNPAID: 'info',
  OVERDUE: 'danger',
};

export const PAYMENT_STATUS_TAG: Record<PaymentStatus, 'success' | 'warning' | 'danger'> = {
  PENDING: 'warning',
  CONFIRMED: 'success',
  REJECTED: 'danger',
};

/** An amount as the server takes it: greater than 0, at most two decimals. */
const AMOUNT = /^\d+(\.\d{1,2})?$/;
export function isAmount(text: string | null | undefined): boolean {
  const value = (text ?? '').trim();
  return AMOUNT.test(value) && new Decimal(value).gt(0);
}

/** The value of an amount being typed, or 0 while it is not a number yet (the sum stays shown). */
function decimalOf(text: string | null | undefined): Decimal {
  const value = (text ?? '').trim();
  return /^-?\d+(\.\d+)?$/.test(value) ? new Decimal(value) : new Decimal(0);
}

/** One row of the plan editor: `id` for an instalment kept from the saved plan, `locked` once it received money. */
export interface PlanRow {
  key: number;
  id?: string;
  dueDate: string;
  amount: string;
  note: string;
  locked: boolean;
}

export interface PlanBalance {
  sum: string;
  /** sum − contract amount: positive over, negative short, "0.00" when the plan adds up. */
  difference: string;
  balanced: boolean;
}

/** The live sum of the plan being edited against the contract amount in force. */
export function planBalance(rows: readonly Pick<PlanRow, 'amount'>[], contractAmount: string): PlanBalance {
  const sum = rows.reduce((total, row) => total.plus(decimalOf(row.amount)), new Decimal(0));
  const difference = sum.minus(new Decimal(contractAmount));
  return { sum: sum.toFixed(2), difference: difference.toFixed(2), balanced: difference.isZero() };
}

let rowKey = 0;
/** The editor's rows from the saved plan: an instalment that received money is read-only (the server keeps it as it is). */
export function planRows(instalments: readonly Instalment[]): PlanRow[] {
  return instalments.map((i) => ({
    key: ++rowKey,
    id: i.id,
    dueDate: i.dueDate,
    amount: i.amount,
    note: i.note ?? '',
    locked: new Decimal(i.received).gt(0),
  }));
}

/** A new row: the remainder still to plan (when there is one), due a month after the last row. */
export function newPlanRow(rows: readonly PlanRow[], contractAmount: string): PlanRow {
  const remainder = new Decimal(planBalance(rows, contractAmount).difference).negated();
  const last = rows.map((r) => r.dueDate).filter(Boolean).sort().at(-1);
  return { key: ++rowKey, dueDate: last ? addMonths(last, 1) : '', amount: remainder.gt(0) ? remainder.toFixed(2) : '', note: '', locked: false };
}

/** YYYY-MM-DD plus n months, the day kept within the target month (01-31 + 1 → 02-28). */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const month = m - 1 + n;
  const year = y + Math.floor(month / 12);
  const m0 = ((month % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, m0 + 1, 0)).getUTCDate();
  return `${year}-${String(m0 + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** One payment term being edited (e.g. 30 % at signing + 30 days). */
export interface TermRow {
  key: number;
  percent: string;
  trigger: PaymentTrigger;
  offsetDays: number;
  date: string;
}

export function newTermRow(rows: readonly TermRow[]): TermRow {
  const rest = new Decimal(100).minus(termsPercent(rows));
  return { key: ++rowKey, percent: rest.gt(0) ? rest.toFixed(rest.isInteger() ? 0 : 2) : '', trigger: rows.length ? 'ACCEPTANCE' : 'SIGNING', offsetDays: 30, date: '' };
}

/** What the terms add up to, in percent (exact). */
export function termsPercent(rows: readonly Pick<TermRow, 'percent'>[]): string {
  const sum = rows.reduce((total, row) => total.plus(decimalOf(row.percent)), new Decimal(0));
  return sum.toFixed(sum.isInteger() ? 0 : 2);
}

/** The body of `POST …/receivable-plans/proposal`: a date only where the trigger takes one, no days after a DATE. */
export function termsBody(rows: readonly TermRow[]): PaymentTerm[] {
  return rows.map((r) => ({
    percent: r.percent.trim(),
    trigger: r.trigger,
    offsetDays: r.trigger === 'DATE' ? 0 : r.offsetDays,
    date: r.trigger === 'SIGNING' ? null : r.date || null,
  }));
}

/** The editor's rows from a proposal: the instalments it kept (they carry an id) stay read-only. */
export function proposalRows(proposal: ReceivablePlanProposal): PlanRow[] {
  return proposal.instalments.map((i) => ({ key: ++rowKey, id: i.id, dueDate: i.dueDate, amount: i.amount, note: i.note ?? '', locked: !!i.id }));
}

/** The body of `PUT …/receivable-plans`. */
export function planBody(rows: readonly PlanRow[]): { instalments: { id?: string; dueDate: string; amount: string; note: string | null }[] } {
  return {
    instalments: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), dueDate: r.dueDate, amount: r.amount.trim(), note: r.note.trim() || null })),
  };
}

/** received / amount as a percentage for a progress bar, 0–100 with one decimal, rounded down (100 only when fully paid). */
export function receivedPercent(received: string, amount: string): number {
  const whole = new Decimal(amount);
  if (whole.lte(0)) return 0;
  const share = new Decimal(received).div(whole).times(100);
  return Math.max(0, Math.min(100, share.toDecimalPlaces(1, Decimal.ROUND_DOWN).toNumber()));
}

/** The finance actions a payment allows: confirm/reject while pending, reverse once confirmed (once, and never a reversal). */
export function paymentActions(payment: Pick<Payment, 'kind' | 'status' | 'reversedById'>): { confirm: boolean; reject: boolean; reverse: boolean } {
  const pending = payment.status === 'PENDING';
  return {
    confirm: pending,
    reject: pending,
    reverse: payment.status === 'CONFIRMED' && payment.kind === 'PAYMENT' && !payment.reversedById,
  };
}

/** The aging buckets, in the order of the chart's stack and the table's columns. */
export const AGING_BUCKETS = ['days0to30', 'days31to60', 'days61to90', 'over90'] as const satisfies readonly (keyof AgingAmounts)[];

/**
 * The stacked bar chart's data: one category per group (largest total first, as the server sorts),
 * one series per bucket. Values are numbers for drawing only; the table shows the exact strings.
 */
export function agingSeries(rows: readonly (AgingAmounts & { name: string | null })[], unnamed: string): { categories: string[]; series: { bucket: (typeof AGING_BUCKETS)[number]; data: number[] }[] } {
  return {
    categories: rows.map((r) => r.name ?? unnamed),
    series: AGING_BUCKETS.map((bucket) => ({ bucket, data: rows.map((r) => Number(r[bucket])) })),
  };
}

/**
 * A batch confirmation's answer matched to the rows sent: which were confirmed and which failed with
 * the server's problem (a result missing for a row counts as failed, without a problem).
 */
export function batchOutcome<P extends { id: string }>(
  sent: readonly P[],
  results: readonly { paymentId: string; status: 'CONFIRMED' | 'FAILED'; problem?: Problem | null }[],
): { confirmed: P[]; failed: { payment: P; problem: Problem | null }[] } {
  const byId = new Map(results.map((r) => [r.paymentId, r]));
  const confirmed: P[] = [];
  const failed: { payment: P; problem: Problem | null }[] = [];
  for (const payment of sent) {
    const result = byId.get(payment.id);
    if (result?.status === 'CONFIRMED') confirmed.push(payment);
    else failed.push({ payment, problem: result?.problem ?? null });
  }
  return { confirmed, failed };
}

