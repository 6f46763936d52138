import Decimal from 'decimal.js';
import type { FieldErrorDto } from '@kehu/server-core';

/**
 * The delivery rules (DOMAIN §7, issue 22 item 5): pure functions, no I/O.
 *
 *   PLANNED ─ship→ SHIPPED ─deliver→ DELIVERED ─accept→ ACCEPTED
 *      └──────cancel──┘→ CANCELLED
 *
 * A delivered or accepted delivery is not cancelled: goods the customer has are returned by other
 * means (a service request), not by erasing the delivery.
 */
export enum DeliveryStatus {
  Planned = 'PLANNED',
  Shipped = 'SHIPPED',
  Delivered = 'DELIVERED',
  Accepted = 'ACCEPTED',
  Cancelled = 'CANCELLED',
}

export type DeliveryAction = 'ship' | 'deliver' | 'accept' | 'cancel';

const TRANSITIONS: Record<DeliveryAction, { from: readonly DeliveryStatus[]; to: DeliveryStatus }> = {
  ship: { from: [DeliveryStatus.Planned], to: DeliveryStatus.Shipped },
  deliver: { from: [DeliveryStatus.Shipped], to: DeliveryStatus.Delivered },
  accept: { from: [DeliveryStatus.Delivered], to: DeliveryStatus.Accepted },
  cancel: { from: [DeliveryStatus.Planned, DeliveryStatus.Shipped], to: DeliveryStatus.Cancelled },
};

/** The status after `action`, or null when a delivery in `status` does not take it (409 with `currentStatus`). */
export function deliveryStatusAfter(status: DeliveryStatus, action: DeliveryAction): DeliveryStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

/** The actions a delivery in `status` takes, for the SPA's buttons. */
export function deliveryActions(status: DeliveryStatus): DeliveryAction[] {
  return (Object.keys(TRANSITIONS) as DeliveryAction[]).filter((a) => TRANSITIONS[a].from.includes(status));
}

/** The contract states in which deliveries are recorded and moved on. */
export const DELIVERABLE_CONTRACT_STATUSES: readonly string[] = ['ACTIVE'];

const SHIPPED: readonly DeliveryStatus[] = [DeliveryStatus.Shipped, DeliveryStatus.Delivered, DeliveryStatus.Accepted];
const DELIVERED: readonly DeliveryStatus[] = [DeliveryStatus.Delivered, DeliveryStatus.Accepted];

export interface LineInForce {
  id: string;
  lineNo: number;
  productId: string;
  quantity: string;
}

export interface DeliveryQuantity {
  lineNo: number;
  productId: string;
  quantity: string;
  status: DeliveryStatus;
}

export interface LineProgress {
  lineId: string;
  lineNo: number;
  productId: string;
  ordered: string;
  /** Every delivery not cancelled, whatever its stage: what may not exceed `ordered`. */
  recorded: string;
  shipped: string;
  delivered: string;
  accepted: string;
}

/** Whether a delivery counts against `line`: same line number and product (the line's identity across amendments). */
export function deliveryOfLine(d: { lineNo: number; productId: string }, line: { lineNo: number; productId: string }): boolean {
  return d.lineNo === line.lineNo && d.productId === line.productId;
}

const quantity = (value: Decimal) => value.toFixed(3);

/** Per line in force: ordered, and the quantities recorded, shipped, delivered and accepted. */
export function lineProgress(lines: readonly LineInForce[], deliveries: readonly DeliveryQuantity[]): LineProgress[] {
  return lines.map((line) => {
    const mine = deliveries.filter((d) => deliveryOfLine(d, line) && d.status !== DeliveryStatus.Cancelled);
    const sum = (statuses: readonly DeliveryStatus[] | null) => quantity(mine.filter((d) => !statuses || statuses.includes(d.status)).reduce((s, d) => s.plus(d.quantity), new Decimal(0)));
    return {
      lineId: line.id,
      lineNo: line.lineNo,
      productId: line.productId,
      ordered: quantity(new Decimal(line.quantity)),
      recorded: sum(null),
      shipped: sum(SHIPPED),
      delivered: sum(DELIVERED),
      accepted: sum([DeliveryStatus.Accepted]),
    };
  });
}

/** Every line in force accepted in full (a contract without lines never is). */
export function fullyAccepted(progress: readonly LineProgress[]): boolean {
  return progress.length > 0 && progress.every((p) => new Decimal(p.accepted).gte(p.ordered));
}

/** A new delivery of `requested` that would take the line's non-cancelled deliveries past what was ordered, named on `quantity`. */
export function overDeliveryProblem(line: LineProgress, requested: string): FieldErrorDto | null {
  const left = new Decimal(line.ordered).minus(line.recorded);
  if (left.gte(requested)) return null;
  return {
    field: 'quantity',
    message: `line ${line.lineNo} ordered ${line.ordered}, ${line.recorded} already delivered or planned: at most ${quantity(Decimal.max(left, 0))} more`,
    code: 'max',
  };
}

/**
 * The problem with the date of a step: not after `today` (business time zone), not before the
 * previous step's date. Planned dates may be anywhere in the future and are not checked here.
 */
export function stepDateProblem(date: string, today: string, previous: string | null, field = 'date'): FieldErrorDto | null {
  if (date > today) return { field, message: `must not be in the future (today is ${today})`, code: 'max' };
  if (previous && date < previous) return { field, message: `must not be before the previous step (${previous})`, code: 'min' };
  return null;
}
