import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authorized } from '../access/authorized.decorator';
import { ApiPageResponse, PageDto } from '../http/pagination.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { AuditLogDto, AuditLogQueryDto } from './audit-log.dto';
import { AuditLogsService } from './audit-logs.service';

@ApiTags('Audit')
@Controller('audit-logs')
export class AuditLogsController {
  constructor(private readonly auditLogs: AuditLogsService) {}

  @Get()
  @Authorized('audit:read')
  @ApiOperation({ summary: 'Search the audit log by actor, entity, action and time' })
  @ApiPageResponse(AuditLogDto)
  @ApiProblems(400)
  search(@Query() query: AuditLogQueryDto): Promise<PageDto<AuditLogDto>> {
    return this.auditLogs.search(query);
  }
}
