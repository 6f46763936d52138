/**
 * The customer domain's API calls on the generated client, for pages and components to share
 * (one place per domain: `api/<domain>.ts`). Each answers the data or throws `ProblemError`.
 */
import { http, unwrap } from './http';
import type { BatchClaimResult, BodyOf, ClaimQuota, CreateFollowUpBody, TeamAccess } from './types';

/** What I may still claim today and own (the confirmation before a claim shows it). */
export async function getClaimQuota(): Promise<ClaimQuota> {
  return unwrap(await http.GET('/api/v1/customers/pool/quota'));
}

/** Claims pool customers, each answered on its own, with the quota after the batch. */
export async function claimCustomers(ids: string[]): Promise<BatchClaimResult> {
  return unwrap(await http.POST('/api/v1/customers/pool/claim', { body: { ids } }));
}

/** Gives a customer up to the pool (放入公海). */
export async function abandonCustomer(id: string, reason: string): Promise<void> {
  unwrap(await http.POST('/api/v1/customers/{id}/abandon', { params: { path: { id } }, body: { reason } }));
}

/** Puts a colleague on a customer's team (添加团队成员). */
export async function addTeamMember(customerId: string, userId: string, access: TeamAccess): Promise<void> {
  unwrap(await http.PUT('/api/v1/customers/{id}/team/{userId}', { params: { path: { id: customerId, userId } }, body: { access } }));
}

/** Records a follow-up (写跟进). */
export async function createFollowUp(customerId: string, body: CreateFollowUpBody): Promise<void> {
  unwrap(
    await http.POST('/api/v1/customers/{customerId}/follow-ups', {
      params: { path: { customerId } },
      body: body as unknown as BodyOf<'/api/v1/customers/{customerId}/follow-ups', 'post'>,
    }),
  );
}

/**
 * Runs `action` for each id one after the other (the server checks each on its own) and says which
 * succeeded and which failed with what.
 */
export async function forEachCustomer(ids: string[], action: (id: string) => Promise<void>): Promise<{ done: string[]; failed: { id: string; error: unknown }[] }> {
  const done: string[] = [];
  const failed: { id: string; error: unknown }[] = [];
  for (const id of ids) {
    try {
      await action(id);
      done.push(id);
    } catch (error) {
      failed.push({ id, error });
    }
  }
  return { done, failed };
}
