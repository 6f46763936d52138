import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateField, EnumField, MONEY_PATTERN, PageQueryDto, TextField, UuidField } from '@kehu/server-core';
import { PercentField, PricedLineDto, PricedLineInputDto, toPricedLineDtos } from '@kehu/server-opportunity';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { ContractAction, ContractStatus, OrderReviewState, RevisionStatus } from '../contract-rules';
import type { Contract } from '../entities/contract.entity';
import type { ContractLine } from '../entities/contract-line.entity';
import type { ContractRevision } from '../entities/contract-revision.entity';

/** The most product lines one contract (revision) may have, as for quotes. */
export const MAX_CONTRACT_LINES = 200;

function BooleanField(options: { description: string }): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ type: Boolean, description: options.description }), IsOptional(), IsBoolean());
}

/** A contract line as the wizard sends it (the fields are every priced line's, as on quotes). */
export class ContractLineInputDto extends PricedLineInputDto {}

/** 买方信息: the buyer as written on the contract, kept as it was when signed. */
export class BuyerInputDto {
  @TextField({ max: 200, optional: true, description: 'Default: the customer’s name', example: '靖江市春意空调有限公司' }) name?: string;
  @TextField({ max: 50, optional: true, nullable: true, example: '91321282MA1XXXXX0K' }) taxNumber?: string | null;
  @TextField({ max: 200, optional: true, nullable: true, example: '中国银行靖江支行' }) bank?: string | null;
  @TextField({ max: 50, optional: true, nullable: true, example: '5123 0000 1111' }) bankAccount?: string | null;
  @TextField({ max: 300, optional: true, nullable: true, example: '江苏省靖江市人民路 88 号' }) address?: string | null;
  @TextField({ max: 50, optional: true, nullable: true, example: '0523-84000000' }) phone?: string | null;
}

