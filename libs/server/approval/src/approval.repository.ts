import type { Principal, SqlFragment } from '@kehu/server-core';
import type { EntityManager } from 'typeorm';

/**
 * The approval lib's SQL text: the locks submissions and chain edits queue on, the chain seed, the
 * inbox and "decided by me" conditions of the request lists, the role check of a chain edit, and the
 * audit log's names. Each runs in the caller's transaction or query, so they are functions of the
 * manager (or conditions on the request aliased `r`) rather than an injected class.
 */

/** Two submissions for the same subject at the same moment: the second waits, then finds the first pending. */
export async function lockSubject(manager: EntityManager, subjectType: string, subjectId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`kehu-approval:${subjectType}:${subjectId}`]);
}

/** Seeding the shipped chains runs once at a time, whichever instance starts first. */
export async function lockChainSeed(tx: EntityManager): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-seed-approval-chains'))`);
}

/** Chain edits queue one behind the other, so each sees the version the previous one wrote. */
export async function lockChainEdits(tx: EntityManager): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-approval-chains'))`);
}

/** Adds a shipped chain unless the subject type already has one; answers whether it was added. */
export async function insertChainIfMissing(tx: EntityManager, chain: { subjectType: string; name: string; steps: unknown }, now: Date): Promise<boolean> {
  const result = await tx.query(
    `INSERT INTO approval_chain (subject_type, name, steps, updated_at) VALUES ($1, $2, $3::jsonb, $4) ON CONFLICT (subject_type) DO NOTHING RETURNING subject_type`,
    [chain.subjectType, chain.name, JSON.stringify(chain.steps), now],
  );
  return result.length > 0;
}

/** The codes among `codes` that name a live role. */
export async function existingRoleCodes(tx: EntityManager, codes: string[]): Promise<Set<string>> {
  const rows: Array<{ code: string }> = await tx.query(`SELECT code FROM role WHERE code = ANY($1::text[]) AND deleted_at IS NULL`, [codes]);
  return new Set(rows.map((r) => r.code));
}

/** "The request `r` is pending at a step the principal may decide, and not theirs" (the inbox). */
export function inboxCondition(principal: Principal): SqlFragment {
  return {
    sql: `(r.status = 'PENDING' AND r.requester_id <> :inboxMe AND EXISTS (
      SELECT 1 FROM approval_step s
       WHERE s.request_id = r.id AND s.index = r.current_step AND s.status = 'PENDING'
         AND (CAST(:inboxMe AS uuid) = ANY(s.resolved_approver_ids)
              OR (s.approver_kind = 'ROLE' AND s.role_code = ANY(CAST(:inboxRoles AS text[]))))))`,
    params: { inboxMe: principal.userId, inboxRoles: principal.roleCodes },
  };
}

/** "The principal decided a step of the request `r`"; `param` names the user id's parameter. */
export function decidedByCondition(principal: Principal, param: string): SqlFragment {
  return { sql: `EXISTS (SELECT 1 FROM approval_step d WHERE d.request_id = r.id AND d.decided_by = :${param})`, params: { [param]: principal.userId } };
}

/** How the audit log names approval requests (by their subject) and chains (by their name): `$1` the ids as text. */
export function auditNameStatements(): Array<{ entityType: string; sql: string }> {
  return [
    { entityType: 'ApprovalRequest', sql: `SELECT id::text AS id, subject_title AS name FROM approval_request WHERE id::text = ANY($1::text[])` },
    { entityType: 'ApprovalChain', sql: `SELECT subject_type AS id, name FROM approval_chain WHERE subject_type = ANY($1::text[])` },
  ];
}
