import type { BaselineMigration } from '@kehu/server-core';
import { QueryRunner } from 'typeorm';

/** The columns every business table starts with (ARCHITECTURE.md, "Data"). */
const BUSINESS_COLUMNS = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_by uuid`;

/**
 * Approval chains, requests and their steps. A baseline: it replaced this module's migration history
 * before any release (`replaces`, read by core's migrator.ts). Later changes are new migrations
 * (docs/contributing.md, "Migrations").
 */
export class ApprovalBaseline1763900003000 implements BaselineMigration {
  name = 'ApprovalBaseline1763900003000';
  readonly replaces = ['ApprovalInit1763900003000'];

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE approval_chain (
        subject_type text PRIMARY KEY CHECK (subject_type ~ '^[a-z][a-z0-9.-]{1,99}$'),
        name text NOT NULL,
        steps jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array' AND jsonb_array_length(steps) > 0),
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE approval_request (${BUSINESS_COLUMNS},
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        subject_title text NOT NULL,
        requester_id uuid NOT NULL REFERENCES app_user(id),
        requester_department_id uuid,
        reason text,
        payload jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('PENDING','APPROVED','REJECTED','CANCELLED')),
        current_step int NOT NULL DEFAULT 0,
        decided_at timestamptz
      )`);
    // One open request per subject; also the race guard behind the service's check.
    await q.query(
      `CREATE UNIQUE INDEX approval_request_pending_uq ON approval_request (subject_type, subject_id) WHERE status = 'PENDING' AND deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX approval_request_subject_idx ON approval_request (subject_type, subject_id, created_at)`);
    await q.query(`CREATE INDEX approval_request_requester_idx ON approval_request (requester_id, created_at)`);
    // Pending requests by age. Partial (like the inbox's step indexes below): it stays the size of what is pending, not of every request ever made.
    await q.query(`CREATE INDEX approval_request_pending_idx ON approval_request (created_at) WHERE status = 'PENDING'`);
    await q.query(`
      CREATE TABLE approval_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES approval_request(id),
        index int NOT NULL CHECK (index >= 0),
        approver_kind text NOT NULL CHECK (approver_kind IN ('ROLE','DEPARTMENT_MANAGER')),
        role_code text,
        resolved_approver_ids uuid[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('WAITING','PENDING','APPROVED','REJECTED','SKIPPED')),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        comment text,
        CHECK (approver_kind = 'DEPARTMENT_MANAGER' OR role_code IS NOT NULL),
        UNIQUE (request_id, index)
      )`);
    // The inbox: pending steps by role, and by resolved approver (partial: only pending steps are looked up so).
    await q.query(`CREATE INDEX approval_step_pending_role_idx ON approval_step (role_code) WHERE status = 'PENDING'`);
    await q.query(
      `CREATE INDEX approval_step_pending_approver_idx ON approval_step USING gin (resolved_approver_ids) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE INDEX approval_step_decided_by_idx ON approval_step (decided_by) WHERE decided_by IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE approval_step`);
    await q.query(`DROP TABLE approval_request`);
    await q.query(`DROP TABLE approval_chain`);
  }
}
