import { OpportunityError, OpportunityErrorCode } from './opportunity.exception';
import { OpportunityStatus } from './entities/opportunity.entity';

/** The two closing stages of the `opportunity-stage` dictionary: reached only by win and lose. */
export const WON_STAGE = 'won';
export const LOST_STAGE = 'lost';
/** Where a new opportunity starts unless told otherwise. */
export const FIRST_STAGE = 'lead';

/** Probability of each shipped stage until an administrator changes it (issue 20). */
export const DEFAULT_STAGE_PROBABILITY: Readonly<Record<string, number>> = { lead: 10, qualified: 30, proposal: 50, negotiation: 70, won: 100, lost: 0 };

export interface StageDefinition {
  code: string;
  label: string;
  labelEn: string | null;
  probability: number;
  /** false for won and lost. */
  open: boolean;
}

export const isClosed = (status: OpportunityStatus) => status === OpportunityStatus.Won || status === OpportunityStatus.Lost;

/**
 * Whether `from` → `to` is a move the stage rules allow on an open opportunity: forward one stage
 * at a time (the funnel's conversion figures count every stage passed), back to any earlier stage,
 * never to won or lost (those are win and lose, with their own checks). `stages` are the enabled
 * open stages in dictionary order. Throws a 409 naming `stage`; a stage outside the dictionary is a 400.
 */
export function assertStageMove(stages: readonly StageDefinition[], from: string, to: string): void {
  if (to === WON_STAGE || to === LOST_STAGE) {
    throw new OpportunityError(OpportunityErrorCode.StageJump, `Use win or lose to close an opportunity`, {
      errors: [{ field: 'stage', message: `${to} is reached through /win or /lose`, code: 'stageJump' }],
    });
  }
  const target = stages.findIndex((s) => s.code === to && s.open);
  if (target < 0) {
    throw new OpportunityError(OpportunityErrorCode.StageJump, `"${to}" is not an open stage`, {
      errors: [{ field: 'stage', message: `must be one of ${stages.filter((s) => s.open).map((s) => s.code).join(', ')}`, code: 'isStage' }],
    });
  }
  const current = stages.findIndex((s) => s.code === from);
  // A stage an administrator disabled since: any enabled stage is a way out of it.
  if (current < 0) return;
  if (target > current + 1) {
    throw new OpportunityError(OpportunityErrorCode.StageJump, `From ${from} the next stage is ${stages[current + 1]?.code}; stages are passed one at a time`, {
      errors: [{ field: 'stage', message: `cannot jump from ${from} to ${to}`, code: 'stageJump' }],
    });
  }
}

export function assertOpen(status: OpportunityStatus): void {
  if (isClosed(status)) throw new OpportunityError(OpportunityErrorCode.Closed);
}

/** Whole days from creation to closing (the funnel's average cycle), never negative. */
export function cycleDays(createdAt: Date, closedAt: Date): number {
  return Math.max(0, Math.floor((closedAt.getTime() - createdAt.getTime()) / 86_400_000));
}
