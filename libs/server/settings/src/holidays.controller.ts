import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal } from '@kehu/server-core';
import { CreateHolidayDto, HolidayDto, HolidayQueryDto } from './dto/holiday.dto';
import { HolidaysService } from './holidays.service';

@ApiTags('Business rules')
@Controller('settings/holidays')
export class HolidaysController {
  constructor(private readonly holidays: HolidaysService) {}

  @Get()
  @Authorized()
  @ApiOperation({ summary: 'Holidays and 调休 make-up workdays used for working-day deadlines' })
  @ApiOkResponse({ type: [HolidayDto] })
  @ApiProblems(400)
  list(@Query() query: HolidayQueryDto): Promise<HolidayDto[]> {
    return this.holidays.list(query.year);
  }

  @Post()
  @Authorized('rule:write')
  @ApiOperation({ summary: 'Add a holiday or a make-up workday' })
  @ApiCreatedResponse({ type: HolidayDto })
  @ApiProblems(400, 409)
  create(@CurrentUser() me: Principal, @Body() dto: CreateHolidayDto): Promise<HolidayDto> {
    return this.holidays.create(me, dto);
  }

  @Delete(':date')
  @HttpCode(204)
  @Authorized('rule:write')
  @ApiOperation({ summary: 'Remove a date from the holiday calendar' })
  @ApiParam({ name: 'date', example: '2026-10-01', description: 'YYYY-MM-DD' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 404)
  remove(@Param('date') date: string): Promise<void> {
    return this.holidays.remove(date);
  }
}
