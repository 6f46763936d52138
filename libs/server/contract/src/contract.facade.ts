import { Injectable } from '@nestjs/common';
import type { Principal } from '@kehu/server-core';
import type { EntityManager } from 'typeorm';
import type { ContractNumberDto } from './numbers/contract-number.dto';
import { ContractNumbersService } from './numbers/contract-numbers.service';
import { ContractStatus } from './contract-rules';
import { ContractRepository } from './contract.repository';
import type { Contract } from './entities/contract.entity';

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

/** What other domains (receivables) call about contracts, inside their own transaction. */
@Injectable()
export class ContractFacade {
  constructor(private readonly repository: ContractRepository) {}

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
}

function toAmountInForce(c: Contract): ContractAmountInForce {
  return { id: c.id, number: c.number, status: c.status, customerId: c.customerId, ownerId: c.ownerId, departmentId: c.departmentId, total: c.total, signingDate: c.signingDate };
}
