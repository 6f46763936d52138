import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, hasPermission, notFound, PageDto, parseSort, Principal, ProblemDetailsFilter, RequestValidationError, toPage, writeAudit } from '@kehu/server-core';
import { OrgDirectory } from '@kehu/server-permissions';
import { Brackets, DataSource, EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import { ApprovalError, ApprovalErrorCode } from './approval.exception';
import { decidedByCondition, inboxCondition, lockSubject } from './approval.repository';
import { ApprovalChainStep, FALLBACK_APPROVER_ROLE } from './approval-chains';
import { ApprovalChainsService } from './approval-chains.service';
import { ApprovalHandler, ApprovalHandlers, ApprovalSubmission } from './approval-handlers';
import { ApprovalDto, ApprovalQueryDto, ApproveDto, BatchDecisionAnswerDto, BatchDecisionDto, BatchDecisionResultDto, RejectDto, toApprovalDto } from './dto/approval.dto';
import { ApprovalRequest, ApprovalStatus } from './entities/approval-request.entity';
import { ApprovalStep, ApprovalStepStatus } from './entities/approval-step.entity';

const DECIDE = 'approval:decide';
/** The HTTP answer each failed decision of a batch would have had on its own. */
const BATCH_PROBLEMS = new ProblemDetailsFilter();
const SORTABLE = { createdAt: 'r.created_at', decidedAt: 'r.decided_at', subjectType: 'r.subject_type' };

/** Whether the principal is among the approvers of a step: resolved users, or role members now. */
export function isApproverOf(principal: Principal, step: ApprovalStep): boolean {
  if (step.resolvedApproverIds.includes(principal.userId)) return true;
  return step.approverKind === 'ROLE' && step.roleCode !== null && principal.roleCodes.includes(step.roleCode);
}

/**
 * Generic approvals (DOMAIN §3, §6): domains submit requests inside their own transaction; the
 * approvers of each step decide in turn; the final decision is applied by the domain's handler
 * in the decision's transaction.
 *
 * Approver resolution (at submission):
 * - DEPARTMENT_MANAGER: the manager of the requester's department, or of the nearest ancestor
 *   that has one (OrgDirectory.departmentManagerOf); when that manager is the requester, the
 *   next manager further up. Nobody found → the members of the `admin` role (fallback).
 * - ROLE: the role's members at decision time; when the role has no member (other than the
 *   requester) at submission, the `admin` members are added as fallback approvers.
 * The requester never decides their own request.
 */
@Injectable()
export class ApprovalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly org: OrgDirectory,
    private readonly chains: ApprovalChainsService,
    private readonly handlers: ApprovalHandlers,
  ) {}

  // ── For domain services (inside their transaction) ───────────────────────────────────

  /**
   * Opens a request for a subject, following the subject type's chain. Call inside the domain's
   * transaction. 409 `approval-already-pending` when the subject already has an open request.
   * When the handler skips every step the request is approved at once (handler called).
   */
  async submit(manager: EntityManager, input: ApprovalSubmission, principal: Principal): Promise<ApprovalRequest> {
    const handler = this.handlerFor(input.subjectType);
    await lockSubject(manager, input.subjectType, input.subjectId);
    const open = await this.pendingFor(manager, input.subjectType, input.subjectId);
    if (open) {
      throw new ApprovalError(ApprovalErrorCode.AlreadyPending, `Request ${open.id} is still awaiting approval`, { approvalId: open.id });
    }
    const chain = await this.chains.chainFor(manager, input.subjectType);
    const now = this.clock.now();
    const planned: Array<{ step: ApprovalChainStep; skip: boolean; approvers: string[] }> = [];
    for (const [index, step] of chain.steps.entries()) {
      const skip = handler.skipStep ? await handler.skipStep(manager, { ...step, index }, input) : false;
      planned.push({ step, skip, approvers: skip ? [] : await this.resolveApprovers(manager, step, principal) });
    }
    const first = planned.findIndex((p) => !p.skip);
    const request = await manager.save(
      manager.create(ApprovalRequest, {
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        subjectTitle: input.subjectTitle,
        requesterId: principal.userId,
        requesterDepartmentId: principal.departmentId,
        reason: input.reason ?? null,
        payload: input.payload ?? {},
        status: first < 0 ? ApprovalStatus.Approved : ApprovalStatus.Pending,
        currentStep: first < 0 ? planned.length - 1 : first,
        decidedAt: first < 0 ? now : null,
        createdAt: now,
        createdBy: principal.userId,
      }),
    );
    const steps = await manager.save(
      planned.map((p, index) =>
        manager.create(ApprovalStep, {
          requestId: request.id,
          index,
          approverKind: p.step.kind,
          roleCode: p.step.kind === 'ROLE' ? p.step.roleCode : null,
          resolvedApproverIds: p.approvers,
          status: p.skip ? ApprovalStepStatus.Skipped : index === first ? ApprovalStepStatus.Pending : ApprovalStepStatus.Waiting,
          decidedBy: null,
          decidedAt: null,
          comment: null,
        }),
      ),
    );
    await writeAudit(manager, {
      action: 'SUBMIT',
      entityType: 'ApprovalRequest',
      entityId: request.id,
      after: {
        subjectType: request.subjectType,
        subjectId: request.subjectId,
        reason: request.reason,
        steps: steps.map((s) => ({ index: s.index, kind: s.approverKind, roleCode: s.roleCode, approvers: s.resolvedApproverIds, status: s.status })),
      },
    });
    request.steps = steps;
    if (first < 0) await handler.onApproved(manager, request);
    return request;
  }

  /** The open request of a subject, if any (with steps). */
  async pendingFor(manager: EntityManager, subjectType: string, subjectId: string): Promise<ApprovalRequest | null> {
    const request = await manager.findOne(ApprovalRequest, {
      where: { subjectType, subjectId, status: ApprovalStatus.Pending, deletedAt: IsNull() },
    });
    if (request) request.steps = await this.stepsOf(manager, request.id);
    return request;
  }

  /**
   * Withdraws a pending request. With a principal only the requester may; with `null` the
   * domain cancels it itself (e.g. the customer went to the pool while an extension waited).
   */
  async cancel(manager: EntityManager, requestId: string, principal: Principal | null): Promise<ApprovalRequest> {
    const request = await this.lockRequest(manager, requestId);
    const steps = await this.stepsOf(manager, request.id);
    if (principal) this.assertCanSee(principal, request, steps);
    if (request.status !== ApprovalStatus.Pending) throw this.notPending(request);
    if (principal && principal.userId !== request.requesterId) throw new ApprovalError(ApprovalErrorCode.NotRequester);
    const now = this.clock.now();
    for (const step of steps) {
      if (step.status === ApprovalStepStatus.Pending || step.status === ApprovalStepStatus.Waiting) step.status = ApprovalStepStatus.Skipped;
    }
    await manager.save(steps);
    request.status = ApprovalStatus.Cancelled;
    request.decidedAt = now;
    await manager.save(request);
    await writeAudit(manager, {
      action: 'CANCEL',
      entityType: 'ApprovalRequest',
      entityId: request.id,
      after: { status: request.status, by: principal?.userId ?? 'system' },
    });
    request.steps = steps;
    await this.handlers.get(request.subjectType)?.onCancelled?.(manager, request);
    return request;
  }

  /** Requests waiting for this principal's decision (home-page reminder). */
  /**
   * Rejects a pending request on behalf of the system (no approver decided in time, e.g. a
   * protection review past `reviewTimeoutWorkingDays`): the current step is REJECTED with
   * `comment` and no decider, later steps are skipped, and the domain's `onRejected` applies it in
   * the same transaction — the same path as an approver's rejection.
   */
  async rejectBySystem(manager: EntityManager, requestId: string, comment: string): Promise<ApprovalRequest> {
    const request = await this.lockRequest(manager, requestId);
    if (request.status !== ApprovalStatus.Pending) throw this.notPending(request);
    const steps = await this.stepsOf(manager, request.id);
    const now = this.clock.now();
    for (const step of steps) {
      if (step.index === request.currentStep) {
        Object.assign(step, { status: ApprovalStepStatus.Rejected, decidedBy: null, decidedAt: now, comment });
      } else if (step.status === ApprovalStepStatus.Waiting) {
        step.status = ApprovalStepStatus.Skipped;
      }
    }
    await manager.save(steps);
    request.status = ApprovalStatus.Rejected;
    request.decidedAt = now;
    await manager.save(request);
    await writeAudit(manager, {
      action: 'REJECT',
      entityType: 'ApprovalRequest',
      entityId: request.id,
      after: { step: request.currentStep, comment, status: request.status, by: 'system' },
      actorId: null,
      actorName: 'system',
    });
    request.steps = steps;
    await this.handlerFor(request.subjectType).onRejected(manager, request);
    return request;
  }

  async pendingCountFor(principal: Principal, manager: EntityManager = this.db.manager): Promise<number> {
    const qb = manager.getRepository(ApprovalRequest).createQueryBuilder('r').where('r.deleted_at IS NULL');
    this.whereInbox(qb, principal);
    return qb.getCount();
  }

  /**
   * Every request about one subject, oldest first, with steps and comments: the approval trail a
   * domain shows on its record (the domain has checked that the caller may see the record).
   */
  async trailOf(principal: Principal, subjectTypes: string[], subjectId: string, manager: EntityManager = this.db.manager): Promise<ApprovalDto[]> {
    const requests = await manager.find(ApprovalRequest, { where: { subjectType: In(subjectTypes), subjectId, deletedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.toDtos(manager, principal, requests);
  }

  // ── HTTP use cases ───────────────────────────────────────────────────────────────────

  async list(principal: Principal, query: ApprovalQueryDto): Promise<PageDto<ApprovalDto>> {
    const qb = this.db.getRepository(ApprovalRequest).createQueryBuilder('r').where('r.deleted_at IS NULL');
    if (query.mine === 'true') {
      qb.andWhere('r.requester_id = :me', { me: principal.userId });
      if (query.status) qb.andWhere('r.status = :status', { status: query.status.toUpperCase() });
    } else if (query.status === 'pending') {
      this.whereInbox(qb, principal);
    } else if (query.status) {
      qb.andWhere('r.status = :status', { status: query.status.toUpperCase() });
      this.whereDecidedBy(qb, principal);
    } else {
      qb.andWhere(
        new Brackets((w) => {
          const decided = decidedByCondition(principal, 'me');
          w.where(decided.sql, decided.params);
          if (hasPermission(principal, DECIDE)) {
            const inbox = inboxCondition(principal);
            w.orWhere(inbox.sql, inbox.params);
          }
        }),
      );
    }
    if (query.subjectType) qb.andWhere('r.subject_type = :subjectType', { subjectType: query.subjectType });
    for (const s of parseSort(query.sort, SORTABLE, '-createdAt', 'r.id')) qb.addOrderBy(s.column, s.direction, s.direction === 'DESC' ? 'NULLS LAST' : 'NULLS FIRST');
    const [requests, total] = await qb
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toDtos(this.db.manager, principal, requests), total, query);
  }

  /** One request: visible to its requester, the approvers of any step, and deciders with ALL scope. */
  async get(principal: Principal, id: string): Promise<ApprovalDto> {
    const request = await this.db.manager.findOne(ApprovalRequest, { where: { id, deletedAt: IsNull() } });
    if (!request) throw notFound('Approval', id);
    const steps = await this.stepsOf(this.db.manager, id);
    this.assertCanSee(principal, request, steps);
    return (await this.toDtos(this.db.manager, principal, [request], new Map([[id, steps]])))[0];
  }

  async approve(principal: Principal, id: string, dto: ApproveDto): Promise<ApprovalDto> {
    await this.decide(principal, id, 'APPROVE', dto.comment || null, dto.step);
    return this.get(principal, id);
  }

  async reject(principal: Principal, id: string, dto: RejectDto): Promise<ApprovalDto> {
    await this.decide(principal, id, 'REJECT', dto.comment, dto.step);
    return this.get(principal, id);
  }

  /**
   * Decides several requests with one comment. Each is a decision of its own — authorized, applied
   * and audited exactly like a single approve/reject, in its own transaction — so one that fails
   * (decided meanwhile, not mine to decide, the domain refuses it) is answered with its problem and
   * does not undo the others. A true bug (5xx) still fails the whole call.
   */
  async decideMany(principal: Principal, dto: BatchDecisionDto): Promise<BatchDecisionAnswerDto> {
    const comment = dto.comment || null;
    if (dto.decision === 'reject' && !comment) {
      throw new RequestValidationError([{ field: 'comment', message: 'is required to reject', code: 'required' }]);
    }
    const results: BatchDecisionResultDto[] = [];
    for (const id of dto.ids) {
      try {
        const status = await this.decide(principal, id, dto.decision === 'approve' ? 'APPROVE' : 'REJECT', comment);
        results.push({ id, ok: true, status, problem: null });
      } catch (error) {
        const problem = BATCH_PROBLEMS.toProblem(error);
        if (problem.status >= 500) throw error;
        results.push({ id, ok: false, status: null, problem });
      }
    }
    const decided = results.filter((r) => r.ok).length;
    return { results, decided, failed: results.length - decided };
  }

  async cancelByRequester(principal: Principal, id: string): Promise<ApprovalDto> {
    await this.db.transaction((tx) => this.cancel(tx, id, principal));
    return this.get(principal, id);
  }

  // ── Internals ────────────────────────────────────────────────────────────────────────

  /**
   * One decision on the current step, under a row lock on the request so two approvers cannot
   * both decide it: the second waits, then finds the step decided (409). The final decision and
   * the handler's effect commit together or not at all.
   */
  private async decide(principal: Principal, id: string, decision: 'APPROVE' | 'REJECT', comment: string | null, expectedStep?: number): Promise<ApprovalStatus> {
    return this.db.transaction(async (tx) => {
      const request = await this.lockRequest(tx, id);
      const steps = await this.stepsOf(tx, id);
      this.assertCanSee(principal, request, steps);
      if (request.status !== ApprovalStatus.Pending) throw this.notPending(request);
      if (expectedStep !== undefined && expectedStep !== request.currentStep) {
        throw new ApprovalError(ApprovalErrorCode.NotPending, `Step ${expectedStep} was already decided; the request is at step ${request.currentStep}`, {
          currentStep: request.currentStep,
        });
      }
      if (request.requesterId === principal.userId) throw new ApprovalError(ApprovalErrorCode.OwnRequest);
      const current = steps.find((s) => s.index === request.currentStep);
      if (!current || current.status !== ApprovalStepStatus.Pending) throw this.notPending(request);
      if (!isApproverOf(principal, current)) {
        // An approver of an earlier step that someone else (or a parallel click) already decided.
        const stale = steps.some((s) => s.index < current.index && s.status === ApprovalStepStatus.Approved && isApproverOf(principal, s));
        if (stale) throw new ApprovalError(ApprovalErrorCode.NotPending, `Step ${current.index - 1} was already decided`, { currentStep: request.currentStep });
        throw new ApprovalError(ApprovalErrorCode.NotApprover);
      }
      const handler = this.handlerFor(request.subjectType);
      const now = this.clock.now();
      current.status = decision === 'APPROVE' ? ApprovalStepStatus.Approved : ApprovalStepStatus.Rejected;
      current.decidedBy = principal.userId;
      current.decidedAt = now;
      current.comment = comment;
      const next = decision === 'APPROVE' ? steps.find((s) => s.index > current.index && s.status === ApprovalStepStatus.Waiting) : undefined;
      if (next) {
        next.status = ApprovalStepStatus.Pending;
        request.currentStep = next.index;
      } else {
        request.status = decision === 'APPROVE' ? ApprovalStatus.Approved : ApprovalStatus.Rejected;
        request.decidedAt = now;
        // A rejection ends the request: later steps are no longer needed.
        for (const s of steps) if (s.status === ApprovalStepStatus.Waiting) s.status = ApprovalStepStatus.Skipped;
      }
      await tx.save(steps);
      await tx.save(request);
      await writeAudit(tx, {
        action: decision,
        entityType: 'ApprovalRequest',
        entityId: request.id,
        after: { step: current.index, comment, status: request.status, currentStep: request.currentStep },
      });
      if (!next) {
        request.steps = steps;
        if (decision === 'APPROVE') await handler.onApproved(tx, request);
        else await handler.onRejected(tx, request);
      }
      return request.status;
    });
  }

  private handlerFor(subjectType: string): ApprovalHandler {
    const handler = this.handlers.get(subjectType);
    if (!handler) throw new ApprovalError(ApprovalErrorCode.HandlerMissing, `No handler registered for ${subjectType}`);
    return handler;
  }

  private async lockRequest(manager: EntityManager, id: string): Promise<ApprovalRequest> {
    const request = await manager.findOne(ApprovalRequest, { where: { id, deletedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw notFound('Approval', id);
    return request;
  }

  private notPending(request: ApprovalRequest): InstanceType<typeof ApprovalError> {
    return new ApprovalError(ApprovalErrorCode.NotPending, `The request is ${request.status}`, { approvalStatus: request.status });
  }

  private stepsOf(manager: EntityManager, requestId: string): Promise<ApprovalStep[]> {
    return manager.find(ApprovalStep, { where: { requestId }, order: { index: 'ASC' } });
  }

  private async resolveApprovers(manager: EntityManager, step: ApprovalChainStep, requester: Principal): Promise<string[]> {
    if (step.kind === 'ROLE') {
      const members = (await this.org.usersWithRole(step.roleCode, manager)).filter((id) => id !== requester.userId);
      return members.length ? [] : this.fallbackApprovers(manager, requester);
    }
    if (requester.departmentId) {
      const managerId = await this.org.departmentManagerOf(requester.departmentId, manager, requester.userId);
      if (managerId) return [managerId];
    }
    return this.fallbackApprovers(manager, requester);
  }

  private async fallbackApprovers(manager: EntityManager, requester: Principal): Promise<string[]> {
    return (await this.org.usersWithRole(FALLBACK_APPROVER_ROLE, manager)).filter((id) => id !== requester.userId);
  }

  /** Pending requests whose current step the principal may decide (none without approval:decide). */
  private whereInbox<T extends object>(qb: SelectQueryBuilder<T>, principal: Principal): void {
    if (!hasPermission(principal, DECIDE)) {
      qb.andWhere('1 = 0');
      return;
    }
    const inbox = inboxCondition(principal);
    qb.andWhere(inbox.sql, inbox.params);
  }

  private whereDecidedBy<T extends object>(qb: SelectQueryBuilder<T>, principal: Principal): void {
    const decided = decidedByCondition(principal, 'decider');
    qb.andWhere(decided.sql, decided.params);
  }

  /**
   * A request the caller may not see does not exist for them, whatever they try on it: deciding or
   * cancelling it answers 404 like a missing id, not 403 or 409 with its status (no existence oracle).
   */
  private assertCanSee(principal: Principal, request: ApprovalRequest, steps: ApprovalStep[]): void {
    if (!this.canSee(principal, request, steps)) throw notFound('Approval', request.id);
  }

  private canSee(principal: Principal, request: ApprovalRequest, steps: ApprovalStep[]): boolean {
    if (request.requesterId === principal.userId) return true;
    if (hasPermission(principal, DECIDE) && principal.scopeDepartmentIds === null) return true;
    return steps.some((s) => s.decidedBy === principal.userId || isApproverOf(principal, s));
  }

  private canDecide(principal: Principal, request: ApprovalRequest, steps: ApprovalStep[]): boolean {
    if (request.status !== ApprovalStatus.Pending || request.requesterId === principal.userId || !hasPermission(principal, DECIDE)) return false;
    const current = steps.find((s) => s.index === request.currentStep);
    return !!current && current.status === ApprovalStepStatus.Pending && isApproverOf(principal, current);
  }

  private async toDtos(
    manager: EntityManager,
    principal: Principal,
    requests: ApprovalRequest[],
    loaded?: Map<string, ApprovalStep[]>,
  ): Promise<ApprovalDto[]> {
    if (!requests.length) return [];
    let stepsByRequest = loaded;
    if (!stepsByRequest) {
      stepsByRequest = new Map();
      const all = await manager.find(ApprovalStep, { where: { requestId: In(requests.map((r) => r.id)) }, order: { index: 'ASC' } });
      for (const step of all) stepsByRequest.set(step.requestId, [...(stepsByRequest.get(step.requestId) ?? []), step]);
    }
    const steps = stepsByRequest;
    const peopleIds = requests.flatMap((r) => [r.requesterId, ...(steps.get(r.id) ?? []).map((s) => s.decidedBy).filter((x): x is string => !!x)]);
    const people = await this.org.people(peopleIds, manager);
    return requests.map((r) => toApprovalDto(r, steps.get(r.id) ?? [], people, this.canDecide(principal, r, steps.get(r.id) ?? [])));
  }
}
