import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Principal } from '../access/principal';
import { Clock } from '../time/clock';

export class ReminderDto {
  @ApiProperty({ example: 'follow-up', description: 'follow-up, protection-expiring, churn-alert, overdue-instalment, ticket, approval, …' })
  kind: string;
  @ApiProperty({ example: 'customer' }) subjectType: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty({ example: '靖江市春意空调有限公司' }) title: string;
  @ApiProperty({ nullable: true, type: String, example: '回访报价', description: 'A line for readers of Chinese: user data as written (a follow-up’s summary), or the facts of `params` phrased in Chinese' })
  detail: string | null;
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { phrase: 'overdueInstalment', instalment: '2', outstanding: '4464.00', dueDate: '2026-12-08' },
    description:
      'The facts behind `detail`, for a client to phrase them in its reader’s language: `phrase` names the sentence ' +
      '(overdueInstalment, contractEnding, numberExpiring, lastDeal, birthday, holidayCare, protectionRejected), the other members ' +
      'are its values (amounts as decimal strings, days as YYYY-MM-DD in the business time zone). null when `detail` is user data or absent',
  })
  params: Record<string, string> | null;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({
    description:
      'Due on a day rather than at a time (an instalment’s due date, a contract’s end, a plan item’s day, a birthday): `dueAt` is that day’s start in the business time zone, and a client shows the date alone',
  })
  allDay: boolean;
  @ApiProperty({ description: 'Due before now' }) overdue: boolean;
}

export class ReminderCountsDto {
  @ApiProperty() total: number;
  @ApiProperty() overdue: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { 'follow-up': 3 } }) byKind: Record<string, number>;
}

export class RemindersDto {
  @ApiProperty({ type: [ReminderDto] }) items: ReminderDto[];
  @ApiProperty({ type: ReminderCountsDto }) counts: ReminderCountsDto;
}

/** A kind of reminder a domain contributes to the home page (DOMAIN §2, §11). */
export interface ReminderSource {
  kind: string;
  /** The caller's reminders due by the end of today (business time), overdue ones included. */
  remindersFor(principal: Principal, now: Date): Promise<ReminderDto[]>;
}

/** Collects every domain's reminders for the current user; domains register in onModuleInit. */
@Injectable()
export class ReminderRegistry {
  private readonly sources: ReminderSource[] = [];

  constructor(private readonly clock: Clock) {}

  register(source: ReminderSource): void {
    this.sources.push(source);
  }

  async collect(principal: Principal): Promise<RemindersDto> {
    const now = this.clock.now();
    const items = (await Promise.all(this.sources.map((s) => s.remindersFor(principal, now)))).flat();
    items.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.subjectId.localeCompare(b.subjectId));
    const byKind: Record<string, number> = {};
    for (const item of items) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
    return { items, counts: { total: items.length, overdue: items.filter((i) => i.overdue).length, byKind } };
  }
}
