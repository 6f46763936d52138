import { Injectable } from '@nestjs/common';
import type { Principal } from '@kehu/server-core';
import type { EntityManager } from 'typeorm';
import type { ContractNumberDto } from './numbers/contract-number.dto';
import { ContractNumbersService } from './numbers/contract-numbers.service';

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
