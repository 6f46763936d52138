import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsMoney, IsWebUrl, PageQueryDto, trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { changedAt } from '../storage/customer-changes';
import { stageOf, Stage } from '../lifecycle/customer-lifecycle';
import { IsPhoneNumber } from './phone-format';
import { CustomerStatus, PoolReason, ReviewState } from '../lifecycle/customer-status';
import type { Customer } from '../entities/customer.entity';

/** Fields a user edits directly (discount and settlement terms change only through an approval). */
export class CustomerFieldsDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: '春意空调' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(100)
  shortName?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'A', description: 'Dictionary customer-grade (A–E)' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  grade?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'key', description: 'Dictionary customer-level' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  level?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'jiangsu', description: 'Dictionary region' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  region?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '0523-84888888' })
  @IsOptional()
  @IsPhoneNumber('phone')
  fax?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'info@chunyi.example.com' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @IsWebUrl()
  @IsOptional()
  website?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'exhibition', description: 'Dictionary customer-source' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  source?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  creditRating?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  satisfaction?: number | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(100)
  legalRepresentative?: string | null;

  @IsMoney({ required: false, description: 'Registered capital (CNY)' })
  @IsOptional()
  registeredCapital?: string | null;

  @IsMoney({ required: false, description: 'Annual turnover (CNY)' })
  @IsOptional()
  annualTurnover?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  bank?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  bankAccount?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Unified social credit code / tax number' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  taxNumber?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'ERP id, unique' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  externalId?: string | null;
}

/** Plain edits of a customer: the fields above that are copied from a DTO onto the entity as they are. */
export const PLAIN_CUSTOMER_FIELDS: Array<keyof CustomerFieldsDto & keyof Customer> = [
  'shortName', 'categoryId', 'grade', 'level', 'region', 'fax', 'email', 'website', 'source', 'creditRating',
  'satisfaction', 'legalRepresentative', 'registeredCapital', 'annualTurnover', 'bank', 'bankAccount', 'taxNumber', 'externalId',
];

