import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A birthday as month × 100 + day (601 for 1 June), the key of `contact_birthday_day_idx`. */
const BIRTHDAY_KEY = `(extract(month FROM k.birthday) * 100 + extract(day FROM k.birthday))::int`;

/** A contact of one of the owner's customers, with its birthday key. */
export interface BirthdayRow {
  customer_id: string;
  customer_name: string;
  contact_name: string;
  key: number;
}

/** The first day of a holiday of the company calendar. */
export interface HolidayRow {
  id: string;
  date: string;
  name: string;
}

/** The SQL of customer care: the owner's customers only (care reminders are the owner's). */
@Injectable()
export class CustomerCareRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Contacts of the owner's customers whose birthday key is one of `keys` (200 at most). */
  birthdays(ownerId: string, keys: number[]): Promise<BirthdayRow[]> {
    return this.db.query(
      `SELECT c.id AS customer_id, c.name AS customer_name, k.name AS contact_name, ${BIRTHDAY_KEY} AS key
         FROM contact k JOIN customer c ON c.id = k.customer_id
        WHERE k.deleted_at IS NULL AND k.birthday IS NOT NULL AND ${BIRTHDAY_KEY} = ANY($2::int[])
          AND c.owner_id = $1 AND c.deleted_at IS NULL
        ORDER BY c.name, k.name
        LIMIT 200`,
      [ownerId, keys],
    );
  }

  /**
   * Holidays starting between `from` and `to` (a holiday whose name was already off within the week
   * before is its continuation).
   */
  holidaysStarting(from: string, to: string): Promise<HolidayRow[]> {
    return this.db.query(
      `SELECT h.id, h.date::text AS date, h.name FROM holiday h
        WHERE h.deleted_at IS NULL AND NOT h.is_workday AND h.date BETWEEN $1::date AND $2::date
          AND NOT EXISTS (SELECT 1 FROM holiday p WHERE p.deleted_at IS NULL AND NOT p.is_workday AND p.name = h.name
                             AND p.date >= h.date - 7 AND p.date < h.date)
        ORDER BY h.date`,
      [from, to],
    );
  }

  /** How many live customers the user owns. */
  async ownedCount(ownerId: string): Promise<number> {
    const [{ customers }]: Array<{ customers: number }> = await this.db.query(
      `SELECT count(*)::int AS customers FROM customer WHERE owner_id = $1 AND deleted_at IS NULL`,
      [ownerId],
    );
    return customers;
  }
}
