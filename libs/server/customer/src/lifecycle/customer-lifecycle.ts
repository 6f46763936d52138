import { RequestValidationError } from '@kehu/server-core';
import { CustomerError, CustomerErrorCode } from '../customer.exception';
import { CustomerEvent, CustomerStatus, PoolReason, ReviewState } from './customer-status';

/**
 * The protection lifecycle of a customer (DOMAIN §3, §10) as pure functions: given a customer's
 * lifecycle state, an action, who acts and the rules in force, the next state and the history
 * event — or a refusal naming the current state. No I/O: services load the state, call
 * `transition`, save the result and write the history row. The reclaim job's set-based SQL
 * mirrors `isDueForRelease`.
 *
 *   created / claimed ─► POTENTIAL·PENDING ─approve─► POTENTIAL·PROTECTED ─approve intent─► INTENT
 *                              │ reject                     │ expire / abandon              │ expire / abandon
 *                              ▼                            ▼                               ▼
 *                     POTENTIAL·REJECTED ──grace ends──► POOL ◄──────────────────────────────┘
 *   opportunity won: POTENTIAL (pending or protected) ─► INTENT (a pending review stays pending:
 *     approve → INTENT·APPROVED, reject → INTENT·REJECTED, released at the grace end like POTENTIAL·REJECTED)
 *   sign (any stage) ─► FORMAL ─confirm loss─► LOST ─sign─► FORMAL;   POOL ─claim─► POTENTIAL
 */

/** The lifecycle columns of a customer. */
export interface LifecycleState {
  status: CustomerStatus;
  reviewState: ReviewState | null;
  ownerId: string | null;
  /** End of protection (POTENTIAL, INTENT) or of the grace period after a rejection. */
  protectionUntil: Date | null;
  /** Extensions granted in the current stage (reset when the stage changes). */
  extensionsUsed: number;
  /** An extension request awaits its decision: the reclaim job leaves the customer alone. */
  extensionPending: boolean;
  /** An intent request awaits the manager's decision: the reclaim job leaves the customer alone too (seed 004: released only when no intent application was submitted). */
  intentPending: boolean;
  rejectionReason: string | null;
  poolEnteredAt: Date | null;
  poolReason: PoolReason | null;
  previousOwnerId: string | null;
  abandonedById: string | null;
  abandonedAt: Date | null;
  afterSalesOwnerId: string | null;
  formalSince: Date | null;
}

/** A state as the lifecycle reads it: the status, refined by the review for POTENTIAL. */
export enum Stage {
  PotentialPending = 'POTENTIAL_PENDING',
  PotentialProtected = 'POTENTIAL_PROTECTED',
  PotentialRejected = 'POTENTIAL_REJECTED',
  Intent = 'INTENT',
  Formal = 'FORMAL',
  Pool = 'POOL',
  Lost = 'LOST',
}

export enum LifecycleAction {
  ApproveProtection = 'approve-protection',
  RejectProtection = 'reject-protection',
  RequestIntent = 'request-intent',
  ApproveIntent = 'approve-intent',
  RejectIntent = 'reject-intent',
  RequestExtension = 'request-extension',
  ApproveExtension = 'approve-extension',
  RejectExtension = 'reject-extension',
  Expire = 'expire',
  Abandon = 'abandon',
  Claim = 'claim',
  Sign = 'sign',
  ConfirmLoss = 'confirm-loss',
  /** An opportunity with the customer was won (DOMAIN §4): it is an intent customer now; a pending protection review stays pending. */
  WinOpportunity = 'win-opportunity',
}

/**
 * Who may take an action. `owner`: the customer's owner, or someone allowed to act for owners
 * (customer:transfer within data scope); `approver`: the decision of an approval request (its
 * chain says who); `claimant`: anyone with customer:claim; `system`: a scheduled job;
 * `contract`: the contract domain when a contract is signed.
 */
export type LifecycleActor = 'owner' | 'approver' | 'claimant' | 'system' | 'contract';

export interface TransitionRule {
  from: readonly Stage[];
  by: LifecycleActor;
  event: CustomerEvent;
}

