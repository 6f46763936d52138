import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CoreError, CoreErrorCode, notFound, Principal, RequestValidationError, writeAudit } from '@kehu/server-core';
import { OrgDirectory } from '@kehu/server-permissions';
import { DataSource, EntityManager } from 'typeorm';
import { findCustomerAndAccess, findVisibleCustomer } from '../scope/customer-scope';
import { PutTeamMemberDto, TeamMemberDto } from './customer-team.dto';
import { CustomerTeamRepository } from './customer-team.repository';
import { isActiveUser } from '../customers/customers.repository';
import { Customer } from '../entities/customer.entity';

/**
 * A customer's team (项目团队, DOMAIN §1): colleagues who see the customer whatever their data
 * scope. Only someone whose own scope covers the customer (its owner, their managers) manages it;
 * being on the team does not let one add others.
 */
@Injectable()
export class CustomerTeamService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgDirectory,
    private readonly seats: CustomerTeamRepository,
  ) {}

  async list(principal: Principal, customerId: string): Promise<TeamMemberDto[]> {
    await findVisibleCustomer(this.db.manager, principal, customerId);
    return this.members(this.db.manager, customerId);
  }

  async put(principal: Principal, customerId: string, userId: string, dto: PutTeamMemberDto): Promise<TeamMemberDto> {
    return this.db.transaction(async (tx) => {
      const customer = await this.managedCustomer(tx, principal, customerId);
      const user = (await this.org.people([userId], tx)).get(userId);
      if (!user || !(await isActiveUser(tx, userId))) throw new RequestValidationError([{ field: 'userId', message: 'no such active user', code: 'exists' }]);
      if (customer.ownerId === userId) throw new RequestValidationError([{ field: 'userId', message: 'owns the customer already', code: 'owner' }]);
      const before = await this.seats.lockSeat(tx, customerId, userId);
      if (before?.access !== dto.access) {
        await this.seats.putSeat(tx, customerId, userId, dto.access);
        await writeAudit(tx, {
          action: before ? 'TEAM_UPDATE' : 'TEAM_ADD',
          entityType: 'Customer',
          entityId: customerId,
          before: before ? { userId, access: before.access } : null,
          after: { userId, access: dto.access },
        });
      }
      return (await this.members(tx, customerId, userId))[0];
    });
  }

  async remove(principal: Principal, customerId: string, userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.managedCustomer(tx, principal, customerId);
      const removed = await this.seats.removeSeat(tx, customerId, userId);
      if (!removed.length) throw notFound('Team member', userId);
      await writeAudit(tx, { action: 'TEAM_REMOVE', entityType: 'Customer', entityId: customerId, before: { userId, access: removed[0].access } });
    });
  }

  /** The customer, locked, when the caller's own scope (not a team seat) covers it; 404 outside scope, 403 for a team member. */
  private async managedCustomer(tx: EntityManager, principal: Principal, customerId: string): Promise<Customer> {
    const { customer, inOwnScope } = await findCustomerAndAccess(tx, principal, customerId, true);
    if (!inOwnScope) {
      throw new CoreError(CoreErrorCode.Forbidden, 'Only the owner or a manager whose scope covers the customer manages its team');
    }
    return customer;
  }

  private async members(manager: EntityManager, customerId: string, userId?: string): Promise<TeamMemberDto[]> {
    const rows = await this.seats.seatsOf(customerId, userId, manager);
    const people = await this.org.people(rows.map((r) => r.user_id), manager);
    return rows
      .map((r) => {
        const p = people.get(r.user_id);
        return { customerId, userId: r.user_id, username: p?.username ?? '', displayName: p?.displayName ?? '', departmentId: p?.departmentId ?? null, access: r.access };
      })
      .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userId.localeCompare(b.userId));
  }
}
