import { Injectable, OnModuleInit } from '@nestjs/common';
import { Principal, ReminderDto, ReminderRegistry } from '@kehu/server-core';
import { dayKeyIn, RulesService } from '@kehu/server-settings';
import { endOfBusinessDay } from '../follow-ups/follow-ups.service';
import { CustomerCareRepository } from './customer-care.repository';

const DAY_MS = 86_400_000;

/** The calendar days from `today` (YYYY-MM-DD) on, `days` more of them, as YYYY-MM-DD. */
export function daysFrom(today: string, days: number): string[] {
  const start = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: days + 1 }, (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10));
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The birthday keys (month × 100 + day) celebrated on these days: a 29 February birthday is
 * celebrated on 28 February outside leap years.
 */
export function birthdayKeysOn(days: string[]): Map<number, string> {
  const keys = new Map<number, string>();
  for (const day of days) {
    const [year, month, date] = day.split('-').map(Number);
    keys.set(month * 100 + date, day);
    if (month === 2 && date === 28 && !isLeapYear(year)) keys.set(229, day);
  }
  return keys;
}

/**
 * Customer care 客户关怀 (DOMAIN §2; seed 000 客户关怀: 生日、节日): the owner is reminded
 * `careRemindDaysBefore` days ahead of a birthday of a contact of their customers and of each
 * holiday of the company calendar (GET /holidays; a holiday of several days once, before its
 * first day). Care reminders are never overdue: after the day they are gone.
 */
@Injectable()
export class CustomerCareService implements OnModuleInit {
  constructor(
    private readonly rules: RulesService,
    private readonly reminders: ReminderRegistry,
    private readonly care: CustomerCareRepository,
  ) {}

  onModuleInit(): void {
    this.reminders.register({ kind: 'customer-care', remindersFor: (principal, now) => this.careFor(principal, now) });
  }

  async careFor(principal: Principal, now: Date): Promise<ReminderDto[]> {
    const { careRemindDaysBefore: ahead, businessTimeZone: timeZone } = await this.rules.getMany(['careRemindDaysBefore', 'businessTimeZone'] as const);
    const days = daysFrom(dayKeyIn(now, timeZone), ahead);
    // Midnight (business time) of each day of the window.
    const todayStart = endOfBusinessDay(now, timeZone).getTime() - DAY_MS;
    const startOf = (day: string) => new Date(todayStart + (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${days[0]}T00:00:00Z`))).toISOString();
    const [birthdays, holidays] = await Promise.all([this.birthdays(principal, days), this.holidays(principal, days)]);
    return [
      ...birthdays.map((b) => ({
        kind: 'customer-care',
        subjectType: 'customer',
        subjectId: b.customer_id,
        title: b.customer_name,
        detail: `${b.contact_name} 生日 ${b.day.slice(5)}`,
        params: { phrase: 'birthday', contact: b.contact_name, monthDay: b.day.slice(5) },
        dueAt: startOf(b.day),
        allDay: true,
        overdue: false,
      })),
      ...holidays.map((h) => ({
        kind: 'customer-care',
        subjectType: 'holiday',
        subjectId: h.id,
        title: h.name,
        detail: `节日关怀：${h.customers} 位客户`,
        params: { phrase: 'holidayCare', customers: String(h.customers) },
        dueAt: startOf(h.date),
        allDay: true,
        overdue: false,
      })),
    ];
  }

  /** Contacts of my customers whose birthday falls on one of `days`. */
  private async birthdays(principal: Principal, days: string[]) {
    const keys = birthdayKeysOn(days);
    const rows = await this.care.birthdays(principal.userId, [...keys.keys()]);
    return rows.map((r) => ({ ...r, day: keys.get(r.key) as string }));
  }

  /**
   * Holidays starting on one of `days` (a holiday whose name was already off within the week before
   * is its continuation), when I own customers to greet.
   */
  private async holidays(principal: Principal, days: string[]) {
    const holidays = await this.care.holidaysStarting(days[0], days[days.length - 1]);
    if (!holidays.length) return [];
    const customers = await this.care.ownedCount(principal.userId);
    return customers ? holidays.map((h) => ({ ...h, customers })) : [];
  }
}