const OWNED_PROTECTABLE = [Stage.PotentialProtected, Stage.Intent] as const;
const ALL_STAGES = Object.values(Stage);

/** Every legal transition: from which stages, by whom, and the history event it writes. */
export const TRANSITIONS: Readonly<Record<LifecycleAction, TransitionRule>> = {
  // INTENT too, only while its review is pending (a won opportunity made it INTENT during the review): `inReview` checks.
  [LifecycleAction.ApproveProtection]: { from: [Stage.PotentialPending, Stage.Intent], by: 'approver', event: CustomerEvent.Approved },
  [LifecycleAction.RejectProtection]: { from: [Stage.PotentialPending, Stage.Intent], by: 'approver', event: CustomerEvent.Rejected },
  [LifecycleAction.RequestIntent]: { from: [Stage.PotentialProtected], by: 'owner', event: CustomerEvent.IntentRequested },
  [LifecycleAction.ApproveIntent]: { from: [Stage.PotentialProtected], by: 'approver', event: CustomerEvent.Converted },
  [LifecycleAction.RejectIntent]: { from: [Stage.PotentialProtected], by: 'approver', event: CustomerEvent.IntentRejected },
  [LifecycleAction.RequestExtension]: { from: OWNED_PROTECTABLE, by: 'owner', event: CustomerEvent.ExtensionRequested },
  [LifecycleAction.ApproveExtension]: { from: OWNED_PROTECTABLE, by: 'approver', event: CustomerEvent.Extended },
  [LifecycleAction.RejectExtension]: { from: OWNED_PROTECTABLE, by: 'approver', event: CustomerEvent.ExtensionRejected },
  [LifecycleAction.Expire]: { from: [Stage.PotentialProtected, Stage.PotentialRejected, Stage.Intent], by: 'system', event: CustomerEvent.Expired },
  [LifecycleAction.Abandon]: {
    from: [Stage.PotentialPending, Stage.PotentialProtected, Stage.PotentialRejected, Stage.Intent],
    by: 'owner',
    event: CustomerEvent.Abandoned,
  },
  [LifecycleAction.Claim]: { from: [Stage.Pool], by: 'claimant', event: CustomerEvent.Claimed },
  [LifecycleAction.Sign]: { from: ALL_STAGES, by: 'contract', event: CustomerEvent.Signed },
  [LifecycleAction.ConfirmLoss]: { from: [Stage.Formal], by: 'owner', event: CustomerEvent.Lost },
  // A won deal settles what the intent request would have asked; the protection review (issue 20: the new customer "starts
  // in review like any new customer") is not settled by it and stays pending — see `transition`.
  [LifecycleAction.WinOpportunity]: { from: [Stage.PotentialPending, Stage.PotentialProtected], by: 'system', event: CustomerEvent.Converted },
};

/** The rules (settings) a transition reads, at the moment it happens. */
export interface LifecycleRules {
  potentialDays: number;
  intentDays: number;
  maxExtensions: number;
  extensionMaxDays: number;
  reclaimCooldownDays: number;
  claimNeedsReview: boolean;
}

export interface TransitionContext {
  now: Date;
  /** The acting user (null for the system). */
  actorId: string | null;
  /** The actor may act for any owner (customer:transfer on a customer in scope). */
  actsForOwners?: boolean;
  rules: LifecycleRules;
  /** RequestExtension / ApproveExtension: the days asked for. */
  days?: number;
  /** RejectProtection: when the owner is released (rejection + N working days, by the working calendar). */
  releaseAt?: Date;
  /** RejectProtection: the reviewer's reason, shown to the owner. */
  reason?: string | null;
  /** Sign: the owner when the customer has none (from the pool or lost); the after-sales owner if any. */
  signedBy?: string;
  afterSalesOwnerId?: string | null;
}

export interface Transition {
  action: LifecycleAction;
  event: CustomerEvent;
  from: LifecycleState;
  next: LifecycleState;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);

