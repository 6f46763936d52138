import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authorized } from '../access/authorized.decorator';
import { CurrentUser } from '../access/current-user.decorator';
import type { Principal } from '../access/principal';
import { ReminderRegistry, RemindersDto } from './reminder-registry';

@ApiTags('Reminders')
@Controller('reminders')
export class RemindersController {
  constructor(private readonly reminders: ReminderRegistry) {}

  @Get()
  @Authorized()
  @ApiOperation({ summary: 'My reminders due today or overdue (follow-ups, and the kinds other modules add), soonest first, with counts' })
  @ApiOkResponse({ type: RemindersDto })
  list(@CurrentUser() me: Principal): Promise<RemindersDto> {
    return this.reminders.collect(me);
  }
}
