import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, notFound, Principal, RequestValidationError } from '@kehu/server-core';
import { Between, DataSource, IsNull } from 'typeorm';
import { CreateHolidayDto, DATE_PATTERN, HolidayDto, toHolidayDto } from './dto/holiday.dto';
import { Holiday } from './entities/holiday.entity';
import { SettingsError, SettingsErrorCode } from './settings.exception';

function assertRealDate(date: string, field: string): void {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!DATE_PATTERN.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new RequestValidationError([{ field, message: 'must be a real calendar date YYYY-MM-DD', code: 'isDate' }]);
  }
}

/** The holiday calendar: public holidays and 调休 make-up workdays used by WorkingCalendar. */
@Injectable()
export class HolidaysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(year?: number): Promise<HolidayDto[]> {
    const rows = await this.db.getRepository(Holiday).find({
      where: { deletedAt: IsNull(), ...(year ? { date: Between(`${year}-01-01`, `${year}-12-31`) } : {}) },
      order: { date: 'ASC' },
    });
    return rows.map(toHolidayDto);
  }

  async create(principal: Principal, dto: CreateHolidayDto): Promise<HolidayDto> {
    assertRealDate(dto.date, 'date');
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-holidays'))`);
      if (await tx.exists(Holiday, { where: { date: dto.date, deletedAt: IsNull() } })) {
        throw new SettingsError(SettingsErrorCode.HolidayExists, `${dto.date} is already listed`, {
          errors: [{ field: 'date', message: 'is already in the calendar', code: 'unique' }],
        });
      }
      const saved = await tx.save(tx.create(Holiday, { date: dto.date, name: dto.name, isWorkday: dto.isWorkday ?? false, createdBy: principal.userId }));
      return toHolidayDto(saved);
    });
  }

  async remove(date: string): Promise<void> {
    assertRealDate(date, 'date');
    await this.db.transaction(async (tx) => {
      const holiday = await tx.findOne(Holiday, { where: { date, deletedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!holiday) throw notFound('Holiday', date);
      holiday.deletedAt = this.clock.now();
      await tx.save(holiday);
    });
  }
}
