import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContractAmountInForce, ContractFacade, ContractLineInForce } from '@kehu/server-contract';
import { notFound, Principal, RequestValidationError } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { ContractCompletion } from '../completion/contract-completion';
import { Delivery } from '../entities/delivery.entity';
import { ReceivablePlansService } from '../plans/receivable-plans.service';
import { ReceivableError, ReceivableErrorCode } from '../receivable.exception';
import { ReceivableRepository } from '../receivable.repository';
import { DeliveriesRepository } from './deliveries.repository';
import { ContractDeliveriesDto, DeliveryDto, DeliveryStepDto, RecordDeliveryDto, ShipDeliveryDto, toDeliveryDto, toLineProgressDto } from './delivery.dto';
import { DELIVERABLE_CONTRACT_STATUSES, DeliveryAction, deliveryStatusAfter, DeliveryStatus, fullyAccepted, lineProgress, overDeliveryProblem, stepDateProblem } from './delivery-rules';

/**
 * Deliveries 交付 of contract lines: recorded PLANNED, then shipped, delivered and accepted by the
 * customer. The data scope is the contract's (outside it a delivery does not exist). Writes on one
 * contract are serialised (its balance row, then a per-contract delivery lock), so concurrent
 * deliveries never take a line past what was ordered; the last acceptance of a fully paid contract
 * completes it in the same transaction.
 */