export class CreateCustomerDto extends CustomerFieldsDto {
  @ApiProperty({ example: '靖江市春意空调有限公司', description: 'Full legal name: region + trade name + industry + legal form' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '江苏省靖江市人民路 88 号' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  address: string;

  @ApiProperty({ example: 'manufacturing', description: 'Dictionary industry' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  industry: string;

  @ApiProperty({ example: '0523-84888888', description: 'Landline (area code + 7–8 digits), mobile (11 digits starting with 1), 400/800 or international number; extension allowed' })
  @IsPhoneNumber('phone')
  phone: string;

  @ApiProperty({ example: '生产家用及商用空调，年采购压缩机约 2 万台' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  description: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Owner; defaults to me (needs customer:transfer to choose another)' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}

export class UpdateCustomerDto extends CustomerFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  address?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  industry?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsPhoneNumber('phone')
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ description: 'Version read before editing (alternative to If-Match)' })
  @IsOptional()
  @IsInt()
  version?: number;
}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CustomerQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CustomerStatus, enumName: 'CustomerStatus' })
  @IsOptional()
  @IsEnum(CustomerStatus)
  status?: CustomerStatus;

  @ApiPropertyOptional({
    enum: Stage,
    enumName: 'CustomerStage',
    isArray: true,
    description: 'Lifecycle stages (any of them): repeat the parameter or separate with commas, e.g. `stage=POTENTIAL_PROTECTED,INTENT`',
  })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : String(value).split(',')).map((v: string) => v.trim()).filter(Boolean))
  @IsEnum(Stage, { each: true })
  stage?: Stage[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'This category and everything under it' })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) level?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) grade?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) industry?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) source?: string;

  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() createdFrom?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() createdTo?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() lastContactFrom?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() lastContactTo?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Changed since (for sync): every customer whose `updatedAt` is at or after this time, lifecycle changes by scheduled jobs included' }) @IsOptional() @IsDateString() updatedSince?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Only customers whose next contact time has passed' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  hasOverdueReminder?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'Only my own customers' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: '我参与的: only customers on whose team (项目团队) I am' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  team?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: '下属负责的: only customers owned by someone else whom my data scope covers (not through a team seat)' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  subordinates?: boolean;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 200,
    description: 'Only these customers (e.g. the rows selected for 导出选中): repeat the parameter or separate with commas; at most 200',
  })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : String(value).split(',')).map((v: string) => v.trim()).filter(Boolean))
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export class CustomerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'KH202611230001' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) shortName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) categoryId: string | null;
  @ApiProperty({ nullable: true, type: String }) grade: string | null;
  @ApiProperty({ nullable: true, type: String }) level: string | null;
  @ApiProperty() industry: string;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty() address: string;
  @ApiProperty() phone: string;
  @ApiProperty({ nullable: true, type: String }) fax: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) website: string | null;
  @ApiProperty({ nullable: true, type: String }) source: string | null;
  @ApiProperty({ nullable: true, type: Number }) creditRating: number | null;
  @ApiProperty({ nullable: true, type: Number }) satisfaction: number | null;
  @ApiProperty() description: string;
  @ApiProperty({ nullable: true, type: String }) legalRepresentative: string | null;
  @ApiProperty({ nullable: true, type: String, example: '5000000.00' }) registeredCapital: string | null;
  @ApiProperty({ nullable: true, type: String, example: '12000000.00' }) annualTurnover: string | null;
  @ApiProperty({ nullable: true, type: String }) bank: string | null;
  @ApiProperty({ nullable: true, type: String }) bankAccount: string | null;
  @ApiProperty({ nullable: true, type: String }) taxNumber: string | null;
  @ApiProperty({ nullable: true, type: String, example: '95.00' }) discountPercent: string | null;
  @ApiProperty({ nullable: true, type: String }) settlementTerms: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) ownerId: string | null;
  @ApiProperty({ nullable: true, type: String }) ownerName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) departmentId: string | null;
  @ApiProperty({ enum: CustomerStatus, enumName: 'CustomerStatus' }) status: CustomerStatus;
  @ApiProperty({
    enum: Stage,
    enumName: 'CustomerStage',
    description: 'The status refined by the protection review: POTENTIAL_PENDING (awaiting review), POTENTIAL_PROTECTED, POTENTIAL_REJECTED (released after the grace period), INTENT, FORMAL, POOL, LOST',
  })
  stage: Stage;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'End of protection (POTENTIAL, INTENT) or of the grace period after a rejected review; the reclaim job releases the customer to the pool then' })
  protectionUntil: string | null;
  @ApiProperty({ enum: ReviewState, enumName: 'ReviewState', nullable: true }) reviewState: ReviewState | null;
  @ApiProperty({ nullable: true, type: String, description: "The reviewer's reason when the protection was rejected" }) rejectionReason: string | null;
  @ApiProperty({ description: 'Extensions granted in the current stage' }) extensionsUsed: number;
  @ApiProperty({ description: 'An extension request awaits its decision' }) extensionPending: boolean;
  @ApiProperty({ description: 'An intent request awaits its decision' }) intentPending: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) poolEnteredAt: string | null;
  @ApiProperty({ enum: PoolReason, enumName: 'PoolReason', nullable: true }) poolReason: PoolReason | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'After-sales owner 售后负责人 of a FORMAL customer' }) afterSalesOwnerId: string | null;
  @ApiProperty({ nullable: true, type: String }) afterSalesOwnerName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) formalSince: string | null;
  @ApiProperty({ nullable: true, type: String }) externalId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastContactAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) nextContactAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastDealAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'When anything about the customer last changed — an edit, a lifecycle transition (also by a scheduled job), a follow-up’s contact times — what `updatedSince` filters on' })
  updatedAt: string;
  @ApiProperty() version: number;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toCustomerDto(c: Customer, ownerName: string | null, afterSalesOwnerName: string | null = null): CustomerDto {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    shortName: c.shortName,
    categoryId: c.categoryId,
    grade: c.grade,
    level: c.level,
    industry: c.industry,
    region: c.region,
    address: c.address,
    phone: c.phone,
    fax: c.fax,
    email: c.email,
    website: c.website,
    source: c.source,
    creditRating: c.creditRating,
    satisfaction: c.satisfaction,
    description: c.description,
    legalRepresentative: c.legalRepresentative,
    registeredCapital: c.registeredCapital,
    annualTurnover: c.annualTurnover,
    bank: c.bank,
    bankAccount: c.bankAccount,
    taxNumber: c.taxNumber,
    discountPercent: c.discountPercent,
    settlementTerms: c.settlementTerms,
    ownerId: c.ownerId,
    ownerName,
    departmentId: c.departmentId,
    status: c.status,
    stage: stageOf(c),
    protectionUntil: iso(c.protectionUntil),
    reviewState: c.reviewState,
    rejectionReason: c.rejectionReason,
    extensionsUsed: c.extensionsUsed,
    extensionPending: c.extensionPending,
    intentPending: c.intentPending,
    poolEnteredAt: iso(c.poolEnteredAt),
    poolReason: c.poolReason,
    afterSalesOwnerId: c.afterSalesOwnerId,
    afterSalesOwnerName,
    formalSince: iso(c.formalSince),
    externalId: c.externalId,
    lastContactAt: iso(c.lastContactAt),
    nextContactAt: iso(c.nextContactAt),
    lastDealAt: iso(c.lastDealAt),
    createdAt: c.createdAt.toISOString(),
    updatedAt: changedAt(c).toISOString(),
    version: c.version,
  };
}