export function stageOf(state: Pick<LifecycleState, 'status' | 'reviewState'>): Stage {
  if (state.status !== CustomerStatus.Potential) return state.status as string as Stage;
  if (state.reviewState === ReviewState.Pending) return Stage.PotentialPending;
  if (state.reviewState === ReviewState.Rejected) return Stage.PotentialRejected;
  return Stage.PotentialProtected;
}

/** The SQL condition "customer `alias` is in `stage`", the same reading as `stageOf`. */
export function stageCondition(stage: Stage, alias = 'c'): string {
  switch (stage) {
    case Stage.PotentialPending:
      return `(${alias}.status = 'POTENTIAL' AND ${alias}.review_state = 'PENDING')`;
    case Stage.PotentialRejected:
      return `(${alias}.status = 'POTENTIAL' AND ${alias}.review_state = 'REJECTED')`;
    case Stage.PotentialProtected:
      return `(${alias}.status = 'POTENTIAL' AND ${alias}.review_state IS DISTINCT FROM 'PENDING' AND ${alias}.review_state IS DISTINCT FROM 'REJECTED')`;
    default:
      return `${alias}.status = '${stage}'`;
  }
}

/** The state of a customer just entered by `ownerId`: POTENTIAL, protection pending review. */
export function enteredState(ownerId: string): LifecycleState {
  return {
    status: CustomerStatus.Potential,
    reviewState: ReviewState.Pending,
    ownerId,
    protectionUntil: null,
    extensionsUsed: 0,
    extensionPending: false,
    intentPending: false,
    rejectionReason: null,
    poolEnteredAt: null,
    poolReason: null,
    previousOwnerId: null,
    abandonedById: null,
    abandonedAt: null,
    afterSalesOwnerId: null,
    formalSince: null,
  };
}

/** Whether the reclaim job releases this customer now (its SQL says the same). */
export function isDueForRelease(state: LifecycleState, now: Date): boolean {
  return (
    TRANSITIONS[LifecycleAction.Expire].from.includes(stageOf(state)) &&
    state.reviewState !== ReviewState.Pending &&
    !state.extensionPending &&
    !state.intentPending &&
    state.protectionUntil !== null &&
    state.protectionUntil.getTime() <= now.getTime()
  );
}

/** When a rep who abandoned the customer may claim it again (null: no cooldown for this rep). */
export function claimableAgainAt(state: LifecycleState, userId: string, rules: Pick<LifecycleRules, 'reclaimCooldownDays'>): Date | null {
  if (state.abandonedById !== userId || !state.abandonedAt) return null;
  return addDays(state.abandonedAt, rules.reclaimCooldownDays);
}

/** The actions a user could take on the customer now (for the UI's buttons); rules beyond the stage are checked on the action. */
export function availableActions(state: LifecycleState, userId: string, actsForOwners: boolean): LifecycleAction[] {
  const stage = stageOf(state);
  const isOwner = state.ownerId === userId || actsForOwners;
  const offered = [LifecycleAction.RequestIntent, LifecycleAction.RequestExtension, LifecycleAction.Abandon, LifecycleAction.Claim, LifecycleAction.ConfirmLoss];
  return offered.filter((action) => {
    const rule = TRANSITIONS[action];
    if (!rule.from.includes(stage)) return false;
    if (action === LifecycleAction.RequestExtension && state.extensionPending) return false;
    if (action === LifecycleAction.RequestIntent && state.intentPending) return false;
    return rule.by === 'owner' ? isOwner : true;
  });
}

function refuse(state: LifecycleState, action: LifecycleAction): never {
  const stage = stageOf(state);
  throw new CustomerError(CustomerErrorCode.IllegalTransition, `Cannot ${action} a customer that is ${stage}`, {
    action,
    currentStatus: state.status,
    currentStage: stage,
  });
}

function assertStillProtected(state: LifecycleState, now: Date): void {
  if (!state.protectionUntil || state.protectionUntil.getTime() <= now.getTime()) {
    throw new CustomerError(CustomerErrorCode.ProtectionExpired, `Protection ended at ${state.protectionUntil?.toISOString()}`, {
      protectionUntil: state.protectionUntil?.toISOString() ?? null,
    });
  }
}

