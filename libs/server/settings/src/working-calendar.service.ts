import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RulesService } from './rules.service';
import { addWorkingDaysWithCalendar, CalendarExceptions, dayKeyIn, isWorkingDayKey, workingDaysBetween } from './working-calendar';

/**
 * Working-day arithmetic with the company's holiday calendar and business time zone, e.g. "three
 * working days after a rejected protection" (DOMAIN §3). Reads the calendar at use time.
 */
@Injectable()
export class WorkingCalendar {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rules: RulesService,
  ) {}

  async addWorkingDays(from: Date, days: number, manager: EntityManager = this.db.manager): Promise<Date> {
    return addWorkingDaysWithCalendar(from, days, await this.calendarFrom(from, manager));
  }

  async isWorkingDay(date: Date, manager: EntityManager = this.db.manager): Promise<boolean> {
    const calendar = await this.calendarFrom(date, manager);
    return isWorkingDayKey(dayKeyIn(date, calendar.timeZone), calendar);
  }

  async workingDaysBetween(from: Date, to: Date, manager: EntityManager = this.db.manager): Promise<number> {
    return workingDaysBetween(from, to, await this.calendarFrom(from, manager));
  }

  /** Holidays and make-up days from `from`'s day on (the table holds a few dozen rows a year). */
  async calendarFrom(from: Date, manager: EntityManager = this.db.manager): Promise<CalendarExceptions & { timeZone: string }> {
    const timeZone = await this.rules.get('businessTimeZone', manager);
    const rows: Array<{ date: string; is_workday: boolean }> = await manager.query(
      `SELECT date::text AS date, is_workday FROM holiday WHERE deleted_at IS NULL AND date >= $1::date`,
      [dayKeyIn(from, timeZone)],
    );
    return {
      timeZone,
      holidays: new Set(rows.filter((r) => !r.is_workday).map((r) => r.date)),
      workdays: new Set(rows.filter((r) => r.is_workday).map((r) => r.date)),
    };
  }
}
