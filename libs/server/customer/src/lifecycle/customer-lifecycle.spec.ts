import { DomainError, RequestValidationError } from '@kehu/server-core';
import {
  assertMayClaim,
  availableActions,
  enteredState,
  isDueForRelease,
  LifecycleAction,
  LifecycleRules,
  LifecycleState,
  Stage,
  stageOf,
  transition,
  TransitionContext,
  TRANSITIONS,
} from './customer-lifecycle';
import { CustomerEvent, CustomerStatus, PoolReason, ReviewState } from './customer-status';

const DAY = 86_400_000;
const NOW = new Date('2026-11-23T02:00:00Z');
const REP = 'rep-1';
const OTHER = 'rep-2';
const RULES: LifecycleRules = { potentialDays: 30, intentDays: 15, maxExtensions: 2, extensionMaxDays: 15, reclaimCooldownDays: 3, claimNeedsReview: false };
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

/** A customer in `stage`, owned by REP where the stage has an owner, with 10 days of protection left. */
function inStage(stage: Stage, overrides: Partial<LifecycleState> = {}): LifecycleState {
  const base = enteredState(REP);
  const byStage: Record<Stage, Partial<LifecycleState>> = {
    [Stage.PotentialPending]: {},
    [Stage.PotentialProtected]: { reviewState: ReviewState.Approved, protectionUntil: at(10) },
    [Stage.PotentialRejected]: { reviewState: ReviewState.Rejected, protectionUntil: at(3), rejectionReason: '地址不全' },
    [Stage.Intent]: { status: CustomerStatus.Intent, reviewState: null, protectionUntil: at(10) },
    [Stage.Formal]: { status: CustomerStatus.Formal, reviewState: null, formalSince: at(-100) },
    [Stage.Pool]: { status: CustomerStatus.Pool, reviewState: null, ownerId: null, previousOwnerId: OTHER, poolEnteredAt: at(-1), poolReason: PoolReason.Expired },
    [Stage.Lost]: { status: CustomerStatus.Lost, reviewState: null },
  };
  return { ...base, ...byStage[stage], ...overrides };
}

/** What each action needs beyond the state, from the actor each action is meant for. */
function contextFor(action: LifecycleAction, state: LifecycleState): TransitionContext {
  const by = TRANSITIONS[action].by;
  return {
    now: NOW,
    rules: RULES,
    actorId: by === 'system' ? null : by === 'claimant' ? OTHER : by === 'owner' ? state.ownerId : 'approver-1',
    days: 5,
    releaseAt: at(3),
    reason: '原因',
    signedBy: OTHER,
  };
}

