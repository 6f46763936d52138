import { Body, Controller, Injectable, Module, OnModuleInit, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiProblems, Authorized, CoreError, CoreErrorCode, CurrentUser, Principal } from '@kehu/server-core';
import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { permissionsMigrations, PermissionsModule } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser } from '@kehu/server-permissions/testing';
import { IsObject, IsOptional, IsString, IsUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ApprovalHandler, ApprovalHandlers } from './approval-handlers';
import { ApprovalModule } from './approval.module';
import { ApprovalService } from './approvals.service';
import { ApprovalRequest } from './entities/approval-request.entity';
import { approvalMigrations } from './migrations';

const TWO_STEP = 'test.two-step';

/** A stand-in domain: its records live in `test_subject`, its handler applies decisions there. */
class RecordingHandler implements ApprovalHandler {
  readonly subjectType = TWO_STEP;

  async onApproved(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    if (request.payload['failOnApprove']) throw new CoreError(CoreErrorCode.InvalidState, 'The subject can no longer be approved');
    await manager.query(
      `UPDATE test_subject SET state = 'APPROVED', effects = effects + 1, decided_txid = (txid_current() % 4294967296)::text WHERE id = $1`,
      [request.subjectId],
    );
  }

  async onRejected(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    const reason = request.steps?.find((s) => s.status === 'REJECTED')?.comment ?? null;
    await manager.query(`UPDATE test_subject SET state = 'REJECTED', effects = effects + 1, reason = $2 WHERE id = $1`, [request.subjectId, reason]);
  }

  async onCancelled(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    await manager.query(`UPDATE test_subject SET state = 'CANCELLED' WHERE id = $1`, [request.subjectId]);
  }
}

class SubmitTestDto {
  @ApiProperty() @IsString() title: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() subjectId?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) @IsOptional() @IsObject() payload?: Record<string, unknown>;
}

class SubmittedTestDto {
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty({ format: 'uuid' }) approvalId: string;
}

@Controller('test-subjects')
class TestSubjectsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly approvals: ApprovalService,
  ) {}

  /** What a domain use case does: write its record and submit the approval in one transaction. */
  @Post()
  @Authorized()
  @ApiCreatedResponse({ type: SubmittedTestDto })
  @ApiProblems(409)
  submit(@CurrentUser() me: Principal, @Body() dto: SubmitTestDto): Promise<{ subjectId: string; approvalId: string }> {
    return this.db.transaction(async (tx) => {
      const subjectId = dto.subjectId ?? randomUUID();
      await tx.query(`INSERT INTO test_subject (id, title, state) VALUES ($1, $2, 'PENDING') ON CONFLICT (id) DO NOTHING`, [subjectId, dto.title]);
      const request = await this.approvals.submit(tx, { subjectType: TWO_STEP, subjectId, subjectTitle: dto.title, reason: 'please', payload: dto.payload }, me);
      return { subjectId, approvalId: request.id };
    });
  }
}

@Injectable()
class TestDomainRegistration implements OnModuleInit {
  constructor(private readonly handlers: ApprovalHandlers) {}
  onModuleInit(): void {
    this.handlers.register(new RecordingHandler());
  }
}

@Module({ imports: [ApprovalModule], controllers: [TestSubjectsController], providers: [TestDomainRegistration] })
class TestDomainModule {}

