/**
 * The contract domain's API calls (contracts, their attachments and contract numbers), one function
 * per call a page makes. Each answers the data or throws `ProblemError`.
 */
import { uploadFile } from './files';
import { http, ifMatch, unwrap } from './http';
import type {
  AmendContractBody,
  Approval,
  Contract,
  ContractAttachment,
  ContractAttachmentKind,
  ContractNumber,
  ContractNumberQuery,
  ContractQuery,
  ContractRevision,
  ContractSummary,
  components,
  CreateContractBody,
  Customer,
  SaveContractBody,
  SignContractBody,
} from './types';

// The sales types are named in api/types.ts by the sales pages; here only what a contract is made from.
type Product = components['schemas']['ProductDto'];
type Quote = components['schemas']['QuoteDto'];
type Opportunity = components['schemas']['OpportunityDto'];

/** 预领: reserves the next contract number for me. */
export async function reserveContractNumber(): Promise<ContractNumber> {
  return unwrap(await http.POST('/api/v1/contract-numbers'));
}

/** Numbers issued to me (a manager: to the departments of their scope). */
export async function listContractNumbers(query: ContractNumberQuery): Promise<{ items: ContractNumber[]; total: number }> {
  return unwrap(await http.GET('/api/v1/contract-numbers', { params: { query } }));
}

/** Voided numbers, for auditors (`contract-number:audit`). */
export async function listVoidContractNumbers(query: { page?: number; pageSize?: number; sort?: string; period?: string }): Promise<{ items: ContractNumber[]; total: number }> {
  return unwrap(await http.GET('/api/v1/contract-numbers/voids', { params: { query } }));
}

// ── contracts ───────────────────────────────────────────────────────────────────────────────

export async function listContracts(query: ContractQuery): Promise<{ items: ContractSummary[]; total: number }> {
  return unwrap(await http.GET('/api/v1/contracts', { params: { query } }));
}

export async function getContract(id: string): Promise<Contract> {
  return unwrap(await http.GET('/api/v1/contracts/{id}', { params: { path: { id } } }));
}

/** A new draft: from scratch, from an accepted quote (`quoteId`) or from an opportunity. */
export async function createContract(body: CreateContractBody): Promise<Contract> {
  return unwrap(await http.POST('/api/v1/contracts', { body }));
}

/** Replaces a draft whole (only a DRAFT; a stale version is 412). */
export async function saveContract(contract: Pick<Contract, 'id' | 'version'>, body: SaveContractBody): Promise<Contract> {
  return unwrap(await http.PUT('/api/v1/contracts/{id}', { params: { path: { id: contract.id }, header: ifMatch(contract.version) }, body }));
}

export async function submitContract(id: string): Promise<Contract> {
  return unwrap(await http.POST('/api/v1/contracts/{id}/submit', { params: { path: { id } } }));
}

export async function signContract(id: string, body: SignContractBody): Promise<Contract> {
  return unwrap(await http.POST('/api/v1/contracts/{id}/sign', { params: { path: { id } }, body }));
}

/** Declares an active contract fulfilled by hand, with the reason (`contract:close`). */
export async function completeContract(id: string, reason: string): Promise<Contract> {
  return unwrap(await http.POST('/api/v1/contracts/{id}/complete', { params: { path: { id } }, body: { reason } }));
}

/** Deletes a draft (only a DRAFT; a stale version is 412); its number is voided, never reissued. */
export async function deleteContract(contract: Pick<Contract, 'id' | 'version'>): Promise<void> {
  unwrap(await http.DELETE('/api/v1/contracts/{id}', { params: { path: { id: contract.id }, header: ifMatch(contract.version) } }));
}

export async function terminateContract(id: string, reason: string): Promise<Contract> {
  return unwrap(await http.POST('/api/v1/contracts/{id}/terminate', { params: { path: { id } }, body: { reason } }));
}

export async function amendContract(id: string, body: AmendContractBody): Promise<Contract> {
  return unwrap(await http.POST('/api/v1/contracts/{id}/amendments', { params: { path: { id } }, body }));
}

export async function requestOrderReview(id: string): Promise<Contract> {
  return unwrap(await http.POST('/api/v1/contracts/{id}/order-review', { params: { path: { id } } }));
}

/** Every version, oldest first: the one in force, earlier ones and a pending amendment. */
export async function listContractRevisions(id: string): Promise<ContractRevision[]> {
  return unwrap(await http.GET('/api/v1/contracts/{id}/revisions', { params: { path: { id } } }));
}

/** The approval requests about the contract (its approval and each amendment's), oldest first. */
export async function contractApprovalTrail(id: string): Promise<Approval[]> {
  return unwrap(await http.GET('/api/v1/contracts/{id}/approvals', { params: { path: { id } } }));
}

// ── attachments ─────────────────────────────────────────────────────────────────────────────

export async function listContractAttachments(contractId: string): Promise<ContractAttachment[]> {
  return unwrap(await http.GET('/api/v1/contracts/{contractId}/attachments', { params: { path: { contractId } } }));
}

export function uploadContractAttachment(
  contractId: string,
  file: File,
  options: { kind?: ContractAttachmentKind; note?: string; onProgress?: (fraction: number) => void } = {},
): Promise<ContractAttachment> {
  return uploadFile<ContractAttachment>(`/api/v1/contracts/${encodeURIComponent(contractId)}/attachments`, file, {
    fields: { kind: options.kind, note: options.note?.trim() || undefined },
    onProgress: options.onProgress,
  });
}

export async function downloadContractAttachment(contractId: string, id: string): Promise<Blob> {
  return unwrap(await http.GET('/api/v1/contracts/{contractId}/attachments/{id}', { params: { path: { contractId, id } }, parseAs: 'blob' })) as Blob;
}

export async function removeContractAttachment(contractId: string, id: string): Promise<void> {
  unwrap(await http.DELETE('/api/v1/contracts/{contractId}/attachments/{id}', { params: { path: { contractId, id } } }));
}

// ── what a contract is made from ────────────────────────────────────────────────────────────

/** On-sale products by code, name, model or spec, for a contract line. */
export async function searchProducts(q: string): Promise<{ items: Product[]; total: number }> {
  return unwrap(await http.GET('/api/v1/products', { params: { query: { q: q.trim() || undefined, status: 'ON_SALE', pageSize: 20 } } }));
}

/** Customers I may see, by name, phone or pinyin, for the contract's buyer. */
export async function searchCustomers(q: string): Promise<Customer[]> {
  return unwrap(await http.GET('/api/v1/customers', { params: { query: { q: q.trim() || undefined, pageSize: 20 } } })).items;
}

export async function getCustomer(id: string): Promise<Customer> {
  return unwrap(await http.GET('/api/v1/customers/{id}', { params: { path: { id } } }));
}

export async function getQuote(id: string): Promise<Quote> {
  return unwrap(await http.GET('/api/v1/quotes/{id}', { params: { path: { id } } }));
}

export async function getOpportunity(id: string): Promise<Opportunity> {
  return unwrap(await http.GET('/api/v1/opportunities/{id}', { params: { path: { id } } }));
}

/** Accepted quotes I may see (a contract may be made from one), newest first. */
export async function listAcceptedQuotes(q: string): Promise<Quote[]> {
  return unwrap(await http.GET('/api/v1/quotes', { params: { query: { q: q.trim() || undefined, status: 'ACCEPTED', pageSize: 20, sort: '-createdAt' } } })).items;
}
