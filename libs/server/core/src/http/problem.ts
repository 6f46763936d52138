import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_BASE = 'https://kehu.dev/problems/';

export class FieldErrorDto {
  @ApiProperty({ example: 'items[0].quantity', description: 'Path of the offending field in the request' })
  field: string;

  @ApiProperty({ example: 'must be a positive number' })
  message: string;

  @ApiPropertyOptional({ example: 'isPositive', description: 'Machine-readable rule that failed' })
  code?: string;
}

/** The customer a `duplicate-customer` problem collides with (撞单). */
export class ProblemExistingCustomerDto {
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'Its id when the caller may see it (inside their data scope or on its team), else null',
  })
  id: string | null;

  @ApiProperty({ example: '靖江市春意空调有限公司' })
  name: string;

  @ApiProperty({ example: 'POTENTIAL', description: 'Its lifecycle status (POTENTIAL, INTENT, FORMAL, POOL, LOST)' })
  status: string;

  @ApiProperty({ nullable: true, type: String, example: '王芳', description: 'Display name of its owner; null when it is in the pool' })
  ownerName: string | null;
}

/**
 * RFC 9457 problem details, the body of every error answer. Besides the standard members, some
 * problem types carry extension members (RFC 9457 §3.2); each is declared here, optional, naming
 * the problem types (`…/problems/<code>`) that carry it. A domain error's third constructor
 * argument is typed by them (`ProblemExtensions`), so a new member must be declared here first.
 */
export class ProblemDto {
  @ApiProperty({ example: 'https://kehu.dev/problems/validation-error' })
  type: string;

  @ApiProperty({ example: 'Validation failed' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiPropertyOptional({ example: 'username: must be longer than or equal to 3 characters' })
  detail?: string;

  @ApiPropertyOptional({ example: '/api/v1/users' })
  instance?: string;

  @ApiPropertyOptional({ example: 'f3b3c0b6-1f0e-4f5e-9a53-1b3a7c1b8e2d' })
  requestId?: string;

  @ApiPropertyOptional({
    type: [FieldErrorDto],
    description:
      'The offending fields. Carried by `validation-error` (400) and by problems about one field of the request: ' +
      '`duplicate-customer`, `protection-incomplete` (what the customer lacks), `category-name-taken`, `transfer-target-invalid`, `invalid-import-file`, `import-file-too-large`, ' +
      '`username-taken`, `role-code-taken`, `unknown-permission`, `department-name-taken`, `api-key-expiry-invalid`, ' +
      '`wrong-password`, `weak-password`, `dictionary-item-code-taken`, `holiday-exists`, `unknown-role`, `grant-exceeds-own` (403); and, naming the ' +
      'column the database refused when it can, `duplicate` (409), `reference-conflict` (409) and `bad-request` (400)',
  })
  errors?: FieldErrorDto[];

  // ── Customers ────────────────────────────────────────────────────────────────────────────

  @ApiPropertyOptional({
    type: ProblemExistingCustomerDto,
    description: '`duplicate-customer` (409): the customer that already has this name or phone',
  })
  existing?: ProblemExistingCustomerDto;

  @ApiPropertyOptional({ example: 'claim', description: '`illegal-lifecycle-transition` (409): the lifecycle action refused' })
  action?: string;

  @ApiPropertyOptional({
    example: 'FORMAL',
    description:
      'The record’s current status. `illegal-lifecycle-transition` (409): the customer’s (POTENTIAL, INTENT, FORMAL, POOL, LOST); ' +
      '`churn-alert-closed` (409): the churn alert’s (CONFIRMED, RESOLVED); `contract-customer-not-signable` (409): the customer’s, which may not sign',
  })
  currentStatus?: string;

  @ApiPropertyOptional({
    example: 'POTENTIAL_PROTECTED',
    description:
      '`illegal-lifecycle-transition` (409): the customer’s lifecycle stage (POTENTIAL_PENDING, POTENTIAL_PROTECTED, ' +
      'POTENTIAL_REJECTED, INTENT, FORMAL, POOL, LOST)',
  })
  currentStage?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date-time',
    description: '`protection-expired` (409): when the customer’s protection ended (null: it had none)',
  })
  protectionUntil?: string | null;

  @ApiPropertyOptional({ type: 'integer', example: 2, description: '`extension-limit` (409): extensions used in the current stage' })
  extensionsUsed?: number;

  @ApiPropertyOptional({ type: 'integer', example: 2, description: '`extension-limit` (409): extensions allowed per stage' })
  maxExtensions?: number;

  @ApiPropertyOptional({ format: 'date-time', description: '`claim-cooldown` (409): when the caller may claim the customer again' })
  claimableAt?: string;

  @ApiPropertyOptional({ type: 'integer', example: 50, description: '`owned-customer-limit` (409): protected customers the caller (on a transfer: the new owner) owns' })
  ownedProtected?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 50,
    description: '`owned-customer-limit` (409): the most protected customers one may own',
  })
  maxOwnedCustomers?: number;

  @ApiPropertyOptional({ type: 'integer', example: 10, description: '`daily-claim-limit` (409): customers the caller claimed today' })
  claimsToday?: number;

  @ApiPropertyOptional({ type: 'integer', example: 10, description: '`daily-claim-limit` (409): the most claims per day' })
  maxDailyClaims?: number;

  // ── Access ───────────────────────────────────────────────────────────────────────────────

  @ApiPropertyOptional({
    example: 'customer:transfer',
    description: '`forbidden` (403): the permission the caller lacks',
  })
  permission?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'READ',
    description:
      '`forbidden` (403) on a write to a customer the caller sees only as a team member: their seat’s access (READ; null without a seat)',
  })
  teamAccess?: string | null;

  @ApiPropertyOptional({ format: 'date-time', description: '`account-locked` (423): when the account may log in again' })
  lockedUntil?: string;

  // ── Concurrency, settings, approvals ─────────────────────────────────────────────────────

  @ApiPropertyOptional({ type: 'integer', example: 7, description: '`version-mismatch` (412): the record’s current version' })
  currentVersion?: number;

  @ApiPropertyOptional({
    type: [String],
    example: ['12 customers'],
    description: '`dictionary-item-in-use` (409): where the dictionary item is used, one entry per domain using it',
  })
  usages?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: '`approval-already-pending` (409): the request already awaiting approval' })
  approvalId?: string;

  @ApiPropertyOptional({
    type: 'integer',
    example: 1,
    description: '`approval-not-pending` (409) when the step the caller decides was already decided: the request’s current step',
  })
  currentStep?: number;

  @ApiPropertyOptional({
    example: 'APPROVED',
    description: '`approval-not-pending` (409) when the request is no longer pending: its status (APPROVED, REJECTED, CANCELLED)',
  })
  approvalStatus?: string;
}

/** The extension members a domain error may add to its problem (never the standard ones). */
export type ProblemExtensions = Omit<ProblemDto, 'type' | 'title' | 'status' | 'detail' | 'instance' | 'requestId'>;

export function problemType(slug: string): string {
  return PROBLEM_BASE + slug;
}