describe('approvals', () => {
  let t: TestApp;
  let admin: string;
  const users: Record<string, { id: string; token: string }> = {};
  const as = (name: string) => ({ type: 'bearer' as const, token: users[name].token });

  const get = (name: string, url: string) => t.http.get(url).auth(as(name).token, { type: 'bearer' });
  const post = (name: string, url: string, body?: object) => {
    const req = t.http.post(url).auth(as(name).token, { type: 'bearer' });
    return body ? req.send(body) : req;
  };
  const submit = async (name: string, body: { title: string; subjectId?: string; payload?: object }) => {
    const res = await post(name, '/api/v1/test-subjects', body);
    if (res.status !== 201) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { subjectId: string; approvalId: string };
  };
  const inboxIds = async (name: string) =>
    ((await get(name, '/api/v1/approvals?status=pending')).body.items as Array<{ id: string }>).map((i) => i.id);
  const subject = async (id: string) => (await t.db.query(`SELECT * FROM test_subject WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, ApprovalModule, TestDomainModule],
      migrations: [...permissionsMigrations, ...approvalMigrations],
    });
    await t.db.query(
      `CREATE TABLE test_subject (id uuid PRIMARY KEY, title text NOT NULL, state text NOT NULL, effects int NOT NULL DEFAULT 0, reason text, decided_txid text)`,
    );
    admin = await adminToken(t);
    const sales = await createDepartment(t, admin, '销售一部');
    users['mgr'] = await createUser(t, admin, { username: 'mgr', displayName: '李经理', roles: ['sales_manager'], departmentId: sales });
    users['rep1'] = await createUser(t, admin, { username: 'rep1', displayName: '张伟', roles: ['sales_rep'], departmentId: sales });
    users['rep2'] = await createUser(t, admin, { username: 'rep2', roles: ['sales_rep'], departmentId: sales });
    users['fin1'] = await createUser(t, admin, { username: 'fin1', displayName: '周强', roles: ['finance'] });
    users['fin2'] = await createUser(t, admin, { username: 'fin2', roles: ['finance'] });
    users['rev'] = await createUser(t, admin, { username: 'rev', roles: ['reviewer'] });
    users['exec'] = await createUser(t, admin, { username: 'exec', roles: ['executive'] });
    await t.http.patch(`/api/v1/departments/${sales}`).auth(admin, { type: 'bearer' }).send({ managerId: users['mgr'].id }).expect(200);
    const chain = await t.http
      .put(`/api/v1/approval-chains/${TWO_STEP}`)
      .auth(admin, { type: 'bearer' })
      .send({ name: '测试审批', steps: [{ kind: 'DEPARTMENT_MANAGER' }, { kind: 'ROLE', roleCode: 'finance' }] });
    expect(chain.status).toBe(200);
  });
  afterAll(() => t.close());

  describe('chains', () => {
    it('seeds the default chains', async () => {
      const res = await t.http.get('/api/v1/approval-chains').auth(admin, { type: 'bearer' });
      expect(res.status).toBe(200);
      const byType = Object.fromEntries(res.body.map((c: { subjectType: string; steps: unknown }) => [c.subjectType, c.steps]));
      expect(byType['customer.protection']).toEqual([{ kind: 'ROLE', roleCode: 'reviewer' }]);
      expect(byType['customer.intent']).toEqual([{ kind: 'DEPARTMENT_MANAGER', roleCode: null }]);
      expect(byType['customer.extension']).toEqual([{ kind: 'DEPARTMENT_MANAGER', roleCode: null }]);
      expect(byType['contract']).toEqual([{ kind: 'DEPARTMENT_MANAGER', roleCode: null }, { kind: 'ROLE', roleCode: 'finance' }, { kind: 'ROLE', roleCode: 'executive' }]);
      expect(byType['customer.terms-change']).toEqual([{ kind: 'DEPARTMENT_MANAGER', roleCode: null }, { kind: 'ROLE', roleCode: 'finance' }]);
      expect(res.body.find((c: { subjectType: string }) => c.subjectType === TWO_STEP)).toMatchObject({ name: '测试审批', handled: true, version: 1 });
    });

    it('validates chain edits: role codes must exist, ROLE steps need one, unknown subject types are 404', async () => {
      const unknownRole = await t.http
        .put('/api/v1/approval-chains/contract')
        .auth(admin, { type: 'bearer' })
        .send({ steps: [{ kind: 'DEPARTMENT_MANAGER' }, { kind: 'ROLE', roleCode: 'cfo' }] });
      expect(unknownRole.status).toBe(400);
      expect(unknownRole.body.errors[0].field).toBe('steps[1].roleCode');
      const missingRole = await t.http.put('/api/v1/approval-chains/contract').auth(admin, { type: 'bearer' }).send({ steps: [{ kind: 'ROLE' }] });
      expect(missingRole.status).toBe(400);
      expect(missingRole.body.errors[0].field).toBe('steps[0].roleCode');
      const empty = await t.http.put('/api/v1/approval-chains/contract').auth(admin, { type: 'bearer' }).send({ steps: [] });
      expect(empty.status).toBe(400);
      expect(empty.body.errors[0].field).toBe('steps');
      expect(
        (await t.http.put('/api/v1/approval-chains/no.such-type').auth(admin, { type: 'bearer' }).send({ steps: [{ kind: 'DEPARTMENT_MANAGER' }] })).status,
      ).toBe(404);
      expect((await t.http.put('/api/v1/approval-chains/contract').auth(as('mgr').token, { type: 'bearer' }).send({ steps: [{ kind: 'DEPARTMENT_MANAGER' }] })).status).toBe(403);
      const ok = await t.http
        .put('/api/v1/approval-chains/contract')
        .auth(admin, { type: 'bearer' })
        .set('If-Match', 'W/"1"')
        .send({ steps: [{ kind: 'DEPARTMENT_MANAGER' }, { kind: 'ROLE', roleCode: 'executive' }] });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ version: 2, steps: [{ kind: 'DEPARTMENT_MANAGER' }, { kind: 'ROLE', roleCode: 'executive' }] });
    });
  });

  it('routes a two-step request: manager inbox only, then finance inbox, then the handler once in the same transaction', async () => {
    const { subjectId, approvalId } = await submit('rep1', { title: '春意空调 合同' });

    expect(await inboxIds('mgr')).toEqual([approvalId]);
    for (const other of ['fin1', 'rev', 'exec', 'rep2']) expect(await inboxIds(other)).toEqual([]);
    expect(await inboxIds('rep1')).toEqual([]);
    expect((await get('mgr', '/api/v1/approvals/pending-count')).body).toEqual({ count: 1 });

    const detail = await get('rep1', `/api/v1/approvals/${approvalId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      subjectType: TWO_STEP,
      subjectId,
      subjectTitle: '春意空调 合同',
      requesterId: users['rep1'].id,
      requesterName: '张伟',
      reason: 'please',
      status: 'PENDING',
      currentStep: 0,
      canDecide: false,
      decidedAt: null,
      steps: [
        { index: 0, approverKind: 'DEPARTMENT_MANAGER', roleCode: null, status: 'PENDING', decidedBy: null, decidedByName: null, decidedAt: null, comment: null },
        { index: 1, approverKind: 'ROLE', roleCode: 'finance', status: 'WAITING', decidedBy: null, decidedByName: null, decidedAt: null, comment: null },
      ],
    });
    expect(detail.body.createdAt).toBe(t.clock.now().toISOString());
    // Visible to approvers of a later step and to deciders with ALL scope; hidden from others.
    expect((await get('fin1', `/api/v1/approvals/${approvalId}`)).status).toBe(200);
    expect((await get('exec', `/api/v1/approvals/${approvalId}`)).status).toBe(200);
    expect((await get('rep2', `/api/v1/approvals/${approvalId}`)).status).toBe(404);

    // Finance is not the approver of step 0.
    const early = await post('fin1', `/api/v1/approvals/${approvalId}/approve`);
    expect(early.status).toBe(403);
    expect(early.body.type).toBe('https://kehu.dev/problems/not-approver');

    t.clock.advanceMinutes(5);
    const first = await post('mgr', `/api/v1/approvals/${approvalId}/approve`, { comment: '同意' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'PENDING', currentStep: 1 });
    expect(first.body.steps[0]).toMatchObject({ status: 'APPROVED', decidedBy: users['mgr'].id, decidedByName: '李经理', comment: '同意', decidedAt: t.clock.now().toISOString() });
    expect(first.body.steps[1].status).toBe('PENDING');
    expect((await subject(subjectId)).effects).toBe(0);

    expect(await inboxIds('mgr')).toEqual([]);
    expect(await inboxIds('fin1')).toEqual([approvalId]);
    expect(await inboxIds('fin2')).toEqual([approvalId]);
    expect((await get('fin1', `/api/v1/approvals/${approvalId}`)).body.canDecide).toBe(true);

    const last = await post('fin1', `/api/v1/approvals/${approvalId}/approve`, { step: 1 });
    expect(last.status).toBe(200);
    expect(last.body).toMatchObject({ status: 'APPROVED', currentStep: 1, decidedAt: t.clock.now().toISOString() });
    expect(last.body.steps[1]).toMatchObject({ status: 'APPROVED', decidedByName: '周强', comment: null });

    const effect = await subject(subjectId);
    expect(effect).toMatchObject({ state: 'APPROVED', effects: 1 });
    // The handler ran in the transaction that wrote the final decision.
    const [{ xmin }] = await t.db.query(`SELECT xmin::text AS xmin FROM approval_request WHERE id = $1`, [approvalId]);
    expect(effect.decided_txid).toBe(xmin);

    expect(await inboxIds('fin1')).toEqual([]);
    const again = await post('fin2', `/api/v1/approvals/${approvalId}/approve`);
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('https://kehu.dev/problems/approval-not-pending');

    const mine = await get('rep1', '/api/v1/approvals?mine=true');
    expect(mine.body).toMatchObject({ total: 1, items: [{ id: approvalId, status: 'APPROVED' }] });
    const decided = await get('fin1', '/api/v1/approvals?status=approved');
    expect(decided.body.items.map((i: { id: string }) => i.id)).toEqual([approvalId]);

    const audit = await t.db.query(
      `SELECT action, actor_name FROM audit_log WHERE entity_type = 'ApprovalRequest' AND entity_id = $1 AND action IN ('SUBMIT', 'APPROVE', 'REJECT') ORDER BY id`,
      [approvalId],
    );
    expect(audit).toEqual([
      { action: 'SUBMIT', actor_name: 'rep1' },
      { action: 'APPROVE', actor_name: 'mgr' },
      { action: 'APPROVE', actor_name: 'fin1' },
    ]);
  });

  it('allows one open request per subject', async () => {
    const { subjectId } = await submit('rep1', { title: 'one at a time' });
    const second = await post('rep1', '/api/v1/test-subjects', { title: 'one at a time', subjectId });
    expect(second.status).toBe(409);
    expect(second.body.type).toBe('https://kehu.dev/problems/approval-already-pending');
  });

  it('requires a comment to reject, and applies the rejection with the reason', async () => {
    const { subjectId, approvalId } = await submit('rep1', { title: 'to reject' });
    // No comment breaks the document; a blank one it cannot express, the server trims and refuses it.
    for (const res of [
      await violatesContract(post('mgr', `/api/v1/approvals/${approvalId}/reject`, {})),
      await post('mgr', `/api/v1/approvals/${approvalId}/reject`, { comment: '   ' }),
    ]) {
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('comment');
    }
    const rejected = await post('mgr', `/api/v1/approvals/${approvalId}/reject`, { comment: '联系人信息不完整' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'REJECTED', currentStep: 0 });
    expect(rejected.body.steps.map((s: { status: string }) => s.status)).toEqual(['REJECTED', 'SKIPPED']);
    expect(await subject(subjectId)).toMatchObject({ state: 'REJECTED', effects: 1, reason: '联系人信息不完整' });
    expect(await inboxIds('fin1')).not.toContain(approvalId);
  });

  it('never lets the requester decide their own request (the manager falls back to the admins)', async () => {
    const { approvalId } = await submit('mgr', { title: "manager's own" });
    expect(await inboxIds('mgr')).toEqual(expect.not.arrayContaining([approvalId]));
    const own = await post('mgr', `/api/v1/approvals/${approvalId}/approve`);
    expect(own.status).toBe(403);
    expect(own.body.type).toBe('https://kehu.dev/problems/approval-own-request');
    // Nobody manages a department above 销售一部, so the admins approve the manager step.
    expect(await t.http.get('/api/v1/approvals?status=pending').auth(admin, { type: 'bearer' }).then((r) => r.body.items.map((i: { id: string }) => i.id))).toContain(
      approvalId,
    );
    expect((await t.http.post(`/api/v1/approvals/${approvalId}/approve`).auth(admin, { type: 'bearer' }).send({})).status).toBe(200);
  });

  it('refuses users without approval:decide (403) and malformed ids (400 naming id)', async () => {
    const { approvalId } = await submit('rep1', { title: 'permissions' });
    const rep = await post('rep2', `/api/v1/approvals/${approvalId}/approve`);
    expect(rep.status).toBe(403);
    expect(rep.body.type).toBe('https://kehu.dev/problems/forbidden');
    for (const res of [
      await post('mgr', '/api/v1/approvals/not-a-uuid/approve'),
      await post('mgr', '/api/v1/approvals/42/reject', { comment: 'x' }),
      await get('mgr', '/api/v1/approvals/nope'),
    ]) {
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('id');
    }
    expect((await post('mgr', `/api/v1/approvals/${randomUUID()}/approve`)).status).toBe(404);
    const badQuery = await violatesContract(get('mgr', '/api/v1/approvals?status=maybe'));
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.errors[0].field).toBe('status');
  });

  it('lets exactly one of two simultaneous approvals of a step win', async () => {
    const { subjectId, approvalId } = await submit('rep1', { title: 'race' });
    // The same manager double-clicking step 0.
    const doubleClick = await Promise.all([
      post('mgr', `/api/v1/approvals/${approvalId}/approve`),
      post('mgr', `/api/v1/approvals/${approvalId}/approve`),
    ]);
    expect(doubleClick.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(doubleClick.find((r) => r.status === 409)?.body.type).toBe('https://kehu.dev/problems/approval-not-pending');
    // Two finance users deciding step 1 at the same moment.
    const race = await Promise.all([
      post('fin1', `/api/v1/approvals/${approvalId}/approve`),
      post('fin2', `/api/v1/approvals/${approvalId}/approve`),
    ]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(race.find((r) => r.status === 409)?.body.type).toBe('https://kehu.dev/problems/approval-not-pending');
    expect(await subject(subjectId)).toMatchObject({ state: 'APPROVED', effects: 1 });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'APPROVE'`, [approvalId]);
    expect(n).toBe(2);
  });

  it('rolls the decision back when the handler throws', async () => {
    const { subjectId, approvalId } = await submit('rep1', { title: 'doomed', payload: { failOnApprove: true } });
    expect((await post('mgr', `/api/v1/approvals/${approvalId}/approve`)).status).toBe(200);
    const failed = await post('fin1', `/api/v1/approvals/${approvalId}/approve`, { comment: 'ok' });
    expect(failed.status).toBe(409);
    expect(failed.body.type).toBe('https://kehu.dev/problems/invalid-state');
    const after = await get('fin1', `/api/v1/approvals/${approvalId}`);
    expect(after.body).toMatchObject({ status: 'PENDING', currentStep: 1, decidedAt: null, canDecide: true });
    expect(after.body.steps[1]).toMatchObject({ status: 'PENDING', decidedBy: null, comment: null });
    expect(await subject(subjectId)).toMatchObject({ state: 'PENDING', effects: 0 });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'APPROVE'`, [approvalId]);
    expect(n).toBe(1);
    expect(await inboxIds('fin1')).toContain(approvalId);
  });

  it('lets only the requester cancel a pending request', async () => {
    const { subjectId, approvalId } = await submit('rep1', { title: 'withdrawn' });
    // rep2 cannot see rep1's request: to rep2 it does not exist (404, not 403).
    const other = await post('rep2', `/api/v1/approvals/${approvalId}/cancel`);
    expect(other.status).toBe(404);
    expect(other.body.type).toBe('https://kehu.dev/problems/not-found');
    const cancelled = await post('rep1', `/api/v1/approvals/${approvalId}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    expect(cancelled.body.steps.map((s: { status: string }) => s.status)).toEqual(['SKIPPED', 'SKIPPED']);
    expect((await subject(subjectId)).state).toBe('CANCELLED');
    expect(await inboxIds('mgr')).not.toContain(approvalId);
    expect((await post('mgr', `/api/v1/approvals/${approvalId}/approve`)).status).toBe(409);
    // A new request for the subject may follow.
    await submit('rep1', { title: 'withdrawn', subjectId });
  });

  it('decides a batch with one comment: each decision authorized, applied and audited on its own, answered per item', async () => {
    const a = await submit('rep1', { title: '批量 A' });
    const b = await submit('rep2', { title: '批量 B' });
    const moved = await submit('rep1', { title: '批量 已审' });
    await post('mgr', `/api/v1/approvals/${moved.approvalId}/approve`, {}).expect(200);
    const missing = randomUUID();

    const first = await post('mgr', '/api/v1/approvals/decisions', { ids: [a.approvalId, b.approvalId, moved.approvalId, missing], decision: 'approve', comment: ' 同意 ' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ decided: 2, failed: 2 });
    expect(first.body.results.map((r: { id: string; ok: boolean; status: string | null; problem: { status: number; type: string } | null }) => [r.id, r.ok, r.status, r.problem?.status ?? null, r.problem?.type.split('/').pop() ?? null])).toEqual([
      [a.approvalId, true, 'PENDING', null, null],
      [b.approvalId, true, 'PENDING', null, null],
      [moved.approvalId, false, null, 409, 'approval-not-pending'],
      [missing, false, null, 404, 'not-found'],
    ]);
    // The first step of each is decided with the one comment; the requests wait for finance now.
    const detail = await get('rep1', `/api/v1/approvals/${a.approvalId}`);
    expect(detail.body.steps[0]).toMatchObject({ status: 'APPROVED', decidedBy: users['mgr'].id, comment: '同意' });
    const audits = await t.db.query(
      `SELECT entity_id, actor_id FROM audit_log WHERE action = 'APPROVE' AND entity_id = ANY($1::text[]) ORDER BY entity_id`,
      [[a.approvalId, b.approvalId]],
    );
    expect(audits).toHaveLength(2);
    expect(audits.every((r: { actor_id: string }) => r.actor_id === users['mgr'].id)).toBe(true);

    // A rejection needs the reason; a decider who is not an approver of a step is refused for that one only.
    const noReason = await violatesContract(t.http.post('/api/v1/approvals/decisions'))
      .auth(as('fin1').token, { type: 'bearer' })
      .send({ ids: [a.approvalId], decision: 'reject', comment: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toEqual(['comment']);
    const fresh = await submit('rep1', { title: '批量 经理未审' });
    const second = await post('fin1', '/api/v1/approvals/decisions', { ids: [a.approvalId, b.approvalId, fresh.approvalId], decision: 'reject', comment: '预算不足' });
    expect(second.status).toBe(200);
    expect(second.body.results.map((r: { ok: boolean; status: string | null; problem: { type: string } | null }) => [r.ok, r.status, r.problem?.type.split('/').pop() ?? null])).toEqual([
      [true, 'REJECTED', null],
      [true, 'REJECTED', null],
      [false, null, 'not-approver'],
    ]);
    expect(await subject(a.subjectId)).toMatchObject({ state: 'REJECTED', effects: 1, reason: '预算不足' });
    expect(await subject(b.subjectId)).toMatchObject({ state: 'REJECTED', effects: 1, reason: '预算不足' });
    expect(await subject(fresh.subjectId)).toMatchObject({ state: 'PENDING', effects: 0 });

    // Reps may not decide at all; the list is validated before anything is decided.
    expect((await post('rep2', '/api/v1/approvals/decisions', { ids: [fresh.approvalId], decision: 'approve' })).status).toBe(403);
    const bad = await violatesContract(t.http.post('/api/v1/approvals/decisions'))
      .auth(as('mgr').token, { type: 'bearer' })
      .send({ ids: ['nope'], decision: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['decision', 'ids']);
    expect((await get('mgr', `/api/v1/approvals/${fresh.approvalId}`)).body.status).toBe('PENDING');
  });

  it('pages and filters lists', async () => {
    const all = await get('rep1', '/api/v1/approvals?mine=true&pageSize=2&sort=-createdAt');
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThan(2);
    const pending = await get('rep1', '/api/v1/approvals?mine=true&status=pending&subjectType=test.two-step');
    expect(pending.body.items.every((i: { status: string }) => i.status === 'PENDING')).toBe(true);
    expect((await get('rep1', '/api/v1/approvals?mine=true&subjectType=contract')).body.total).toBe(0);
    const count = (await get('mgr', '/api/v1/approvals/pending-count')).body.count;
    expect(count).toBe((await inboxIds('mgr')).length);
    expect(await t.app.get(ApprovalService).pendingCountFor({ ...principalOf(users['rep2'].id), permissions: new Set() })).toBe(0);
  });
});

function principalOf(userId: string): Principal {
  return {
    kind: 'user',
    userId,
    username: 'x',
    displayName: 'x',
    departmentId: null,
    roleCodes: ['sales_rep'],
    permissions: new Set(['approval:decide']),
    dataScope: 'SELF' as Principal['dataScope'],
    scopeDepartmentIds: [],
  };
}
