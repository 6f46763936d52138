import Decimal from 'decimal.js';
import type { FieldErrorDto } from '@kehu/server-core';

/**
 * The receivables rules (DOMAIN §7, issue 22): pure functions, no I/O.
 *
 *   payment:  PENDING ─confirm→ CONFIRMED ─reverse→ (a REVERSAL entry, CONFIRMED, the negated amount)
 *                └────reject──→ REJECTED
 *
 * A confirmed payment never changes; it is corrected only by its reversal, a counter-entry.
 */
export enum PaymentStatus {
  Pending = 'PENDING',
  Confirmed = 'CONFIRMED',
  Rejected = 'REJECTED',
}

export enum PaymentKind {
  Payment = 'PAYMENT',
  /** The counter-entry of a confirmed payment: negative, confirmed when made. */
  Reversal = 'REVERSAL',
}

/** An instalment's state, derived from what it received and its due date (never stored). */
export enum InstalmentState {
  Paid = 'PAID',
  Partial = 'PARTIAL',
  Unpaid = 'UNPAID',
  /** Past its due date and not fully paid (from the day after the due date). */
  Overdue = 'OVERDUE',
}

export type PaymentAction = 'confirm' | 'reject' | 'reverse';

/** Whether a payment of `kind` in `status` takes `action`. */
export function paymentActionAllowed(kind: PaymentKind, status: PaymentStatus, action: PaymentAction): boolean {
  if (kind !== PaymentKind.Payment) return false;
  return action === 'reverse' ? status === PaymentStatus.Confirmed : status === PaymentStatus.Pending;
}

/** The contract states in which its receivable plan may be entered or changed. */
export const PLANNABLE_CONTRACT_STATUSES: readonly string[] = ['APPROVED', 'ACTIVE'];
/** The contract states in which payments are recorded and confirmed. */
export const PAYABLE_CONTRACT_STATUSES: readonly string[] = ['ACTIVE'];

/** The plan's sum minus the contract amount: zero when the plan is valid. */
export function planDifference(amounts: readonly string[], contractAmount: string): Decimal {
  return amounts.reduce((sum, a) => sum.plus(a), new Decimal(0)).minus(contractAmount);
}

export interface ExistingInstalment {
  id: string;
  dueDate: string;
  amount: string;
  /** Confirmed allocations, net of reversals. */
  received: string;
  /** Pending payments name it. */
  namedByPending: boolean;
}

export interface SubmittedInstalment {
  id?: string;
  dueDate: string;
  amount: string;
}

export interface PlanProblem {
  /** `unknown`: an id that is not one of this plan's instalments (400); `locked`: a change to a paid instalment (409). */
  kind: 'unknown' | 'locked';
  error: FieldErrorDto;
}

/**
 * What is wrong with replacing `existing` by `submitted` besides the sum: an instalment that
 * received money keeps its due date and amount and stays in the plan; one a pending payment names
 * stays in the plan; ids must be this plan's, each at most once.
 */
export function planEditProblems(existing: readonly ExistingInstalment[], submitted: readonly SubmittedInstalment[]): PlanProblem[] {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const problems: PlanProblem[] = [];
  submitted.forEach((s, i) => {
    if (!s.id) return;
    const old = byId.get(s.id);
    if (!old || seen.has(s.id)) {
      problems.push({ kind: 'unknown', error: { field: `instalments[${i}].id`, message: old ? 'appears twice' : 'is not an instalment of this contract', code: 'unknown' } });
      return;
    }
    seen.add(s.id);
    if (new Decimal(old.received).isZero()) return;
    if (!new Decimal(old.amount).equals(s.amount)) {
      problems.push({ kind: 'locked', error: { field: `instalments[${i}].amount`, message: `the instalment received ${old.received}; its amount stays ${old.amount}`, code: 'paid' } });
    }
    if (old.dueDate !== s.dueDate) {
      problems.push({ kind: 'locked', error: { field: `instalments[${i}].dueDate`, message: `the instalment received ${old.received}; its due date stays ${old.dueDate}`, code: 'paid' } });
    }
  });
  for (const old of existing) {
    if (seen.has(old.id)) continue;
    if (!new Decimal(old.received).isZero()) {
      problems.push({ kind: 'locked', error: { field: 'instalments', message: `the instalment due ${old.dueDate} received ${old.received} and cannot be removed`, code: 'paid' } });
    } else if (old.namedByPending) {
      problems.push({ kind: 'locked', error: { field: 'instalments', message: `a pending payment names the instalment due ${old.dueDate}; confirm or reject it first`, code: 'pending' } });
    }
  }
  return problems;
}

