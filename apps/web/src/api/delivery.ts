/**
 * Deliveries 交付 of contract lines (issue 22): one function per call the contract's Deliveries tab
 * makes. Each answers the data or throws `ProblemError`.
 */
import { http, unwrap } from './http';
import type { components } from './types';

export type Delivery = components['schemas']['DeliveryDto'];
export type DeliveryStatus = components['schemas']['DeliveryStatus'];
export type ContractDeliveries = components['schemas']['ContractDeliveriesDto'];
export type DeliveryLineProgress = components['schemas']['DeliveryLineProgressDto'];
export type RecordDeliveryBody = components['schemas']['RecordDeliveryDto'];
export type ShipDeliveryBody = components['schemas']['ShipDeliveryDto'];

/** The contract's deliveries and, per line in force, ordered / shipped / delivered / accepted quantities. */
export async function listContractDeliveries(contractId: string): Promise<ContractDeliveries> {
  return unwrap(await http.GET('/api/v1/contracts/{id}/deliveries', { params: { path: { id: contractId } } }));
}

/** A new PLANNED delivery of part of a line (409 `delivery-exceeds-ordered` past what was ordered). */
export async function recordDelivery(contractId: string, body: RecordDeliveryBody): Promise<Delivery> {
  return unwrap(await http.POST('/api/v1/contracts/{id}/deliveries', { params: { path: { id: contractId } }, body }));
}

export async function shipDelivery(id: string, body: ShipDeliveryBody): Promise<Delivery> {
  return unwrap(await http.POST('/api/v1/deliveries/{id}/ship', { params: { path: { id } }, body }));
}

export async function deliverDelivery(id: string, date?: string): Promise<Delivery> {
  return unwrap(await http.POST('/api/v1/deliveries/{id}/deliver', { params: { path: { id } }, body: date ? { date } : {} }));
}

/** The customer's acceptance 验收; the last one of a fully paid contract completes it. */
export async function acceptDelivery(id: string, date?: string): Promise<Delivery> {
  return unwrap(await http.POST('/api/v1/deliveries/{id}/accept', { params: { path: { id } }, body: date ? { date } : {} }));
}

export async function cancelDelivery(id: string): Promise<Delivery> {
  return unwrap(await http.POST('/api/v1/deliveries/{id}/cancel', { params: { path: { id } } }));
}
