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