/** The header of a draft: everything but its lines. */
export class ContractFieldsDto {
  @TextField({ max: 50, description: 'Dictionary `contract-type`', example: 'sales' }) type: string;
  @TextField({ max: 200, example: '春意空调 2027 年度采购合同' }) title: string;
  @BooleanField({ description: 'A custom order 定制订单: needs an order review 订单评审 before signing. Default false (stock order)' }) customOrder?: boolean;
  @DateField({ optional: true, nullable: true, description: 'Planned signing date' }) signingDate?: string | null;
  @DateField({ optional: true, nullable: true }) startDate?: string | null;
  @DateField({ optional: true, nullable: true, description: 'Not before startDate' }) endDate?: string | null;
  @UuidField({ optional: true, nullable: true, description: 'Our signer (a user)' }) ourSignerId?: string | null;
  @TextField({ max: 100, optional: true, nullable: true, description: 'The customer’s signer', example: '王建国' }) customerSigner?: string | null;
  @TextField({ max: 50, optional: true, nullable: true, description: 'Dictionary `payment-method`', example: 'bank-transfer' }) paymentMethod?: string | null;
  @TextField({ max: 2000, optional: true, nullable: true, example: '合同签订后 7 日内预付 30%，验收后 30 日内付清' }) paymentTerms?: string | null;
  @ApiPropertyOptional({ type: BuyerInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BuyerInputDto)
  buyer?: BuyerInputDto;
  @PercentField({ optional: true, description: 'Discount on the whole contract in percent; default 0' }) headerDiscountPercent?: string;
  @TextField({ max: 10000, min: 0, optional: true, nullable: true, description: '附加及其他: additional terms, gifts and promises — whatever was promised is written here', example: '赠送安装调试及一年免费保养' })
  additionalTerms?: string | null;
}

/** A whole draft as the wizard saves it: header and lines, replaced together. */
export class SaveContractDto extends ContractFieldsDto {
  @ApiProperty({ type: [ContractLineInputDto], minItems: 1, maxItems: MAX_CONTRACT_LINES, description: 'Priced by the server from the catalogue; totals are computed, never sent' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONTRACT_LINES)
  @ValidateNested({ each: true })
  @Type(() => ContractLineInputDto)
  lines: ContractLineInputDto[];
}

/**
 * A new contract: from scratch (customer and lines), from an ACCEPTED quote (its customer and lines
 * copied unless given), or from an opportunity (its customer).
 */
export class CreateContractDto extends ContractFieldsDto {
  @TextField({ max: 40, optional: true, description: 'A number I reserved (预领); omitted: the next number is issued', example: 'HT202611-0001' }) number?: string;
  @UuidField({ optional: true, description: 'Required unless the quote or opportunity names the customer' }) customerId?: string;
  @UuidField({ optional: true }) opportunityId?: string;
  @UuidField({ optional: true, description: 'An ACCEPTED quote: its lines and header discount are copied when `lines` is omitted' }) quoteId?: string;
  @ApiPropertyOptional({ type: [ContractLineInputDto], minItems: 1, maxItems: MAX_CONTRACT_LINES, description: 'Required unless `quoteId` is given' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONTRACT_LINES)
  @ValidateNested({ each: true })
  @Type(() => ContractLineInputDto)
  lines?: ContractLineInputDto[];
}

export class SignContractDto {
  @DateField({ description: 'The day both sides signed; not later than `contractSigningMaxDaysAhead` days from today' }) signingDate: string;
  @UuidField({ description: 'Our signer' }) ourSignerId: string;
  @TextField({ max: 100, description: 'The customer’s signer', example: '王建国' }) customerSigner: string;
  @BooleanField({ description: 'An electronic contract: no signed scan needs attaching. Default false' }) electronic?: boolean;
  @UuidField({ optional: true, nullable: true, description: 'After-sales owner 售后负责人 of the (now formal) customer' }) afterSalesOwnerId?: string | null;
}

export class TerminateContractDto {
  @TextField({ max: 2000, example: '客户项目取消，双方协商解除' }) reason: string;
}

/** A manual completion: why the contract counts as fulfilled, kept and audited like a termination's reason. */
export class CompleteContractDto {
  @TextField({ max: 2000, example: '货物已全部交付并验收，尾款结清' }) reason: string;
}

/** An amendment 变更 of an active contract: the lines (and terms) of the new revision, approved on its own. */
export class AmendContractDto {
  @TextField({ max: 2000, example: '客户追加 2 台柜机' }) reason: string;
  @PercentField({ optional: true, description: 'Default 0' }) headerDiscountPercent?: string;
  @ApiProperty({ type: [ContractLineInputDto], minItems: 1, maxItems: MAX_CONTRACT_LINES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONTRACT_LINES)
  @ValidateNested({ each: true })
  @Type(() => ContractLineInputDto)
  lines: ContractLineInputDto[];
  @TextField({ max: 10000, min: 0, optional: true, nullable: true, description: 'Default: unchanged' }) additionalTerms?: string | null;
  @DateField({ optional: true, nullable: true, description: 'Default: unchanged' }) endDate?: string | null;
}

export class ContractQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ContractStatus, enumName: 'ContractStatus' }) @IsOptional() @IsEnum(ContractStatus) status?: ContractStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() customerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() ownerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() opportunityId?: string;
  @ApiPropertyOptional({ type: String, pattern: MONEY_PATTERN.source, description: 'Total at least' })
  @IsOptional()
  @Matches(MONEY_PATTERN, { message: 'must be a decimal amount with at most two decimals, e.g. "1234.50"' })
  amountMin?: string;
  @ApiPropertyOptional({ type: String, pattern: MONEY_PATTERN.source, description: 'Total at most' })
  @IsOptional()
  @Matches(MONEY_PATTERN, { message: 'must be a decimal amount with at most two decimals, e.g. "1234.50"' })
  amountMax?: string;
  @DateField({ optional: true, description: 'Signing date on or after' }) signedFrom?: string;
  @DateField({ optional: true, description: 'Signing date on or before' }) signedTo?: string;
  @DateField({ optional: true, description: 'End date on or before (contracts ending soon)' }) endingBy?: string;
}

/** A priced line of a contract revision. */
export class ContractLineDto extends PricedLineDto {}

export class BuyerDto {
  @ApiProperty({ example: '靖江市春意空调有限公司' }) name: string;
  @ApiProperty({ nullable: true, type: String }) taxNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) bank: string | null;
  @ApiProperty({ nullable: true, type: String }) bankAccount: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
}

