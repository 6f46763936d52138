import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer care reminders (DOMAIN §2 客户关怀) look for contacts whose birthday — month and day —
 * falls in the next `careRemindDaysBefore` days. An owner of many customers is answered along this
 * index (the few contacts with a birthday in the window, then their customers' owner); one of few
 * customers along the owner's index. Only contacts with a birthday are in it, so an import of
 * contacts without one pays nothing.
 */
export class ContactBirthdayIndex1764000500000 implements MigrationInterface {
  name = 'ContactBirthdayIndex1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX contact_birthday_day_idx ON contact (((extract(month FROM birthday) * 100 + extract(day FROM birthday))::int))
        WHERE deleted_at IS NULL AND birthday IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contact_birthday_day_idx`);
  }
}
