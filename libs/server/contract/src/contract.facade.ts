import { Injectable } from '@nestjs/common';
import { ApprovalService, ApprovalSubjectType } from '@kehu/server-approval';
import { Clock, type Principal, writeAudit } from '@kehu/server-core';
import type { EntityManager } from 'typeorm';
import type { ContractNumberDto } from './numbers/contract-number.dto';
import { ContractNumbersService } from './numbers/contract-numbers.service';
import { contractActionAllowed, ContractStatus, statusAfter } from './contract-rules';
import { ContractRepository } from './contract.repository';
import { Contract } from './entities/contract.entity';

/** What other parts of the product (contract creation, later) call, inside their own transaction. */
@Injectable()
export class ContractNumberFacade {
  constructor(private readonly numbers: ContractNumbersService) {}

  /** A fresh number for a contract created without a reservation; it is USED at once. */
  allocate(tx: EntityManager, principal: Principal): Promise<ContractNumberDto> {
    return this.numbers.allocate(tx, principal);
  }

  /**
   * The caller's own live reservation `number`, now USED. Another's, an unknown, a used or a lapsed
   * number is refused with a problem naming the field `number`.
   */
  consumeReservation(tx: EntityManager, number: string, principal: Principal): Promise<ContractNumberDto> {
    return this.numbers.consumeReservation(tx, number, principal);
  }

  /** The number of a draft being deleted is void from now on: recorded, never issued again. */
  voidOfDeletedDraft(tx: EntityManager, numberId: string): Promise<void> {
    return this.numbers.voidOfDeletedDraft(tx, numberId);
  }
}

/** What the receivables domain reads of a contract: the amount in force, its state and who owns it. */
export interface ContractAmountInForce {
  id: string;
  number: string;
  status: ContractStatus;
  customerId: string;
  ownerId: string;
  departmentId: string | null;
  /** The total of the revision in force (the last approved amendment's, else the original's). */
  total: string;
  /** Null until signed. */
  signingDate: string | null;
}

/** An approved amendment of an ACTIVE contract changed its amount in force. */
export interface ContractAmountChange {
  contractId: string;
  number: string;
  /** The amendment's revision number, now in force. */
  revision: number;
  previousTotal: string;
  total: string;
}

/** Called inside the approval's transaction; throwing a domain error refuses the approval (nothing is written). */
export type ContractAmountListener = (tx: EntityManager, change: ContractAmountChange) => Promise<void>;

/**
 * Where other domains hook into amendments without the contract lib knowing them (receivables
 * re-plan the unpaid instalments): listeners registered at module init, run in registration order in
 * the transaction that brings the amendment into force.
 */
@Injectable()
export class ContractAmountListeners {
  private readonly listeners: ContractAmountListener[] = [];

  register(listener: ContractAmountListener): void {
    this.listeners.push(listener);
  }

  async notify(tx: EntityManager, change: ContractAmountChange): Promise<void> {
    for (const listener of this.listeners) await listener(tx, change);
  }
}

/** A product line of the revision in force, as deliveries count against it. */
export interface ContractLineInForce {
  id: string;
  lineNo: number;
  productId: string;
  productName: string;
  unit: string;
  /** Exact decimal, three places ("2.000"). */
  quantity: string;
}

/** What other domains (receivables) call about contracts, inside their own transaction. */
@Injectable()
export class ContractFacade {
  constructor(
    private readonly repository: ContractRepository,
    private readonly approvals: ApprovalService,
    private readonly clock: Clock,
  ) {}

  /** The contract as the caller may see it (contract data scope), or null: outside the scope it does not exist. */
  async amountInForce(tx: EntityManager, principal: Principal, contractId: string): Promise<ContractAmountInForce | null> {
    const c = await this.repository.findVisible(tx, principal, contractId);
    if (!c) return null;
    return toAmountInForce(c);
  }

  /** The customer's signed contracts (ACTIVE or COMPLETED) that the caller may see (contract data scope). */
  async signedOfCustomer(tx: EntityManager, principal: Principal, customerId: string): Promise<ContractAmountInForce[]> {
    return (await this.repository.visibleOfCustomer(tx, principal, customerId, [ContractStatus.Active, ContractStatus.Completed])).map(toAmountInForce);
  }

  /**
   * Whether a file is attached to the contract (a payment's bank slip is uploaded as one of its
   * attachments, so it is downloaded with the contract's permission and data scope).
   */
  hasAttachedFile(tx: EntityManager, contractId: string, fileId: string): Promise<boolean> {
    return this.repository.hasAttachedFile(tx, contractId, fileId);
  }

  /** The product lines of the revision in force, by line number (deliveries are recorded against them). */
  async linesInForce(tx: EntityManager, contractId: string): Promise<ContractLineInForce[]> {
    const c = await tx.findOne(Contract, { where: { id: contractId }, select: { id: true, revision: true } });
    const revision = c ? await this.repository.revision(tx, c.id, c.revision) : null;
    const lines = revision ? await this.repository.lines(tx, [revision.id]) : [];
    return lines.map((l) => ({ id: l.id, lineNo: l.lineNo, productId: l.productId, productName: l.productName, unit: l.unit, quantity: l.quantity }));
  }

  /**
   * Completes an ACTIVE contract that the receivables domain found fully paid and fully accepted,
   * inside the caller's transaction (the one of the last payment confirmation or acceptance), as the
   * acting user. Pending amendments and order reviews are withdrawn, as in a manual completion.
   * False when the contract is not ACTIVE (already completed or terminated): nothing changes.
   */
  /**
   * Taken by a writer that may complete the contract (the last payment confirmation or acceptance)
   * before anything else of the contract's: an amendment's approval writes the contract row and then
   * has receivables re-plan under their balance row, so taking the contract row first keeps one
   * order, contract then balance, and the two queue instead of deadlocking.
   */
  holdForSettlement(tx: EntityManager, contractId: string): Promise<void> {
    return this.repository.holdRow(tx, contractId);
  }

  async completeSettled(tx: EntityManager, contractId: string): Promise<boolean> {
    const c = await tx.findOne(Contract, { where: { id: contractId }, lock: { mode: 'pessimistic_write' } });
    if (!c || !contractActionAllowed(c.status, 'complete')) return false;
    for (const subjectType of [ApprovalSubjectType.Contract, ApprovalSubjectType.ContractOrderReview]) {
      const open = await this.approvals.pendingFor(tx, subjectType, c.id);
      if (open) await this.approvals.cancel(tx, open.id, null);
    }
    await tx.save(Object.assign(c, { status: statusAfter('complete'), completedAt: this.clock.now() }));
    await writeAudit(tx, { action: 'COMPLETE', entityType: 'Contract', entityId: c.id, after: { status: c.status, automatic: true, reason: 'fully paid and fully accepted' } });
    return true;
  }
}

function toAmountInForce(c: Contract): ContractAmountInForce {
  return { id: c.id, number: c.number, status: c.status, customerId: c.customerId, ownerId: c.ownerId, departmentId: c.departmentId, total: c.total, signingDate: c.signingDate };
}