@Injectable()
export class DeliveriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contracts: ContractFacade,
    private readonly plans: ReceivablePlansService,
    private readonly receivables: ReceivableRepository,
    private readonly repository: DeliveriesRepository,
    private readonly completion: ContractCompletion,
  ) {}

  async list(principal: Principal, contractId: string): Promise<ContractDeliveriesDto> {
    return this.db.transaction('REPEATABLE READ', async (tx) => this.deliveriesOf(tx, await this.visibleContract(tx, principal, contractId)));
  }

  async record(principal: Principal, contractId: string, dto: RecordDeliveryDto): Promise<DeliveryDto> {
    return this.db.transaction(async (tx) => {
      const contract = await this.visibleContract(tx, principal, contractId);
      assertActive(contract);
      await this.lock(tx, contract.id);
      const lines = await this.contracts.linesInForce(tx, contract.id);
      const line = lines.find((l) => l.id === dto.lineId);
      if (!line) throw new RequestValidationError([{ field: 'lineId', message: 'is not a line of the contract’s revision in force', code: 'unknown' }]);
      const [progress] = lineProgress([line], await this.repository.quantities(tx, contract.id));
      const problem = overDeliveryProblem(progress, dto.quantity);
      if (problem) throw new ReceivableError(ReceivableErrorCode.DeliveryExceedsOrdered, problem.message, { errors: [problem] });
      const saved = await tx.save(
        tx.create(Delivery, {
          contractId: contract.id,
          lineId: line.id,
          lineNo: line.lineNo,
          productId: line.productId,
          quantity: dto.quantity,
          status: DeliveryStatus.Planned,
          plannedOn: dto.plannedOn ?? null,
          shippedOn: null,
          deliveredOn: null,
          acceptedOn: null,
          carrier: dto.carrier ?? null,
          trackingNote: dto.trackingNote ?? null,
          note: dto.note ?? null,
          createdBy: principal.userId,
        }),
      );
      return toDeliveryDto((await this.repository.find(tx, saved.id))!);
    });
  }

  ship(principal: Principal, id: string, dto: ShipDeliveryDto): Promise<DeliveryDto> {
    return this.step(principal, id, 'ship', dto.date, (d, date) => {
      Object.assign(d, { shippedOn: date });
      if (dto.carrier !== undefined) d.carrier = dto.carrier;
      if (dto.trackingNote !== undefined) d.trackingNote = dto.trackingNote;
    });
  }

  deliver(principal: Principal, id: string, dto: DeliveryStepDto): Promise<DeliveryDto> {
    return this.step(principal, id, 'deliver', dto.date, (d, date) => Object.assign(d, { deliveredOn: date }));
  }

  /** The customer accepted the goods 验收; when this settles the contract (fully paid, every line accepted), it is COMPLETED in the same transaction. */
  accept(principal: Principal, id: string, dto: DeliveryStepDto): Promise<DeliveryDto> {
    return this.step(principal, id, 'accept', dto.date, (d, date) => Object.assign(d, { acceptedOn: date }));
  }

  cancel(principal: Principal, id: string): Promise<DeliveryDto> {
    return this.step(principal, id, 'cancel', undefined, () => undefined);
  }

  private async step(principal: Principal, id: string, action: DeliveryAction, date: string | undefined, apply: (d: Delivery, date: string) => void): Promise<DeliveryDto> {
    return this.db.transaction(async (tx) => {
      const seen = await this.repository.find(tx, id);
      const contract = seen ? await this.contracts.amountInForce(tx, principal, seen.contractId) : null;
      if (!seen || !contract) throw notFound('Delivery', id);
      assertActive(contract);
      // An acceptance may complete the contract: its row first, then the balance (ContractCompletion).
      if (action === 'accept') await this.completion.holdContract(tx, contract.id);
      await this.lock(tx, contract.id);
      const delivery = (await this.repository.find(tx, id, true))!;
      const next = deliveryStatusAfter(delivery.status, action);
      if (!next) {
        throw new ReceivableError(ReceivableErrorCode.DeliveryStateConflict, `The delivery is ${delivery.status}; it cannot be ${action === 'ship' ? 'shipped' : `${action}ed`}`, {
          currentStatus: delivery.status,
          action,
        });
      }
      const today = await this.plans.today(tx);
      const on = date ?? today;
      const previous = action === 'deliver' ? delivery.shippedOn : action === 'accept' ? delivery.deliveredOn : null;
      const problem = action === 'cancel' ? null : stepDateProblem(on, today, previous);
      if (problem) throw new RequestValidationError([problem]);
      apply(delivery, on);
      delivery.status = next;
      await tx.save(delivery);
      if (action === 'accept') await this.completion.completeIfSettled(tx, principal, contract.id);
      return toDeliveryDto((await this.repository.find(tx, id))!);
    });
  }

  /** The contract's balance row first (if it has a plan), as payments take it, then the delivery lock. */
  private async lock(tx: EntityManager, contractId: string): Promise<void> {
    await this.receivables.lockAccount(tx, contractId);
    await this.repository.lockContractDeliveries(tx, contractId);
  }

  private async visibleContract(tx: EntityManager, principal: Principal, contractId: string): Promise<ContractAmountInForce> {
    const contract = await this.contracts.amountInForce(tx, principal, contractId);
    if (!contract) throw notFound('Contract', contractId);
    return contract;
  }

  private async deliveriesOf(tx: EntityManager, contract: ContractAmountInForce): Promise<ContractDeliveriesDto> {
    const lines: ContractLineInForce[] = await this.contracts.linesInForce(tx, contract.id);
    const deliveries = await this.repository.list(tx, contract.id);
    const progress = lineProgress(lines, deliveries);
    return {
      contractId: contract.id,
      contractStatus: contract.status,
      fullyAccepted: fullyAccepted(progress),
      lines: progress.map((p, i) => toLineProgressDto(p, lines[i])),
      deliveries: deliveries.map(toDeliveryDto),
    };
  }
}

function assertActive(contract: ContractAmountInForce): void {
  if (DELIVERABLE_CONTRACT_STATUSES.includes(contract.status)) return;
  throw new ReceivableError(ReceivableErrorCode.DeliveryContractNotActive, `${contract.number} is ${contract.status}; deliveries are recorded on signed (ACTIVE) contracts`, {
    currentStatus: contract.status,
  });
}
