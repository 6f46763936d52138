import { ProblemError } from '../../api/http';
import { problemMessage } from '../../api/problem-form';
import type { Customer, CustomerStage } from '../../api/types';
import { t, te } from '../../i18n';
import { protectionDaysLeft } from './customer-status';

/** The lifecycle stages (DOMAIN §3, §10), in life order. */
export const CUSTOMER_STAGES: CustomerStage[] = [
  'POTENTIAL_PENDING',
  'POTENTIAL_PROTECTED',
  'POTENTIAL_REJECTED',
  'INTENT',
  'FORMAL',
  'POOL',
  'LOST',
];

export const STAGE_TAG: Record<CustomerStage, 'primary' | 'success' | 'warning' | 'info' | 'danger'> = {
  POTENTIAL_PENDING: 'info',
  POTENTIAL_PROTECTED: 'primary',
  POTENTIAL_REJECTED: 'danger',
  INTENT: 'warning',
  FORMAL: 'success',
  POOL: 'info',
  LOST: 'danger',
};

/** Stages whose `protectionUntil` is a protection end (POTENTIAL_REJECTED: the end of the grace period). */
const COUNTDOWN_STAGES: readonly CustomerStage[] = ['POTENTIAL_PROTECTED', 'POTENTIAL_REJECTED', 'INTENT'];

/** `remindDaysBeforeExpiry` when the rule cannot be read. */
export const DEFAULT_REMIND_DAYS = 3;

export interface Countdown {
  /** Whole days left, rounded up; 0 or less once past. */
  days: number;
  /** Past the deadline already. */
  expired: boolean;
  /** Within the reminder window (days ≤ remindDaysBeforeExpiry) or past: shown in red. */
  urgent: boolean;
  /** The deadline releases to the pool after a rejected review (not a protection end). */
  release: boolean;
}

/**
 * The protection countdown of a customer: null when the stage has none (pending review, formal,
 * pool, lost) or no deadline is set.
 */
export function protectionCountdown(
  customer: Pick<Customer, 'stage' | 'protectionUntil'>,
  remindDays: number = DEFAULT_REMIND_DAYS,
  now = Date.now(),
): Countdown | null {
  if (!COUNTDOWN_STAGES.includes(customer.stage)) return null;
  const days = protectionDaysLeft(customer.protectionUntil, now);
  if (days === null) return null;
  return { days, expired: days <= 0, urgent: days <= remindDays, release: customer.stage === 'POTENTIAL_REJECTED' };
}

export interface LifecycleRuleValues {
  maxExtensions: number;
  extensionMaxDays: number;
}

export interface OwnerActions {
  requestIntent: boolean;
  /** Offered in this stage (the button shows); see `extensionBlocked` for why it may be disabled. */
  requestExtension: boolean;
  /** Why an offered extension cannot be asked now: one awaits its decision, or none is left. */
  extensionBlocked: 'pending' | 'limit' | null;
  abandon: boolean;
}

/**
 * What the owner (or someone acting for owners) may do on the detail page, mirroring the server's
 * state machine (customer-lifecycle.ts `availableActions`); the server still decides.
 */
export function ownerActions(
  customer: Pick<Customer, 'stage' | 'ownerId' | 'extensionPending' | 'extensionsUsed'> & { intentPending?: boolean },
  userId: string | null | undefined,
  options: { canWrite: boolean; actsForOwners: boolean; rules: LifecycleRuleValues },
): OwnerActions {
  const none: OwnerActions = { requestIntent: false, requestExtension: false, extensionBlocked: null, abandon: false };
  const isOwner = !!userId && customer.ownerId === userId;
  if (!options.canWrite || !(isOwner || options.actsForOwners)) return none;
  const stage = customer.stage;
  const requestExtension = stage === 'POTENTIAL_PROTECTED' || stage === 'INTENT';
  return {
    // One intent request at a time: while the manager decides, the action is not offered.
    requestIntent: stage === 'POTENTIAL_PROTECTED' && !customer.intentPending,
    requestExtension,
    extensionBlocked: !requestExtension
      ? null
      : customer.extensionPending
        ? 'pending'
        : customer.extensionsUsed >= options.rules.maxExtensions
          ? 'limit'
          : null,
    abandon: ['POTENTIAL_PENDING', 'POTENTIAL_PROTECTED', 'POTENTIAL_REJECTED', 'INTENT'].includes(stage),
  };
}

export interface ClaimState {
  /** The claim button is enabled. */
  canClaim: boolean;
  /** When I may claim it again after abandoning it (in the future), else null. */
  claimableAt: string | null;
}

/** Whether I may claim a pool customer now: not while my reclaim cooldown runs. */
export function claimState(customer: { claimableAt: string | null }, now = Date.now()): ClaimState {
  const at = customer.claimableAt ? Date.parse(customer.claimableAt) : NaN;
  if (!Number.isNaN(at) && at > now) return { canClaim: false, claimableAt: customer.claimableAt };
  return { canClaim: true, claimableAt: null };
}

/** The problem code of an API error (`…/problems/<code>`), or null. */
export function problemCode(error: unknown): string | null {
  return error instanceof ProblemError ? error.slug : null;
}

export function stageLabel(stage: string | null | undefined): string {
  if (!stage) return '—';
  return te(`customer.stage.${stage}`) ? t(`customer.stage.${stage}`) : stage;
}

/**
 * The text for a lifecycle error: the known problem types (cooldown, limits, wrong stage, …) in the
 * UI language with their details (`problems` / `problemDetails` in the locales); anything else as
 * the API said it.
 */
export function lifecycleProblemMessage(error: unknown): string {
  return problemMessage(error);
}

/** What the lifecycle reason dialog asks and sends (components/lifecycle-reason-dialog.vue). */
export interface ReasonDialogValues {
  reason: string;
  /** Only when the dialog asks for days. */
  days: number | null;
}

export interface ReasonDialogOptions {
  title: string;
  /** The record it is about (customer name), shown under the title. */
  subject?: string;
  /** A warning shown above the form (what happens on confirm). */
  hint?: string;
  reasonLabel: string;
  reasonPlaceholder?: string;
  /** Default true: an empty (or blank) reason is refused before anything is sent. */
  reasonRequired?: boolean;
  /** Ask for a number of days too, from 1 to `max`. */
  days?: { max: number; initial?: number };
  confirmText: string;
  danger?: boolean;
  successMessage?: string;
  submit: (values: ReasonDialogValues) => Promise<unknown>;
}
