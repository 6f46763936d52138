import { ApiProperty } from '@nestjs/swagger';
import { DateField, TextField, UuidField } from '@kehu/server-core';
import { Matches } from 'class-validator';
import { Delivery } from '../entities/delivery.entity';
import { DeliveryAction, deliveryActions, DeliveryStatus, LineProgress } from './delivery-rules';

/** A quantity as contract lines have it, at most three decimals, and more than 0 (the lookahead refuses "0", "0.000"). */
const QUANTITY = /^(?!0+(\.0+)?$)\d{1,12}(\.\d{1,3})?$/;

export class RecordDeliveryDto {
  @UuidField({ description: 'A line of the contract’s revision in force (`lines[].id` of the contract, or `lines[].lineId` here)' }) lineId: string;
  @ApiProperty({ type: String, pattern: QUANTITY.source, example: '1', description: 'More than 0, at most three decimals; with the line’s other deliveries not cancelled, at most its ordered quantity' })
  @Matches(QUANTITY, { message: 'must be a positive quantity with at most three decimals, e.g. "2" or "1.5"' })
  quantity: string;
  @DateField({ optional: true, nullable: true, example: '2026-12-20', description: 'When it is planned to ship' }) plannedOn?: string | null;
  @TextField({ max: 100, optional: true, nullable: true, example: '顺丰速运' }) carrier?: string | null;
  @TextField({ max: 500, min: 0, optional: true, nullable: true, example: 'SF1234567890' }) trackingNote?: string | null;
  @TextField({ max: 500, min: 0, optional: true, nullable: true }) note?: string | null;
}

export class ShipDeliveryDto {
  @DateField({ optional: true, example: '2026-12-07', description: 'Default today (business time zone); not in the future' }) date?: string;
  @TextField({ max: 100, optional: true, nullable: true, example: '顺丰速运', description: 'Replaces the carrier when given' }) carrier?: string | null;
  @TextField({ max: 500, min: 0, optional: true, nullable: true, example: 'SF1234567890', description: 'Replaces the tracking note when given' }) trackingNote?: string | null;
}

export class DeliveryStepDto {
  @DateField({ optional: true, example: '2026-12-07', description: 'Default today (business time zone); not in the future, not before the previous step' }) date?: string;
}

export class DeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ format: 'uuid', description: 'The line it was recorded against' }) lineId: string;
  @ApiProperty({ description: 'It counts against the line in force with this number and product' }) lineNo: number;
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty({ example: '1.000' }) quantity: string;
  @ApiProperty({ enum: DeliveryStatus, enumName: 'DeliveryStatus' }) status: DeliveryStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) plannedOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) shippedOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) deliveredOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) acceptedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) carrier: string | null;
  @ApiProperty({ nullable: true, type: String }) trackingNote: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ type: 'array', items: { type: 'string', enum: ['ship', 'deliver', 'accept', 'cancel'] }, description: 'What may be done next' }) actions: DeliveryAction[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;
}

export class DeliveryLineProgressDto {
  @ApiProperty({ format: 'uuid', description: 'The line of the revision in force' }) lineId: string;
  @ApiProperty() lineNo: number;
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty() productName: string;
  @ApiProperty() unit: string;
  @ApiProperty({ example: '2.000' }) ordered: string;
  @ApiProperty({ example: '2.000', description: 'Deliveries not cancelled, whatever their stage (never more than ordered)' }) recorded: string;
  @ApiProperty({ example: '1.000', description: 'Shipped, delivered or accepted' }) shipped: string;
  @ApiProperty({ example: '1.000', description: 'Delivered or accepted' }) delivered: string;
  @ApiProperty({ example: '0.000' }) accepted: string;
}

export class ContractDeliveriesDto {
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ example: 'ACTIVE', description: 'The contract’s status: deliveries are recorded on ACTIVE contracts' }) contractStatus: string;
  @ApiProperty({ description: 'Every line in force accepted in full' }) fullyAccepted: boolean;
  @ApiProperty({ type: [DeliveryLineProgressDto] }) lines: DeliveryLineProgressDto[];
  @ApiProperty({ type: [DeliveryDto], description: 'Oldest first' }) deliveries: DeliveryDto[];
}

export function toDeliveryDto(d: Delivery): DeliveryDto {
  return {
    id: d.id,
    contractId: d.contractId,
    lineId: d.lineId,
    lineNo: d.lineNo,
    productId: d.productId,
    quantity: d.quantity,
    status: d.status,
    plannedOn: d.plannedOn,
    shippedOn: d.shippedOn,
    deliveredOn: d.deliveredOn,
    acceptedOn: d.acceptedOn,
    carrier: d.carrier,
    trackingNote: d.trackingNote,
    note: d.note,
    actions: deliveryActions(d.status),
    createdBy: d.createdBy,
    createdAt: d.createdAt.toISOString(),
    version: d.version,
  };
}

export function toLineProgressDto(p: LineProgress, line: { productName: string; unit: string }): DeliveryLineProgressDto {
  return { ...p, productName: line.productName, unit: line.unit };
}
