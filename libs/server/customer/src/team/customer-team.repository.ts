import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { TeamAccess } from './customer-team.dto';

/** A seat on a customer's team, as stored. */
export interface TeamSeatRow {
  user_id: string;
  access: TeamAccess;
}

/** The SQL of customer teams (`customer_team_member`). Callers have checked the customer first. */
@Injectable()
export class CustomerTeamRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The user's seat on the customer's team, locked for the change that follows, or undefined. */
  async lockSeat(tx: EntityManager, customerId: string, userId: string): Promise<{ access: TeamAccess } | undefined> {
    const [seat]: Array<{ access: TeamAccess }> = await tx.query(
      `SELECT access FROM customer_team_member WHERE customer_id = $1 AND user_id = $2 FOR UPDATE`,
      [customerId, userId],
    );
    return seat;
  }

  /** Gives the user a seat with this access, or changes the access of the seat they hold. */
  async putSeat(tx: EntityManager, customerId: string, userId: string, access: TeamAccess): Promise<void> {
    await tx.query(
      `INSERT INTO customer_team_member (customer_id, user_id, access) VALUES ($1, $2, $3)
           ON CONFLICT (customer_id, user_id) DO UPDATE SET access = EXCLUDED.access`,
      [customerId, userId, access],
    );
  }

  /** Removes the user's seat; answers the seats removed (none or one). */
  removeSeat(tx: EntityManager, customerId: string, userId: string): Promise<Array<{ access: TeamAccess }>> {
    return tx.query(`DELETE FROM customer_team_member WHERE customer_id = $1 AND user_id = $2 RETURNING access`, [customerId, userId]).then(([rows]) => rows);
  }

  /** The customer's seats (only `userId`'s when given). */
  seatsOf(customerId: string, userId?: string, manager: EntityManager = this.db.manager): Promise<TeamSeatRow[]> {
    return manager.query(`SELECT user_id, access FROM customer_team_member WHERE customer_id = $1 AND ($2::uuid IS NULL OR user_id = $2::uuid)`, [
      customerId,
      userId ?? null,
    ]);
  }
}
