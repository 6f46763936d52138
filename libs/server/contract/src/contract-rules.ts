import Decimal from 'decimal.js';

/**
 * The contract lifecycle and approval rules (DOMAIN §6, issue 21 items 4–6): pure functions, no I/O.
 *
 *   DRAFT ─submit→ PENDING_APPROVAL ─approved→ APPROVED ─sign→ ACTIVE ─complete→ COMPLETED
 *     ↑                  │ rejected / withdrawn                    └─terminate→ TERMINATED
 *     └──────────────────┘
 *
 * Only a DRAFT is edited. An ACTIVE contract changes only through an amendment: a new revision
 * with its own approval; the figures in force are the last approved revision's.
 */
export enum ContractStatus {
  Draft = 'DRAFT',
  PendingApproval = 'PENDING_APPROVAL',
  Approved = 'APPROVED',
  Active = 'ACTIVE',
  Completed = 'COMPLETED',
  Terminated = 'TERMINATED',
}

export enum RevisionStatus {
  Draft = 'DRAFT',
  PendingApproval = 'PENDING_APPROVAL',
  Approved = 'APPROVED',
  Rejected = 'REJECTED',
}

/** The order review 订单评审 of a custom order (none for a stock order). */
export enum OrderReviewState {
  Pending = 'PENDING',
  Passed = 'PASSED',
  Failed = 'FAILED',
}

export type ContractAction =
  | 'edit'
  | 'delete'
  | 'submit'
  | 'approve'
  | 'reject'
  | 'sign'
  | 'complete'
  | 'terminate'
  | 'amend'
  | 'request-order-review'
  | 'attach'
  | 'detach';

const ALLOWED: Record<ContractAction, readonly ContractStatus[]> = {
  edit: [ContractStatus.Draft],
  // Only a draft is deleted: once submitted, the contract is part of the approval record.
  delete: [ContractStatus.Draft],
  submit: [ContractStatus.Draft],
  approve: [ContractStatus.PendingApproval],
  reject: [ContractStatus.PendingApproval],
  sign: [ContractStatus.Approved],
  complete: [ContractStatus.Active],
  // A contract may be called off before it is signed, too.
  terminate: [ContractStatus.Approved, ContractStatus.Active],
  amend: [ContractStatus.Active],
  'request-order-review': [ContractStatus.Approved],
  // Files may be added until the contract is closed (the signed scan arrives at signing); removed only before signing.
  attach: [ContractStatus.Draft, ContractStatus.PendingApproval, ContractStatus.Approved, ContractStatus.Active],
  detach: [ContractStatus.Draft, ContractStatus.PendingApproval, ContractStatus.Approved],
};

export function contractActionAllowed(status: ContractStatus, action: ContractAction): boolean {
  return ALLOWED[action].includes(status);
}

/** The actions a contract in `status` takes, for the SPA's buttons. */
export function contractActions(status: ContractStatus): ContractAction[] {
  return (Object.keys(ALLOWED) as ContractAction[]).filter((a) => ALLOWED[a].includes(status));
}

const NEXT: Partial<Record<ContractAction, ContractStatus>> = {
  submit: ContractStatus.PendingApproval,
  approve: ContractStatus.Approved,
  // Rejected goes back to the drafter, with the approvers' comments kept on the contract.
  reject: ContractStatus.Draft,
  sign: ContractStatus.Active,
  complete: ContractStatus.Completed,
  terminate: ContractStatus.Terminated,
};

export function statusAfter(action: 'submit' | 'approve' | 'reject' | 'sign' | 'complete' | 'terminate'): ContractStatus {
  return NEXT[action] as ContractStatus;
}

/** Roles whose chain steps are added only above the thresholds (DOMAIN §6). */
export const SENIOR_APPROVER_ROLES: readonly string[] = ['finance', 'executive'];

export interface ApprovalThresholds {
  /** `contractApprovalAmountThreshold`: at or above this total, finance and an executive approve too. */
  amountThreshold: string;
  /** `contractApprovalDiscountThreshold`: a line below this percentage of its list price brings them in too. */
  minPercentOfList: string;
}

/**
 * Whether finance and an executive must approve: the total is at or above the amount threshold, or
 * some line is discounted below the threshold (`discountedBelow`, from the quote arithmetic).
 */
export function needsSeniorApproval(total: string, discountedBelow: boolean, thresholds: ApprovalThresholds): boolean {
  return new Decimal(total).greaterThanOrEqualTo(thresholds.amountThreshold) || discountedBelow;
}

/**
 * Whether a step of the contract chain applies: the manager's (and any step an administrator added
 * for another role) always; finance's and the executive's only when `senior` approval is needed.
 */
export function chainStepApplies(step: { kind: string; roleCode?: string | null }, senior: boolean): boolean {
  if (step.kind === 'ROLE' && step.roleCode && SENIOR_APPROVER_ROLES.includes(step.roleCode)) return senior;
  return true;
}

/** The customer statuses a contract may be signed with (DOMAIN §6, seed 004): 凡是意向客户或正式客户都可以直接签订合同. */
export const SIGNABLE_CUSTOMER_STATUSES: readonly string[] = ['INTENT', 'FORMAL'];

/** Whether the customer may sign: INTENT or FORMAL, or its opportunity on this contract was just won. */
export function customerMaySign(customerStatus: string, opportunityWon: boolean): boolean {
  return SIGNABLE_CUSTOMER_STATUSES.includes(customerStatus) || opportunityWon;
}

export interface FieldProblem {
  field: string;
  message: string;
  code: string;
}

/** End before start, named on `endDate`. */
export function periodProblems(startDate: string | null | undefined, endDate: string | null | undefined): FieldProblem[] {
  if (startDate && endDate && endDate < startDate) return [{ field: 'endDate', message: 'must not be before startDate', code: 'min' }];
  return [];
}

/** A signing date later than `maxDaysAhead` days after `today` (YYYY-MM-DD, business time zone). */
export function signingDateProblem(signingDate: string, today: string, maxDaysAhead: number, field = 'signingDate'): FieldProblem | null {
  const latest = addDays(today, maxDaysAhead);
  return signingDate > latest ? { field, message: maxDaysAhead ? `must not be later than ${latest} (${maxDaysAhead} days from today)` : 'must not be in the future', code: 'max' } : null;
}

/** Whether a custom order may be signed: its order review passed; a stock order needs none. */
export function orderReviewBlocksSigning(customOrder: boolean, state: OrderReviewState | null): boolean {
  return customOrder && state !== OrderReviewState.Passed;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