/** A contract as lists show it (no lines). */
export class ContractSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'HT202611-0001' }) number: string;
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty({ example: '靖江市春意空调有限公司' }) customerName: string;
  @ApiProperty({ example: 'sales' }) type: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ContractStatus, enumName: 'ContractStatus' }) status: ContractStatus;
  @ApiProperty() customOrder: boolean;
  @ApiProperty({ nullable: true, enum: OrderReviewState, enumName: 'OrderReviewState' }) orderReviewState: OrderReviewState | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) signingDate: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startDate: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endDate: string | null;
  @ApiProperty({ example: '27481.60', description: 'Total of the revision in force' }) total: string;
  @ApiProperty({ description: 'The revision in force' }) revision: number;
  @ApiProperty({ format: 'uuid' }) ownerId: string;
  @ApiProperty({ nullable: true, type: String, example: '张伟' }) ownerName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) departmentId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}

/** One contract with the lines in force, what the caller may do, and the signing record. */
export class ContractDto extends ContractSummaryDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) opportunityId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) quoteId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) ourSignerId: string | null;
  @ApiProperty({ nullable: true, type: String }) ourSignerName: string | null;
  @ApiProperty({ nullable: true, type: String }) customerSigner: string | null;
  @ApiProperty({ nullable: true, type: String }) paymentMethod: string | null;
  @ApiProperty({ nullable: true, type: String }) paymentTerms: string | null;
  @ApiProperty({ type: BuyerDto }) buyer: BuyerDto;
  @ApiProperty({ nullable: true, type: String, description: '附加及其他' }) additionalTerms: string | null;
  @ApiProperty({ example: '0.00' }) headerDiscountPercent: string;
  @ApiProperty({ description: 'Σ line amount' }) subtotal: string;
  @ApiProperty({ description: 'Σ (line amount − line net)' }) discountTotal: string;
  @ApiProperty({ description: 'Σ line net' }) netTotal: string;
  @ApiProperty({ description: 'Σ line tax' }) taxTotal: string;
  @ApiProperty({ type: [ContractLineDto], description: 'The lines in force (revision `revision`)' }) lines: ContractLineDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'An amendment awaiting approval (its revision number)' }) pendingRevision: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The last rejection’s comment (shown on a draft sent back)' }) rejectionComment: string | null;
  @ApiProperty() electronic: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) signedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) signedBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) completedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was completed by hand' }) completionReason: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) terminatedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) terminationReason: string | null;
  @ApiProperty({
    type: [String],
    example: ['edit', 'submit', 'attach'],
    description:
      'What the contract’s status allows: edit, delete, submit, sign, complete, terminate, amend, request-order-review, attach, detach (permissions still apply: contract:write, contract:sign for sign, contract:close for complete and terminate)',
  })
  actions: ContractAction[];
}

export class ContractRevisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 2 }) revision: number;
  @ApiProperty({ enum: RevisionStatus, enumName: 'ContractRevisionStatus' }) status: RevisionStatus;
  @ApiProperty({ nullable: true, type: String, description: 'Why the amendment was made (null for revision 1)' }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) additionalTerms: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endDate: string | null;
  @ApiProperty() headerDiscountPercent: string;
  @ApiProperty() subtotal: string;
  @ApiProperty() discountTotal: string;
  @ApiProperty() netTotal: string;
  @ApiProperty() taxTotal: string;
  @ApiProperty() total: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) approvedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The rejecting approver’s comment' }) decisionComment: string | null;
  @ApiProperty({ description: 'The revision in force' }) inForce: boolean;
  @ApiProperty({ type: [ContractLineDto] }) lines: ContractLineDto[];
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export enum AttachmentKind {
  /** The signed contract, scanned (or its PDF). */
  SignedScan = 'SIGNED_SCAN',
  Other = 'OTHER',
}

/** The text fields of an attachment upload (the file arrives through multer). */
export class ContractAttachmentFieldsDto {
  @EnumField(AttachmentKind, { optional: true, enumName: 'ContractAttachmentKind', description: 'Default OTHER; SIGNED_SCAN is the signed contract signing asks for' }) kind?: AttachmentKind;
  @TextField({ max: 500, optional: true, example: '双方盖章扫描件' }) note?: string;
}

export class UploadContractAttachmentDto extends ContractAttachmentFieldsDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint (also legacy .doc/.xls/.ppt) or zip, judged by content; at most the `fileMaxUploadMb` rule (default 20 MB)',
  })
  file: unknown;
}