export interface OpenInstalment {
  id: string;
  /** Amount minus what it received; > 0. */
  outstanding: string;
}

export interface Allocation {
  instalmentId: string;
  amount: string;
}

/**
 * Spreads `amount` over open instalments in the order given (oldest due first), filling each
 * before the next. Null when they cannot take it all (the caller refuses the over-payment).
 */
export function allocate(amount: string, open: readonly OpenInstalment[]): Allocation[] | null {
  let left = new Decimal(amount);
  const out: Allocation[] = [];
  for (const instalment of open) {
    if (left.lte(0)) break;
    const take = Decimal.min(left, instalment.outstanding);
    if (take.lte(0)) continue;
    out.push({ instalmentId: instalment.id, amount: take.toFixed(2) });
    left = left.minus(take);
  }
  return left.isZero() ? out : null;
}

/** The allocations of a reversal: the original's, negated. */
export function reversalAllocations(original: readonly Allocation[]): Allocation[] {
  return original.map((a) => ({ instalmentId: a.instalmentId, amount: new Decimal(a.amount).negated().toFixed(2) }));
}

/** A positive amount with at most two decimals, or the problem naming `field`. */
export function positiveAmountProblem(amount: string, field: string): FieldErrorDto | null {
  return new Decimal(amount).gt(0) ? null : { field, message: 'must be greater than 0', code: 'min' };
}

/** The aging buckets of outstanding overdue amounts (DOMAIN §7): days past the due date. */
export type AgingBucket = 'days0to30' | 'days31to60' | 'days61to90' | 'over90';

/** The bucket of an instalment `daysPastDue` (≥ 1) days past its due date. The SQL of the report uses the same edges. */
export function agingBucket(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 30) return 'days0to30';
  if (daysPastDue <= 60) return 'days31to60';
  if (daysPastDue <= 90) return 'days61to90';
  return 'over90';
}

/** What an instalment of payment terms falls due after (合同付款条件). */
export enum PaymentTrigger {
  /** The signing date (today for an approved contract not signed yet) plus the offset. */
  Signing = 'SIGNING',
  /** The expected delivery day given in `date`, plus the offset. */
  Delivery = 'DELIVERY',
  /** The expected acceptance day given in `date`, plus the offset. */
  Acceptance = 'ACCEPTANCE',
  /** The day given in `date`. */
  Date = 'DATE',
}

export interface PaymentTerm {
  /** Percent of the amount to plan, > 0, at most two decimals. */
  percent: string;
  trigger: PaymentTrigger;
  offsetDays?: number;
  /** The day the trigger is expected (DELIVERY, ACCEPTANCE) or the due date (DATE). */
  date?: string | null;
}

const TRIGGER_LABELS: Record<PaymentTrigger, string> = {
  [PaymentTrigger.Signing]: '签约后',
  [PaymentTrigger.Delivery]: '交付后',
  [PaymentTrigger.Acceptance]: '验收后',
  [PaymentTrigger.Date]: '约定日期',
};

/** What is wrong with payment terms: each percent in (0, 100], a date where the trigger needs one, the percents adding up to 100. */
export function paymentTermProblems(terms: readonly PaymentTerm[]): FieldErrorDto[] {
  const problems: FieldErrorDto[] = [];
  terms.forEach((term, i) => {
    const percent = new Decimal(term.percent);
    if (percent.lte(0) || percent.gt(100)) problems.push({ field: `terms[${i}].percent`, message: 'must be greater than 0 and at most 100', code: 'range' });
    if (term.trigger !== PaymentTrigger.Signing && !term.date) {
      problems.push({ field: `terms[${i}].date`, message: `is required for ${term.trigger}: the day ${term.trigger === PaymentTrigger.Date ? 'it falls due' : 'it is expected'}`, code: 'required' });
    }
  });
  const sum = terms.reduce((total, t) => total.plus(t.percent), new Decimal(0));
  if (!sum.eq(100)) problems.push({ field: 'terms', message: `the percentages add up to ${sum.toFixed(2)}, not 100`, code: 'sum' });
  return problems;
}

