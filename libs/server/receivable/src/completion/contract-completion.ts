import { Injectable } from '@nestjs/common';
import { ContractFacade, ContractStatus } from '@kehu/server-contract';
import { money, Principal } from '@kehu/server-core';
import type { EntityManager } from 'typeorm';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';
import { fullyAccepted, LineProgress, lineProgress } from '../deliveries/delivery-rules';
import { ReceivableRepository } from '../receivable.repository';

/**
 * The completion rule (issue 22 item 5): a contract is COMPLETED when it is fully paid (its confirmed
 * payments, net of reversals, reach the amount in force) AND fully accepted (every line in force
 * accepted in full). Pure, so both halves are tested without a database.
 */
export function isSettled(amountInForce: string, received: string, progress: readonly LineProgress[]): boolean {
  return money.parse(received).gte(amountInForce) && fullyAccepted(progress);
}

/**
 * Applies the completion rule in the transaction of the event that may settle a contract: a payment's
 * confirmation or a delivery's acceptance. Both callers hold the contract's balance row (when it has
 * one) before they call, so the last payment and the last acceptance never pass each other unseen:
 * whichever commits second sees the other and completes the contract.
 *
 * A reversal afterwards does not reopen a COMPLETED contract: completion is the record that the
 * goods were accepted and the money was in; a bounced payment shows again as outstanding in the
 * receivable figures (derived from the ledger) and is chased there (see docs/receivables.md).
 */
@Injectable()
export class ContractCompletion {
  constructor(
    private readonly contracts: ContractFacade,
    private readonly receivables: ReceivableRepository,
    private readonly deliveries: DeliveriesRepository,
  ) {}

  /**
   * Called first by an event that may settle the contract, before the balance row: completing writes
   * the contract row, and an amendment's approval writes it before re-planning under the balance
   * row, so both take the contract first and queue instead of deadlocking.
   */
  holdContract(tx: EntityManager, contractId: string): Promise<void> {
    return this.contracts.holdForSettlement(tx, contractId);
  }

  /** Completes the contract, as `principal`, when the event just written settled it. True when it did. */
  async completeIfSettled(tx: EntityManager, principal: Principal, contractId: string): Promise<boolean> {
    const contract = await this.contracts.amountInForce(tx, principal, contractId);
    if (!contract || contract.status !== ContractStatus.Active) return false;
    const { received } = await this.receivables.totals(tx, contractId);
    if (money.parse(received).lt(contract.total)) return false;
    const progress = lineProgress(await this.contracts.linesInForce(tx, contractId), await this.deliveries.quantities(tx, contractId));
    if (!isSettled(contract.total, received, progress)) return false;
    return this.contracts.completeSettled(tx, contractId);
  }
}