function assertExtensionLeft(state: LifecycleState, rules: LifecycleRules): void {
  if (state.extensionsUsed >= rules.maxExtensions) {
    throw new CustomerError(CustomerErrorCode.ExtensionLimit, `${state.extensionsUsed} of ${rules.maxExtensions} extensions used in this stage`, {
      extensionsUsed: state.extensionsUsed,
      maxExtensions: rules.maxExtensions,
    });
  }
}

/** Leaving an owner: into the pool, keeping who had it and why. */
function intoPool(state: LifecycleState, now: Date, reason: PoolReason): LifecycleState {
  return {
    ...state,
    status: CustomerStatus.Pool,
    reviewState: null,
    ownerId: null,
    protectionUntil: null,
    extensionsUsed: 0,
    extensionPending: false,
    intentPending: false,
    poolEnteredAt: now,
    poolReason: reason,
    previousOwnerId: state.ownerId,
  };
}

/**
 * Applies an action. Throws a 409 problem naming the current stage when the action is illegal
 * there, 403 when an owner's action is taken by someone else, and the specific 409 of the rule
 * that refuses it (expired, no extension left, cooldown).
 */
export function transition(state: LifecycleState, action: LifecycleAction, ctx: TransitionContext): Transition {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(stageOf(state))) refuse(state, action);
  // The review's decisions apply to an INTENT customer only while its review is pending (won during the review).
  if ((action === LifecycleAction.ApproveProtection || action === LifecycleAction.RejectProtection) && state.reviewState !== ReviewState.Pending) refuse(state, action);
  if (rule.by === 'owner' && !ctx.actsForOwners && (ctx.actorId === null || ctx.actorId !== state.ownerId)) {
    throw new CustomerError(CustomerErrorCode.NotOwner);
  }
  const { now, rules } = ctx;
  const next = ((): LifecycleState => {
    switch (action) {
      case LifecycleAction.ApproveProtection:
        // An INTENT customer (won during its review) keeps the intent protection it already runs on.
        if (state.status === CustomerStatus.Intent) return { ...state, reviewState: ReviewState.Approved, rejectionReason: null };
        return { ...state, reviewState: ReviewState.Approved, rejectionReason: null, protectionUntil: addDays(now, rules.potentialDays), extensionsUsed: 0 };
      case LifecycleAction.RejectProtection:
        if (!ctx.releaseAt) throw new Error('RejectProtection needs releaseAt');
        // INTENT stays INTENT (the deal happened), but the owner is not protected: released at the grace end, reason REJECTED.
        return { ...state, reviewState: ReviewState.Rejected, rejectionReason: ctx.reason ?? null, protectionUntil: ctx.releaseAt };
      case LifecycleAction.RequestIntent:
        assertStillProtected(state, now);
        if (state.intentPending) throw new CustomerError(CustomerErrorCode.IntentPending);
        return { ...state, intentPending: true };
      case LifecycleAction.ApproveIntent:
      case LifecycleAction.WinOpportunity:
        return {
          ...state,
          status: CustomerStatus.Intent,
          // The protection review of a customer entered (or claimed) moments ago is the reviewer's to decide, deal or not.
          reviewState: state.reviewState === ReviewState.Pending ? ReviewState.Pending : null,
          protectionUntil: addDays(now, rules.intentDays),
          extensionsUsed: 0,
          extensionPending: false,
          intentPending: false,
        };
      case LifecycleAction.RejectIntent:
        return { ...state, intentPending: false };
      case LifecycleAction.RequestExtension:
        assertStillProtected(state, now);
        assertExtensionLeft(state, rules);
        if (state.extensionPending) throw new CustomerError(CustomerErrorCode.ExtensionPending);
        assertExtensionDays(ctx.days, rules);
        return { ...state, extensionPending: true };
      case LifecycleAction.ApproveExtension:
        assertExtensionLeft(state, rules);
        assertExtensionDays(ctx.days, rules);
        return {
          ...state,
          protectionUntil: addDays(state.protectionUntil ?? now, ctx.days as number),
          extensionsUsed: state.extensionsUsed + 1,
          extensionPending: false,
        };
      case LifecycleAction.RejectExtension:
        return { ...state, extensionPending: false };
      case LifecycleAction.Expire:
        if (!isDueForRelease(state, now)) refuse(state, action);
        return intoPool(state, now, state.reviewState === ReviewState.Rejected ? PoolReason.Rejected : PoolReason.Expired);
      case LifecycleAction.Abandon:
        return { ...intoPool(state, now, PoolReason.Abandoned), abandonedById: state.ownerId, abandonedAt: now };
      case LifecycleAction.Claim: {
        if (!ctx.actorId) refuse(state, action);
        const again = claimableAgainAt(state, ctx.actorId, rules);
        if (again && now.getTime() < again.getTime()) {
          throw new CustomerError(CustomerErrorCode.ClaimCooldown, `You may claim this customer again from ${again.toISOString()}`, {
            claimableAt: again.toISOString(),
          });
        }
        return {
          ...state,
          status: CustomerStatus.Potential,
          ownerId: ctx.actorId,
          reviewState: rules.claimNeedsReview ? ReviewState.Pending : ReviewState.Approved,
          protectionUntil: rules.claimNeedsReview ? null : addDays(now, rules.potentialDays),
          rejectionReason: null,
          extensionsUsed: 0,
          extensionPending: false,
          intentPending: false,
          poolEnteredAt: null,
          poolReason: null,
          abandonedById: null,
          abandonedAt: null,
        };
      }
      case LifecycleAction.Sign: {
        const ownerId = state.ownerId ?? ctx.signedBy ?? null;
        return {
          ...state,
          status: CustomerStatus.Formal,
          reviewState: null,
          ownerId,
          protectionUntil: null,
          rejectionReason: null,
          extensionsUsed: 0,
          extensionPending: false,
          intentPending: false,
          poolEnteredAt: null,
          poolReason: null,
          abandonedById: null,
          abandonedAt: null,
          afterSalesOwnerId: ctx.afterSalesOwnerId !== undefined ? ctx.afterSalesOwnerId : state.afterSalesOwnerId,
          formalSince: state.status === CustomerStatus.Formal && state.formalSince ? state.formalSince : now,
        };
      }
      case LifecycleAction.ConfirmLoss:
        return { ...state, status: CustomerStatus.Lost };
    }
  })();
  return { action, event: rule.event, from: state, next };
}

