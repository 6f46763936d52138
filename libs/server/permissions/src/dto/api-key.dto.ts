import { ApiProperty } from '@nestjs/swagger';
import { DataScope, trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import { IsDateString, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'ERP nightly sync' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ format: 'uuid', description: 'The key acts with this role’s permissions and data scope' })
  @IsUUID()
  roleId: string;

  @ApiProperty({ format: 'date-time', example: '2027-11-23T00:00:00Z', description: 'In the future, at most 2 years ahead' })
  @IsDateString()
  expiresAt: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Public part, shown to tell keys apart', example: 'a1b2c3d4e5f6' }) prefix: string;
  @ApiProperty({ format: 'uuid' }) roleId: string;
  @ApiProperty() roleName: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastUsedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) createdBy: string | null;
}

export class ApiKeyCreatedDto extends ApiKeyDto {
  @ApiProperty({ description: 'Shown this once only: send as `Authorization: Bearer <secret>`', example: 'kehu_a1b2c3d4e5f6_…' })
  secret: string;
}

/** A live key whose role gives more than its creator holds now (it acts with the overlap only). */
export class ApiKeyGrantCheckDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'a1b2c3d4e5f6' }) prefix: string;
  @ApiProperty({ format: 'uuid' }) roleId: string;
  @ApiProperty() roleName: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) createdBy: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Display name of the creator; null when the creator no longer exists' })
  creatorName: string | null;
  @ApiProperty({ type: [String], example: ['user:write'], description: 'Permissions of the key’s role that its creator does not hold' })
  permissionsBeyondCreator: string[];
  @ApiProperty({ enum: DataScope, enumName: 'DataScope', description: 'The data scope of the key’s role' }) dataScope: DataScope;
  @ApiProperty({ enum: DataScope, enumName: 'DataScope', description: 'The widest data scope the creator holds' })
  creatorDataScope: DataScope;
}