export class DuplicateQueryDto {
  @ApiProperty({ example: '春意', description: 'Name, short name, phone or contact mobile (at least 2 characters); three or more letters (more than one syllable: not zhu, wang) also match the names in pinyin from any syllable on, full or initials (jintan, nuantong, jtnt)' })
  @Transform(trimString)
  @IsString()
  @Matches(/^.{2,100}$/su, { message: 'must be 2–100 characters' })
  q: string;
}

/** A 撞单 hit. Outside my data scope only name, status, owner and a name score: `id`, `shortName`, `phone`, `code` are null. */
export class DuplicateCandidateDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Only when visible (null outside my data scope)' }) id: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, description: 'Only when visible' }) shortName: string | null;
  @ApiProperty({ enum: CustomerStatus, enumName: 'CustomerStatus' }) status: CustomerStatus;
  @ApiProperty({ nullable: true, type: String }) ownerName: string | null;
  @ApiProperty({ description: 'Similarity 0–1 (1 = same normalised name, phone or mobile); of the name only when not visible' }) score: number;
  @ApiProperty({
    type: [String],
    example: ['name'],
    description: 'name, phone, contactMobile; when not visible at most name (contact mobiles of customers outside my scope are never matched)',
  })
  matchedOn: string[];
  @ApiProperty({ description: 'Whether I may open the record (inside my data scope)' }) visible: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Only when visible' }) phone: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Only when visible' }) code: string | null;
}

export class TransferCustomersDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'These customers…' })
  @IsOptional()
  @IsUUID('all', { each: true })
  customerIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: '…or every customer of this owner (a departing rep)' })
  @IsOptional()
  @IsUUID()
  fromOwnerId?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  toOwnerId: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class TransferResultDto {
  @ApiProperty() transferred: number;
}

export class MergeCustomerDto {
  @ApiProperty({ format: 'uuid', description: 'The duplicate that is merged into this customer and then removed' })
  @IsUUID()
  duplicateId: string;
}

export class HistoryEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'TRANSFERRED' }) event: string;
  @ApiProperty({ nullable: true, type: String }) actorName: string | null;
  @ApiProperty({ nullable: true, type: String }) fromOwnerName: string | null;
  @ApiProperty({ nullable: true, type: String }) toOwnerName: string | null;
  @ApiProperty({ nullable: true, type: String }) fromStatus: string | null;
  @ApiProperty({ nullable: true, type: String }) toStatus: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) approvalId: string | null;
}