function assertExtensionDays(days: number | undefined, rules: LifecycleRules): void {
  if (days === undefined || !Number.isInteger(days) || days < 1 || days > rules.extensionMaxDays) {
    // The limit is a rule that may change at runtime, so the DTO cannot check it.
    throw new RequestValidationError([{ field: 'days', message: `must be an integer from 1 to ${rules.extensionMaxDays} (extensionMaxDays)`, code: 'max' }]);
  }
}

/** Counts a claimant's limits are checked against (DOMAIN §3: max protected customers, claims per day). */
export interface ClaimCounts {
  ownedProtected: number;
  claimsToday: number;
}

export function assertMayTakeAnother(counts: Pick<ClaimCounts, 'ownedProtected'>, maxOwnedCustomers: number): void {
  if (counts.ownedProtected >= maxOwnedCustomers) {
    throw new CustomerError(CustomerErrorCode.OwnedCustomerLimit, `You own ${counts.ownedProtected} protected customers (limit ${maxOwnedCustomers})`, {
      ownedProtected: counts.ownedProtected,
      maxOwnedCustomers,
    });
  }
}

export function assertMayClaim(counts: ClaimCounts, limits: { maxOwnedCustomers: number; maxDailyClaims: number }): void {
  assertMayTakeAnother(counts, limits.maxOwnedCustomers);
  if (counts.claimsToday >= limits.maxDailyClaims) {
    throw new CustomerError(CustomerErrorCode.DailyClaimLimit, `You claimed ${counts.claimsToday} customers today (limit ${limits.maxDailyClaims})`, {
      claimsToday: counts.claimsToday,
      maxDailyClaims: limits.maxDailyClaims,
    });
  }
}
