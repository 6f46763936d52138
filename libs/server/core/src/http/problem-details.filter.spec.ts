import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { CoreError, CoreErrorCode, DomainError } from './domain-error';
import type { ProblemExtensions } from './problem';
import { fieldOfConstraint, ProblemDetailsFilter } from './problem-details.filter';
import { RequestValidationError } from './validation-error';

describe('ProblemDetailsFilter.toProblem', () => {
  const filter = new ProblemDetailsFilter();

  it('keeps the standard members when a domain error carries extras of the same name', () => {
    // The extras' type forbids standard members; a cast (or plain JS) could still smuggle one in.
    const stray = { status: 'APPROVED', requestId: 'x', approvalId: 'a1' } as ProblemExtensions;
    const problem = filter.toProblem(new DomainError('approval-not-pending', 409, 'Not pending', 'decided', stray));
    expect(problem.status).toBe(409);
    expect(problem.type).toBe('https://kehu.dev/problems/approval-not-pending');
    expect(problem.approvalId).toBe('a1');
  });

  it('passes a domain error\'s declared extension members through', () => {
    const problem = filter.toProblem(new CoreError(CoreErrorCode.Forbidden, 'read only', { teamAccess: 'READ' }));
    expect(problem).toEqual({ type: 'https://kehu.dev/problems/forbidden', title: 'Forbidden', status: 403, detail: 'read only', teamAccess: 'READ' });
  });

  it('maps validation, HTTP, database and unknown errors', () => {
    expect(filter.toProblem(new RequestValidationError([{ field: 'a.b', message: 'bad' }])).errors).toEqual([{ field: 'a.b', message: 'bad' }]);
    expect(filter.toProblem(new NotFoundException()).status).toBe(404);
    expect(filter.toProblem(new BadRequestException('nope')).detail).toBe('nope');
    const unique = Object.assign(new QueryFailedError('INSERT', [], new Error('dup')), { code: '23505' });
    expect(filter.toProblem(unique)).toMatchObject({ status: 409, type: 'https://kehu.dev/problems/duplicate' });
    const badUuid = Object.assign(new QueryFailedError('SELECT', [], new Error('uuid')), { code: '22P02' });
    expect(filter.toProblem(badUuid).status).toBe(400);
    expect(filter.toProblem(new CoreError(CoreErrorCode.VersionMismatch)).status).toBe(412);
    const bug = filter.toProblem(new TypeError('x is undefined'));
    expect(bug.status).toBe(500);
    expect(bug.detail).not.toContain('undefined');
  });
});

describe('fieldOfConstraint', () => {
  it('names the last plain column of the key, whatever the server language', () => {
    expect(fieldOfConstraint({ detail: 'Key (external_id)=(ERP-1) already exists.' })).toBe('externalId');
    expect(fieldOfConstraint({ detail: '键值"(type_code, code)=(industry, x)" 已经存在' })).toBe('code');
    expect(fieldOfConstraint({ detail: "Key (COALESCE(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), name)=(…, 销售部) already exists." })).toBe('name');
    expect(fieldOfConstraint({ detail: 'Key (normalized_name)=(春意空调) already exists.' })).toBe('name');
  });

  it('falls back on the constraint name by the migrations\' convention, also after a table rename', () => {
    expect(fieldOfConstraint({ table: 'customer_profile', constraint: 'customer_external_id_uq', detail: 'Key (lower(x))=(y)' })).toBe('externalId');
    expect(fieldOfConstraint({ table: 'app_user', constraint: 'app_user_username_uq' })).toBe('username');
    expect(fieldOfConstraint({ table: 'contact', constraint: 'contact_customer_id_fkey' })).toBe('customerId');
    expect(fieldOfConstraint({ table: 'role', constraint: 'pk_something' })).toBeUndefined();
    expect(fieldOfConstraint({})).toBeUndefined();
  });
});