/** `day` (YYYY-MM-DD) plus `days` calendar days. */
export function plusDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The due date of a term: its trigger's day (the signing day for SIGNING) plus its offset. */
export function termDueDate(term: PaymentTerm, signingDay: string): string {
  return plusDays(term.trigger === PaymentTrigger.Signing ? signingDay : (term.date as string), term.offsetDays ?? 0);
}

/** The instalment's note, e.g. 签约后 30 日内 30%. */
export function termNote(term: PaymentTerm): string {
  const offset = term.trigger !== PaymentTrigger.Date && term.offsetDays ? ` ${term.offsetDays} 日内` : '';
  return `${TRIGGER_LABELS[term.trigger]}${offset} ${new Decimal(term.percent).toString()}%`;
}

/**
 * `amount` split in proportion to `weights`: each share rounded half-up to the cent, the rounding
 * remainder on the last, so the shares add up to `amount` exactly. Null when a share would be
 * nothing (an amount too small for so many instalments).
 */
export function splitByWeight(amount: string, weights: readonly string[]): string[] | null {
  const total = new Decimal(amount);
  const sum = weights.reduce((s, w) => s.plus(w), new Decimal(0));
  const shares = weights.slice(0, -1).map((w) => total.times(w).div(sum).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  const last = total.minus(shares.reduce((s, x) => s.plus(x), new Decimal(0)));
  const all = [...shares, last];
  return all.every((x) => x.gt(0)) ? all.map((x) => x.toFixed(2)) : null;
}

/** `amount` split by `percents` (adding up to 100), as splitByWeight. */
export function splitByPercent(amount: string, percents: readonly string[]): string[] | null {
  return splitByWeight(amount, percents);
}

export interface PlannedInstalment {
  id: string;
  dueDate: string;
  amount: string;
  note: string | null;
  /** Confirmed allocations, net of reversals. */
  received: string;
}

export type Replan =
  | { refused: string }
  | {
      /** The whole new plan: instalments kept or changed (with their id) and at most one new one. */
      instalments: Array<{ id?: string; dueDate: string; amount: string; note: string | null }>;
    };

/**
 * The plan after the contract amount changed to `amount` (an approved amendment). Instalments that
 * received money stay as they are; the unpaid ones take the new rest in proportion to their current
 * amounts (to the cent, the remainder on the last), so the schedule keeps its shape; an unpaid
 * instalment whose share rounds to nothing is dropped and the last unpaid one takes it. With no
 * unpaid instalment left, an increase becomes one new instalment due on the plan's last due date
 * (today if that has passed). Refused when more was received, or the paid instalments add up to more,
 * than the new amount.
 */
export function replanForAmount(current: readonly PlannedInstalment[], amount: string, received: string, today: string, note: string): Replan {
  const newAmount = new Decimal(amount);
  if (new Decimal(received).gt(newAmount)) return { refused: `${new Decimal(received).toFixed(2)} is already received, more than the new amount ${newAmount.toFixed(2)}` };
  const touched = current.filter((i) => !new Decimal(i.received).isZero());
  const unpaid = current.filter((i) => new Decimal(i.received).isZero());
  const touchedSum = touched.reduce((s, i) => s.plus(i.amount), new Decimal(0));
  const rest = newAmount.minus(touchedSum);
  if (rest.lt(0)) return { refused: `the instalments that received money add up to ${touchedSum.toFixed(2)}, more than the new amount ${newAmount.toFixed(2)}` };
  const kept = touched.map(({ id, dueDate, amount: a, note: n }) => ({ id, dueDate, amount: a, note: n }));
  if (rest.isZero()) return { instalments: kept };
  if (!unpaid.length) {
    const last = current.reduce((day, i) => (i.dueDate > day ? i.dueDate : day), today);
    return { instalments: [...kept, { dueDate: last, amount: rest.toFixed(2), note }] };
  }
  const shares = splitByWeight(rest.toFixed(2), unpaid.map((i) => i.amount));
  if (!shares) {
    const last = unpaid[unpaid.length - 1];
    return { instalments: [...kept, { id: last.id, dueDate: last.dueDate, amount: rest.toFixed(2), note: last.note }] };
  }
  return { instalments: [...kept, ...unpaid.map((i, n) => ({ id: i.id, dueDate: i.dueDate, amount: shares[n], note: i.note }))] };
}
