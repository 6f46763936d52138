import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentDto, DepartmentDto, DepartmentNodeDto, MoveDepartmentDto, UpdateDepartmentDto } from './dto/department.dto';

@ApiTags('Departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Authorized('department:read')
  @ApiOperation({ summary: 'All departments, flat, in display order' })
  @ApiOkResponse({ type: [DepartmentDto] })
  list(): Promise<DepartmentDto[]> {
    return this.departments.list();
  }

  @Get('tree')
  @Authorized('department:read')
  @ApiOperation({ summary: 'The department tree' })
  @ApiOkResponse({ type: [DepartmentNodeDto] })
  tree(): Promise<DepartmentNodeDto[]> {
    return this.departments.tree();
  }

  @Post()
  @Authorized('department:write')
  @ApiOperation({ summary: 'Create a department' })
  @ApiCreatedResponse({ type: DepartmentDto })
  @ApiProblems(400, 409)
  create(@CurrentUser() me: Principal, @Body() dto: CreateDepartmentDto): Promise<DepartmentDto> {
    return this.departments.create(me, dto);
  }

  @Get(':id')
  @Authorized('department:read')
  @ApiOperation({ summary: 'Get a department' })
  @ApiOkResponse({ type: DepartmentDto })
  @ApiProblems(400, 404)
  get(@Param('id', UuidParam) id: string): Promise<DepartmentDto> {
    return this.departments.get(id);
  }

  @Patch(':id')
  @Authorized('department:write')
  @ApiOperation({ summary: 'Rename, reorder or set the manager' })
  @ApiOkResponse({ type: DepartmentDto })
  @ApiProblems(400, 404, 409)
  update(@Param('id', UuidParam) id: string, @Body() dto: UpdateDepartmentDto): Promise<DepartmentDto> {
    return this.departments.update(id, dto);
  }

  @Post(':id/move')
  @HttpCode(200)
  @Authorized('department:write')
  @ApiOperation({ summary: 'Move a department (with its sub-departments) under another parent' })
  @ApiOkResponse({ type: DepartmentDto })
  @ApiProblems(400, 404, 409)
  move(@Param('id', UuidParam) id: string, @Body() dto: MoveDepartmentDto): Promise<DepartmentDto> {
    return this.departments.move(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorized('department:write')
  @ApiOperation({ summary: 'Delete an empty department (409 while it has members or sub-departments)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 409)
  remove(@Param('id', UuidParam) id: string): Promise<void> {
    return this.departments.remove(id);
  }
}