export class ContractAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ enum: AttachmentKind, enumName: 'ContractAttachmentKind' }) kind: AttachmentKind;
  @ApiProperty({ format: 'uuid', description: 'The stored file: what a payment names as its bank slip (`attachmentFileId`)' }) fileId: string;
  @ApiProperty({ example: '春意空调采购合同-盖章.pdf' }) name: string;
  @ApiProperty({ type: 'integer', example: 482113, description: 'Bytes' }) size: number;
  @ApiProperty({ example: 'application/pdf', description: 'The type found in the content' }) contentType: string;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) uploadedById: string | null;
  @ApiProperty({ nullable: true, type: String, example: '张伟' }) uploadedByName: string | null;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

// ── Mappers ──────────────────────────────────────────────────────────────────────────────────

export interface ContractNames {
  customerName: string;
  ownerName: string | null;
  ourSignerName?: string | null;
}

const day = (d: string | null) => d;
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toContractSummaryDto(c: Contract, names: ContractNames): ContractSummaryDto {
  return {
    id: c.id,
    number: c.number,
    customerId: c.customerId,
    customerName: names.customerName,
    type: c.type,
    title: c.title,
    status: c.status,
    customOrder: c.customOrder,
    orderReviewState: c.orderReviewState,
    signingDate: day(c.signingDate),
    startDate: day(c.startDate),
    endDate: day(c.endDate),
    total: c.total,
    revision: c.revision,
    ownerId: c.ownerId,
    ownerName: names.ownerName,
    departmentId: c.departmentId,
    createdAt: new Date(c.createdAt).toISOString(),
    updatedAt: new Date(c.updatedAt).toISOString(),
    version: c.version,
  };
}

export function toContractDto(c: Contract, names: ContractNames, lines: ContractLine[], extra: { pendingRevision: number | null; actions: ContractAction[] }): ContractDto {
  return {
    ...toContractSummaryDto(c, names),
    opportunityId: c.opportunityId,
    quoteId: c.quoteId,
    ourSignerId: c.ourSignerId,
    ourSignerName: names.ourSignerName ?? null,
    customerSigner: c.customerSigner,
    paymentMethod: c.paymentMethod,
    paymentTerms: c.paymentTerms,
    buyer: { name: c.buyerName, taxNumber: c.buyerTaxNumber, bank: c.buyerBank, bankAccount: c.buyerBankAccount, address: c.buyerAddress, phone: c.buyerPhone },
    additionalTerms: c.additionalTerms,
    headerDiscountPercent: c.headerDiscountPercent,
    subtotal: c.subtotal,
    discountTotal: c.discountTotal,
    netTotal: c.netTotal,
    taxTotal: c.taxTotal,
    lines: toPricedLineDtos(lines),
    pendingRevision: extra.pendingRevision,
    rejectionComment: c.rejectionComment,
    electronic: c.electronic,
    signedAt: iso(c.signedAt),
    signedBy: c.signedBy,
    completedAt: iso(c.completedAt),
    completionReason: c.completionReason,
    terminatedAt: iso(c.terminatedAt),
    terminationReason: c.terminationReason,
    actions: extra.actions,
  };
}

export function toContractRevisionDto(r: ContractRevision, lines: ContractLine[], inForce: boolean): ContractRevisionDto {
  return {
    id: r.id,
    revision: r.revision,
    status: r.status,
    reason: r.reason,
    additionalTerms: r.additionalTerms,
    endDate: r.endDate,
    headerDiscountPercent: r.headerDiscountPercent,
    subtotal: r.subtotal,
    discountTotal: r.discountTotal,
    netTotal: r.netTotal,
    taxTotal: r.taxTotal,
    total: r.total,
    approvedAt: iso(r.approvedAt),
    decisionComment: r.decisionComment,
    inForce,
    lines: toPricedLineDtos(lines),
    createdBy: r.createdBy,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

export interface ContractAttachmentRow {
  id: string;
  contract_id: string;
  file_id: string;
  kind: AttachmentKind;
  note: string | null;
  name: string;
  size: string;
  content_type: string;
  sha256: string;
  created_by: string | null;
  uploaded_by_name: string | null;
  created_at: Date;
}

export function toContractAttachmentDto(row: ContractAttachmentRow): ContractAttachmentDto {
  return {
    id: row.id,
    contractId: row.contract_id,
    fileId: row.file_id,
    kind: row.kind,
    name: row.name,
    size: Number(row.size),
    contentType: row.content_type,
    sha256: row.sha256,
    note: row.note,
    uploadedById: row.created_by,
    uploadedByName: row.uploaded_by_name,
    uploadedAt: new Date(row.created_at).toISOString(),
  };
}
