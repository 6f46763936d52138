/**
 * The approval module's calls the SPA shares (the inbox, the decision dialog, the protection review
 * queue). Each answers the data or throws `ProblemError`.
 */
import { http, unwrap } from './http';
import type { ApproveBody, BatchDecisionAnswer } from './types';

export type Decision = 'approve' | 'reject';

/**
 * Approves or rejects one request. `step` names the step on screen: when someone decided it
 * meanwhile the server answers 409 instead of deciding the next step blindly. A rejection needs a comment.
 */
export async function decideApproval(id: string, decision: Decision, comment: string, step?: number): Promise<void> {
  const params = { path: { id } };
  if (decision === 'approve') {
    // WORKAROUND: the schema types ApproveDto.comment as an empty object (the server DTO's
    // `string | null` property lacks `type: String`); the API accepts and expects a string.
    const body: ApproveBody = { comment: (comment || undefined) as ApproveBody['comment'] & string, step };
    unwrap(await http.POST('/api/v1/approvals/{id}/approve', { params, body }));
  } else {
    unwrap(await http.POST('/api/v1/approvals/{id}/reject', { params, body: { comment, step } }));
  }
}

/** Decides several requests with one comment; the server answers for each on its own. */
export async function decideApprovals(ids: string[], decision: Decision, comment: string): Promise<BatchDecisionAnswer> {
  return unwrap(await http.POST('/api/v1/approvals/decisions', { body: { ids, decision, comment: comment || undefined } }));
}

/** Withdraws my own pending request. */
export async function cancelApproval(id: string): Promise<void> {
  unwrap(await http.POST('/api/v1/approvals/{id}/cancel', { params: { path: { id } } }));
}
