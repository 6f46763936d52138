import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto, trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDateString, IsEmail, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Contact } from '../entities/contact.entity';
import { IsPhoneNumber } from '../customers/phone-format';

export class ContactFieldsDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'male', description: 'Dictionary gender' }) @IsOptional() @IsString() @MaxLength(20) gender?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '采购经理' }) @IsOptional() @Transform(trimString) @IsString() @MaxLength(100) title?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '13800138000', description: 'Mobile: 11 digits starting with 1 (or an international number)' })
  @IsOptional()
  @IsPhoneNumber('mobile')
  mobile?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '0523-84888888 转 123', description: 'Landline (area code + 7–8 digits, extension allowed) or mobile' })
  @IsOptional()
  @IsPhoneNumber('phone')
  phone?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsEmail() @MaxLength(200) email?: string | null;
  @ApiPropertyOptional({ description: 'The customer’s primary contact (one per customer)' }) @IsOptional() @IsBoolean() isPrimary?: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', example: '1985-06-01' }) @IsOptional() @IsDateString({ strict: true }) birthday?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(2000) notes?: string | null;
}

export class CreateContactDto extends ContactFieldsDto {
  @ApiProperty({ example: '王建国' }) @Transform(trimString) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
}

export class UpdateContactDto extends ContactFieldsDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trimString) @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() version?: number;
}

export class ContactQueryDto extends PageQueryDto {}

export class ContactDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty({ nullable: true, type: String }) customerName: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) gender: string | null;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ nullable: true, type: String }) mobile: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty() isPrimary: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) birthday: string | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty() version: number;
}

export function toContactDto(c: Contact, customerName: string | null = null): ContactDto {
  return {
    id: c.id,
    customerId: c.customerId,
    customerName,
    name: c.name,
    gender: c.gender,
    title: c.title,
    mobile: c.mobile,
    phone: c.phone,
    email: c.email,
    isPrimary: c.isPrimary,
    birthday: c.birthday,
    notes: c.notes,
    version: c.version,
  };
}
