/**
 * The receivable domain's API calls 回款 (plans, payments and finance's decisions on them, the aging
 * report), one function per call a page makes. Each answers the data or throws `ProblemError`.
 */
import { dayStamp, filenameFromDisposition, saveBlob } from '../utils/download';
import { http, unwrap } from './http';
import type {
  AgingGroup,
  AgingReport,
  CustomerReceivableSummary,
  Payment,
  PaymentConfirmations,
  PaymentQuery,
  PaymentTerm,
  ReceivableInstalment,
  ReceivableInstalmentQuery,
  ReceivablePlan,
  ReceivablePlanProposal,
  RecordPaymentBody,
  SaveReceivablePlanBody,
} from './types';

// ── plans ───────────────────────────────────────────────────────────────────────────────────

/** The contract's instalments with what each received, and the contract's received / pending / outstanding / overdue. */
export async function getReceivablePlan(contractId: string): Promise<ReceivablePlan> {
  return unwrap(await http.GET('/api/v1/contracts/{id}/receivable-plans', { params: { path: { id: contractId } } }));
}

/** Replaces the plan whole: kept instalments carry their `id`; the amounts add up to the contract amount in force (409 otherwise). */
export async function saveReceivablePlan(contractId: string, body: SaveReceivablePlanBody): Promise<ReceivablePlan> {
  return unwrap(await http.PUT('/api/v1/contracts/{id}/receivable-plans', { params: { path: { id: contractId } }, body }));
}

/** A plan proposed from payment terms (not saved): instalments that received money kept, one per term after them, to the cent. */
export async function proposeReceivablePlan(contractId: string, terms: PaymentTerm[]): Promise<ReceivablePlanProposal> {
  return unwrap(await http.POST('/api/v1/contracts/{id}/receivable-plans/proposal', { params: { path: { id: contractId } }, body: { terms } }));
}

// ── payments ────────────────────────────────────────────────────────────────────────────────

export async function listPayments(query: PaymentQuery): Promise<{ items: Payment[]; total: number; totalCapped?: boolean }> {
  return unwrap(await http.GET('/api/v1/payments', { params: { query } }));
}

/** Records a payment 回款, PENDING until finance confirms it. */
export async function recordPayment(body: RecordPaymentBody): Promise<Payment> {
  return unwrap(await http.POST('/api/v1/payments', { body }));
}

export async function confirmPayment(id: string): Promise<Payment> {
  return unwrap(await http.POST('/api/v1/payments/{id}/confirm', { params: { path: { id } } }));
}

export async function rejectPayment(id: string, reason: string): Promise<Payment> {
  return unwrap(await http.POST('/api/v1/payments/{id}/reject', { params: { path: { id } }, body: { reason } }));
}

/** Finance's bulk confirm: each payment in its own transaction; one answer per payment, a failure with its problem. */
export async function confirmPayments(paymentIds: string[]): Promise<PaymentConfirmations> {
  return unwrap(await http.POST('/api/v1/payments/confirmations', { body: { paymentIds } }));
}

/** Reverses a confirmed payment (a counter-entry, confirmed at once); answers the reversal. */
export async function reversePayment(id: string, reason: string): Promise<Payment> {
  return unwrap(await http.POST('/api/v1/payments/{id}/reverse', { params: { path: { id } }, body: { reason } }));
}

// ── instalments ─────────────────────────────────────────────────────────────────────────────

/** Instalments of the contracts in my scope with their contract, customer and owner; `state: 'OVERDUE'` is the overdue list. */
export async function listReceivableInstalments(query: ReceivableInstalmentQuery): Promise<{ items: ReceivableInstalment[]; total: number; totalCapped?: boolean }> {
  return unwrap(await http.GET('/api/v1/receivable-instalments', { params: { query } }));
}

/** What the customer owes over his contracts in my scope. */
export async function getCustomerReceivableSummary(customerId: string): Promise<CustomerReceivableSummary> {
  return unwrap(await http.GET('/api/v1/customers/{id}/receivable-summary', { params: { path: { id: customerId } } }));
}

// ── reports ─────────────────────────────────────────────────────────────────────────────────

/** Aging 账龄 of overdue receivables in my data scope, per customer, owner or department. */
export async function getReceivablesAging(groupBy: AgingGroup): Promise<AgingReport> {
  // The endpoint also answers CSV (see below); asked for JSON, the answer is the report.
  return unwrap(await http.GET('/api/v1/reports/receivables-aging', { params: { query: { groupBy }, header: { accept: 'application/json' } } })) as AgingReport;
}

/** Downloads the aging report as the server writes it in CSV (audited as an export). Returns the file name. */
export async function exportReceivablesAging(groupBy: AgingGroup): Promise<string> {
  const result = await http.GET('/api/v1/reports/receivables-aging', { params: { query: { groupBy, format: 'csv' }, header: { accept: 'text/csv' } }, parseAs: 'blob' });
  const blob = unwrap(result) as unknown as Blob;
  const name = filenameFromDisposition(result.response.headers.get('Content-Disposition')) ?? `receivables-aging-${groupBy}-${dayStamp()}.csv`;
  saveBlob(blob, name);
  return name;
}
