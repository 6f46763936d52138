/**
 * Customer documents 文档管理 (`/customers/{customerId}/documents`): list, upload with progress,
 * download (audited) and remove. Each answers the data or throws `ProblemError`.
 */
import { uploadFile } from './files';
import { http, unwrap } from './http';
import type { CustomerDocument } from './types';

export async function listCustomerDocuments(customerId: string): Promise<CustomerDocument[]> {
  return unwrap(await http.GET('/api/v1/customers/{customerId}/documents', { params: { path: { customerId } } }));
}

export function uploadCustomerDocument(
  customerId: string,
  file: File,
  options: { note?: string; onProgress?: (fraction: number) => void } = {},
): Promise<CustomerDocument> {
  return uploadFile<CustomerDocument>(`/api/v1/customers/${encodeURIComponent(customerId)}/documents`, file, {
    fields: { note: options.note?.trim() || undefined },
    onProgress: options.onProgress,
  });
}

export async function downloadCustomerDocument(customerId: string, id: string): Promise<Blob> {
  return unwrap(await http.GET('/api/v1/customers/{customerId}/documents/{id}', { params: { path: { customerId, id } }, parseAs: 'blob' })) as Blob;
}

export async function removeCustomerDocument(customerId: string, id: string): Promise<void> {
  unwrap(await http.DELETE('/api/v1/customers/{customerId}/documents/{id}', { params: { path: { customerId, id } } }));
}
