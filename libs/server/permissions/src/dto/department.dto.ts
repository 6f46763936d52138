import { ApiProperty } from '@nestjs/swagger';
import { IntField, TextField, UuidField } from '@kehu/server-core';

export class CreateDepartmentDto {
  @TextField({ max: 100, example: '销售一部' }) name: string;
  @UuidField({ optional: true, nullable: true, description: 'Parent; omitted → top level' }) parentId?: string | null;
  @IntField({ min: 0, max: 100000, optional: true, default: 0 }) sortOrder?: number;
  @UuidField({ optional: true, nullable: true, description: 'Approves the department’s requests' }) managerId?: string | null;
}

export class UpdateDepartmentDto {
  @TextField({ max: 100, optional: true, example: '销售一部' }) name?: string;
  @IntField({ min: 0, max: 100000, optional: true }) sortOrder?: number;
  @UuidField({ optional: true, nullable: true, description: 'Approves the department’s requests; null clears' }) managerId?: string | null;
}

export class MoveDepartmentDto {
  @UuidField({ nullable: true, description: 'New parent; null → top level' }) parentId: string | null;
  @IntField({ min: 0, max: 100000, optional: true }) sortOrder?: number;
}

export class DepartmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) parentId: string | null;
  @ApiProperty() sortOrder: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) managerId: string | null;
  @ApiProperty({ nullable: true, type: String }) managerName: string | null;
  @ApiProperty({ description: 'Users directly in this department' }) memberCount: number;
  @ApiProperty() version: number;
}

export class DepartmentNodeDto extends DepartmentDto {
  @ApiProperty({ type: () => [DepartmentNodeDto] }) children: DepartmentNodeDto[];
}