function expectProblem(fn: () => unknown, code: string, extra: Record<string, unknown> = {}): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    expect((error as DomainError).extra).toMatchObject(extra);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('customer lifecycle', () => {
  describe('every action from every stage', () => {
    const cases = Object.values(LifecycleAction).flatMap((action) => Object.values(Stage).map((stage) => [action, stage] as const));

    it.each(cases)('%s from %s: legal exactly where the table says, else 409 naming the stage', (action, stage) => {
      // Past the deadline, so that expiry is due wherever expiry is legal.
      const pastDeadline = action === LifecycleAction.Expire && stage !== Stage.Pool && stage !== Stage.Formal && stage !== Stage.Lost ? { protectionUntil: at(-1) } : {};
      // The review's decisions reach an INTENT customer only while its review is pending (won during the review).
      const inReview = stage === Stage.Intent && (action === LifecycleAction.ApproveProtection || action === LifecycleAction.RejectProtection) ? { reviewState: ReviewState.Pending } : {};
      const state = inStage(stage, { ...pastDeadline, ...inReview });
      const legal = TRANSITIONS[action].from.includes(stage);
      if (legal) {
        const result = transition(state, action, contextFor(action, state));
        expect(result.event).toBe(TRANSITIONS[action].event);
        expect(result.from).toBe(state);
      } else {
        expectProblem(() => transition(state, action, contextFor(action, state)), 'illegal-lifecycle-transition', { action, currentStage: stage, currentStatus: state.status });
      }
    });
  });

  it('reads the stage from status and review', () => {
    expect(stageOf(enteredState(REP))).toBe(Stage.PotentialPending);
    expect(stageOf({ status: CustomerStatus.Potential, reviewState: null })).toBe(Stage.PotentialProtected);
    expect(stageOf({ status: CustomerStatus.Intent, reviewState: null })).toBe(Stage.Intent);
  });

  it('approval protects for potentialDays from the approval', () => {
    const { next } = transition(inStage(Stage.PotentialPending), LifecycleAction.ApproveProtection, contextFor(LifecycleAction.ApproveProtection, inStage(Stage.PotentialPending)));
    expect(next).toMatchObject({ status: CustomerStatus.Potential, reviewState: ReviewState.Approved, ownerId: REP });
    expect(next.protectionUntil).toEqual(at(30));
  });

  it('rejection keeps the owner until the release time and carries the reason', () => {
    const { next } = transition(inStage(Stage.PotentialPending), LifecycleAction.RejectProtection, { now: NOW, rules: RULES, actorId: 'r', releaseAt: at(5), reason: '联系人缺失' });
    expect(next).toMatchObject({ reviewState: ReviewState.Rejected, ownerId: REP, rejectionReason: '联系人缺失', protectionUntil: at(5) });
    expect(stageOf(next)).toBe(Stage.PotentialRejected);
  });

  it('intent: requested only while protected, approved into INTENT for intentDays with fresh extensions', () => {
    expectProblem(
      () => transition(inStage(Stage.PotentialProtected, { protectionUntil: at(-0.01) }), LifecycleAction.RequestIntent, { now: NOW, rules: RULES, actorId: REP }),
      'protection-expired',
    );
    const requested = transition(inStage(Stage.PotentialProtected), LifecycleAction.RequestIntent, { now: NOW, rules: RULES, actorId: REP }).next;
    expect(requested.intentPending).toBe(true);
    expectProblem(() => transition(requested, LifecycleAction.RequestIntent, { now: NOW, rules: RULES, actorId: REP }), 'intent-pending');
    expect(transition(requested, LifecycleAction.RejectIntent, { now: NOW, rules: RULES, actorId: 'mgr' }).next).toEqual({ ...requested, intentPending: false });
    const { next } = transition({ ...requested, extensionsUsed: 2 }, LifecycleAction.ApproveIntent, { now: NOW, rules: RULES, actorId: 'mgr' });
    expect(next).toMatchObject({ status: CustomerStatus.Intent, extensionsUsed: 0, protectionUntil: at(15), intentPending: false });
  });

  it('a won opportunity makes a POTENTIAL customer INTENT, in review or protected, for intentDays', () => {
    for (const stage of [Stage.PotentialPending, Stage.PotentialProtected]) {
      const { next, event } = transition(inStage(stage, { intentPending: true }), LifecycleAction.WinOpportunity, { now: NOW, rules: RULES, actorId: null });
      expect(next).toMatchObject({ status: CustomerStatus.Intent, ownerId: REP, protectionUntil: at(15), intentPending: false });
      expect(event).toBe(CustomerEvent.Converted);
    }
  });

  describe('won during the protection review (issue 20: the new customer starts in review like any other)', () => {
    const won = () => transition(inStage(Stage.PotentialPending), LifecycleAction.WinOpportunity, { now: NOW, rules: RULES, actorId: null }).next;
    const decide = (action: LifecycleAction, state: LifecycleState) => transition(state, action, { now: NOW, rules: RULES, actorId: 'reviewer', releaseAt: at(3), reason: '资料不实' });

    it('keeps the review pending while the customer is INTENT, and the reclaim job leaves it alone meanwhile', () => {
      const state = won();
      expect(state).toMatchObject({ status: CustomerStatus.Intent, reviewState: ReviewState.Pending, protectionUntil: at(15) });
      expect(stageOf(state)).toBe(Stage.Intent);
      expect(isDueForRelease({ ...state, protectionUntil: at(-1) }, NOW)).toBe(false);
      // Won when already protected: nothing left to review.
      expect(transition(inStage(Stage.PotentialProtected), LifecycleAction.WinOpportunity, { now: NOW, rules: RULES, actorId: null }).next.reviewState).toBeNull();
    });

    it('approval keeps INTENT and its intent protection', () => {
      const { next, event } = decide(LifecycleAction.ApproveProtection, won());
      expect(next).toMatchObject({ status: CustomerStatus.Intent, reviewState: ReviewState.Approved, protectionUntil: at(15) });
      expect(event).toBe(CustomerEvent.Approved);
    });

    it('rejection keeps INTENT but releases the owner at the grace end, into the pool as REJECTED', () => {
      const { next } = decide(LifecycleAction.RejectProtection, won());
      expect(next).toMatchObject({ status: CustomerStatus.Intent, reviewState: ReviewState.Rejected, rejectionReason: '资料不实', protectionUntil: at(3) });
      expect(isDueForRelease(next, at(3))).toBe(true);
      expect(transition(next, LifecycleAction.Expire, { now: at(3), rules: RULES, actorId: null }).next).toMatchObject({ status: CustomerStatus.Pool, poolReason: PoolReason.Rejected });
    });

    it('refuses a review decision on an INTENT customer whose review is not pending', () => {
      for (const action of [LifecycleAction.ApproveProtection, LifecycleAction.RejectProtection]) {
        expectProblem(() => decide(action, inStage(Stage.Intent)), 'illegal-lifecycle-transition');
        expectProblem(() => decide(action, { ...won(), reviewState: ReviewState.Approved }), 'illegal-lifecycle-transition');
      }
    });
  });

  it('only the owner (or someone acting for owners) takes an owner action', () => {
    const state = inStage(Stage.PotentialProtected);
    expectProblem(() => transition(state, LifecycleAction.Abandon, { now: NOW, rules: RULES, actorId: OTHER }), 'not-customer-owner');
    expect(transition(state, LifecycleAction.Abandon, { now: NOW, rules: RULES, actorId: OTHER, actsForOwners: true }).next.status).toBe(CustomerStatus.Pool);
  });

  describe('extension', () => {
    const ctx = (days: number, rules = RULES): TransitionContext => ({ now: NOW, rules, actorId: REP, days });

    it('moves the deadline by the days approved and counts the extension', () => {
      const requested = transition(inStage(Stage.Intent), LifecycleAction.RequestExtension, ctx(7)).next;
      expect(requested.extensionPending).toBe(true);
      const { next } = transition(requested, LifecycleAction.ApproveExtension, ctx(7));
      expect(next).toMatchObject({ protectionUntil: at(17), extensionsUsed: 1, extensionPending: false });
    });

    it('refuses a second request while one is pending, after the deadline, beyond the limit or the max days', () => {
      expectProblem(() => transition(inStage(Stage.Intent, { extensionPending: true }), LifecycleAction.RequestExtension, ctx(3)), 'extension-pending');
      expectProblem(() => transition(inStage(Stage.Intent, { protectionUntil: at(-1) }), LifecycleAction.RequestExtension, ctx(3)), 'protection-expired');
      expectProblem(() => transition(inStage(Stage.Intent, { extensionsUsed: 2 }), LifecycleAction.RequestExtension, ctx(3)), 'extension-limit', { maxExtensions: 2 });
      expect(() => transition(inStage(Stage.Intent), LifecycleAction.RequestExtension, ctx(16))).toThrow(RequestValidationError);
      expect(() => transition(inStage(Stage.Intent), LifecycleAction.RequestExtension, ctx(0))).toThrow(RequestValidationError);
    });

    it('re-checks the limit at approval: a rule lowered meanwhile wins', () => {
      expectProblem(() => transition(inStage(Stage.Intent, { extensionsUsed: 1, extensionPending: true }), LifecycleAction.ApproveExtension, ctx(3, { ...RULES, maxExtensions: 1 })), 'extension-limit');
    });

    it('a rejected request releases the hold and changes nothing else', () => {
      const state = inStage(Stage.PotentialProtected, { extensionPending: true });
      expect(transition(state, LifecycleAction.RejectExtension, ctx(3)).next).toEqual({ ...state, extensionPending: false });
    });
  });

  describe('expiry', () => {
    it('is due at the deadline, not before, and never while an extension or intent request waits or a review is pending', () => {
      expect(isDueForRelease(inStage(Stage.PotentialProtected, { protectionUntil: NOW }), NOW)).toBe(true);
      expect(isDueForRelease(inStage(Stage.PotentialProtected, { protectionUntil: new Date(NOW.getTime() + 1) }), NOW)).toBe(false);
      expect(isDueForRelease(inStage(Stage.Intent, { protectionUntil: at(-1), extensionPending: true }), NOW)).toBe(false);
      expect(isDueForRelease(inStage(Stage.PotentialProtected, { protectionUntil: at(-1), intentPending: true }), NOW)).toBe(false);
      expect(isDueForRelease(inStage(Stage.PotentialPending, { protectionUntil: at(-1) }), NOW)).toBe(false);
      expect(isDueForRelease(inStage(Stage.Formal, { protectionUntil: at(-1) }), NOW)).toBe(false);
    });

    it('puts the customer in the pool with the previous owner and the reason', () => {
      const expired = transition(inStage(Stage.Intent, { protectionUntil: at(-1) }), LifecycleAction.Expire, { now: NOW, rules: RULES, actorId: null }).next;
      expect(expired).toMatchObject({ status: CustomerStatus.Pool, ownerId: null, previousOwnerId: REP, poolReason: PoolReason.Expired, poolEnteredAt: NOW, protectionUntil: null });
      const rejected = transition(inStage(Stage.PotentialRejected, { protectionUntil: at(-1) }), LifecycleAction.Expire, { now: NOW, rules: RULES, actorId: null }).next;
      expect(rejected.poolReason).toBe(PoolReason.Rejected);
    });

    it('refuses to expire a customer whose deadline has not come', () => {
      expectProblem(() => transition(inStage(Stage.Intent), LifecycleAction.Expire, { now: NOW, rules: RULES, actorId: null }), 'illegal-lifecycle-transition');
    });
  });

  describe('abandon and claim', () => {
    const abandoned = transition(inStage(Stage.PotentialProtected), LifecycleAction.Abandon, { now: NOW, rules: RULES, actorId: REP }).next;

    it('abandoning records who and when', () => {
      expect(abandoned).toMatchObject({ status: CustomerStatus.Pool, poolReason: PoolReason.Abandoned, abandonedById: REP, abandonedAt: NOW, previousOwnerId: REP });
    });

    it('the abandoning rep waits reclaimCooldownDays; anyone else claims at once', () => {
      expectProblem(() => transition(abandoned, LifecycleAction.Claim, { now: at(2.9), rules: RULES, actorId: REP }), 'claim-cooldown', { claimableAt: at(3).toISOString() });
      expect(transition(abandoned, LifecycleAction.Claim, { now: at(3), rules: RULES, actorId: REP }).next.ownerId).toBe(REP);
      const claimed = transition(abandoned, LifecycleAction.Claim, { now: NOW, rules: RULES, actorId: OTHER }).next;
      expect(claimed).toMatchObject({ status: CustomerStatus.Potential, ownerId: OTHER, reviewState: ReviewState.Approved, protectionUntil: at(30), abandonedById: null, poolEnteredAt: null });
    });

    it('a claim goes through review when the rule says so', () => {
      const claimed = transition(abandoned, LifecycleAction.Claim, { now: NOW, rules: { ...RULES, claimNeedsReview: true }, actorId: OTHER }).next;
      expect(stageOf(claimed)).toBe(Stage.PotentialPending);
      expect(claimed.protectionUntil).toBeNull();
    });

    it('limits: protected customers owned and claims per day', () => {
      expect(() => assertMayClaim({ ownedProtected: 199, claimsToday: 19 }, { maxOwnedCustomers: 200, maxDailyClaims: 20 })).not.toThrow();
      expectProblem(() => assertMayClaim({ ownedProtected: 200, claimsToday: 0 }, { maxOwnedCustomers: 200, maxDailyClaims: 20 }), 'owned-customer-limit');
      expectProblem(() => assertMayClaim({ ownedProtected: 0, claimsToday: 20 }, { maxOwnedCustomers: 200, maxDailyClaims: 20 }), 'daily-claim-limit');
    });
  });

  describe('signing and loss', () => {
    it('signing makes any stage FORMAL, clears protection, keeps the owner or takes the signer', () => {
      for (const stage of Object.values(Stage)) {
        const state = inStage(stage);
        const { next, event } = transition(state, LifecycleAction.Sign, { now: NOW, rules: RULES, actorId: OTHER, signedBy: OTHER, afterSalesOwnerId: 'svc-1' });
        expect(event).toBe(CustomerEvent.Signed);
        expect(next).toMatchObject({ status: CustomerStatus.Formal, protectionUntil: null, reviewState: null, afterSalesOwnerId: 'svc-1', ownerId: state.ownerId ?? OTHER });
        expect(isDueForRelease(next, at(10_000))).toBe(false);
      }
    });

    it('a second contract keeps the FORMAL start date', () => {
      const formal = inStage(Stage.Formal);
      expect(transition(formal, LifecycleAction.Sign, { now: NOW, rules: RULES, actorId: REP, signedBy: REP }).next.formalSince).toEqual(formal.formalSince);
    });

    it('confirming a loss makes a FORMAL customer LOST; a new contract wins it back', () => {
      const lost = transition(inStage(Stage.Formal), LifecycleAction.ConfirmLoss, { now: NOW, rules: RULES, actorId: REP }).next;
      expect(lost.status).toBe(CustomerStatus.Lost);
      expect(transition(lost, LifecycleAction.Sign, { now: at(1), rules: RULES, actorId: REP, signedBy: REP }).next).toMatchObject({ status: CustomerStatus.Formal, formalSince: at(1) });
    });
  });

  it('offers the owner the actions of the stage, others only a claim', () => {
    expect(availableActions(inStage(Stage.PotentialProtected), REP, false)).toEqual([LifecycleAction.RequestIntent, LifecycleAction.RequestExtension, LifecycleAction.Abandon]);
    expect(availableActions(inStage(Stage.PotentialProtected), OTHER, false)).toEqual([]);
    expect(availableActions(inStage(Stage.Intent, { extensionPending: true }), REP, false)).toEqual([LifecycleAction.Abandon]);
    expect(availableActions(inStage(Stage.PotentialProtected, { intentPending: true }), REP, false)).toEqual([LifecycleAction.RequestExtension, LifecycleAction.Abandon]);
    expect(availableActions(inStage(Stage.Pool), OTHER, false)).toEqual([LifecycleAction.Claim]);
    expect(availableActions(inStage(Stage.Formal), REP, false)).toEqual([LifecycleAction.ConfirmLoss]);
  });
});
