/**
 * The contract domain's API calls (contracts, their attachments and contract numbers), one function
 * per call a page makes. Each answers the data or throws `ProblemError`.
 */
import { http, unwrap } from './http';
import type { ContractNumber, ContractNumberQuery } from './types';

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
